#include "accounts/profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ApiConnection Profile::connection(const QByteArray &secret) const
{
    Credentials credentials;
    switch (auth) {
    case Auth::KeySecret:
        credentials = Credentials::signedJwt(keyId, secret, Credentials::scopeForKeyId(keyId));
        break;
    case Auth::Jwt:
        credentials = Credentials::jwt(secret);
        break;
    case Auth::Basic:
        credentials = Credentials::basic(keyId, secret);
        break;
    }
    return ApiConnection(baseUrl, appId, credentials);
}

QString Profile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "the profile needs a name");
    if (const QString error = ApiConnection::baseUrlError(baseUrl); !error.isEmpty())
        return error;
    if (appId.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "the profile needs an app id");
    if (auth != Auth::Jwt && keyId.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "the profile needs a key id");
    return relayUrlError();
}

QString Profile::relayUrlError() const
{
    if (relayUrl.isEmpty())
        return {};
    if (!relayUrl.isValid() || relayUrl.host().isEmpty() ||
        (relayUrl.scheme() != "https"_L1 && relayUrl.scheme() != "http"_L1))
        return QCoreApplication::translate("Profile",
                                           "the relay URL must be an http or https address");
    // The agent's token goes with every request: in clear only to a relay on this machine
    // (the API's rule, and its translated words: "plain http is only allowed for loopback").
    if (relayUrl.scheme() == "http"_L1 && !ApiConnection::isLoopback(relayUrl))
        return ApiConnection::baseUrlError(relayUrl);
    return {};
}

std::optional<Profile> Profile::fromEnvironment(const QProcessEnvironment &env, QByteArray *secret)
{
    const ApiConnection connection = ApiConnection::fromEnvironment(env);
    if (connection.appId().isEmpty())
        return std::nullopt;
    Profile p;
    p.id = u"environment"_s;
    p.name = QCoreApplication::translate("Profile", "From the environment");
    p.baseUrl = connection.baseUrl();
    p.appId = connection.appId();
    p.keyId = env.value(u"SMOOCH_KEY_ID"_s);
    p.temporary = true;
    if (env.contains(u"SMOOCH_JWT"_s)) {
        p.auth = Auth::Jwt;
        *secret = env.value(u"SMOOCH_JWT"_s).toUtf8();
    } else {
        p.auth = env.value(u"SMOOCH_AUTH"_s).compare("basic"_L1, Qt::CaseInsensitive) == 0
                     ? Auth::Basic
                     : Auth::KeySecret;
        *secret = env.value(u"SMOOCH_SECRET"_s).toUtf8();
    }
    return p;
}
