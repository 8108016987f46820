#pragma once

#include "smoochctl/ctlcommand.h"
#include "smoochctl/ctlconnection.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>

class WebhookSetup;
class WebhooksApi;

/*!
 * \brief smooch-relay webhook register|status|remove --app ID [--url PUBLIC_URL]
 * [--secrets FILE]: the relay's webhook of one app, through WebhookSetup.
 *
 * The credentials and the options --base-url, --profile and --timeout are smoochctl's
 * (CtlConnection); --app names the app. register needs --url and stores the webhook's secret
 * in --secrets FILE (default STATE/webhook-secrets, WebhookSecrets::defaultWriteFile());
 * status and remove find the relay's webhook by --url, or by the secret that file holds.
 * Secrets never appear in what it prints; the report goes to stdout, errors to stderr.
 *
 * A CtlCommand like smoochctl's: options() holds every option it takes, start() gets the
 * positional arguments after "webhook" (the action). The ConversationApi it is given is not
 * used; it makes its own WebhooksApi from the resolved connection.
 */
class WebhookCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochRelay)

public:
    WebhookCommand(ConversationApi &api, CtlOutput &output, QProcessEnvironment environment);
    ~WebhookCommand() override;

    QList<QCommandLineOption> options() const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QProcessEnvironment m_environment;
    CtlConnection m_connection;
    QCommandLineOption m_app;
    QCommandLineOption m_url;
    QCommandLineOption m_secrets;
    std::unique_ptr<WebhooksApi> m_webhooks;
    std::unique_ptr<WebhookSetup> m_setup;
};
