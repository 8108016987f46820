#pragma once

#include "client/apiconnection.h"

#include <QProcessEnvironment>
#include <QUrl>

/*!
 * \brief One Smooch app the console talks to: where, as whom, and how it behaves. Nothing in
 * here is secret; the secret, pasted JWT, webhook secret and relay token live in the OS
 * keychain under secretKey(), webhookSecretKey() and relayTokenKey().
 */
struct Profile
{
    enum class Auth { KeySecret, Jwt, Basic };

    QString id; //!< stable, generated; names the keychain entries and the data folder
    QString name;
    QUrl baseUrl = ApiConnection::defaultBaseUrl();
    QString appId;
    Auth auth = Auth::KeySecret;
    QString keyId;
    QString agentName;
    QString agentEmail;
    QString agentAvatarUrl;
    bool adminTools = false;
    bool webhookEnabled = false;
    quint16 webhookPort = 0;
    QUrl relayUrl;          //!< the team relay (smooch-relay) live updates come from; empty: none
    bool temporary = false; //!< from the environment or the demo: never saved

    /*! The connection with \a secret: the key's secret, or the JWT for Auth::Jwt. */
    ApiConnection connection(const QByteArray &secret) const;
    QString secretKey() const { return id + QStringLiteral("/secret"); }
    QString webhookSecretKey() const { return id + QStringLiteral("/webhook"); }
    /*! The keychain entry of the agent's token for the relay. */
    QString relayTokenKey() const { return id + QStringLiteral("/relay"); }
    /*! Whether live updates come from a relay. */
    bool hasRelay() const { return relayUrl.isValid() && !relayUrl.isEmpty(); }
    /*! Why relayUrl cannot be used (not http or https, or no host), or an empty string. */
    QString relayUrlError() const;
    /*! Why it cannot connect, ignoring the secret, or an empty string. */
    QString validationError() const;

    /*!
     * The temporary profile of a managed desktop: SMOOCH_BASE_URL, SMOOCH_APP_ID, SMOOCH_KEY_ID
     * with SMOOCH_SECRET (or SMOOCH_JWT), SMOOCH_AUTH=basic. std::nullopt when no app id is set;
     * \a secret receives the secret or JWT, which stays in memory.
     */
    static std::optional<Profile> fromEnvironment(const QProcessEnvironment &env,
                                                  QByteArray *secret);

    bool operator==(const Profile &) const = default;
};
