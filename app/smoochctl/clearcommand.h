#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class AuditLog;
class LocalStore;

/*!
 * \brief smoochctl clear USER... [--yes] [--export FILE]: deletes the whole history of each
 * user, one after the other, and names each on stderr once it is cleared.
 *
 * Without --yes it asks the person at the terminal first, and refuses when there is none.
 * With --export, every history is written to FILE first; nothing is deleted unless the whole
 * file is written. Each clear is recorded in the audit log set by setAuditLog() (HistoryClearer
 * does all of it, as in the console); nothing is deleted when that log cannot be opened.
 */
class ClearCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    using Confirm = std::function<bool(const QString &question)>;

    /*! \a confirm asks the person at a terminal; it is null when there is none. */
    ClearCommand(ConversationApi &api, CtlOutput &output, Confirm confirm);
    ~ClearCommand() override;

    /*! Clears are recorded in the database of \a dataDirectory, under \a profileName. */
    void setAuditLog(const QString &dataDirectory, const QString &profileName);

    QList<QCommandLineOption> options() const override { return {m_yes, m_export}; }
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QCommandLineOption m_yes;
    QCommandLineOption m_export;
    Confirm m_confirm;
    QString m_auditDirectory;
    QString m_auditName;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
};
