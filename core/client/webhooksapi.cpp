#include "client/webhooksapi.h"

#include "client/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

WebhooksApi::WebhooksApi(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Nothing is followed: a redirect would carry the Authorization header to wherever it points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhooksApi::~WebhooksApi()
{
    cancelAll();
}

void WebhooksApi::setConnection(const ApiConnection &connection)
{
    m_connection = connection;
}

ApiReplyOf<QList<Webhook>> *WebhooksApi::listWebhooks(QObject *context)
{
    return start<ApiReplyOf<QList<Webhook>>>(context, Operation::List, "GET",
                                             m_connection.appUrl({u"webhooks"_s}));
}

ApiReplyOf<Webhook> *WebhooksApi::createWebhook(const Webhook &webhook, QObject *context)
{
    return start<ApiReplyOf<Webhook>>(
        context, Operation::Create, "POST", m_connection.appUrl({u"webhooks"_s}),
        QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact),
        webhook.target.isEmpty() ? tr("the webhook has no target") : QString());
}

ApiReplyOf<Webhook> *WebhooksApi::getWebhook(const QString &webhookId, QObject *context)
{
    return start<ApiReplyOf<Webhook>>(context, Operation::Get, "GET",
                                      m_connection.appUrl({u"webhooks"_s, webhookId}), {},
                                      webhookId.isEmpty() ? tr("no webhook id given") : QString());
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
        context, Operation::Update, "PUT", m_connection.appUrl({u"webhooks"_s, webhookId}),
        QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact), refusal);
}

ApiReply *WebhooksApi::deleteWebhook(const QString &webhookId, QObject *context)
{
    return start<ApiReply>(context, Operation::Delete, "DELETE",
                           m_connection.appUrl({u"webhooks"_s, webhookId}), {},
                           webhookId.isEmpty() ? tr("no webhook id given") : QString());
}

template<typename Reply>
Reply *WebhooksApi::start(QObject *context, Operation operation, const QByteArray &verb,
                          const QUrl &url, const QByteArray &body, const QString &refusal)
{
    const RequestId id = m_nextId++;
    auto *reply = new Reply(this, id, context);
    m_pending.insert(id, Pending{operation, verb, url, body, 1, reply, {}, {}, nullptr});
    QString why = refusal;
    if (why.isEmpty())
        why = m_connection.validationError();
    if (!why.isEmpty())
        failLater(id, ApiError(ApiError::Kind::Refused, why));
    else
        send(id);
    return reply;
}

void WebhooksApi::send(RequestId id)
{
    Pending &p = m_pending[id];
    QNetworkRequest request(p.url);
    if (m_connection.isSameOrigin(p.url))
        request.setRawHeader("Authorization", m_connection.credentials().authorizationHeader());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("smooch-console/" SMOOCH_VERSION));
    if (!p.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    qCDebug(lcApi) << "webhooks request" << id << p.verb << p.url.path(QUrl::FullyEncoded)
                   << "attempt" << p.attempt;
    QNetworkReply *reply = p.body.isEmpty() ? m_network->sendCustomRequest(request, p.verb)
                                            : m_network->sendCustomRequest(request, p.verb, p.body);
    p.reply = reply;
    p.received.clear();
    reply->setReadBufferSize(m_maxResponseSize + 1);
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply] { onReplyFinished(id, reply); });
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, id, reply] { onReplyData(id, reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] { onReplyData(id, reply); });
}

void WebhooksApi::onReplyData(RequestId id, QNetworkReply *reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply != reply)
        return;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > m_maxResponseSize ||
        it->received.size() + reply->bytesAvailable() > m_maxResponseSize) {
        qCWarning(lcApi) << "webhooks request" << id << "response passed" << m_maxResponseSize
                         << "bytes; aborted";
        const ApiError error(ApiError::Kind::InvalidResponse,
                             tr("the response is larger than %1 KiB; it was not read to its end")
                                 .arg(m_maxResponseSize / 1024));
        conclude(id, &error);
        return;
    }
    it->received += reply->readAll();
}

