#include "protocol/messageresponse.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<MessageResponse> MessageResponse::fromJson(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    QString reason;
    auto message = Message::fromJson(object->value("message"_L1).toObject(), &reason);
    if (!message) {
        if (error)
            *error = u"the response holds no valid message (%1)"_s.arg(reason);
        return std::nullopt;
    }
    MessageResponse response{std::move(*message), {}, std::nullopt};
    for (const QJsonValue &v : object->value("extraMessages"_L1).toArray()) {
        if (auto extraMessage = Message::fromJson(v.toObject()))
            response.extraMessages.append(std::move(*extraMessage));
    }
    if (object->value("conversation"_L1).isObject())
        response.conversation = Conversation::fromJson(object->value("conversation"_L1).toObject());
    return response;
}
