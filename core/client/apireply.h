#pragma once

#include "client/apierror.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ApiClient;

/*!
 * \brief The answer to one ConversationApi or WebhooksApi call, for the caller that made it
 * alone.
 *
 * A reply is parented to the context its caller passes. It emits, in this order, finished()
 * and then exactly one of succeeded() or failed(), and deletes itself after that. Deleting the
 * reply, or its context, before then stops the request: no signal follows. So does
 * ConversationApi::cancel() (WebhooksApi::cancelAll()) and the destruction of the API, which
 * deletes its open replies.
 *
 * Calls with a result return an ApiReplyOf<T>, whose result() is valid from succeeded() on.
 */
class ApiReply : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    ~ApiReply() override;

    /*! The id the API logs this request under, and passes to its API-wide signals. */
    RequestId id() const { return m_id; }
    /*! Stops the request and deletes the reply (from inside one of its own signals, once that
        is over); no signal follows, not even the outcome after a finished() being handled. */
    void cancel();

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const ApiError &error);
    /*! Attempt \a attempt starts in \a delay after \a error. */
    void retrying(int attempt, std::chrono::milliseconds delay, const ApiError &error);
    /*! \a sent of the request body's \a total bytes have gone out (requests with a body). */
    void uploadProgress(qint64 sent, qint64 total);

protected:
    ApiReply(ApiClient *api, RequestId id, QObject *context);

private:
    friend class ApiClient;
    QPointer<QObject> m_api; //!< the ApiClient that answers it; null once the request is over
    RequestId m_id;
    bool m_emitting = false; //!< one of its signals is being handled: not deleted at once
    bool m_cancelled = false;
};

/*! A reply whose success carries a \c T, for example the MessagesPage of GET messages. */
template<typename T> class ApiReplyOf : public ApiReply
{
public:
    const T &result() const { return m_result; }

private:
    friend class ApiClient;
    using ApiReply::ApiReply;
    T m_result{};
};
