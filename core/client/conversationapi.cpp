#include "client/conversationapi.h"

#include "client/logging.h"
#include "protocol/jsondocument.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {
/*! An HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 §5.6.7); Qt::RFC2822Date wants a
 * numeric zone. */
QDateTime httpDate(const QByteArray &value)
{
    const QStringList parts = QString::fromLatin1(value).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(5) != "GMT"_L1)
        return {};
    const QDate date = QLocale::c().toDate(parts.mid(1, 3).join(u' '), u"d MMM yyyy"_s);
    const QTime time = QTime::fromString(parts.at(4), u"hh:mm:ss"_s);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

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

constexpr qint64 readBufferSize = 1024 * 1024;

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

ConversationApi::ConversationApi(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Nothing is followed: a redirect would carry the Authorization header to wherever it points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ConversationApi::~ConversationApi()
{
    cancelAll();
}

void ConversationApi::setConnection(const ApiConnection &connection)
{
    if (!(connection == m_connection))
        m_serverOffset = 0; // another server, or another clock, until its answers tell
    m_connection = connection;
}

ApiReplyOf<Conversation> *
ConversationApi::conversationActivity(const QString &userId, const ConversationActivity &activity,
                                      QObject *context)
{
    return start<ApiReplyOf<Conversation>>(
        context, Operation::Activity, "POST",
        m_connection.userUrl(userId, {u"conversation"_s, u"activity"_s}),
        toBody(activity.toJson()));
}

ApiReply *ConversationApi::deleteMessage(const QString &userId, const QString &messageId,
                                         QObject *context)
{
    return start<ApiReply>(context, Operation::DeleteMessage, "DELETE",
                           m_connection.userUrl(userId, {u"messages"_s, messageId}), {},
                           messageId.isEmpty() ? tr("no message id given") : QString());
}

ApiReply *ConversationApi::deleteMessages(const QString &userId, QObject *context)
{
    return start<ApiReply>(context, Operation::DeleteMessages, "DELETE",
                           m_connection.userUrl(userId, {u"messages"_s}));
}

ApiReplyOf<MessagesPage> *ConversationApi::getMessages(const QString &userId,
                                                       const PageRequest &page, QObject *context)
{
    return start<ApiReplyOf<MessagesPage>>(
        context, Operation::GetMessages, "GET",
        m_connection.userUrl(userId, {u"messages"_s}, page.query()));
}

ApiReplyOf<MessageResponse> *
ConversationApi::postMessage(const QString &userId, const NewMessage &message, QObject *context)
{
    return start<ApiReplyOf<MessageResponse>>(context, Operation::PostMessage, "POST",
                                              m_connection.userUrl(userId, {u"messages"_s}),
                                              toBody(message.toJson()), message.validationError());
}

ApiReply *ConversationApi::resetUnreadCount(const QString &userId, QObject *context)
{
    // The spec gives this operation no body; a strict server answers one with 415.
    return start<ApiReply>(context, Operation::Read, "POST",
                           m_connection.userUrl(userId, {u"conversation"_s, u"read"_s}));
}

template<typename Reply>
Reply *ConversationApi::start(QObject *context, Operation operation, const QByteArray &verb,
                              const QUrl &url, const QByteArray &body, const QString &refusal)
{
    const RequestId id = m_nextId++;
    auto *reply = new Reply(this, id, context);
    m_pending.insert(id, Pending{operation, verb, url, body, 1, reply});
    QString why = refusal;
    if (why.isEmpty())
        why = m_connection.validationError();
    if (!why.isEmpty())
        failLater(id, ApiError(ApiError::Kind::Refused, why));
    else
        send(id);
    return reply;
}

template<typename T> void ConversationApi::setResult(RequestId id, T result)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    if (auto *reply = static_cast<ApiReplyOf<T> *>(it->caller.data()))
        reply->m_result = std::move(result);
}

