#include "protocol/businesssystem.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<BusinessSystem> BusinessSystem::fromJson(const QJsonObject &object)
{
    BusinessSystem s;
    s.type = object.value("type"_L1).toString().left(100);
    if (s.type.isEmpty())
        return std::nullopt;
    for (const QLatin1StringView key :
         {"ticketId"_L1, "channelId"_L1, "conversationId"_L1, "roomId"_L1}) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().isEmpty()) {
            s.reference = value.toString().left(200);
            break;
        }
        if (value.isDouble()) {
            s.reference = QString::number(qint64(value.toDouble()));
            break;
        }
    }
    s.json = object;
    return s;
}

std::optional<QList<BusinessSystem>> BusinessSystem::listFromResponse(const QByteArray &body,
                                                                      QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("businessSystems"_L1).isArray()) {
        if (error)
            *error = u"the response has no businessSystems"_s;
        return std::nullopt;
    }
    QList<BusinessSystem> list;
    for (const QJsonValue &value : object->value("businessSystems"_L1).toArray()) {
        if (list.size() == maxSystems)
            break;
        if (auto system = fromJson(value.toObject()))
            list.append(std::move(*system));
    }
    return list;
}

QString BusinessSystem::systemName() const
{
    if (type == "zendesk"_L1)
        return u"Zendesk"_s;
    if (type == "slack"_L1)
        return u"Slack"_s;
    if (type == "helpscout"_L1)
        return u"Help Scout"_s;
    if (type == "hipchat"_L1)
        return u"HipChat"_s;
    return type;
}
