#pragma once

#include "client/apiconnection.h"
#include "client/apierror.h"
#include "client/apireply.h"
#include "client/retrypolicy.h"
#include "protocol/conversation.h"
#include "protocol/conversationactivity.h"
#include "protocol/messageresponse.h"
#include "protocol/messagespage.h"
#include "protocol/newmessage.h"
#include "protocol/pagerequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/*!
 * \brief The six v1.1 conversation endpoints over one QNetworkAccessManager.
 *
 * Every call returns an ApiReply at once, parented to the \a context the caller passes, and
 * answers on it later, in a fixed order: first finished(), then exactly one of succeeded() or
 * failed(error). Calls with a result return an ApiReplyOf<T>. A call that cannot be sent (bad
 * base URL, incomplete message) fails the same way, on the next turn of the event loop.
 * Deleting the reply or its context, or cancel(), ends a request silently.
 *
 * After the reply, the API emits the same outcome on its own signals with the request id
 * (finished(id), then the call's success signal or failed(id, error)): for observers such as
 * logging and the connection monitor, never for the caller.
 *
 * GET, DELETE, typing activity and read are retried on transient failures as RetryPolicy
 * says, announced by retrying(). POST messages is never retried here: a post that timed out
 * may have arrived, and only the outbox can check that.
 *
 * A response body larger than maxResponseSize() (declared, or as it streams in) is not read
 * further: the request fails at once with ApiError::Kind::InvalidResponse, never retried.
 */
class ConversationApi : public QObject
{
    Q_OBJECT

public:
    using RequestId = ApiReply::RequestId;

    /*!
     * The default cap on one response body: 32 MiB, far above the largest real page (100
     * messages, a few hundred KB; the fault matrix serves a 10 MB one).
     */
    static constexpr qint64 defaultMaxResponseSize = 32 * 1024 * 1024;

    explicit ConversationApi(QObject *parent = nullptr);
    ~ConversationApi() override;

    void setConnection(const ApiConnection &connection);
    const ApiConnection &connection() const { return m_connection; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    /*! How long a request may go without receiving data before it fails as a timeout. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /*! How many bytes a response body may have before the request fails. */
    void setMaxResponseSize(qint64 bytes) { m_maxResponseSize = bytes; }
    qint64 maxResponseSize() const { return m_maxResponseSize; }

    /*! POST conversation/activity: typing:start or typing:stop. */
    ApiReplyOf<Conversation> *conversationActivity(const QString &userId,
                                                   const ConversationActivity &activity,
                                                   QObject *context);
    /*! DELETE messages/{messageId}. */
    ApiReply *deleteMessage(const QString &userId, const QString &messageId, QObject *context);
    /*! DELETE messages: the user's whole history. */
    ApiReply *deleteMessages(const QString &userId, QObject *context);
    /*! GET messages, latest or before/after a timestamp. */
    ApiReplyOf<MessagesPage> *getMessages(const QString &userId, const PageRequest &page,
                                          QObject *context);
    /*! POST messages, sent once. */
    ApiReplyOf<MessageResponse> *postMessage(const QString &userId, const NewMessage &message,
                                             QObject *context);
    /*! POST conversation/read: unread count to 0. */
    ApiReply *resetUnreadCount(const QString &userId, QObject *context);

    /*! Stops request \a id and deletes its reply; no signal follows. Unknown ids are ignored. */
    void cancel(RequestId id);
    /*! Stops every request in flight, for example when the profile changes. */
    void cancelAll();
    bool isPending(RequestId id) const { return m_pending.contains(id); }
    qsizetype pendingCount() const { return m_pending.size(); }

Q_SIGNALS:
    void finished(ConversationApi::RequestId id);
    void failed(ConversationApi::RequestId id, const ApiError &error);
    /*!
     * A response's \c Date header said the server's clock read \a serverTime; emitted before
     * that request's other signals. The outbox anchors its checks to it.
     */
    void serverDateSeen(const QDateTime &serverTime);
    /*! Attempt \a attempt of \a id starts in \a delay after \a error. */
    void retrying(ConversationApi::RequestId id, int attempt, std::chrono::milliseconds delay,
                  const ApiError &error);

    void activitySent(ConversationApi::RequestId id, const Conversation &conversation);
    void messageDeleted(ConversationApi::RequestId id);
    void messagesDeleted(ConversationApi::RequestId id);
    void messagesReceived(ConversationApi::RequestId id, const MessagesPage &page);
    void messagePosted(ConversationApi::RequestId id, const MessageResponse &response);
    void unreadCountReset(ConversationApi::RequestId id);

private:
    enum class Operation {
        Activity,
        DeleteMessage,
        DeleteMessages,
        GetMessages,
        PostMessage,
        Read
    };
    struct Pending
    {
        Operation operation;
        QByteArray verb;
        QUrl url;
        QByteArray body;
        int attempt = 1;
        QPointer<ApiReply> caller; //!< whom the outcome goes to; null once they left
        QPointer<QNetworkReply> reply;
        QByteArray received; //!< the response body read so far, never past the cap
        QTimer *retryTimer = nullptr;
        qint64 serverOffset = 0;  //!< the offset the request's JWT was signed with
        bool signedAgain = false; //!< sent again after a 401 that a clock off explains
    };

    template<typename Reply>
    Reply *start(QObject *context, Operation operation, const QByteArray &verb, const QUrl &url,
                 const QByteArray &body = {}, const QString &refusal = {});
    template<typename T> void setResult(RequestId id, T result);
    void send(RequestId id);
    void onReplyFinished(RequestId id, QNetworkReply *reply);
    void onReplyData(RequestId id, QNetworkReply *reply);
    void handleSuccess(RequestId id, Operation operation, const QByteArray &body);
    void fail(RequestId id, const ApiError &error);
    /*! Ends \a id: its reply's signals, then the API's (\a emitSuccess when \a error is null). */
    void conclude(RequestId id, const ApiError *error, const std::function<void()> &emitSuccess);
    friend class ApiReply;
    /*! The reply of \a id is gone: stop the request without a word. */
    void forget(RequestId id);
    void failLater(RequestId id, const ApiError &error);
    static bool isIdempotent(Operation operation) { return operation != Operation::PostMessage; }
    void release(Pending &pending);

    QNetworkAccessManager *m_network;
    ApiConnection m_connection;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_timeout{30000};
    qint64 m_maxResponseSize = defaultMaxResponseSize;
    QHash<RequestId, Pending> m_pending;
    qint64 m_serverOffset = 0; //!< the server's clock minus the credentials' clock, seconds
    RequestId m_nextId = 1;
};
