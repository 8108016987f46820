#pragma once

#include "protocol/action.h"

/*! \brief One card of a carousel or list message. */
struct MessageItem
{
    QString id; //!< \c _id
    QString title;
    QString description;
    QString mediaUrl;
    QString mediaType;
    QString altText;
    QString size;
    QList<Action> actions;
    QJsonObject extra;

    static MessageItem fromJson(const QJsonObject &object) { return mapping().read(object); }
    QJsonObject toJson() const { return mapping().write(*this); }
    static const JsonMapping<MessageItem> &mapping();
    bool operator==(const MessageItem &) const = default;
};
