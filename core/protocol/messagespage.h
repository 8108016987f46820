#pragma once

#include "protocol/conversation.h"
#include "protocol/message.h"

#include <QByteArray>
#include <QMetaType>
#include <QStringList>

/*!
 * \brief One page of GET messages: up to 100 messages, oldest first, with optional
 * \c previous and \c next links that say whether older or newer messages exist.
 */
struct MessagesPage
{
    std::optional<Conversation> conversation;
    QList<Message> messages;
    QString previous;     //!< empty when there is nothing older
    QString next;         //!< empty when there is nothing newer
    QStringList rejected; //!< why individual messages were left out of \c messages
    QJsonObject extra;

    bool hasPrevious() const { return !previous.isEmpty(); }
    bool hasNext() const { return !next.isEmpty(); }

    /*!
     * Parses a response body. The page fails (std::nullopt, \a error set) only when the body is
     * not JSON, not an object, or has no \c messages array; a bad message is left out and
     * explained in \c rejected while the rest of the page is kept.
     */
    static std::optional<MessagesPage> fromJson(const QByteArray &body, QString *error = nullptr);
    static std::optional<MessagesPage> fromJson(const QJsonObject &object,
                                                QString *error = nullptr);
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(MessagesPage)
