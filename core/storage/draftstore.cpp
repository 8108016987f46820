#include "storage/draftstore.h"

#include "client/logging.h"
#include "storage/localstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

DraftStore::DraftStore(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString DraftStore::draft(const QString &userId) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT text FROM drafts WHERE user_id = ?"_s);
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QHash<QString, QString> DraftStore::drafts() const
{
    QHash<QString, QString> result;
    QSqlQuery q(m_store->database());
    if (!q.exec(u"SELECT user_id, text FROM drafts"_s))
        qCWarning(lcStore) << "drafts not read:" << q.lastError().text();
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

bool DraftStore::setDraft(const QString &userId, const QString &text)
{
    QSqlQuery q(m_store->database());
    if (text.isEmpty()) {
        q.prepare(u"DELETE FROM drafts WHERE user_id = ?"_s);
        q.addBindValue(userId);
    } else {
        q.prepare(
            u"INSERT INTO drafts (user_id, text, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"_s);
        q.addBindValue(userId);
        q.addBindValue(text);
        q.addBindValue(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "draft not saved:" << q.lastError().text();
        return false;
    }
    Q_EMIT draftChanged(userId, text);
    return true;
}
