#include "ctlconnection.h"

#include "ctloutput.h"

#include "accounts/credentialstore.h"
#include "accounts/profile.h"
#include "accounts/profilestore.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Qt::StringLiterals;

CtlConnection::CtlConnection()
    : m_baseUrl(u"base-url"_s, tr("API base URL (SMOOCH_BASE_URL)."), u"URL"_s)
    , m_appId(u"app-id"_s, tr("App id (SMOOCH_APP_ID)."), u"ID"_s)
    , m_profile(u"profile"_s, tr("Use a saved profile of the console and its keychain secret."),
                u"NAME"_s)
    , m_timeout(u"timeout"_s, tr("Seconds without data before a request fails."), u"SECONDS"_s,
                u"30"_s)
{}

QList<QCommandLineOption> CtlConnection::options() const
{
    return {m_baseUrl, m_appId, m_profile, m_timeout};
}

bool CtlConnection::isOwnOption(const QString &name) const
{
    for (const QCommandLineOption &option : options()) {
        if (option.names().contains(name))
            return true;
    }
    return false;
}

std::optional<CtlConnection::Resolved>
CtlConnection::resolve(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                       CtlOutput &output, const QString &appId) const
{
    Resolved resolved;
    const QString appIdOption = appId.isEmpty() ? parser.value(m_appId) : appId;
    if (!parser.isSet(m_profile)) {
        resolved.connection =
            ApiConnection::fromEnvironment(environment, parser.value(m_baseUrl), appIdOption);
    } else {
        const auto saved = ProfileStore().profile(parser.value(m_profile));
        if (!saved) {
            output.usage(tr("no profile named '%1'").arg(parser.value(m_profile)));
            return std::nullopt;
        }
        // A command-line tool may wait for the keychain: nothing else is going on.
        std::optional<QByteArray> secret;
        QString keychainError;
        QEventLoop loop;
        CredentialStore keychain;
        keychain.read(saved->secretKey(), &loop,
                      [&](const std::optional<QByteArray> &s, const QString &error) {
                          secret = s;
                          keychainError = error;
                          loop.quit();
                      });
        loop.exec();
        if (!secret) {
            output.usage(keychainError.isEmpty()
                             ? tr("the keychain holds no secret for profile '%1'").arg(saved->name)
                             : tr("the keychain could not be read: %1").arg(keychainError));
            return std::nullopt;
        }
        resolved.profile = *saved;
        Profile profile = *saved;
        if (parser.isSet(m_baseUrl))
            profile.baseUrl = QUrl(parser.value(m_baseUrl));
        if (!appIdOption.isEmpty())
            profile.appId = appIdOption;
        resolved.connection = profile.connection(*secret);
    }
    if (const QString why = resolved.connection.validationError(); !why.isEmpty()) {
        output.usage(why);
        return std::nullopt;
    }
    bool timeoutOk = false;
    const double seconds = parser.value(m_timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0) {
        output.usage(tr("--timeout takes a positive number of seconds"));
        return std::nullopt;
    }
    resolved.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    return resolved;
}
