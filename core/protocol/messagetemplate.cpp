#include "protocol/messagetemplate.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<MessageTemplate> MessageTemplate::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QLatin1StringView key : {"_id"_L1, "name"_L1}) {
        if (!object.value(key).isString() || object.value(key).toString().isEmpty())
            return fail(u"the template has no %1"_s.arg(key));
    }
    if (!object.value("message"_L1).isObject())
        return fail(u"the template has no message"_s);
    MessageTemplate t;
    t.id = object.value("_id"_L1).toString();
    t.name = object.value("name"_L1).toString();
    t.message = NewMessage::fromJson(object.value("message"_L1).toObject());
    return t;
}

std::optional<MessageTemplate> MessageTemplate::fromResponse(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("template"_L1).isObject()) {
        if (error)
            *error = u"the response has no template"_s;
        return std::nullopt;
    }
    return fromJson(object->value("template"_L1).toObject(), error);
}

NewMessage MessageTemplate::postOf(const NewMessage &stored)
{
    NewMessage post;
    post.role = stored.role.isEmpty() ? u"appMaker"_s : stored.role;
    post.type = stored.type.isEmpty() ? u"text"_s : stored.type;
    post.text = stored.text;
    post.mediaUrl = stored.mediaUrl;
    post.mediaType = stored.mediaType;
    post.altText = stored.altText;
    post.items = stored.items;
    for (Action action : stored.actions) {
        action.id.clear();
        post.actions.append(action);
    }
    post.metadata = stored.metadata;
    return post;
}

QJsonObject MessageTemplate::toJson() const
{
    return {{"name"_L1, name}, {"message"_L1, postOf(message).toJson()}};
}

std::optional<TemplatesPage> TemplatesPage::fromResponse(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("templates"_L1).isArray()) {
        if (error)
            *error = u"the response has no templates"_s;
        return std::nullopt;
    }
    TemplatesPage page;
    for (const QJsonValue &value : object->value("templates"_L1).toArray()) {
        auto t = MessageTemplate::fromJson(value.toObject(), error);
        if (!t)
            return std::nullopt;
        page.templates.append(std::move(*t));
    }
    page.hasMore = object->value("hasMore"_L1).toBool();
    page.offset = object->value("offset"_L1).toInt();
    return page;
}
