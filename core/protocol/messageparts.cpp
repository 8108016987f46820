#include "protocol/messageparts.h"

using namespace Qt::StringLiterals;

const JsonMapping<MessageSource> &MessageSource::mapping()
{
    static const auto m =
        JsonMapping<MessageSource>()
            .field("id"_L1, &MessageSource::id)
            .field("type"_L1, &MessageSource::type)
            .field("originalMessageId"_L1, &MessageSource::originalMessageId)
            .field("originalMessageTimestamp"_L1, &MessageSource::originalMessageTimestamp);
    return m;
}

const JsonMapping<Coordinates> &Coordinates::mapping()
{
    static const auto m = JsonMapping<Coordinates>()
                              .field("lat"_L1, &Coordinates::lat)
                              .field("long"_L1, &Coordinates::lon);
    return m;
}

const JsonMapping<LocationInfo> &LocationInfo::mapping()
{
    static const auto m = JsonMapping<LocationInfo>()
                              .field("name"_L1, &LocationInfo::name)
                              .field("address"_L1, &LocationInfo::address);
    return m;
}

const JsonMapping<DisplaySettings> &DisplaySettings::mapping()
{
    static const auto m = JsonMapping<DisplaySettings>().field("imageAspectRatio"_L1,
                                                               &DisplaySettings::imageAspectRatio);
    return m;
}

const JsonMapping<FormOption> &FormOption::mapping()
{
    static const auto m = JsonMapping<FormOption>()
                              .field("_id"_L1, &FormOption::id)
                              .field("name"_L1, &FormOption::name)
                              .field("label"_L1, &FormOption::label);
    return m;
}

const JsonMapping<FormField> &FormField::mapping()
{
    static const auto m = JsonMapping<FormField>()
                              .field("_id"_L1, &FormField::id)
                              .field("type"_L1, &FormField::type)
                              .field("name"_L1, &FormField::name)
                              .field("label"_L1, &FormField::label)
                              .field("placeholder"_L1, &FormField::placeholder)
                              .field("minSize"_L1, &FormField::minSize)
                              .field("maxSize"_L1, &FormField::maxSize)
                              .field("selectSize"_L1, &FormField::selectSize)
                              .field("options"_L1, &FormField::options)
                              .field("text"_L1, &FormField::text)
                              .field("email"_L1, &FormField::email)
                              .field("select"_L1, &FormField::select);
    return m;
}

const JsonMapping<QuotedMessage> &QuotedMessage::mapping()
{
    static const auto m = JsonMapping<QuotedMessage>()
                              .field("type"_L1, &QuotedMessage::type)
                              .field("externalMessageId"_L1, &QuotedMessage::externalMessageId)
                              .field("content"_L1, &QuotedMessage::content);
    return m;
}

const JsonMapping<Destination> &Destination::mapping()
{
    static const auto m = JsonMapping<Destination>()
                              .field("integrationId"_L1, &Destination::integrationId)
                              .field("integrationType"_L1, &Destination::integrationType);
    return m;
}
