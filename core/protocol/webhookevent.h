#pragma once

#include "protocol/message.h"

#include <QByteArray>
#include <QMetaType>
#include <QStringList>

/*!
 * \brief A v1.1 webhook delivery, as far as the console uses it: message:appUser,
 * message:appMaker, conversation:read and typing:appUser. Other triggers parse as Other.
 */
struct WebhookEvent
{
    enum class Trigger { MessageAppUser, MessageAppMaker, ConversationRead, TypingAppUser, Other };

    Trigger trigger = Trigger::Other;
    QString triggerName;
    QString appId;
    QString smoochId; //!< appUser._id
    QString userId;   //!< appUser.userId, when the payload has it
    /*!
     * The app user's name as the delivery gives it: the client's displayName (what the channel
     * calls them), else appUser givenName and surname, else the name on one of their messages;
     * empty when the delivery names nobody (typing and read deliveries usually don't).
     */
    QString displayName;
    QString conversationId;
    QList<Message> messages;
    QStringList rejected; //!< why messages of the payload were left out
    QStringList assumed;  //!< what the parser filled in that the payload did not say
    std::optional<double> timestamp;
    QString activityType; //!< typing:start or typing:stop

    /*! The id to address the conversation by: userId when known, else smoochId. */
    QString user() const { return userId.isEmpty() ? smoochId : userId; }

    /*! Parses a delivery. Fails only for a body that is not a JSON object or has no trigger. */
    static std::optional<WebhookEvent> fromJson(const QByteArray &body, QString *error = nullptr);
};

Q_DECLARE_METATYPE(WebhookEvent)
