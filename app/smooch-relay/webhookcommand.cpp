#include "webhookcommand.h"

#include "smoochctl/ctloutput.h"

#include "client/webhooksapi.h"
#include "relay/webhooksecrets.h"
#include "relay/webhooksetup.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

WebhookCommand::WebhookCommand(ConversationApi &api, CtlOutput &output,
                               QProcessEnvironment environment)
    : CtlCommand(u"webhook"_s, api, output)
    , m_environment(std::move(environment))
    , m_app(u"app"_s, tr("The app whose webhook it is."), u"ID"_s)
    , m_url(u"url"_s,
            tr("The relay's public URL for the app's deliveries, ending in /webhooks/ID."),
            u"PUBLIC_URL"_s)
    , m_secrets(u"secrets"_s, tr("The webhook secrets file (default: STATE/webhook-secrets)."),
                u"FILE"_s)
{}

WebhookCommand::~WebhookCommand() = default;

QList<QCommandLineOption> WebhookCommand::options() const
{
    return QList<QCommandLineOption>{m_app, m_url, m_secrets} + m_connection.options();
}

void WebhookCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (arguments.size() != 1 ||
        !QStringList{u"register"_s, u"status"_s, u"remove"_s}.contains(action)) {
        output().usage(tr("webhook takes one of register, status or remove"));
        return;
    }
    const QString appId = parser.value(m_app);
    if (appId.isEmpty()) {
        output().usage(tr("webhook %1 needs --app ID").arg(action));
        return;
    }
    const QString target = parser.value(m_url);
    if (action == "register"_L1 && target.isEmpty()) {
        output().usage(tr("webhook register needs --url PUBLIC_URL"));
        return;
    }
    const auto resolved = m_connection.resolve(parser, m_environment, output(), appId);
    if (!resolved)
        return;
    m_webhooks = std::make_unique<WebhooksApi>();
    m_webhooks->setConnection(resolved->connection);
    m_webhooks->setTimeout(resolved->timeout);
    const QString file = parser.isSet(m_secrets) ? parser.value(m_secrets)
                                                 : WebhookSecrets::defaultWriteFile(m_environment);
    m_setup = std::make_unique<WebhookSetup>(m_webhooks.get(), file);

    const auto done = [this](const WebhookSetup::Outcome &outcome) {
        if (outcome.ok()) {
            // The target and the ids come from the server: shown, never acted upon.
            QString text;
            for (const QString &line : outcome.text().split(u'\n'))
                text += CtlOutput::forTerminal(line) + u'\n';
            output().print(text.toUtf8());
            output().finish(CtlOutput::Success);
        } else if (outcome.error.isError()) {
            output().fail(outcome.error);
        } else {
            output().problem(CtlOutput::forTerminal(outcome.problem));
            output().finish(CtlOutput::ApiFailure);
        }
    };
    if (action == "register"_L1)
        m_setup->registerWebhook(target, done);
    else if (action == "status"_L1)
        m_setup->status(target, done);
    else
        m_setup->remove(target, done);
}
