#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

#include <functional>

/*!
 * \brief smoochctl clear USER... [--yes] [--export FILE]: deletes the whole history of each
 * user, one after the other, and names each on stderr once it is cleared.
 *
 * Without --yes it asks the person at the terminal first, and refuses when there is none.
 * With --export, every history is written to FILE first (HistoryExporter); nothing is deleted
 * unless the whole file is written.
 */
class ClearCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    using Confirm = std::function<bool(const QString &question)>;

    /*! \a confirm asks the person at a terminal; it is null when there is none. */
    ClearCommand(ConversationApi &api, CtlOutput &output, Confirm confirm);

    QList<QCommandLineOption> options() const override { return {m_yes, m_export}; }
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void exportThenClear(const QString &path);
    void clearNext();

    QCommandLineOption m_yes;
    QCommandLineOption m_export;
    Confirm m_confirm;
    QStringList m_queue; //!< the users still to clear, in order
};
