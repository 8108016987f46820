#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class AgentStore;
class DemoTeammate;
class EventLog;
class RelayServer;
class SandboxDemo;
class WebhookSetup;
class WebhooksApi;

/*!
 * \brief The demo's team relay: a relay in this process on a free loopback port, its log in the
 * demo's data folder, registered as the demo app's webhook through the Webhooks API the way
 * `smooch-relay webhook register` does it, with two agents: the person trying the demo and Sam,
 * a simulated teammate (DemoTeammate) who now and then views and replies.
 *
 * start() answers with ready() (the relay's URL and the person's agent token) or failed().
 */
class DemoRelay : public QObject
{
    Q_OBJECT

public:
    /*! The agent name of the person trying the demo; presence shows only the others. */
    static constexpr const char *agentName = "you";

    DemoRelay(SandboxDemo &sandbox, const QString &dataDirectory, QObject *parent = nullptr);
    ~DemoRelay() override;

    /*! Opens the log, adds the agents, listens and registers the webhook. */
    void start();
    QUrl url() const;
    DemoTeammate *teammate() const { return m_teammate.get(); }
    RelayServer *server() const { return m_server.get(); }

Q_SIGNALS:
    void ready(const QUrl &url, const QByteArray &agentToken);
    void failed(const QString &reason);

private:
    SandboxDemo &m_sandbox;
    QString m_directory;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<RelayServer> m_server;
    std::unique_ptr<WebhooksApi> m_webhooks;
    std::unique_ptr<WebhookSetup> m_setup;
    std::unique_ptr<DemoTeammate> m_teammate;
};
