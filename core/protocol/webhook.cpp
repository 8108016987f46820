#include "protocol/webhook.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<Webhook> Webhook::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QLatin1StringView key : {"_id"_L1, "target"_L1, "secret"_L1}) {
        if (!object.value(key).isString() || object.value(key).toString().isEmpty())
            return fail(u"the webhook has no %1"_s.arg(key));
    }
    if (!object.value("triggers"_L1).isArray())
        return fail(u"the webhook has no triggers"_s);
    Webhook webhook;
    webhook.id = object.value("_id"_L1).toString();
    webhook.target = object.value("target"_L1).toString();
    webhook.secret = object.value("secret"_L1).toString().toUtf8();
    for (const QJsonValue &trigger : object.value("triggers"_L1).toArray()) {
        if (!trigger.isString())
            return fail(u"the webhook's triggers are not all names"_s);
        webhook.triggers.append(trigger.toString());
    }
    webhook.version = object.value("version"_L1).toString();
    webhook.includeClient = object.value("includeClient"_L1).toBool();
    webhook.includeFullAppUser = object.value("includeFullAppUser"_L1).toBool();
    return webhook;
}

std::optional<Webhook> Webhook::fromResponse(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("webhook"_L1).isObject()) {
        if (error)
            *error = u"the response has no webhook"_s;
        return std::nullopt;
    }
    return fromJson(object->value("webhook"_L1).toObject(), error);
}

std::optional<QList<Webhook>> Webhook::listFromResponse(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("webhooks"_L1).isArray()) {
        if (error)
            *error = u"the response has no webhooks"_s;
        return std::nullopt;
    }
    QList<Webhook> webhooks;
    for (const QJsonValue &value : object->value("webhooks"_L1).toArray()) {
        auto webhook = fromJson(value.toObject(), error);
        if (!webhook)
            return std::nullopt;
        webhooks.append(std::move(*webhook));
    }
    return webhooks;
}

QJsonObject Webhook::toJson() const
{
    return {{"target"_L1, target},
            {"triggers"_L1, QJsonArray::fromStringList(triggers)},
            {"includeClient"_L1, includeClient},
            {"includeFullAppUser"_L1, includeFullAppUser}};
}
