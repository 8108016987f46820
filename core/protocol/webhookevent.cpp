#include "protocol/webhookevent.h"

#include "protocol/jsondocument.h"
#include "text/plaintext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using Report = WebhookEvent::DeliveryReport;

QString bounded(const QJsonValue &value)
{
    return value.isString() ? PlainText::oneLine(value.toString(), Report::maxText) : QString();
}

/*! A channel's numeric error code: a JSON number, or digits in a string. */
std::optional<qint64> codeOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return qint64(d);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 code = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(code) : std::nullopt;
}

/*! The delivery report of \a object; null (with why in \a rejected) without a message id. */
std::optional<Report> parseDelivery(const QJsonObject &object, QStringList *rejected)
{
    const QJsonValue message = object.value("message"_L1);
    const QJsonValue id = message.toObject().value("_id"_L1);
    QString why;
    if (!message.isObject())
        why = message.isUndefined() ? u"it names no message"_s : u"message is not an object"_s;
    else if (!id.isString() || id.toString().trimmed().isEmpty())
        why = u"message._id is missing or not a string"_s;
    else if (id.toString().size() > 128)
        why = u"message._id is longer than 128 characters"_s;
    if (!why.isEmpty()) {
        rejected->append(u"the delivery status: %1"_s.arg(why));
        return std::nullopt;
    }
    Report r;
    r.messageId = id.toString();
    r.destination = PlainText::oneLine(
        object.value("destination"_L1).toObject().value("type"_L1).toString(), 40);
    if (const QJsonValue final = object.value("isFinalEvent"_L1); final.isBool())
        r.finalEvent = final.toBool();
    const QJsonObject error = object.value("error"_L1).toObject();
    r.errorCode = PlainText::oneLine(error.value("code"_L1).toString(), 60);
    const QJsonObject underlying = error.value("underlyingError"_L1).toObject();
    const QJsonObject first = underlying.value("errors"_L1).toArray().at(0).toObject();
    r.channelCode = codeOf(first.value("code"_L1));
    if (!r.channelCode)
        r.channelCode = codeOf(underlying.value("code"_L1));
    for (const QJsonValue &text : {error.value("message"_L1), underlying.value("message"_L1),
                                   first.value("title"_L1), first.value("message"_L1)}) {
        r.errorMessage = bounded(text);
        if (!r.errorMessage.isEmpty())
            break;
    }
    return r;
}
} // namespace

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
        {u"message:delivery:channel"_s, Trigger::DeliveryChannel},
        {u"message:delivery:user"_s, Trigger::DeliveryUser},
        {u"message:delivery:failure"_s, Trigger::DeliveryFailure},
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
    else if (e.trigger == Trigger::ConversationRead)
        e.rejected.append(u"the read time: timestamp is not a number (%1)"_s.arg(PlainText::oneLine(
            QString::fromUtf8(QJsonDocument(QJsonArray{object->value("timestamp"_L1)})
                                  .toJson(QJsonDocument::Compact)),
            60)));
    if (e.isDelivery())
        e.delivery = parseDelivery(*object, &e.rejected);
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
