#pragma once

#include "smoochctl/ctlcommand.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>

class AgentStore;
class EventLog;
class QSocketNotifier;
class RelayServer;

/*!
 * \brief smooch-relay serve: opens the log and the agents, serves them until SIGTERM or SIGINT.
 *
 * The first line on stdout is the base URL (http:// or https://, with the port --listen
 * 127.0.0.1:0 picked), written and flushed once the relay accepts connections. SIGTERM and
 * SIGINT end the run with 0 after the listening socket and every connection closed and the log
 * finished its writes (a delivery answered 200 is on disk before its answer anyway).
 */
class ServeCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochRelay)

public:
    ServeCommand(ConversationApi &api, CtlOutput &output, QProcessEnvironment environment);
    ~ServeCommand() override;

    QList<QCommandLineOption> options() const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    bool catchSignals();
    void stop();

    QProcessEnvironment m_environment;
    QCommandLineOption m_listen;
    QCommandLineOption m_tlsCert;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_secrets;
    QCommandLineOption m_retentionDays;
    QCommandLineOption m_keepalive;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<RelayServer> m_server;
    QSocketNotifier *m_signals = nullptr;
};
