#pragma once

#include "protocol/jsonmapping.h"

/*!
 * \file messageparts.h
 * \brief The small aggregates a message and a message post are made of. Each is plain data
 * with a JSON mapping; none has behaviour of its own, so they share one header.
 */

/*! \brief Where a message came from (\c source). */
struct MessageSource
{
    QString id;
    QString type; //!< an open set: web, messenger, whatsapp, api, ...
    QString originalMessageId;
    std::optional<double> originalMessageTimestamp;
    QJsonObject extra;
    static const JsonMapping<MessageSource> &mapping();
    bool operator==(const MessageSource &) const = default;
};

/*! \brief \c coordinates of a location message. */
struct Coordinates
{
    std::optional<double> lat;
    std::optional<double> lon; //!< JSON key \c long
    QJsonObject extra;
    static const JsonMapping<Coordinates> &mapping();
    bool operator==(const Coordinates &) const = default;
};

/*! \brief \c location: the name and address of a location message. */
struct LocationInfo
{
    QString name;
    QString address;
    QJsonObject extra;
    static const JsonMapping<LocationInfo> &mapping();
    bool operator==(const LocationInfo &) const = default;
};

/*! \brief \c displaySettings of a carousel. */
struct DisplaySettings
{
    QString imageAspectRatio;
    QJsonObject extra;
    static const JsonMapping<DisplaySettings> &mapping();
    bool operator==(const DisplaySettings &) const = default;
};

/*! \brief An option of a select field, offered (\c options) or chosen (\c select). */
struct FormOption
{
    QString id; //!< \c _id, on chosen options
    QString name;
    QString label;
    QJsonObject extra;
    static const JsonMapping<FormOption> &mapping();
    bool operator==(const FormOption &) const = default;
};

/*! \brief A field of a form, or an answer in a formResponse. */
struct FormField
{
    QString id;   //!< \c _id
    QString type; //!< text, email, select
    QString name;
    QString label;
    QString placeholder;
    std::optional<qint64> minSize;
    std::optional<qint64> maxSize;
    std::optional<qint64> selectSize;
    QList<FormOption> options;
    QString text;             //!< the answer of a text field
    QString email;            //!< the answer of an email field
    QList<FormOption> select; //!< the answer of a select field
    QJsonObject extra;
    static const JsonMapping<FormField> &mapping();
    bool operator==(const FormField &) const = default;
};

/*! \brief \c quotedMessage: the message a formResponse answers. */
struct QuotedMessage
{
    QString type; //!< message or externalMessageId
    QString externalMessageId;
    QJsonObject content; //!< a Message object; parse it with Message::fromJson when needed
    QJsonObject extra;
    static const JsonMapping<QuotedMessage> &mapping();
    bool operator==(const QuotedMessage &) const = default;
};

/*! \brief \c destination of a message post: the channel to send through. */
struct Destination
{
    QString integrationId;
    QString integrationType;
    QJsonObject extra;
    static const JsonMapping<Destination> &mapping();
    bool operator==(const Destination &) const = default;
};
