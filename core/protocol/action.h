#pragma once

#include "protocol/jsonmapping.h"

/*!
 * \brief A v1.1 message action (button): link, reply, postback, buy, share, webview,
 * locationRequest, or a type this build does not know yet (kept as its raw string).
 */
struct Action
{
    QString id; //!< \c _id, set by the server on stored messages
    QString type;
    QString text;
    QString payload;
    QString uri;
    QString fallback;
    QString size;
    QString iconUrl;
    QString currency;
    QString state;
    std::optional<qint64> amount;  //!< buy: amount in cents
    std::optional<bool> isDefault; //!< \c default
    std::optional<bool> openOnReceive;
    QJsonObject metadata;
    QJsonObject extraChannelOptions;
    QJsonObject extra; //!< keys this build does not know, kept for the round trip

    /*! True for types whose \c uri opens a browser: link and webview. */
    bool opensUri() const;

    static Action fromJson(const QJsonObject &object) { return mapping().read(object); }
    QJsonObject toJson() const { return mapping().write(*this); }
    static const JsonMapping<Action> &mapping();
    bool operator==(const Action &) const = default;
};
