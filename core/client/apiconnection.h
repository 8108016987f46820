#pragma once

#include "client/credentials.h"

#include <QProcessEnvironment>
#include <QUrl>
#include <QUrlQuery>

/*!
 * \brief Where requests go and how they authenticate: base URL, app id and credentials.
 *
 * Builds every request URL with each path segment percent-encoded on its own, so a user id
 * such as "we/ird?x=1&y=#ü" reaches the server as one segment.
 */
class ApiConnection
{
public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.smooch.io")); }
    static QUrl euBaseUrl() { return QUrl(QStringLiteral("https://api.eu-1.smooch.io")); }

    ApiConnection() = default;
    ApiConnection(QUrl baseUrl, QString appId, Credentials credentials);

    QUrl baseUrl() const { return m_baseUrl; }
    QString appId() const { return m_appId; }
    const Credentials &credentials() const { return m_credentials; }
    /*! The base URL as local data is bound to it (no trailing slash). */
    QString boundUrl() const;
    /*! The app as local data is bound to it: the app id, or "key:ID" for an app-scope key,
        which names its app by itself. */
    QString boundApp() const;

    /*!
     * Why requests cannot be sent, or an empty string: the base URL must be https, or http
     * on a loopback host; an app id and valid credentials are required.
     */
    QString validationError() const;
    /*!
     * The connection smoochctl and managed desktops configure by environment:
     * SMOOCH_BASE_URL, SMOOCH_APP_ID, and SMOOCH_KEY_ID with SMOOCH_SECRET (a JWT signed here,
     * or Basic when SMOOCH_AUTH=basic) or SMOOCH_JWT. Key ids starting "act_" sign with
     * account scope. \a baseUrl and \a appId, when set, win over the environment.
     */
    static ApiConnection fromEnvironment(const QProcessEnvironment &environment,
                                         const QString &baseUrl = {}, const QString &appId = {});

    /*! Why \a url may not serve as a base URL, or an empty string. */
    static QString baseUrlError(const QUrl &url);
    /*! True for localhost and loopback addresses (127.0.0.0/8, ::1). */
    static bool isLoopback(const QUrl &url);

    /*!
     * \c {base}/v1.1/apps/{appId}/appusers/{userId}/{path...}?{query}: every element of
     * \a path is one percent-encoded segment.
     */
    QUrl userUrl(const QString &userId, const QStringList &path, const QUrlQuery &query = {}) const;
    /*!
     * \c {base}/v1.1/apps/{appId}/{path...}?{query}, for the app's own resources such as
     * webhooks: every element of \a path is one percent-encoded segment. The apps/{appId} form
     * serves app-scope and account-scope keys alike.
     */
    QUrl appUrl(const QStringList &path, const QUrlQuery &query = {}) const;

    /*! True when \a url has the scheme, host and port of the base URL. */
    bool isSameOrigin(const QUrl &url) const;

    bool operator==(const ApiConnection &) const = default;

private:
    QUrl m_baseUrl = defaultBaseUrl();
    QString m_appId;
    Credentials m_credentials;
};
