#pragma once

#include "smoochctl/ctlcommand.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

/*!
 * \brief smooch-relay agent add NAME [--app ID]... | remove NAME | list: the team's agents.
 *
 * add prints the new token once, as the only line on stdout (only its hash is kept); remove
 * revokes it at once, also for a relay that is serving the same database. list prints one line
 * per agent: the name, a tab, and the apps (comma-separated; `*` for every app).
 */
class AgentCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochRelay)

public:
    AgentCommand(ConversationApi &api, CtlOutput &output, QProcessEnvironment environment);

    QList<QCommandLineOption> options() const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QProcessEnvironment m_environment;
    QCommandLineOption m_app;
};
