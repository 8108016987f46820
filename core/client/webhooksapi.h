#pragma once

#include "client/apiclient.h"
#include "protocol/webhook.h"

/*!
 * \brief The v1.1 Webhooks API of one app (list, create, get, update, delete) over one
 * QNetworkAccessManager, with the same promises as ConversationApi.
 *
 * Every call returns an ApiReply at once, parented to the \a context the caller passes, and
 * answers on it later: finished(), then exactly one of succeeded() or failed(error), with the
 * one ApiError type. A call that cannot be sent (bad base URL, no app id or credentials, a
 * webhook without target) fails the same way on the next turn of the event loop. Deleting the
 * reply or its context, cancelAll() or deleting the API ends a request silently.
 *
 * Paths are those of ApiConnection: \c /v1.1/apps/{appId}/webhooks[/{webhookId}], which app-
 * and account-scope keys both reach. Redirects are never followed, the Authorization header
 * goes to the base URL's origin only, a response larger than maxResponseSize() fails with
 * InvalidResponse. GET, PUT and DELETE are retried on transient failures as the RetryPolicy
 * says; POST never is: a create that timed out may have happened, and an app has room for only
 * ten webhooks.
 *
 * The transport is ApiClient's; this class builds the five requests and reads their answers.
 */
class WebhooksApi : public ApiClient
{
    Q_OBJECT

public:
    using RequestId = ApiReply::RequestId;

    /*! A webhook list holds ten webhooks at most: 1 MiB is plenty. */
    static constexpr qint64 defaultMaxResponseSize = 1024 * 1024;

    explicit WebhooksApi(QObject *parent = nullptr);
    ~WebhooksApi() override;

    /*! GET webhooks: every webhook of the app, whoever registered it. */
    ApiReplyOf<QList<Webhook>> *listWebhooks(QObject *context);
    /*!
     * POST webhooks with \a webhook's target, triggers, includeClient and includeFullAppUser;
     * the result holds the new webhook with its id and secret.
     */
    ApiReplyOf<Webhook> *createWebhook(const Webhook &webhook, QObject *context);
    /*! GET webhooks/{webhookId}. */
    ApiReplyOf<Webhook> *getWebhook(const QString &webhookId, QObject *context);
    /*! PUT webhooks/{webhookId}: target, triggers, includeClient, includeFullAppUser. */
    ApiReplyOf<Webhook> *updateWebhook(const QString &webhookId, const Webhook &webhook,
                                       QObject *context);
    /*! DELETE webhooks/{webhookId}. */
    ApiReply *deleteWebhook(const QString &webhookId, QObject *context);

private:
    enum Operation { List, Create, Get, Update, Delete };

    void handleSuccess(RequestId id, int operation, const QByteArray &body) override;
    qint64 readBufferSize() const override { return maxResponseSize() + 1; }
};
