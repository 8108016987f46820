#include "webhookevent.h"

#include "jsondocument.h"

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
    e.displayName =
        (appUser.value("givenName"_L1).toString() + u' ' + appUser.value("surname"_L1).toString())
            .trimmed();
    e.conversationId = object->value("conversation"_L1).toObject().value("_id"_L1).toString();
    if (object->value("timestamp"_L1).isDouble())
        e.timestamp = object->value("timestamp"_L1).toDouble();
    e.activityType = object->value("activity"_L1).toObject().value("type"_L1).toString();
    const QJsonArray messages = object->value("messages"_L1).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QString reason;
        if (auto m = Message::fromJson(messages.at(i).toObject(), &reason))
            e.messages.append(std::move(*m));
        else
            e.rejected.append(u"message %1: %2"_s.arg(i).arg(reason));
    }
    if (e.displayName.isEmpty()) {
        for (const Message &m : std::as_const(e.messages)) {
            if (m.role() == Message::Role::AppUser && !m.name.isEmpty())
                e.displayName = m.name;
        }
    }
    return e;
}
