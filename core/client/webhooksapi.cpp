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

QString WebhooksApi::responseTooLarge() const
{
    return tr("the response is larger than %1 KiB; it was not read to its end")
        .arg(maxResponseSize() / 1024);
}

void WebhooksApi::handleSuccess(RequestId id, int operation, const QByteArray &body)
{
    QString parseError;
    bool ok = true;
    switch (Operation(operation)) {
    case List:
        if (auto list = Webhook::listFromResponse(body, &parseError))
            setResult(id, std::move(*list));
        else
            ok = false;
        break;
    case Create:
    case Get:
    case Update:
        if (auto webhook = Webhook::fromResponse(body, &parseError))
            setResult(id, std::move(*webhook));
        else
            ok = false;
        break;
    case Delete: // 200 with no body promised
        break;
    }
    if (ok)
        conclude(id, nullptr);
    else
        fail(id, ApiError(ApiError::Kind::InvalidResponse, parseError));
}
