#include "protocol/messagespage.h"

#include "protocol/jsondocument.h"

using namespace Qt::StringLiterals;

std::optional<MessagesPage> MessagesPage::fromJson(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    return fromJson(*object, error);
}

std::optional<MessagesPage> MessagesPage::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue messages = object.value("messages"_L1);
    if (!messages.isArray()) {
        if (error)
            *error = u"the response has no messages array"_s;
        return std::nullopt;
    }
    MessagesPage page;
    const QJsonArray array = messages.toArray();
    page.messages.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        QString reason;
        if (!value.isObject()) {
            page.rejected.append(u"message %1 is not an object"_s.arg(i));
        } else if (auto m = Message::fromJson(value.toObject(), &reason)) {
            page.messages.append(std::move(*m));
        } else {
            page.rejected.append(u"message %1: %2"_s.arg(i).arg(reason));
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == "conversation"_L1 && it->isObject())
            page.conversation = Conversation::fromJson(it->toObject());
        else if (key == "previous"_L1 && it->isString())
            page.previous = it->toString();
        else if (key == "next"_L1 && it->isString())
            page.next = it->toString();
        else if (key != "messages"_L1)
            page.extra.insert(key, it.value());
    }
    return page;
}

QJsonObject MessagesPage::toJson() const
{
    QJsonObject object = extra;
    if (conversation)
        object.insert("conversation"_L1, conversation->toJson());
    QJsonArray array;
    for (const Message &m : messages)
        array.append(m.toJson());
    object.insert("messages"_L1, array);
    if (hasPrevious())
        object.insert("previous"_L1, previous);
    if (hasNext())
        object.insert("next"_L1, next);
    return object;
}
