#include "client/apiclient.h"

#include "client/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdlib>
#include <cstring>

namespace {
/*! A request body that can be read once and never rewound. */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_read);
        std::memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
} // namespace

ApiClient::ApiClient(const char *logName, qint64 maxResponseSize, QObject *parent)
    : QObject(parent)
    , m_logName(logName)
    , m_network(new QNetworkAccessManager(this))
    , m_maxResponseSize(maxResponseSize)
{
    // Nothing is followed: a redirect would carry the Authorization header to wherever it points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::announce(RequestId, const ApiError *, const std::function<void()> &) {}

void ApiClient::announceRetry(RequestId, int, std::chrono::milliseconds, const ApiError &) {}

bool ApiClient::inspect(const QNetworkReply &)
{
    return true;
}

qint64 ApiClient::readBufferSize() const
{
    return 1024 * 1024;
}

void ApiClient::begin(ApiReply *reply, const Request &request)
{
    const RequestId id = reply->id();
    m_pending.insert(id, Pending{request, 1, reply});
    QString why = request.refusal;
    if (why.isEmpty())
        why = m_connection.validationError();
    if (!why.isEmpty())
        failLater(id, ApiError(ApiError::Kind::Refused, why));
    else
        send(id);
}

ApiReply *ApiClient::callerOf(RequestId id) const
{
    const auto it = m_pending.constFind(id);
    return it == m_pending.cend() ? nullptr : it->caller.data();
}

void ApiClient::send(RequestId id)
{
    Pending &p = m_pending[id];
    const Request &r = p.request;
    QNetworkRequest request(r.url);
    const qint64 offset = signingOffset();
    // Requests are built from the base URL only; this guards the header against any future path.
    if (m_connection.isSameOrigin(r.url))
        request.setRawHeader("Authorization",
                             m_connection.credentials().authorizationHeader(offset));
    p.serverOffset = offset;
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("smooch-console/" SMOOCH_VERSION));
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          r.contentType.isEmpty() ? QByteArray("application/json") : r.contentType);
    request.setTransferTimeout(int(m_timeout.count()));
    qCDebug(lcApi) << m_logName << id << r.verb << r.url.path(QUrl::FullyEncoded) << "attempt"
                   << p.attempt;
    QNetworkReply *reply = nullptr;
    if (r.body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, r.verb);
    } else if (r.repeat != Repeat::SentOnce) {
        reply = m_network->sendCustomRequest(request, r.verb, r.body);
    } else {
        // Qt 6.4 sends a request again by itself when the connection closes before the answer,
        // POST included: a message would arrive twice. A body that can be read only once makes
        // that resend fail (ContentReSendError) instead; the outbox then checks and decides.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        auto *body = new OneShotBody(r.body);
        reply = m_network->sendCustomRequest(request, r.verb, body);
        body->setParent(reply);
    }
    p.reply = reply;
    p.received.clear();
    // Qt's HTTP thread otherwise reads ahead of readyRead without bound, past any cap below.
    reply->setReadBufferSize(readBufferSize());
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply] { onReplyFinished(id, reply); });
    // The body is taken as it arrives, so its size is known before it is all in memory.
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, id, reply] { onReplyData(id, reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] { onReplyData(id, reply); });
    if (!r.body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this,
                [this, id, reply](qint64 sent, qint64 total) {
                    const auto it = m_pending.constFind(id);
                    if (it == m_pending.cend() || it->reply != reply || !it->caller || total <= 0)
                        return;
                    QPointer<ApiReply> caller = it->caller;
                    caller->m_emitting = true;
                    Q_EMIT caller->uploadProgress(sent, total);
                    if (caller)
                        caller->m_emitting = false;
                });
    }
}

void ApiClient::onReplyData(RequestId id, QNetworkReply *reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply != reply)
        return;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > m_maxResponseSize ||
        it->received.size() + reply->bytesAvailable() > m_maxResponseSize) {
        // A server that never ends its body would otherwise fill the memory.
        qCWarning(lcApi) << m_logName << id << "response passed" << m_maxResponseSize
                         << "bytes; aborted";
        fail(id, ApiError(ApiError::Kind::InvalidResponse, responseTooLarge()));
        return;
    }
    it->received += reply->readAll();
}

