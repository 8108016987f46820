#pragma once

#include "protocol/jsonmapping.h"

/*! \brief The body of POST conversation/activity: the agent starts or stops typing. */
struct ConversationActivity
{
    QString role;
    QString type; //!< typing:start or typing:stop
    QString name;
    QString avatarUrl;
    QJsonObject extra;

    static ConversationActivity typingStart() { return withType(QStringLiteral("typing:start")); }
    static ConversationActivity typingStop() { return withType(QStringLiteral("typing:stop")); }
    static ConversationActivity withType(const QString &type)
    {
        ConversationActivity activity;
        activity.role = QStringLiteral("appMaker");
        activity.type = type;
        return activity;
    }

    static ConversationActivity fromJson(const QJsonObject &object)
    {
        return mapping().read(object);
    }
    QJsonObject toJson() const { return mapping().write(*this); }
    static const JsonMapping<ConversationActivity> &mapping();
    bool operator==(const ConversationActivity &) const = default;
};
