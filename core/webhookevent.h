#pragma once

#include "message.h"

#include <QByteArray>
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
    QString smoochId;    //!< appUser._id
    QString userId;      //!< appUser.userId, when the payload has it
    QString displayName; //!< appUser givenName and surname, when present
    QString conversationId;
    QList<Message> messages;
    QStringList rejected; //!< why messages of the payload were left out
    std::optional<double> timestamp;
    QString activityType; //!< typing:start or typing:stop

    /*! The id to address the conversation by: userId when known, else smoochId. */
    QString user() const { return userId.isEmpty() ? smoochId : userId; }

    /*! Parses a delivery. Fails only for a body that is not a JSON object or has no trigger. */
    static std::optional<WebhookEvent> fromJson(const QByteArray &body, QString *error = nullptr);
};
