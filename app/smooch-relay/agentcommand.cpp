#include "agentcommand.h"

#include "smoochrelay.h"

#include "relay/agentstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

AgentCommand::AgentCommand(ConversationApi &api, CtlOutput &output, QProcessEnvironment environment)
    : CtlCommand(u"agent"_s, api, output)
    , m_environment(std::move(environment))
    , m_app(u"app"_s, tr("An app the agent may see (repeat for more; none: every app)."), u"ID"_s)
{}

QList<QCommandLineOption> AgentCommand::options() const
{
    return {m_app};
}

void AgentCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const bool add = action == "add"_L1 && arguments.size() == 2;
    const bool remove = action == "remove"_L1 && arguments.size() == 2;
    const bool list = action == "list"_L1 && arguments.size() == 1;
    if (!add && !remove && !list) {
        SmoochRelay::fail(output(), tr("agent takes add NAME, remove NAME or list"),
                          CtlOutput::Usage);
        return;
    }
    if (!add && parser.isSet(m_app)) {
        SmoochRelay::fail(output(), tr("--app goes with agent add only"), CtlOutput::Usage);
        return;
    }
    QString error;
    const auto database = SmoochRelay::database(parser, m_environment, &error);
    if (!database) {
        SmoochRelay::fail(output(), error, CtlOutput::Usage);
        return;
    }
    const std::unique_ptr<AgentStore> agents =
        database->postgres.isEmpty() ? AgentStore::openSqlite(database->sqliteFile, &error)
                                     : AgentStore::openPostgres(database->postgres, &error);
    if (!agents) {
        SmoochRelay::fail(output(), tr("cannot open the database: %1").arg(error),
                          CtlOutput::ApiFailure);
        return;
    }
    const QString name = arguments.value(1);
    if (add) {
        const QString token = agents->add(name, parser.values(m_app), &error);
        if (token.isEmpty()) {
            SmoochRelay::fail(output(), tr("cannot add agent '%1': %2").arg(name, error),
                              CtlOutput::ApiFailure);
            return;
        }
        output().print((token + u'\n').toUtf8());
    } else if (remove) {
        if (!agents->remove(name, &error)) {
            SmoochRelay::fail(output(),
                              error.isEmpty() ? tr("no agent named '%1'").arg(name)
                                              : tr("cannot remove agent '%1': %2").arg(name, error),
                              CtlOutput::ApiFailure);
            return;
        }
    } else {
        for (const Agent &agent : agents->list()) {
            const QString apps = agent.apps.isEmpty() ? u"*"_s : agent.apps.join(u',');
            output().print(
                (CtlOutput::forTerminal(agent.name) + u'\t' + CtlOutput::forTerminal(apps) + u'\n')
                    .toUtf8());
        }
    }
    output().finish(CtlOutput::Success);
}
