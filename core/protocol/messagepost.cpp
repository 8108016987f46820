#include "protocol/messagepost.h"

#include "protocol/message.h"

using namespace Qt::StringLiterals;

QString MessagePost::validationError() const
{
    if (role.isEmpty())
        return u"a message needs a role"_s;
    if (type.isEmpty())
        return u"a message needs a type"_s;
    switch (Message::typeFromString(type)) {
    case Message::Type::Text:
        if (text.trimmed().isEmpty() && actions.isEmpty())
            return u"a text message needs text or actions"_s;
        break;
    case Message::Type::Image:
    case Message::Type::File:
        if (mediaUrl.isEmpty())
            return u"an %1 message needs a mediaUrl"_s.arg(type);
        break;
    case Message::Type::Location:
        if (!coordinates || !coordinates->lat || !coordinates->lon)
            return u"a location message needs coordinates"_s;
        break;
    case Message::Type::Carousel:
    case Message::Type::List:
        if (items.isEmpty())
            return u"a %1 message needs items"_s.arg(type);
        break;
    case Message::Type::Form:
        if (fields.isEmpty())
            return u"a form message needs fields"_s;
        break;
    case Message::Type::FormResponse:
    case Message::Type::Unknown:
        break;
    }
    return {};
}

const JsonMapping<MessagePost> &MessagePost::mapping()
{
    static const auto m = JsonMapping<MessagePost>()
                              .field("role"_L1, &MessagePost::role)
                              .field("type"_L1, &MessagePost::type)
                              .field("name"_L1, &MessagePost::name)
                              .field("email"_L1, &MessagePost::email)
                              .field("avatarUrl"_L1, &MessagePost::avatarUrl)
                              .field("metadata"_L1, &MessagePost::metadata)
                              .field("payload"_L1, &MessagePost::payload)
                              .field("text"_L1, &MessagePost::text)
                              .field("mediaUrl"_L1, &MessagePost::mediaUrl)
                              .field("mediaType"_L1, &MessagePost::mediaType)
                              .field("altText"_L1, &MessagePost::altText)
                              .field("items"_L1, &MessagePost::items)
                              .field("actions"_L1, &MessagePost::actions)
                              .field("blockChatInput"_L1, &MessagePost::blockChatInput)
                              .field("displaySettings"_L1, &MessagePost::displaySettings)
                              .field("fields"_L1, &MessagePost::fields)
                              .field("destination"_L1, &MessagePost::destination)
                              .field("override"_L1, &MessagePost::override)
                              .field("coordinates"_L1, &MessagePost::coordinates)
                              .field("location"_L1, &MessagePost::location);
    return m;
}
