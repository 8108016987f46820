#pragma once

#include "client/apiconnection.h"
#include "client/apierror.h"
#include "client/apireply.h"
#include "client/retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/*!
 * \brief The request machinery that ConversationApi and WebhooksApi share: one
 * QNetworkAccessManager, the requests in flight and the ApiReply of each.
 *
 * A request started here answers on its reply in a fixed order: finished(), then exactly one
 * of succeeded() or failed(error); then announce() lets the API tell its own observers. A
 * request that cannot be sent (refused, or the connection is incomplete) fails the same way
 * on the next turn of the event loop. Deleting the reply or its context, cancel() or
 * cancelAll() or deleting the API ends a request silently.
 *
 * Redirects are never followed and the Authorization header goes to the connection's origin
 * only. A response body larger than maxResponseSize() (declared, or as it streams in) is not
 * read further: the request fails at once with ApiError::Kind::InvalidResponse, never retried.
 * Silence longer than timeout() fails a request. A request marked Repeat::Retried is tried
 * again on transient failures as the RetryPolicy says; any request whose signed JWT a 401
 * shows to have been signed on a clock far off the server's is signed again and sent once more.
 *
 * A subclass builds the requests, turns a 2xx body into the reply's result in handleSuccess()
 * and may add its API-wide signals in announce() and announceRetry().
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = ApiReply::RequestId;

    ~ApiClient() override;

    virtual void setConnection(const ApiConnection &connection) { m_connection = connection; }
    const ApiConnection &connection() const { return m_connection; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    /*! How long a request may go without receiving data before it fails as a timeout. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /*! How many bytes a response body may have before the request fails. */
    void setMaxResponseSize(qint64 bytes) { m_maxResponseSize = bytes; }
    qint64 maxResponseSize() const { return m_maxResponseSize; }

    /*! Stops request \a id and deletes its reply; no signal follows. Unknown ids are ignored. */
    void cancel(RequestId id);
    /*! Stops every request in flight and deletes their replies; no signal follows. */
    void cancelAll();
    bool isPending(RequestId id) const { return m_pending.contains(id); }
    qsizetype pendingCount() const { return m_pending.size(); }

protected:
    /*! Whether a request may be sent again after it failed. */
    enum class Repeat {
        Retried, //!< on transient failures, as the RetryPolicy says
        SentOnce //!< never, and its body can be read only once: Qt cannot resend it either
    };
    /*! One request, as a subclass asks for it. */
    struct Request
    {
        int operation = 0; //!< the subclass's own kind of request, handed to handleSuccess()
        QByteArray verb;
        QUrl url;
        QByteArray body = {};
        QString refusal = {}; //!< when not empty, the request fails with it and is not sent
        Repeat repeat = Repeat::Retried;
        QByteArray contentType = {}; //!< of the body; JSON when empty
    };

    /*! \a logName starts every log line about a request ("request", "webhooks request"). */
    ApiClient(const char *logName, qint64 maxResponseSize, QObject *parent);

    /*! Starts \a request and returns its reply, parented to \a context. */
    template<typename Reply> Reply *start(QObject *context, const Request &request)
    {
        auto *reply = new Reply(this, m_nextId++, context);
        begin(reply, request);
        return reply;
    }
    /*! Gives the reply of \a id, when it is still there, its \a result. */
    template<typename T> void setResult(RequestId id, T result)
    {
        if (auto *reply = static_cast<ApiReplyOf<T> *>(callerOf(id)))
            reply->m_result = std::move(result);
    }
    /*! Ends \a id with \a error. */
    void fail(RequestId id, const ApiError &error);
    /*!
     * Ends \a id with \a result as its reply's result, or, when the body could not be read
     * into one, fails it with InvalidResponse and \a parseError.
     */
    template<typename T>
    void concludeWith(RequestId id, std::optional<T> result, const QString &parseError)
    {
        if (!result) {
            fail(id, ApiError(ApiError::Kind::InvalidResponse, parseError));
            return;
        }
        setResult(id, std::move(*result));
        conclude(id, nullptr);
    }
    /*!
     * Ends \a id: its reply's signals, then announce() (with \a announceSuccess when \a error
     * is null), unless a slot deleted this API in between.
     */
    void conclude(RequestId id, const ApiError *error,
                  const std::function<void()> &announceSuccess = {});

    /*!
     * Request \a id of kind \a operation got a 2xx answer with \a body: sets the reply's result
     * and calls conclude(), or fail() when the body is not what \a operation promises.
     */
    virtual void handleSuccess(RequestId id, int operation, const QByteArray &body) = 0;
    /*! After the reply's signals: \a id ended with \a error, or succeeded (\a success, if set,
        tells how to say so). Nothing by default. */
    virtual void announce(RequestId id, const ApiError *error,
                          const std::function<void()> &success);
    /*! After the reply's retrying(), while \a id is still on. Nothing by default. */
    virtual void announceRetry(RequestId id, int attempt, std::chrono::milliseconds delay,
                               const ApiError &error);
    /*! An answer arrived, before it is looked at; returns false when this API is gone. */
    virtual bool inspect(const QNetworkReply &reply);
    /*! The seconds the server's clock is ahead of the credentials', to sign JWTs with; 0. */
    virtual qint64 signingOffset() const { return 0; }
    /*! The error message of a response larger than maxResponseSize(). */
    virtual QString responseTooLarge() const;
    /*! How far Qt may read a response ahead of this class. */
    virtual qint64 readBufferSize() const;

private:
    struct Pending
    {
        Request request;
        int attempt = 1;
        QPointer<ApiReply> caller; //!< whom the outcome goes to; null once they left
        QPointer<QNetworkReply> reply;
        QByteArray received; //!< the response body read so far, never past the cap
        QTimer *retryTimer = nullptr;
        qint64 serverOffset = 0;  //!< the offset the request's JWT was signed with
        bool signedAgain = false; //!< sent again after a 401 that a clock off explains
    };

    void begin(ApiReply *reply, const Request &request);
    ApiReply *callerOf(RequestId id) const;
    void send(RequestId id);
    void onReplyData(RequestId id, QNetworkReply *reply);
    void onReplyFinished(RequestId id, QNetworkReply *reply);
    void failLater(RequestId id, const ApiError &error);
    void release(Pending &pending);
    friend class ApiReply;
    /*! The reply of \a id is gone: stop the request without a word. */
    void forget(RequestId id);

    const char *m_logName;
    QNetworkAccessManager *m_network;
    ApiConnection m_connection;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_timeout{30000};
    qint64 m_maxResponseSize;
    QHash<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
};
