#pragma once

#include "protocol/jsonmapping.h"

#include <QMetaType>

/*! \brief The conversation of one app user: its id and unread count. */
struct Conversation
{
    QString id; //!< \c _id
    std::optional<qint64> unreadCount;
    QJsonObject extra;

    static Conversation fromJson(const QJsonObject &object) { return mapping().read(object); }
    QJsonObject toJson() const { return mapping().write(*this); }
    static const JsonMapping<Conversation> &mapping();
    bool operator==(const Conversation &) const = default;
};

Q_DECLARE_METATYPE(Conversation)
