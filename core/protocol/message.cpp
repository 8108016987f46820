#include "protocol/message.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

Message::Role Message::role() const
{
    return roleFromString(roleName);
}

Message::Type Message::type() const
{
    return typeFromString(typeName);
}

qint64 Message::receivedMs() const
{
    return received ? qint64(std::llround(*received * 1000.0)) : 0;
}

QDateTime Message::receivedLocal() const
{
    // Converting to local time asks the C library, which reads the time zone file again each
    // time. Messages come in runs from one day: keep the last day whose offset from UTC holds
    // from its start to its end, and convert within it by that offset.
    struct Day
    {
        qint64 start = 1;
        qint64 end = 0;
        int offset = 0;
    };
    static thread_local Day day;
    const qint64 ms = receivedMs();
    if (ms >= day.start && ms < day.end)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, day.offset);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const QDateTime start = local.date().startOfDay();
    const QDateTime end = local.date().addDays(1).startOfDay();
    if (start.offsetFromUtc() == end.addMSecs(-1).offsetFromUtc())
        day = {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), start.offsetFromUtc()};
    return local;
}

Message::Role Message::roleFromString(QStringView role)
{
    if (role == u"appUser")
        return Role::AppUser;
    if (role == u"appMaker")
        return Role::AppMaker;
    if (role == u"whisper")
        return Role::Whisper;
    return Role::Unknown;
}

Message::Type Message::typeFromString(QStringView type)
{
    static const QHash<QString, Type> types = {
        {u"text"_s, Type::Text}, {u"image"_s, Type::Image},
        {u"file"_s, Type::File}, {u"carousel"_s, Type::Carousel},
        {u"list"_s, Type::List}, {u"location"_s, Type::Location},
        {u"form"_s, Type::Form}, {u"formResponse"_s, Type::FormResponse},
    };
    // The v1 era sent text messages without a type; treat those as text.
    if (type.isEmpty())
        return Type::Text;
    return types.value(type.toString(), Type::Unknown);
}

std::optional<Message> Message::fromJson(const QJsonObject &object, QString *reason)
{
    Message m = mapping().read(object);
    QString why;
    if (m.id.isEmpty())
        why = u"missing _id"_s;
    else if (!m.received || !std::isfinite(*m.received))
        why = u"message %1: missing or non-numeric received"_s.arg(m.id);
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return std::nullopt;
    }
    return m;
}

const JsonMapping<Message> &Message::mapping()
{
    static const auto m = JsonMapping<Message>()
                              .field("_id"_L1, &Message::id)
                              .field("authorId"_L1, &Message::authorId)
                              .field("role"_L1, &Message::roleName)
                              .field("type"_L1, &Message::typeName)
                              .field("source"_L1, &Message::source)
                              .field("name"_L1, &Message::name)
                              .field("text"_L1, &Message::text)
                              .field("email"_L1, &Message::email)
                              .field("avatarUrl"_L1, &Message::avatarUrl)
                              .field("received"_L1, &Message::received)
                              .field("mediaUrl"_L1, &Message::mediaUrl)
                              .field("mediaType"_L1, &Message::mediaType)
                              .field("altText"_L1, &Message::altText)
                              .field("metadata"_L1, &Message::metadata)
                              .field("items"_L1, &Message::items)
                              .field("actions"_L1, &Message::actions)
                              .field("payload"_L1, &Message::payload)
                              .field("displaySettings"_L1, &Message::displaySettings)
                              .field("blockChatInput"_L1, &Message::blockChatInput)
                              .field("fields"_L1, &Message::fields)
                              .field("submitted"_L1, &Message::submitted)
                              .field("quotedMessage"_L1, &Message::quotedMessage)
                              .field("textFallback"_L1, &Message::textFallback)
                              .field("coordinates"_L1, &Message::coordinates)
                              .field("location"_L1, &Message::location);
    return m;
}
