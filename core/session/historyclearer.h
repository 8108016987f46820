#pragma once

#include "client/conversationapi.h"

#include <QObject>
#include <QStringList>

class AuditLog;
class Outbox;

/*!
 * \brief Clears the history of some users: optionally exports it first, then DELETEs each
 * user's messages, one after the other, and records each clear in the audit log.
 *
 * The promise: nothing is deleted unless the export, when one is asked for, wrote the whole
 * file (HistoryExporter); an export that fails fails every user. While a user's history is being
 * cleared, the outbox (when there is one) neither posts nor checks anything of theirs
 * (Outbox::beginClear / endClear), and learns afterwards whether the DELETE may have happened.
 * A failed DELETE ends the run: the users after it are left alone (released from the outbox,
 * no signal). Needs only an API: the outbox and the audit log are optional.
 *
 * Signals: per user cleared() or failed(), then finished() once. One run per object.
 */
class HistoryClearer : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Export, //!< the export failed: nothing was deleted
        Delete, //!< the DELETE failed
    };
    Q_ENUM(Stage)

    HistoryClearer(ConversationApi *api, Outbox *outbox = nullptr, AuditLog *audit = nullptr,
                   QObject *parent = nullptr);

    /*! The profile name the audit log records the clears under. */
    void setAuditName(const QString &profileName) { m_auditName = profileName; }
    /*! Clears \a users' histories; with \a exportPath set, only once that export succeeded. */
    void start(const QStringList &users, const QString &exportPath = {});

Q_SIGNALS:
    /*! \a userId's history is gone; \a exported messages were written to the export first. */
    void cleared(const QString &userId, int exported);
    /*! \a userId's history was not cleared; \a reason says why (the error's message for a
        failed DELETE), \a error is set when a request failed. */
    void failed(const QString &userId, HistoryClearer::Stage stage, const QString &reason,
                const ApiError &error);
    void finished();

private:
    void next();
    void release(const QStringList &users);

    ConversationApi *m_api;
    Outbox *m_outbox;
    AuditLog *m_audit;
    QString m_auditName;
    QString m_exportPath;
    QStringList m_queue;
    QHash<QString, int> m_exported;
};
