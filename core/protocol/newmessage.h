#pragma once

#include "protocol/messageitem.h"
#include "protocol/messageparts.h"

/*!
 * \brief A message to create: the body of POST messages. The console posts as \c appMaker; the
 * sandbox uses the same type to read and check what clients send.
 */
struct NewMessage
{
    QString role;
    QString type;
    QString name;
    QString email;
    QString avatarUrl;
    QJsonObject metadata;
    QString payload;
    QString text;
    QString mediaUrl;
    QString mediaType;
    QString altText;
    QList<MessageItem> items;
    QList<Action> actions;
    std::optional<bool> blockChatInput;
    std::optional<DisplaySettings> displaySettings;
    QList<FormField> fields;
    std::optional<Destination> destination;
    QJsonObject override; //!< raw per-channel payloads
    std::optional<Coordinates> coordinates;
    std::optional<LocationInfo> location;
    QJsonObject extra;

    /*!
     * Why the server would refuse this post, or an empty string when it is complete: a role and
     * a type are required; text needs text or actions; image and file need a mediaUrl; location
     * needs coordinates; carousel and list need items.
     */
    QString validationError() const;

    /*! A text message from the agent (role appMaker). */
    static NewMessage appMakerText(const QString &text)
    {
        NewMessage post;
        post.role = QStringLiteral("appMaker");
        post.type = QStringLiteral("text");
        post.text = text;
        return post;
    }

    static NewMessage fromJson(const QJsonObject &object) { return mapping().read(object); }
    QJsonObject toJson() const { return mapping().write(*this); }
    static const JsonMapping<NewMessage> &mapping();
    bool operator==(const NewMessage &) const = default;
};
