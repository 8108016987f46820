#pragma once

#include "client/apiclient.h"
#include "protocol/conversation.h"
#include "protocol/conversationactivity.h"
#include "protocol/messageresponse.h"
#include "protocol/messagespage.h"
#include "protocol/newmessage.h"
#include "protocol/pagerequest.h"

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
 *
 * The transport is ApiClient's; this class builds the six requests, reads their answers and
 * keeps the server's clock offset that JWTs are signed with.
 */
class ConversationApi : public ApiClient
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

    void setConnection(const ApiConnection &connection) override;

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
    enum Operation { Activity, DeleteMessage, DeleteMessages, GetMessages, PostMessage, Read };

    void handleSuccess(RequestId id, int operation, const QByteArray &body) override;
    void announce(RequestId id, const ApiError *error,
                  const std::function<void()> &success) override;
    void announceRetry(RequestId id, int attempt, std::chrono::milliseconds delay,
                       const ApiError &error) override;
    bool inspect(const QNetworkReply &reply) override;
    qint64 signingOffset() const override { return m_serverOffset; }

    qint64 m_serverOffset = 0; //!< the server's clock minus the credentials' clock, seconds
};
