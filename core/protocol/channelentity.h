#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/*!
 * \brief One channel identity of an app user (\c ChannelEntityItem of \c GET
 * appusers/{userId}/channels): the channel type and the id the channel knows the user by
 * (phone number, page-scoped user id, address, WhatsApp username, Telegram chat id).
 *
 * Only \c type is required; an entity without it is skipped. At most maxEntities are kept.
 */
struct ChannelEntity
{
    static constexpr qsizetype maxEntities = 50;

    QString type;
    QString integrationId;
    QString address;  //!< phoneNumber, userId, address, username or chatId, whichever is set
    QJsonObject json; //!< the item as received

    static std::optional<ChannelEntity> fromJson(const QJsonObject &object);
    /*! The \c channels of the answer; fails only when the answer has no such list. */
    static std::optional<QList<ChannelEntity>> listFromResponse(const QByteArray &body,
                                                                QString *error = nullptr);
};
