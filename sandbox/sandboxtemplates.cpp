#include "sandbox/sandboxtemplates.h"

#include "protocol/message.h"
#include "protocol/newmessage.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxstore.h"
#include "text/generatedtext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
SandboxTemplates::Answer error(int status, const QString &code, const QString &description)
{
    return {status,
            {{"error"_L1, QJsonObject{{"code"_L1, code}, {"description"_L1, description}}}}};
}

QJsonObject templateJson(const QString &id, const QString &name, const QJsonObject &message)
{
    return {{"_id"_L1, id}, {"name"_L1, name}, {"message"_L1, message}};
}
} // namespace

SandboxTemplates::SandboxTemplates(SandboxStore &store)
    : m_store(store)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS templates (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "id TEXT UNIQUE NOT NULL, name TEXT UNIQUE NOT NULL, message TEXT NOT NULL)"_s))
        qCWarning(lcSandbox) << "templates table:" << q.lastError().text();
}

int SandboxTemplates::count() const
{
    QSqlQuery q(m_store.database());
    q.exec(u"SELECT COUNT(*) FROM templates"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<QJsonObject> SandboxTemplates::find(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id, name, message FROM templates WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return templateJson(q.value(0).toString(), q.value(1).toString(),
                        QJsonDocument::fromJson(q.value(2).toByteArray()).object());
}

bool SandboxTemplates::nameTaken(const QString &name, const QString &exceptId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT 1 FROM templates WHERE name = ? AND id != ?"_s);
    q.addBindValue(name);
    q.addBindValue(exceptId);
    return q.exec() && q.next();
}

QString SandboxTemplates::read(const QJsonObject &object, bool create, QString *name,
                               QJsonObject *message) const
{
    const QJsonValue nameValue = object.value("name"_L1);
    const QJsonValue messageValue = object.value("message"_L1);
    if (create && (nameValue.isUndefined() || messageValue.isUndefined()))
        return u"name and message are required"_s;
    if (!create && nameValue.isUndefined() && messageValue.isUndefined())
        return u"name or message is required"_s;
    if (!nameValue.isUndefined()) {
        if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
            return u"name must be a non-empty string"_s;
        *name = nameValue.toString();
    }
    if (!messageValue.isUndefined()) {
        if (!messageValue.isObject())
            return u"message must be an object"_s;
        const NewMessage post = NewMessage::fromJson(messageValue.toObject());
        if (const QString why = post.validationError(); !why.isEmpty())
            return why;
        const Message::Role role = Message::roleFromString(post.role);
        if (role != Message::Role::AppUser && role != Message::Role::AppMaker)
            return u"role must be appUser or appMaker"_s;
        // Stored as a Message, as the spec types it: what the server adds, added here.
        QJsonObject m = post.toJson();
        for (const QLatin1StringView key : {"_id"_L1, "received"_L1, "authorId"_L1, "source"_L1})
            m.remove(key);
        m.insert("_id"_L1, SandboxStore::newId());
        m.insert("received"_L1, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
        const QByteArray author = (post.email.isEmpty() ? post.name : post.email).toUtf8();
        m.insert("authorId"_L1,
                 QString::fromLatin1(
                     QCryptographicHash::hash(author, QCryptographicHash::Sha1).toHex().left(24)));
        if (post.name.isEmpty())
            m.insert("name"_L1, "Sandbox"_L1);
        if (post.avatarUrl.isEmpty())
            m.insert("avatarUrl"_L1,
                     "https://www.gravatar.com/avatar/00000000000000000000000000000000.png"
                     "?s=200&d=mm"_L1);
        if (post.text.isEmpty()) {
            const QString text = GeneratedText::forMessage(m);
            m.insert("text"_L1, text.isEmpty() ? u""_s : text);
        }
        *message = m;
    }
    return {};
}

SandboxTemplates::Answer SandboxTemplates::create(const QJsonObject &request)
{
    QString name;
    QJsonObject message;
    if (const QString why = read(request, true, &name, &message); !why.isEmpty())
        return error(400, u"bad_request"_s, why);
    if (nameTaken(name, u""_s))
        return error(409, u"conflict"_s, u"A template named %1 already exists"_s.arg(name));
    const QString id = SandboxStore::newId();
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO templates (id, name, message) VALUES (?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return error(500, u"internal_error"_s, q.lastError().text());
    return {201, {{"template"_L1, templateJson(id, name, message)}}};
}

SandboxTemplates::Answer SandboxTemplates::handle(const QString &method, const QStringList &rest,
                                                  const QUrlQuery &query, const QByteArray &body)
{
    if (rest.size() > 1 || (rest.size() == 1 && rest.first().isEmpty()))
        return error(404, u"not_found"_s, u"No such route"_s);
    const QStringList allowed = rest.isEmpty() ? QStringList{u"GET"_s, u"POST"_s}
                                               : QStringList{u"GET"_s, u"PUT"_s, u"DELETE"_s};
    if (!allowed.contains(method))
        return error(405, u"method_not_allowed"_s, u"Method not allowed on this resource"_s);
    const bool takesBody = method == "POST"_L1 || method == "PUT"_L1;
    if (!takesBody && !body.isEmpty())
        return error(415, u"unsupported_media_type"_s, u"This operation takes no request body"_s);
    QJsonObject object;
    if (takesBody) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject() || doc.object().isEmpty())
            return error(400, u"bad_request"_s, u"The body must be a non-empty JSON object"_s);
        object = doc.object();
    }

    if (rest.isEmpty() && method == "POST"_L1)
        return create(object);
    if (rest.isEmpty()) {
        const auto number = [&query](const QString &key, int fallback, bool *ok) {
            *ok = true;
            return query.hasQueryItem(key) ? query.queryItemValue(key).toInt(ok) : fallback;
        };
        bool limitOk = false;
        bool offsetOk = false;
        int limit = number(u"limit"_s, 25, &limitOk);
        const int offset = number(u"offset"_s, 0, &offsetOk);
        if (!limitOk || !offsetOk || limit < 1 || offset < 0)
            return error(400, u"bad_request"_s,
                         u"limit must be a positive integer and offset zero or more"_s);
        limit = std::min(limit, maxLimit);
        QSqlQuery q(m_store.database());
        q.prepare(u"SELECT id, name, message FROM templates ORDER BY seq LIMIT ? OFFSET ?"_s);
        q.addBindValue(limit + 1);
        q.addBindValue(offset);
        if (!q.exec())
            return error(500, u"internal_error"_s, q.lastError().text());
        QJsonArray list;
        bool hasMore = false;
        while (q.next()) {
            if (list.size() == limit) {
                hasMore = true;
                break;
            }
            list.append(templateJson(q.value(0).toString(), q.value(1).toString(),
                                     QJsonDocument::fromJson(q.value(2).toByteArray()).object()));
        }
        return {200, {{"templates"_L1, list}, {"hasMore"_L1, hasMore}, {"offset"_L1, offset}}};
    }

    const QString id = rest.first();
    std::optional<QJsonObject> existing = find(id);
    if (!existing)
        return error(404, u"not_found"_s, u"Template not found"_s);
    if (method == "GET"_L1)
        return {200, {{"template"_L1, *existing}}};
    QSqlQuery q(m_store.database());
    if (method == "DELETE"_L1) {
        q.prepare(u"DELETE FROM templates WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return error(500, u"internal_error"_s, q.lastError().text());
        return {200, {}};
    }
    QString name = existing->value("name"_L1).toString();
    QJsonObject message = existing->value("message"_L1).toObject();
    if (const QString why = read(object, false, &name, &message); !why.isEmpty())
        return error(400, u"bad_request"_s, why);
    if (nameTaken(name, id))
        return error(409, u"conflict"_s, u"A template named %1 already exists"_s.arg(name));
    q.prepare(u"UPDATE templates SET name = ?, message = ? WHERE id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    if (!q.exec())
        return error(500, u"internal_error"_s, q.lastError().text());
    return {200, {{"template"_L1, templateJson(id, name, message)}}};
}

void SandboxTemplates::seedDemo(const QString &mediaBase)
{
    const auto text = [](const QString &body, const QJsonArray &actions = {}) {
        QJsonObject m{{"role"_L1, "appMaker"_L1}, {"type"_L1, "text"_L1}, {"text"_L1, body}};
        if (!actions.isEmpty())
            m.insert("actions"_L1, actions);
        return m;
    };
    const auto reply = [](const QString &label, const QString &payload) {
        return QJsonObject{{"type"_L1, "reply"_L1}, {"text"_L1, label}, {"payload"_L1, payload}};
    };
    const QList<QPair<QString, QJsonObject>> demo = {
        {u"greeting"_s,
         text(u"Hi {{first_name}}, thanks for reaching out! I'm {{agent_name}} and I'll help "
              "you with this."_s)},
        {u"order status"_s,
         text(u"Hi {{first_name}}, your order {{order_number}} is on its way. You'll get a "
              "tracking email shortly."_s)},
        {u"refund offer"_s,
         text(u"Sorry about that, {{first_name}}. Would you like a refund or a replacement?"_s,
              {reply(u"Refund"_s, u"REFUND"_s), reply(u"Replacement"_s, u"REPLACEMENT"_s)})},
        {u"return label"_s,
         QJsonObject{{"role"_L1, "appMaker"_L1},
                     {"type"_L1, "image"_L1},
                     {"text"_L1, "Here is how to pack the parcel for the return."_L1},
                     {"mediaUrl"_L1, mediaBase + u"/guides/packing-640x400.png"_s},
                     {"mediaType"_L1, "image/png"_L1}}},
        {u"closing"_s,
         text(u"Is there anything else I can help you with today, {{first_name}}?"_s,
              {reply(u"That's all, thanks"_s, u"DONE"_s), reply(u"One more thing"_s, u"MORE"_s)})},
        {u"opening hours"_s,
         text(u"We're here Monday to Friday, 8:00–18:00 CET. Outside those hours, leave a "
              "message and {{agent_name}} or a colleague will answer the next morning."_s)},
    };
    for (const auto &[name, message] : demo)
        create({{"name"_L1, name}, {"message"_L1, message}});
}
