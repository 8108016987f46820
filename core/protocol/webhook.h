#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/*!
 * \brief One webhook of an app, as the v1.1 Webhooks API shows it: where deliveries go, the
 * triggers it subscribes to, and the secret they carry in X-API-Key.
 *
 * fromJson() accepts only objects with the four fields the spec requires (\c _id, \c target,
 * \c triggers, \c secret); toJson() writes the WebhookCreate / WebhookUpdate body (target,
 * triggers, includeClient, includeFullAppUser), never the id, version or secret.
 */
struct Webhook
{
    QString id; //!< \c _id
    QString target;
    QStringList triggers;
    QByteArray secret;
    QString version; //!< the payload version, "v1.1" for a webhook created under /v1.1
    bool includeClient = false;
    bool includeFullAppUser = false;

    static std::optional<Webhook> fromJson(const QJsonObject &object, QString *error = nullptr);
    /*! The \c webhook of a create, get or update answer. */
    static std::optional<Webhook> fromResponse(const QByteArray &body, QString *error = nullptr);
    /*! The \c webhooks of a list answer; fails when any of them is not a valid webhook. */
    static std::optional<QList<Webhook>> listFromResponse(const QByteArray &body,
                                                          QString *error = nullptr);
    QJsonObject toJson() const;

    bool operator==(const Webhook &) const = default;
};

Q_DECLARE_METATYPE(Webhook)