void ApiClient::onReplyFinished(RequestId id, QNetworkReply *reply)
{
    reply->deleteLater();
    if (const auto found = m_pending.constFind(id);
        found == m_pending.cend() || found->reply != reply)
        return;
    if (!inspect(*reply))
        return;
    // Whoever heard of the answer may have started or cancelled requests: look it up again.
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->reply = nullptr;
    const QByteArray body =
        std::exchange(it->received, {}) + (reply->isOpen() ? reply->readAll() : QByteArray());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        handleSuccess(id, it->request.operation, body);
        return;
    }
    // A JWT signed against a clock far behind the server's had expired on arrival: the 401
    // told the server's time, so one more try with a token on that clock. Nothing was done
    // with a refused request, so this holds for a POST too.
    if (status == 401 && !it->signedAgain &&
        m_connection.credentials().kind() == Credentials::Kind::SignedJwt &&
        std::abs(signingOffset() - it->serverOffset) >
            Credentials::jwtLifetime - Credentials::jwtRenewal) {
        qCInfo(lcApi) << m_logName << id << "refused with a clock" << signingOffset()
                      << "s off the server's; signed again";
        it->signedAgain = true;
        send(id);
        return;
    }
    const ApiError error = ApiError::fromReply(*reply, body);
    const int nextAttempt = it->attempt + 1;
    const auto delay = it->request.repeat == Repeat::Retried
                           ? m_retryPolicy.delayBefore(nextAttempt, error)
                           : std::nullopt;
    if (!delay) {
        fail(id, error);
        return;
    }
    qCInfo(lcApi) << m_logName << id << "failed (" << error.message() << "), retry" << nextAttempt
                  << "in" << delay->count() << "ms";
    it->attempt = nextAttempt;
    if (!it->retryTimer) {
        it->retryTimer = new QTimer(this);
        it->retryTimer->setSingleShot(true);
        connect(it->retryTimer, &QTimer::timeout, this, [this, id] { send(id); });
    }
    it->retryTimer->start(*delay);
    QPointer<ApiClient> self(this);
    if (QPointer<ApiReply> caller = it->caller) {
        caller->m_emitting = true;
        Q_EMIT caller->retrying(nextAttempt, *delay, error);
        if (caller)
            caller->m_emitting = false;
    }
    // The API-wide signal only for a request that is still on (its caller may have cancelled).
    if (self && m_pending.contains(id))
        announceRetry(id, nextAttempt, *delay, error);
}

void ApiClient::fail(RequestId id, const ApiError &error)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    qCInfo(lcApi) << m_logName << id << it->request.verb << it->request.url.path(QUrl::FullyEncoded)
                  << "failed:" << error.message();
    conclude(id, &error);
}

void ApiClient::conclude(RequestId id, const ApiError *error,
                         const std::function<void()> &announceSuccess)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QPointer<ApiReply> caller = it->caller;
    release(*it);
    m_pending.erase(it);
    // Any slot below may delete the reply, or this API; neither is touched after that.
    QPointer<ApiClient> self(this);
    if (caller) {
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
    if (self)
        announce(id, error, announceSuccess);
}

void ApiClient::failLater(RequestId id, const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, error] { fail(id, error); }, Qt::QueuedConnection);
}

void ApiClient::release(Pending &pending)
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

void ApiClient::forget(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    release(*it);
    m_pending.erase(it);
}

void ApiClient::cancel(RequestId id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    if (ApiReply *caller = it->caller.data())
        caller->cancel(); // forgets the request, then deletes itself
    else
        forget(id);
}

void ApiClient::cancelAll()
{
    const QList<RequestId> ids = m_pending.keys();
    for (const RequestId id : ids)
        cancel(id);
}

QString ApiClient::responseTooLarge() const
{
    const qint64 max = maxResponseSize();
    return max >= 1024 * 1024 ? tr("the response is larger than %1 MiB; it was not read to its end")
                                    .arg(max / (1024 * 1024))
                              : tr("the response is larger than %1 KiB; it was not read to its end")
                                    .arg(max / 1024);
}
