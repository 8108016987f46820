#include "storage/savedreplycache.h"

#include "client/logging.h"
#include "storage/localstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SavedReplyCache::SavedReplyCache(LocalStore *store, const QString &app)
    : m_store(store)
    , m_app(app)
{}

QList<MessageTemplate> SavedReplyCache::load() const
{
    QList<MessageTemplate> list;
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT body FROM saved_reply_cache WHERE app = ? ORDER BY position"_s);
    q.addBindValue(m_app);
    if (!q.exec())
        return list;
    while (q.next()) {
        if (auto t = MessageTemplate::fromJson(
                QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            list.append(std::move(*t));
    }
    return list;
}

bool SavedReplyCache::save(const QList<MessageTemplate> &templates)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM saved_reply_cache WHERE app = ?"_s);
    q.addBindValue(m_app);
    bool ok = q.exec();
    int position = 0;
    for (const MessageTemplate &t : templates) {
        if (!ok)
            break;
        const QJsonObject body{
            {"_id"_L1, t.id}, {"name"_L1, t.name}, {"message"_L1, t.message.toJson()}};
        q.prepare(u"INSERT INTO saved_reply_cache (app, position, body) VALUES (?, ?, ?)"_s);
        q.addBindValue(m_app);
        q.addBindValue(position++);
        q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        ok = q.exec();
    }
    if (!ok) {
        qCWarning(lcStore) << "saved replies not cached:" << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}
