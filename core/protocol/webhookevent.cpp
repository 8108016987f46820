#include "protocol/webhookevent.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<WebhookEvent> WebhookEvent::fromJson(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    WebhookEvent e;
    e.triggerName = object->value("trigger"_L1).toString();
    if (e.triggerName.isEmpty()) {
        if (error)
            *error = u"the delivery has no trigger"_s;
        return std::nullopt;
    }
    static const QHash<QString, Trigger> triggers = {
        {u"message:appUser"_s, Trigger::MessageAppUser},
        {u"message:appMaker"_s, Trigger::MessageAppMaker},
        {u"conversation:read"_s, Trigger::ConversationRead},
        {u"typing:appUser"_s, Trigger::TypingAppUser},
    };
    e.trigger = triggers.value(e.triggerName, Trigger::Other);
    e.appId = object->value("app"_L1).toObject().value("_id"_L1).toString();
    const QJsonObject appUser = object->value("appUser"_L1).toObject();
    e.smoochId = appUser.value("_id"_L1).toString();
    e.userId = appUser.value("userId"_L1).toString();
    // Channel users (WhatsApp, LINE, Telegram, Viber...) often have no given name: the client
    // (sent with includeClient) carries the name the channel knows them by.
    e.displayName = object->value("client"_L1).toObject().value("displayName"_L1).toString();
    if (e.displayName.trimmed().isEmpty())
        e.displayName = (appUser.value("givenName"_L1).toString() + u' ' +
                         appUser.value("surname"_L1).toString());
    e.displayName = e.displayName.trimmed();
    e.conversationId = object->value("conversation"_L1).toObject().value("_id"_L1).toString();
    if (object->value("timestamp"_L1).isDouble())
        e.timestamp = object->value("timestamp"_L1).toDouble();
    e.activityType = object->value("activity"_L1).toObject().value("type"_L1).toString();
    const QJsonArray messages = object->value("messages"_L1).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QString reason;
        auto m = Message::fromJson(messages.at(i).toObject(), &reason);
        if (!m) {
            e.rejected.append(u"message %1: %2"_s.arg(i).arg(reason));
            continue;
        }
        // The trigger says who wrote the messages it carries, when a message does not.
        if (m->roleName.isEmpty() &&
            (e.trigger == Trigger::MessageAppUser || e.trigger == Trigger::MessageAppMaker)) {
            m->roleName = e.trigger == Trigger::MessageAppUser ? u"appUser"_s : u"appMaker"_s;
            e.assumed.append(
                u"message %1 (%2) has no role: taken as %3, as the trigger says"_s.arg(i).arg(
                    m->id, m->roleName));
        }
        e.messages.append(std::move(*m));
    }
    if (e.displayName.isEmpty()) {
        for (const Message &m : std::as_const(e.messages)) {
            if (m.role() == Message::Role::AppUser && !m.name.isEmpty())
                e.displayName = m.name;
        }
    }
    return e;
}
