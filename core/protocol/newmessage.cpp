#include "protocol/newmessage.h"

#include "protocol/message.h"

using namespace Qt::StringLiterals;

QString NewMessage::validationError() const
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

const JsonMapping<NewMessage> &NewMessage::mapping()
{
    static const auto m = JsonMapping<NewMessage>()
                              .field("role"_L1, &NewMessage::role)
                              .field("type"_L1, &NewMessage::type)
                              .field("name"_L1, &NewMessage::name)
                              .field("email"_L1, &NewMessage::email)
                              .field("avatarUrl"_L1, &NewMessage::avatarUrl)
                              .field("metadata"_L1, &NewMessage::metadata)
                              .field("payload"_L1, &NewMessage::payload)
                              .field("text"_L1, &NewMessage::text)
                              .field("mediaUrl"_L1, &NewMessage::mediaUrl)
                              .field("mediaType"_L1, &NewMessage::mediaType)
                              .field("altText"_L1, &NewMessage::altText)
                              .field("items"_L1, &NewMessage::items)
                              .field("actions"_L1, &NewMessage::actions)
                              .field("blockChatInput"_L1, &NewMessage::blockChatInput)
                              .field("displaySettings"_L1, &NewMessage::displaySettings)
                              .field("fields"_L1, &NewMessage::fields)
                              .field("destination"_L1, &NewMessage::destination)
                              .field("override"_L1, &NewMessage::override)
                              .field("coordinates"_L1, &NewMessage::coordinates)
                              .field("location"_L1, &NewMessage::location);
    return m;
}
