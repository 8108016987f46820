#include "client/apiconnection.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

ApiConnection::ApiConnection(QUrl baseUrl, QString appId, Credentials credentials)
    : m_baseUrl(std::move(baseUrl))
    , m_appId(std::move(appId))
    , m_credentials(std::move(credentials))
{}

ApiConnection ApiConnection::fromEnvironment(const QProcessEnvironment &env, const QString &baseUrl,
                                             const QString &appId)
{
    const QString url = baseUrl.isEmpty() ? env.value(u"SMOOCH_BASE_URL"_s) : baseUrl;
    const QString keyId = env.value(u"SMOOCH_KEY_ID"_s);
    const QByteArray secret = env.value(u"SMOOCH_SECRET"_s).toUtf8();
    Credentials credentials;
    if (env.contains(u"SMOOCH_JWT"_s))
        credentials = Credentials::jwt(env.value(u"SMOOCH_JWT"_s).toUtf8());
    else if (env.value(u"SMOOCH_AUTH"_s).compare("basic"_L1, Qt::CaseInsensitive) == 0)
        credentials = Credentials::basic(keyId, secret);
    else if (!keyId.isEmpty())
        credentials = Credentials::signedJwt(keyId, secret, Credentials::scopeForKeyId(keyId));
    return ApiConnection(url.isEmpty() ? defaultBaseUrl() : QUrl(url, QUrl::StrictMode),
                         appId.isEmpty() ? env.value(u"SMOOCH_APP_ID"_s) : appId, credentials);
}

bool ApiConnection::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiConnection::baseUrlError(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiConnection", "the base URL is not a valid URL");
    if (url.scheme() == "https"_L1)
        return {};
    if (url.scheme() == "http"_L1 && isLoopback(url))
        return {};
    if (url.scheme() == "http"_L1)
        return QCoreApplication::translate(
            "ApiConnection", "plain http is only allowed for loopback hosts; use https");
    return QCoreApplication::translate("ApiConnection", "the base URL must use https");
}

QString ApiConnection::validationError() const
{
    if (const QString error = baseUrlError(m_baseUrl); !error.isEmpty())
        return error;
    if (m_appId.isEmpty())
        return QCoreApplication::translate("ApiConnection", "no app id is set");
    if (!m_credentials.isValid())
        return QCoreApplication::translate("ApiConnection", "no valid credentials are set");
    return {};
}

QUrl ApiConnection::userUrl(const QString &userId, const QStringList &path,
                            const QUrlQuery &query) const
{
    return appUrl(QStringList{u"appusers"_s, userId} + path, query);
}

QUrl ApiConnection::appUrl(const QStringList &path, const QUrlQuery &query) const
{
    // QUrl::setPath() would encode the '%' of an encoded segment again; assemble the encoded
    // form and parse it strictly instead.
    QByteArray encoded = m_baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    encoded += "/v1.1/apps/" + QUrl::toPercentEncoding(m_appId);
    for (const QString &segment : path)
        encoded += '/' + QUrl::toPercentEncoding(segment);
    if (!query.isEmpty())
        encoded += '?' + query.toString(QUrl::FullyEncoded).toLatin1();
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

bool ApiConnection::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_baseUrl.scheme() && url.host() == m_baseUrl.host() &&
           url.port(url.scheme() == "https"_L1 ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == "https"_L1 ? 443 : 80);
}

QString ApiConnection::boundUrl() const
{
    return m_baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

QString ApiConnection::boundApp() const
{
    return m_appId.isEmpty() ? u"key:"_s + m_credentials.keyId() : m_appId;
}
