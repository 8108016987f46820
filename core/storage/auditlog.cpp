#include "storage/auditlog.h"

#include "client/logging.h"
#include "storage/localstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

AuditLog::AuditLog(LocalStore *store)
    : m_store(store)
{}

void AuditLog::messageDeleted(const QString &profile, const QString &userId,
                              const QString &messageId)
{
    record(profile, u"delete message"_s, userId, messageId, 1, {});
}

void AuditLog::historyCleared(const QString &profile, const QString &userId, int messageCount,
                              const QString &exportFile)
{
    record(profile, u"clear history"_s, userId, {}, messageCount, exportFile);
}

void AuditLog::record(const QString &profile, const QString &action, const QString &userId,
                      const QString &messageId, int count, const QString &exportFile)
{
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO audit (at, profile, action, user_id, message_id, count, export_file) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(profile);
    q.addBindValue(action);
    q.addBindValue(userId);
    q.addBindValue(QString(messageId.isNull() ? u""_s : messageId));
    q.addBindValue(count);
    q.addBindValue(QString(exportFile.isNull() ? u""_s : exportFile));
    if (!q.exec())
        qCWarning(lcStore) << "audit write failed:" << q.lastError().text();
}
