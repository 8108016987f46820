#include "smoochrelay.h"

#include "relay/webhooksecrets.h"
#include "smooch-relay/agentcommand.h"
#include "smooch-relay/servecommand.h"
#include "smooch-relay/webhookcommand.h"

#include "smoochctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto dbOption = u"db"_s;
const auto postgresOption = u"postgres"_s;
} // namespace

SmoochRelay::SmoochRelay(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_output(
          out, err, [this](int exitCode) { Q_EMIT done(exitCode); }, u"smooch-relay"_s)
{}

SmoochRelay::~SmoochRelay() = default;

void SmoochRelay::registerCommands(const QProcessEnvironment &environment)
{
    m_commands.push_back(std::make_unique<ServeCommand>(m_api, m_output, environment));
    m_commands.push_back(std::make_unique<AgentCommand>(m_api, m_output, environment));
    m_commands.push_back(std::make_unique<WebhookCommand>(m_api, m_output, environment));
}

std::optional<SmoochRelay::Database> SmoochRelay::database(const QCommandLineParser &parser,
                                                           const QProcessEnvironment &environment,
                                                           QString *error)
{
    Database database;
    if (parser.isSet(postgresOption)) {
        if (parser.isSet(dbOption)) {
            *error = tr("--db and --postgres do not go together");
            return std::nullopt;
        }
        database.postgres = parser.value(postgresOption);
        return database;
    }
    database.sqliteFile = parser.isSet(dbOption)
                              ? parser.value(dbOption)
                              : WebhookSecrets::stateDirectory(environment) + u"/relay.sqlite"_s;
    // The state directory holds the tokens' hashes and every delivery: its owner's alone.
    const QString directory = QFileInfo(database.sqliteFile).absolutePath();
    if (!QDir().exists(directory)) {
        if (!QDir().mkpath(directory)) {
            *error = tr("cannot create %1").arg(directory);
            return std::nullopt;
        }
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return database;
}

void SmoochRelay::fail(CtlOutput &output, const QString &message, int exitCode)
{
    output.problem(CtlOutput::forTerminal(message));
    output.finish(exitCode);
}

void SmoochRelay::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    registerCommands(environment);
    const QCommandLineOption db(dbOption, tr("SQLite database (default STATE/relay.sqlite)."),
                                u"FILE"_s);
    const QCommandLineOption postgres(
        postgresOption, tr("PostgreSQL database, as a libpq conninfo string."), u"CONNINFO"_s);

    // The command word: the first argument that is not an option or a global option's value.
    QString name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--db"_L1 || argument == "--postgres"_L1) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-')) {
            name = argument;
            break;
        }
    }
    const auto found = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                    [&name](const auto &c) { return c->name() == name; });

    QCommandLineParser parser;
    QStringList names;
    for (const auto &command : m_commands)
        names += command->name();
    parser.setApplicationDescription(
        tr("The team relay: receives an app's webhooks, keeps them, and streams them to every "
           "agent's console.\n\n"
           "Commands:\n"
           "  serve [--listen ADDR:PORT] [--db FILE | --postgres CONNINFO]\n"
           "        [--tls-cert FILE --tls-key FILE] [--secrets FILE] [--retention-days N]\n"
           "        prints its base URL as the first line\n"
           "  agent add NAME [--app ID]...   prints the new token once\n"
           "  agent remove NAME\n"
           "  agent list\n"
           "  webhook register --app ID --url PUBLIC_URL   credentials as smoochctl takes them\n"
           "  webhook status --app ID | webhook remove --app ID\n\n"
           "STATE is $STATE_DIRECTORY, else $XDG_DATA_HOME/smooch-relay.\n"
           "Exit codes: 0 success, 1 failure, 2 usage, 3 network failure."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({db, postgres});
    if (found != m_commands.cend())
        parser.addOptions((*found)->options());
    parser.addPositionalArgument(u"command"_s, names.join(u", "_s));
    parser.addPositionalArgument(u"args"_s, tr("The command's arguments."), u"[args...]"_s);

    if (!parser.parse(arguments)) {
        fail(m_output, parser.errorText(), CtlOutput::Usage);
        return;
    }
    if (parser.isSet(u"help"_s)) {
        m_output.print(parser.helpText().toUtf8());
        m_output.finish(CtlOutput::Success);
        return;
    }
    if (parser.isSet(u"version"_s)) {
        m_output.print("smooch-relay " SMOOCH_VERSION "\n");
        m_output.finish(CtlOutput::Success);
        return;
    }
    if (found == m_commands.cend()) {
        fail(m_output,
             name.isEmpty() ? tr("no command given; try 'smooch-relay --help'")
                            : tr("unknown command '%1'; try 'smooch-relay --help'").arg(name),
             CtlOutput::Usage);
        return;
    }
    QStringList args = parser.positionalArguments();
    args.removeFirst(); // the command word
    (*found)->start(parser, args);
}
