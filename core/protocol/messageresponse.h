#pragma once

#include "protocol/conversation.h"
#include "protocol/message.h"

#include <QMetaType>

/*! \brief The 201 answer of POST messages: the stored message and its conversation. */
struct MessageResponse
{
    Message message;
    QList<Message> extraMessages;
    std::optional<Conversation> conversation;

    /*! Fails when the body is not an object or holds no valid \c message. */
    static std::optional<MessageResponse> fromJson(const QByteArray &body,
                                                   QString *error = nullptr);
};

Q_DECLARE_METATYPE(MessageResponse)
