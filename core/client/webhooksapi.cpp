#include "client/webhooksapi.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

WebhooksApi::WebhooksApi(QObject *parent)
    : ApiClient("webhooks request", defaultMaxResponseSize, parent)
{}

WebhooksApi::~WebhooksApi() = default;

ApiReplyOf<QList<Webhook>> *WebhooksApi::listWebhooks(QObject *context)
{
    return start<ApiReplyOf<QList<Webhook>>>(
        context, {.operation = List, .verb = "GET", .url = connection().appUrl({u"webhooks"_s})});
}

ApiReplyOf<Webhook> *WebhooksApi::createWebhook(const Webhook &webhook, QObject *context)
{
    return start<ApiReplyOf<Webhook>>(
        context, {.operation = Create,
                  .verb = "POST",
                  .url = connection().appUrl({u"webhooks"_s}),
                  .body = QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact),
                  .refusal = webhook.target.isEmpty() ? tr("the webhook has no target") : QString(),
                  .repeat = Repeat::SentOnce});
}

ApiReplyOf<Webhook> *WebhooksApi::getWebhook(const QString &webhookId, QObject *context)
{
    return start<ApiReplyOf<Webhook>>(
        context, {.operation = Get,
                  .verb = "GET",
                  .url = connection().appUrl({u"webhooks"_s, webhookId}),
                  .refusal = webhookId.isEmpty() ? tr("no webhook id given") : QString()});
}

ApiReplyOf<Webhook> *WebhooksApi::updateWebhook(const QString &webhookId, const Webhook &webhook,
                                                QObject *context)
{
    QString refusal;
    if (webhookId.isEmpty())
        refusal = tr("no webhook id given");
    else if (webhook.target.isEmpty())
        refusal = tr("the webhook has no target");
    return start<ApiReplyOf<Webhook>>(
        context, {.operation = Update,
                  .verb = "PUT",
                  .url = connection().appUrl({u"webhooks"_s, webhookId}),
                  .body = QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact),
                  .refusal = refusal});
}

ApiReply *WebhooksApi::deleteWebhook(const QString &webhookId, QObject *context)
{
    return start<ApiReply>(
        context, {.operation = Delete,
                  .verb = "DELETE",
                  .url = connection().appUrl({u"webhooks"_s, webhookId}),
                  .refusal = webhookId.isEmpty() ? tr("no webhook id given") : QString()});
}

void WebhooksApi::handleSuccess(RequestId id, int operation, const QByteArray &body)
{
    QString parseError;
    switch (Operation(operation)) {
    case List:
        return concludeWith(id, Webhook::listFromResponse(body, &parseError), parseError);
    case Create:
    case Get:
    case Update:
        return concludeWith(id, Webhook::fromResponse(body, &parseError), parseError);
    case Delete: // 200 with no body promised
        return conclude(id, nullptr);
    }
}
