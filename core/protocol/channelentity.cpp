#include "protocol/channelentity.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<ChannelEntity> ChannelEntity::fromJson(const QJsonObject &object)
{
    ChannelEntity e;
    e.type = object.value("type"_L1).toString().left(100);
    if (e.type.isEmpty())
        return std::nullopt;
    e.integrationId = object.value("integrationId"_L1).toString().left(100);
    for (const QLatin1StringView key :
         {"phoneNumber"_L1, "userId"_L1, "address"_L1, "username"_L1, "chatId"_L1}) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().isEmpty()) {
            e.address = value.toString().left(200);
            break;
        }
        if (value.isDouble()) { // Telegram chat ids are numbers on some channels
            e.address = QString::number(qint64(value.toDouble()));
            break;
        }
    }
    e.json = object;
    return e;
}

std::optional<QList<ChannelEntity>> ChannelEntity::listFromResponse(const QByteArray &body,
                                                                    QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("channels"_L1).isArray()) {
        if (error)
            *error = u"the response has no channels"_s;
        return std::nullopt;
    }
    QList<ChannelEntity> list;
    for (const QJsonValue &value : object->value("channels"_L1).toArray()) {
        if (list.size() == maxEntities)
            break;
        if (auto entity = fromJson(value.toObject()))
            list.append(std::move(*entity));
    }
    return list;
}