void ConversationApi::send(RequestId id)
{
    Pending &p = m_pending[id];
    QNetworkRequest request(p.url);
    // Requests are built from the base URL only; this guards the header against any future path.
    if (m_connection.isSameOrigin(p.url))
        request.setRawHeader("Authorization",
                             m_connection.credentials().authorizationHeader(m_serverOffset));
    p.serverOffset = m_serverOffset;
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("smooch-console/" SMOOCH_VERSION));
    if (!p.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    qCDebug(lcApi) << "request" << id << p.verb << p.url.path(QUrl::FullyEncoded) << "attempt"
                   << p.attempt;
    QNetworkReply *reply = nullptr;
    if (p.body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, p.verb);
    } else if (isIdempotent(p.operation)) {
        reply = m_network->sendCustomRequest(request, p.verb, p.body);
    } else {
        // Qt 6.4 sends a request again by itself when the connection closes before the answer,
        // POST included: a message would arrive twice. A body that can be read only once makes
        // that resend fail (ContentReSendError) instead; the outbox then checks and decides.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, p.body.size());
        auto *body = new OneShotBody(p.body);
        reply = m_network->sendCustomRequest(request, p.verb, body);
        body->setParent(reply);
    }
    p.reply = reply;
    p.received.clear();
    // Qt's HTTP thread otherwise reads ahead of readyRead without bound, past any cap below.
    reply->setReadBufferSize(readBufferSize);
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply] { onReplyFinished(id, reply); });
    // The body is taken as it arrives, so its size is known before it is all in memory.
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, id, reply] { onReplyData(id, reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] { onReplyData(id, reply); });
}

void ConversationApi::onReplyData(RequestId id, QNetworkReply *reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply != reply)
        return;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > m_maxResponseSize ||
        it->received.size() + reply->bytesAvailable() > m_maxResponseSize) {
        // A server that never ends its body would otherwise fill the memory.
        qCWarning(lcApi) << "request" << id << "response passed" << m_maxResponseSize
                         << "bytes; aborted";
        fail(id, ApiError(ApiError::Kind::InvalidResponse,
                          tr("the response is larger than %1 MiB; it was not read to its end")
                              .arg(m_maxResponseSize / (1024 * 1024))));
        return;
    }
    it->received += reply->readAll();
}

void ConversationApi::onReplyFinished(RequestId id, QNetworkReply *reply)
{
    reply->deleteLater();
    if (const auto found = m_pending.constFind(id);
        found == m_pending.cend() || found->reply != reply)
        return;
    if (const QDateTime serverTime = httpDate(reply->rawHeader("Date")); serverTime.isValid()) {
        m_serverOffset = serverTime.toSecsSinceEpoch() - m_connection.credentials().now();
        QPointer<ConversationApi> self(this);
        Q_EMIT serverDateSeen(serverTime);
        if (!self)
            return;
    }
    // Whoever heard the Date may have started or cancelled requests: look the request up again.
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->reply = nullptr;
    const QByteArray body =
        std::exchange(it->received, {}) + (reply->isOpen() ? reply->readAll() : QByteArray());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        handleSuccess(id, it->operation, body);
        return;
    }
    // A JWT signed against a clock far behind the server's had expired on arrival: the 401
    // told the server's time, so one more try with a token on that clock. Nothing was done
    // with a refused request, so this holds for a POST too.
    if (status == 401 && !it->signedAgain &&
        m_connection.credentials().kind() == Credentials::Kind::SignedJwt &&
        std::abs(m_serverOffset - it->serverOffset) >
            Credentials::jwtLifetime - Credentials::jwtRenewal) {
        qCInfo(lcApi) << "request" << id << "refused with a clock" << m_serverOffset
                      << "s off the server's; signed again";
        it->signedAgain = true;
        send(id);
        return;
    }
    const ApiError error = ApiError::fromReply(*reply, body);
    const int nextAttempt = it->attempt + 1;
    const auto delay =
        isIdempotent(it->operation) ? m_retryPolicy.delayBefore(nextAttempt, error) : std::nullopt;
    if (!delay) {
        fail(id, error);
        return;
    }
    qCInfo(lcApi) << "request" << id << "failed (" << error.message() << "), retry" << nextAttempt
                  << "in" << delay->count() << "ms";
    it->attempt = nextAttempt;
    if (!it->retryTimer) {
        it->retryTimer = new QTimer(this);
        it->retryTimer->setSingleShot(true);
        connect(it->retryTimer, &QTimer::timeout, this, [this, id] { send(id); });
    }
    it->retryTimer->start(*delay);
    QPointer<ConversationApi> self(this);
    if (QPointer<ApiReply> caller = it->caller) {
        caller->m_emitting = true;
        Q_EMIT caller->retrying(nextAttempt, *delay, error);
        if (caller)
            caller->m_emitting = false;
    }
    // The API-wide signal only for a request that is still on (its caller may have cancelled).
    if (self && m_pending.contains(id))
        Q_EMIT retrying(id, nextAttempt, *delay, error);
}

