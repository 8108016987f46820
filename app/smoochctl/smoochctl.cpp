#include "smoochctl.h"

#include "clearcommand.h"
#include "deletecommand.h"
#include "messagescommand.h"
#include "readcommand.h"
#include "sendcommand.h"
#include "typingcommand.h"

#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <algorithm>

using namespace Qt::StringLiterals;

SmoochCtl::SmoochCtl(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_output(out, err, [this](int exitCode) { Q_EMIT done(exitCode); })
    , m_baseUrl(u"base-url"_s, tr("API base URL (SMOOCH_BASE_URL)."), u"URL"_s)
    , m_appId(u"app-id"_s, tr("App id (SMOOCH_APP_ID)."), u"ID"_s)
    , m_profile(u"profile"_s, tr("Use a saved profile of the console and its keychain secret."),
                u"NAME"_s)
    , m_timeout(u"timeout"_s, tr("Seconds without data before a request fails."), u"SECONDS"_s,
                u"30"_s)
{
    connect(&m_api, &ConversationApi::retrying, this,
            [this](ConversationApi::RequestId, int attempt, std::chrono::milliseconds delay,
                   const ApiError &error) {
                m_output.note(tr("smoochctl: %1; attempt %2 in %3 s\n")
                                  .arg(CtlOutput::forTerminal(error.message()))
                                  .arg(attempt)
                                  .arg(double(delay.count()) / 1000.0, 0, 'f', 1));
            });
}

// Out of line: the commands are complete types here.
SmoochCtl::~SmoochCtl() = default;

void SmoochCtl::run(const QStringList &arguments, const QProcessEnvironment &environment,
                    std::function<bool(const QString &)> confirm)
{
    m_commands.push_back(std::make_unique<MessagesCommand>(m_api, m_output));
    m_commands.push_back(std::make_unique<SendCommand>(m_api, m_output));
    m_commands.push_back(std::make_unique<TypingCommand>(m_api, m_output));
    m_commands.push_back(std::make_unique<ReadCommand>(m_api, m_output));
    m_commands.push_back(std::make_unique<DeleteCommand>(m_api, m_output));
    auto clear = std::make_unique<ClearCommand>(m_api, m_output, std::move(confirm));
    m_clear = clear.get();
    m_commands.push_back(std::move(clear));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Admin and scripting tool for the Smooch v1.1 conversation API.\n\n"
        "Commands:\n"
        "  messages USER [--before TS | --after TS | --all]   one JSON message per line, oldest "
        "first\n"
        "  send USER --text TEXT [--name N] [--email E] [--avatar-url U]   prints the created "
        "message\n"
        "  typing USER start|stop\n"
        "  read USER\n"
        "  delete USER MESSAGE_ID\n"
        "  clear USER... [--yes] [--export FILE]\n\n"
        "Credentials come from the environment only: SMOOCH_KEY_ID with SMOOCH_SECRET (a JWT is\n"
        "signed locally; SMOOCH_AUTH=basic uses Basic instead), or SMOOCH_JWT; or a saved profile\n"
        "of the console (--profile NAME) with its secret in the system keychain.\n"
        "Exit codes: 0 success, 1 API error, 2 usage, 3 network or TLS failure."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({m_baseUrl, m_appId, m_profile, m_timeout});
    for (const auto &command : m_commands)
        parser.addOptions(command->options());
    parser.addPositionalArgument(u"command"_s,
                                 tr("messages, send, typing, read, delete or clear."));
    parser.addPositionalArgument(u"args"_s, tr("The command's arguments."), u"[args...]"_s);

    if (!parser.parse(arguments)) {
        m_output.usage(parser.errorText());
        return;
    }
    if (parser.isSet(u"help"_s)) {
        m_output.print(parser.helpText().toUtf8());
        m_output.finish(CtlOutput::Success);
        return;
    }
    if (parser.isSet(u"version"_s)) {
        m_output.print("smoochctl " SMOOCH_VERSION "\n");
        m_output.finish(CtlOutput::Success);
        return;
    }

    const QStringList args = parser.positionalArguments();
    const QString name = args.value(0);
    const auto found = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                    [&name](const auto &c) { return c->name() == name; });
    if (found == m_commands.cend()) {
        m_output.usage(name.isEmpty() ? tr("no command given")
                                      : tr("unknown command '%1'").arg(name));
        return;
    }
    CtlCommand &command = **found;
    // Options that belong to one command only.
    QStringList ownOptions;
    for (const QCommandLineOption &option : command.options())
        ownOptions += option.names();
    for (const QString &option : parser.optionNames()) {
        const bool global = option == "base-url"_L1 || option == "app-id"_L1 ||
                            option == "timeout"_L1 || option == "profile"_L1;
        if (!global && !ownOptions.contains(option)) {
            m_output.usage(tr("--%1 does not go with %2").arg(option, name));
            return;
        }
    }

    const std::optional<ApiConnection> resolved = connection(parser, environment);
    if (!resolved)
        return;
    if (const QString why = resolved->validationError(); !why.isEmpty()) {
        m_output.usage(why);
        return;
    }
    bool timeoutOk = false;
    const double seconds = parser.value(m_timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0) {
        m_output.usage(tr("--timeout takes a positive number of seconds"));
        return;
    }
    m_api.setConnection(*resolved);
    m_api.setTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    command.start(parser, args.mid(1));
}

std::optional<ApiConnection> SmoochCtl::connection(const QCommandLineParser &parser,
                                                   const QProcessEnvironment &environment)
{
    if (!parser.isSet(m_profile)) {
        ApiConnection fromEnvironment = ApiConnection::fromEnvironment(
            environment, parser.value(m_baseUrl), parser.value(m_appId));
        // Clears without a profile are recorded in smoochctl's own database, one per app.
        Profile app;
        app.id = fromEnvironment.appId();
        m_clear->setAuditLog(Session::dataDirectoryFor(app), u"smoochctl"_s);
        return fromEnvironment;
    }
    const auto saved = ProfileStore().profile(parser.value(m_profile));
    if (!saved) {
        m_output.usage(tr("no profile named '%1'").arg(parser.value(m_profile)));
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
        m_output.usage(keychainError.isEmpty()
                           ? tr("the keychain holds no secret for profile '%1'").arg(saved->name)
                           : tr("the keychain could not be read: %1").arg(keychainError));
        return std::nullopt;
    }
    Profile profile = *saved;
    // Clears go into the profile's own audit log, which the console shows.
    m_clear->setAuditLog(Session::dataDirectoryFor(profile, Session::consoleDataRoot()),
                         profile.name);
    if (parser.isSet(m_baseUrl))
        profile.baseUrl = QUrl(parser.value(m_baseUrl));
    if (parser.isSet(m_appId))
        profile.appId = parser.value(m_appId);
    return profile.connection(*secret);
}