void WebhooksApi::onReplyFinished(RequestId id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply != reply)
        return;
    it->reply = nullptr;
    const QByteArray body =
        std::exchange(it->received, {}) + (reply->isOpen() ? reply->readAll() : QByteArray());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        handleSuccess(id, body);
        return;
    }
    const ApiError error = ApiError::fromReply(*reply, body);
    const int nextAttempt = it->attempt + 1;
    const auto delay = it->operation == Operation::Create
                           ? std::nullopt
                           : m_retryPolicy.delayBefore(nextAttempt, error);
    if (!delay) {
        qCInfo(lcApi) << "webhooks request" << id << it->verb << it->url.path(QUrl::FullyEncoded)
                      << "failed:" << error.message();
        conclude(id, &error);
        return;
    }
    it->attempt = nextAttempt;
    if (!it->retryTimer) {
        it->retryTimer = new QTimer(this);
        it->retryTimer->setSingleShot(true);
        connect(it->retryTimer, &QTimer::timeout, this, [this, id] { send(id); });
    }
    it->retryTimer->start(*delay);
    if (QPointer<ApiReply> caller = it->caller) {
        caller->m_emitting = true;
        Q_EMIT caller->retrying(nextAttempt, *delay, error);
        if (caller)
            caller->m_emitting = false;
    }
}

void WebhooksApi::handleSuccess(RequestId id, const QByteArray &body)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QString parseError;
    bool ok = true;
    switch (it->operation) {
    case Operation::List:
        if (auto list = Webhook::listFromResponse(body, &parseError)) {
            if (auto *r = static_cast<ApiReplyOf<QList<Webhook>> *>(it->caller.data()))
                r->m_result = std::move(*list);
        } else {
            ok = false;
        }
        break;
    case Operation::Create:
    case Operation::Get:
    case Operation::Update:
        if (auto webhook = Webhook::fromResponse(body, &parseError)) {
            if (auto *r = static_cast<ApiReplyOf<Webhook> *>(it->caller.data()))
                r->m_result = std::move(*webhook);
        } else {
            ok = false;
        }
        break;
    case Operation::Delete: // 200 with no body promised
        break;
    }
    if (ok) {
        conclude(id, nullptr);
    } else {
        const ApiError error(ApiError::Kind::InvalidResponse, parseError);
        conclude(id, &error);
    }
}

void WebhooksApi::conclude(RequestId id, const ApiError *error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QPointer<ApiReply> caller = it->caller;
    release(*it);
    m_pending.erase(it);
    if (!caller)
        return;
    caller->m_api = nullptr;
    caller->m_emitting = true; // from here on it only ever goes by deleteLater()
    Q_EMIT caller->finished();
    if (caller && !caller->m_cancelled) {
        if (error)
            Q_EMIT caller->failed(*error);
        else
            Q_EMIT caller->succeeded();
    }
    if (caller)
        caller->deleteLater();
}

void WebhooksApi::failLater(RequestId id, const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, error] { conclude(id, &error); }, Qt::QueuedConnection);
}

void WebhooksApi::release(Pending &pending)
{
    delete pending.retryTimer;
    pending.retryTimer = nullptr;
    if (QNetworkReply *reply = pending.reply.data()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    pending.reply = nullptr;
}

void WebhooksApi::forget(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    release(*it);
    m_pending.erase(it);
}

void WebhooksApi::cancelAll()
{
    const QList<RequestId> ids = m_pending.keys();
    for (const RequestId id : ids) {
        const auto it = m_pending.constFind(id);
        if (it == m_pending.cend())
            continue;
        if (ApiReply *caller = it->caller.data())
            caller->cancel(); // forgets the request, then deletes itself
        else
            forget(id);
    }
}
