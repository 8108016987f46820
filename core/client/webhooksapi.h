#pragma once

#include "client/apiconnection.h"
#include "client/apierror.h"
#include "client/apireply.h"
#include "client/retrypolicy.h"
#include "protocol/webhook.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

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
 */
class WebhooksApi : public QObject
{
    Q_OBJECT

public:
    using RequestId = ApiReply::RequestId;

    /*! A webhook list holds ten webhooks at most: 1 MiB is plenty. */
    static constexpr qint64 defaultMaxResponseSize = 1024 * 1024;

    explicit WebhooksApi(QObject *parent = nullptr);
    ~WebhooksApi() override;

    void setConnection(const ApiConnection &connection);
    const ApiConnection &connection() const { return m_connection; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxResponseSize(qint64 bytes) { m_maxResponseSize = bytes; }
    qint64 maxResponseSize() const { return m_maxResponseSize; }

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

    /*! Stops every request in flight and deletes their replies; no signal follows. */
    void cancelAll();
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    enum class Operation { List, Create, Get, Update, Delete };
    struct Pending
    {
        Operation operation;
        QByteArray verb;
        QUrl url;
        QByteArray body;
        int attempt = 1;
        QPointer<ApiReply> caller;
        QPointer<QNetworkReply> reply;
        QByteArray received;
        QTimer *retryTimer = nullptr;
    };

    template<typename Reply>
    Reply *start(QObject *context, Operation operation, const QByteArray &verb, const QUrl &url,
                 const QByteArray &body = {}, const QString &refusal = {});
    void send(RequestId id);
    void onReplyData(RequestId id, QNetworkReply *reply);
    void onReplyFinished(RequestId id, QNetworkReply *reply);
    void handleSuccess(RequestId id, const QByteArray &body);
    void conclude(RequestId id, const ApiError *error);
    void failLater(RequestId id, const ApiError &error);
    void release(Pending &pending);
    friend class ApiReply;
    void forget(RequestId id);

    QNetworkAccessManager *m_network;
    ApiConnection m_connection;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_timeout{30000};
    qint64 m_maxResponseSize = defaultMaxResponseSize;
    QHash<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
};
