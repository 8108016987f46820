#include "demo/demorelay.h"

#include "client/webhooksapi.h"
#include "demo/demoteammate.h"
#include "relay/agentstore.h"
#include "relay/eventlog.h"
#include "relay/relayserver.h"
#include "relay/webhooksetup.h"
#include "sandbox/sandboxdemo.h"

using namespace Qt::StringLiterals;

DemoRelay::DemoRelay(SandboxDemo &sandbox, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_directory(dataDirectory)
{}

DemoRelay::~DemoRelay() = default;

QUrl DemoRelay::url() const
{
    if (!m_server || !m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_server->address().toString());
    url.setPort(m_server->port());
    return url;
}

void DemoRelay::start()
{
    const QString database = m_directory + u"/relay.sqlite"_s;
    QString error;
    m_log = EventLog::openSqlite(database, &error);
    if (m_log)
        m_agents = AgentStore::openSqlite(database, &error);
    const QString person = m_agents ? m_agents->add(QString::fromLatin1(agentName), {}, &error)
                                    : QString();
    const QString teammate = person.isEmpty() ? QString()
                                              : m_agents->add(QString::fromLatin1(
                                                                  DemoTeammate::name),
                                                              {}, &error);
    if (teammate.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    m_server = std::make_unique<RelayServer>(*m_log, *m_agents);
    const QString secrets = m_directory + u"/webhook-secrets"_s;
    m_server->setWebhookSecretsFile(secrets);
    if (!m_server->listen()) {
        Q_EMIT failed(u"the relay could not listen on a local port"_s);
        return;
    }

    // As `smooch-relay webhook register` does: the app delivers to the relay from now on.
    const ApiConnection connection = m_sandbox.connection();
    m_webhooks = std::make_unique<WebhooksApi>();
    m_webhooks->setConnection(connection);
    m_setup = std::make_unique<WebhookSetup>(m_webhooks.get(), secrets);
    QUrl target = url();
    target.setPath(u"/webhooks/"_s + connection.appId());
    m_setup->registerWebhook(target.toString(), [this, connection, person,
                                                 teammate](const WebhookSetup::Outcome &outcome) {
        if (!outcome.ok()) {
            Q_EMIT failed(outcome.problem.isEmpty() ? outcome.error.message() : outcome.problem);
            return;
        }
        m_teammate = std::make_unique<DemoTeammate>(url(), teammate.toUtf8(), connection);
        Q_EMIT ready(url(), person.toUtf8());
    });
}
