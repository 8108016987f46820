#include "smoochctl.h"

#include "clearcommand.h"
#include "deletecommand.h"
#include "messagescommand.h"
#include "readcommand.h"
#include "sendcommand.h"
#include "typingcommand.h"

#include "accounts/profile.h"
#include "session/session.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

SmoochCtl::SmoochCtl(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_output(out, err, [this](int exitCode) { Q_EMIT done(exitCode); })
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
    parser.addOptions(m_connection.options());
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
        if (!m_connection.isOwnOption(option) && !ownOptions.contains(option)) {
            m_output.usage(tr("--%1 does not go with %2").arg(option, name));
            return;
        }
    }

    const std::optional<CtlConnection::Resolved> resolved =
        m_connection.resolve(parser, environment, m_output);
    if (!resolved)
        return;
    if (resolved->profile) {
        // Clears go into the profile's own audit log, which the console shows.
        m_clear->setAuditLog(
            Session::dataDirectoryFor(*resolved->profile, Session::consoleDataRoot()),
            resolved->profile->name);
    } else {
        // Clears without a profile are recorded in smoochctl's own database, one per app.
        Profile app;
        app.id = resolved->connection.appId();
        m_clear->setAuditLog(Session::dataDirectoryFor(app), u"smoochctl"_s);
    }
    m_api.setConnection(resolved->connection);
    m_api.setTimeout(resolved->timeout);
    command.start(parser, args.mid(1));
}