void ConversationApi::handleSuccess(RequestId id, Operation operation, const QByteArray &body)
{
    QString parseError;
    std::function<void()> emitSuccess;
    switch (operation) {
    case Operation::GetMessages:
        if (auto page = MessagesPage::fromJson(body, &parseError)) {
            for (const QString &reason : std::as_const(page->rejected))
                qCWarning(lcApi) << "request" << id << "left out a message:" << reason;
            setResult(id, *page);
            emitSuccess = [this, id, page = std::move(*page)] {
                Q_EMIT messagesReceived(id, page);
            };
        }
        break;
    case Operation::PostMessage:
        if (auto response = MessageResponse::fromJson(body, &parseError)) {
            setResult(id, *response);
            emitSuccess = [this, id, r = std::move(*response)] { Q_EMIT messagePosted(id, r); };
        }
        break;
    case Operation::Activity:
        if (const auto object = JsonDocument::parseObject(body, &parseError)) {
            const QJsonValue conversation = object->value("conversation"_L1);
            if (conversation.isObject()) {
                const Conversation c = Conversation::fromJson(conversation.toObject());
                setResult(id, c);
                emitSuccess = [this, id, c] { Q_EMIT activitySent(id, c); };
            } else {
                parseError = tr("the response has no conversation");
            }
        }
        break;
    // No body is promised for these; whatever came is not ours to judge.
    case Operation::DeleteMessage:
        emitSuccess = [this, id] { Q_EMIT messageDeleted(id); };
        break;
    case Operation::DeleteMessages:
        emitSuccess = [this, id] { Q_EMIT messagesDeleted(id); };
        break;
    case Operation::Read:
        emitSuccess = [this, id] { Q_EMIT unreadCountReset(id); };
        break;
    }
    if (!emitSuccess) {
        fail(id, ApiError(ApiError::Kind::InvalidResponse, parseError));
        return;
    }
    conclude(id, nullptr, emitSuccess);
}

void ConversationApi::fail(RequestId id, const ApiError &error)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    qCInfo(lcApi) << "request" << id << it->verb << it->url.path(QUrl::FullyEncoded)
                  << "failed:" << error.message();
    conclude(id, &error, {});
}

void ConversationApi::conclude(RequestId id, const ApiError *error,
                               const std::function<void()> &emitSuccess)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QPointer<ApiReply> caller = it->caller;
    release(*it);
    m_pending.erase(it);
    // Any slot below may delete the reply, or this API; neither is touched after that.
    QPointer<ConversationApi> self(this);
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
    if (!self)
        return;
    Q_EMIT finished(id);
    if (!self)
        return;
    if (error)
        Q_EMIT failed(id, *error);
    else
        emitSuccess();
}

void ConversationApi::failLater(RequestId id, const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, error] { fail(id, error); }, Qt::QueuedConnection);
}

void ConversationApi::release(Pending &pending)
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

void ConversationApi::forget(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    release(*it);
    m_pending.erase(it);
}

void ConversationApi::cancel(RequestId id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    if (ApiReply *caller = it->caller.data())
        caller->cancel(); // forgets the request, then deletes itself
    else
        forget(id);
}

void ConversationApi::cancelAll()
{
    const QList<RequestId> ids = m_pending.keys();
    for (const RequestId id : ids)
        cancel(id);
}
