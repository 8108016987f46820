#pragma once

#include "protocol/message.h"

#include <QByteArray>
#include <QMetaType>
#include <QStringList>

/*!
 * \brief A v1.1 webhook delivery, as far as the console uses it: message:appUser,
 * message:appMaker, conversation:read, typing:appUser and the delivery triggers
 * message:delivery:channel, :user and :failure. Other triggers parse as Other.
 */
struct WebhookEvent
{
    enum class Trigger {
        MessageAppUser,
        MessageAppMaker,
        ConversationRead,
        TypingAppUser,
        DeliveryChannel, //!< message:delivery:channel: the channel accepted the message
        DeliveryUser,    //!< message:delivery:user: it reached the user's device
        DeliveryFailure, //!< message:delivery:failure: it was not delivered
        Other
    };

    /*!
     * What a message:delivery:* event says of its one message (\c message is a single
     * \c {"_id"} in v1.1). Every text is bounded and on one line: it comes from the channel.
     */
    struct DeliveryReport
    {
        QString messageId;              //!< message._id
        QString destination;            //!< destination.type: whatsapp, messenger, line...
        std::optional<bool> finalEvent; //!< isFinalEvent, when the payload says it
        QString errorCode;              //!< error.code (failures): uncategorized_error...
        QString errorMessage; //!< error.message, else underlyingError.message, else errors[0]
        std::optional<qint64> channelCode; //!< error.underlyingError.errors[0].code (WhatsApp)

        static constexpr qsizetype maxText = 300;
    };

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
    QStringList
        rejected;        //!< what of the payload was left out, and why (messages, a status, a read)
    QStringList assumed; //!< what the parser filled in that the payload did not say
    std::optional<double> timestamp;
    QString activityType; //!< typing:start or typing:stop
    /*! For the delivery triggers, when the payload names its message; else empty. */
    std::optional<DeliveryReport> delivery;

    /*! Whether the trigger is one of message:delivery:channel, :user, :failure. */
    bool isDelivery() const
    {
        return trigger == Trigger::DeliveryChannel || trigger == Trigger::DeliveryUser ||
               trigger == Trigger::DeliveryFailure;
    }

    /*! The id to address the conversation by: userId when known, else smoochId. */
    QString user() const { return userId.isEmpty() ? smoochId : userId; }

    /*! Parses a delivery. Fails only for a body that is not a JSON object or has no trigger. */
    static std::optional<WebhookEvent> fromJson(const QByteArray &body, QString *error = nullptr);
};

Q_DECLARE_METATYPE(WebhookEvent)
