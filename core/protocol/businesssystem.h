#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/*!
 * \brief A business system the app user's conversation is mirrored to (\c BusinessSystemItem
 * of \c GET appusers/{userId}/businesssystems): a Zendesk ticket, a Slack channel, a Help Scout
 * conversation, so that someone may answer from there too.
 *
 * Only \c type is required (an open set: zendesk, slack, helpscout, hipchat...); an item
 * without it is skipped. At most maxSystems are kept.
 */
struct BusinessSystem
{
    static constexpr qsizetype maxSystems = 20;

    QString type;
    QString reference; //!< ticketId, channelId, conversationId or roomId, whichever is set
    QJsonObject json;  //!< the item as received

    static std::optional<BusinessSystem> fromJson(const QJsonObject &object);
    /*! The \c businessSystems of the answer; fails only when the answer has no such list. */
    static std::optional<QList<BusinessSystem>> listFromResponse(const QByteArray &body,
                                                                 QString *error = nullptr);
    /*! "Zendesk", "Slack", "Help Scout", else the type as given. */
    QString systemName() const;
};
