#pragma once

#include "protocol/messageitem.h"
#include "protocol/messageparts.h"

#include <QMetaType>

class QDateTime;

/*!
 * \brief A v1.1 message as the server returns it (GET messages, POST responses, webhooks).
 *
 * Role and type are kept as the server's strings, so a role or type this build does not know
 * still round-trips; role() and type() classify them. Parse with fromJson(), which rejects
 * only what no view could place: a message without \c _id or \c received.
 */
struct Message
{
    enum class Role { AppUser, AppMaker, Whisper, Unknown };
    enum class Type { Text, Image, File, Carousel, List, Location, Form, FormResponse, Unknown };

    QString id; //!< \c _id
    QString authorId;
    QString roleName; //!< \c role, as sent
    QString typeName; //!< \c type, as sent
    std::optional<MessageSource> source;
    QString name;
    QString text;
    QString email;
    QString avatarUrl;
    std::optional<double> received; //!< seconds since the epoch, with milliseconds
    QString mediaUrl;
    QString mediaType;
    QString altText;
    QJsonObject metadata;
    QList<MessageItem> items;
    QList<Action> actions;
    QString payload;
    std::optional<DisplaySettings> displaySettings;
    std::optional<bool> blockChatInput;
    QList<FormField> fields;
    std::optional<bool> submitted;
    std::optional<QuotedMessage> quotedMessage;
    QString textFallback;
    std::optional<Coordinates> coordinates;
    std::optional<LocationInfo> location;
    QJsonObject extra;

    Role role() const;
    Type type() const;
    /*! \c received in milliseconds since the epoch (0 when absent). */
    qint64 receivedMs() const;
    /*!
     * When the message was received, in local time, as an offset from UTC: cheap for the date
     * and the time of day of many messages; convert with toLocalTime() to show the zone.
     */
    QDateTime receivedLocal() const;

    /*!
     * Parses one message. Returns std::nullopt and sets \a reason when \c _id or \c received
     * is missing or of the wrong type; anything else unknown or mistyped is kept in extra.
     */
    static std::optional<Message> fromJson(const QJsonObject &object, QString *reason = nullptr);
    QJsonObject toJson() const { return mapping().write(*this); }
    static const JsonMapping<Message> &mapping();
    bool operator==(const Message &) const = default;

    static Role roleFromString(QStringView role);
    static Type typeFromString(QStringView type);
};
Q_DECLARE_METATYPE(const Message *)
Q_DECLARE_METATYPE(Message)
