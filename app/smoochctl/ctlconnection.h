#pragma once

#include "accounts/profile.h"
#include "client/apiconnection.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <chrono>
#include <optional>

class CtlOutput;
class QCommandLineParser;

/*!
 * \brief How smoochctl (and smooch-relay's webhook commands) find the API: the options
 * --base-url, --app-id, --profile and --timeout, the environment (ApiConnection::
 * fromEnvironment) and a saved profile of the console with its secret in the keychain.
 *
 * resolve() ends the run through CtlOutput with Usage, and returns nothing, when the options
 * or the credentials do not make a usable connection.
 */
class CtlConnection
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    struct Resolved
    {
        ApiConnection connection;
        std::chrono::milliseconds timeout{30000};
        /*! The saved profile of --profile as stored (before --base-url/--app-id). */
        std::optional<Profile> profile;
    };

    CtlConnection();

    /*! The options, in the order of the help text. */
    QList<QCommandLineOption> options() const;
    /*! True when \a name is one of options()' names. */
    bool isOwnOption(const QString &name) const;

    /*!
     * The connection the command line and \a environment describe; \a appId, when not empty,
     * wins over --app-id, the profile and SMOOCH_APP_ID. Checks the connection
     * (ApiConnection::validationError()) and --timeout.
     */
    std::optional<Resolved> resolve(const QCommandLineParser &parser,
                                    const QProcessEnvironment &environment, CtlOutput &output,
                                    const QString &appId = {}) const;

private:
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_appId;
    QCommandLineOption m_profile;
    QCommandLineOption m_timeout;
};
