#pragma once

#include <QString>

class LocalStore;

/*!
 * \brief The local record of destructive actions: when, which profile, what, on whom, and the
 * export file that preceded a clear. Shown in the app; never holds message content or secrets.
 */
class AuditLog
{
public:
    explicit AuditLog(LocalStore *store);

    void messageDeleted(const QString &profile, const QString &userId, const QString &messageId);
    void historyCleared(const QString &profile, const QString &userId, int messageCount,
                        const QString &exportFile);
    /*! The table name, for a read-only view over it. */
    static QString table() { return QStringLiteral("audit"); }

private:
    void record(const QString &profile, const QString &action, const QString &userId,
                const QString &messageId, int count, const QString &exportFile);
    LocalStore *m_store;
};
