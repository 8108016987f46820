#include "client/conversationapi.h"

#include "client/logging.h"
#include "protocol/jsondocument.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>

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

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

ConversationApi::ConversationApi(QObject *parent)
    : ApiClient("request", defaultMaxResponseSize, parent)
{}

ConversationApi::~ConversationApi() = default;

void ConversationApi::setConnection(const ApiConnection &connection)
{
    if (!(connection == this->connection()))
        m_serverOffset = 0; // another server, or another clock, until its answers tell
    ApiClient::setConnection(connection);
}

ApiReplyOf<Conversation> *
ConversationApi::conversationActivity(const QString &userId, const ConversationActivity &activity,
                                      QObject *context)
{
    return start<ApiReplyOf<Conversation>>(
        context, {.operation = Activity,
                  .verb = "POST",
                  .url = connection().userUrl(userId, {u"conversation"_s, u"activity"_s}),
                  .body = toBody(activity.toJson())});
}

ApiReply *ConversationApi::deleteMessage(const QString &userId, const QString &messageId,
                                         QObject *context)
{
    return start<ApiReply>(
        context, {.operation = DeleteMessage,
                  .verb = "DELETE",
                  .url = connection().userUrl(userId, {u"messages"_s, messageId}),
                  .refusal = messageId.isEmpty() ? tr("no message id given") : QString()});
}

ApiReply *ConversationApi::deleteMessages(const QString &userId, QObject *context)
{
    return start<ApiReply>(context, {.operation = DeleteMessages,
                                     .verb = "DELETE",
                                     .url = connection().userUrl(userId, {u"messages"_s})});
}

ApiReplyOf<MessagesPage> *ConversationApi::getMessages(const QString &userId,
                                                       const PageRequest &page, QObject *context)
{
    return start<ApiReplyOf<MessagesPage>>(
        context, {.operation = GetMessages,
                  .verb = "GET",
                  .url = connection().userUrl(userId, {u"messages"_s}, page.query())});
}

ApiReplyOf<MessageResponse> *
ConversationApi::postMessage(const QString &userId, const NewMessage &message, QObject *context)
{
    return start<ApiReplyOf<MessageResponse>>(context,
                                              {.operation = PostMessage,
                                               .verb = "POST",
                                               .url = connection().userUrl(userId, {u"messages"_s}),
                                               .body = toBody(message.toJson()),
                                               .refusal = message.validationError(),
                                               .repeat = Repeat::SentOnce});
}

ApiReply *ConversationApi::resetUnreadCount(const QString &userId, QObject *context)
{
    // The spec gives this operation no body; a strict server answers one with 415.
    return start<ApiReply>(context,
                           {.operation = Read,
                            .verb = "POST",
                            .url = connection().userUrl(userId, {u"conversation"_s, u"read"_s})});
}

bool ConversationApi::inspect(const QNetworkReply &reply)
{
    if (const QDateTime serverTime = httpDate(reply.rawHeader("Date")); serverTime.isValid()) {
        m_serverOffset = serverTime.toSecsSinceEpoch() - connection().credentials().now();
        QPointer<ConversationApi> self(this);
        Q_EMIT serverDateSeen(serverTime);
        if (!self)
            return false;
    }
    return true;
}

void ConversationApi::handleSuccess(RequestId id, int operation, const QByteArray &body)
{
    QString parseError;
    std::function<void()> emitSuccess;
    switch (Operation(operation)) {
    case GetMessages:
        if (auto page = MessagesPage::fromJson(body, &parseError)) {
            for (const QString &reason : std::as_const(page->rejected))
                qCWarning(lcApi) << "request" << id << "left out a message:" << reason;
            setResult(id, *page);
            emitSuccess = [this, id, page = std::move(*page)] {
                Q_EMIT messagesReceived(id, page);
            };
        }
        break;
    case PostMessage:
        if (auto response = MessageResponse::fromJson(body, &parseError)) {
            setResult(id, *response);
            emitSuccess = [this, id, r = std::move(*response)] { Q_EMIT messagePosted(id, r); };
        }
        break;
    case Activity:
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
    case DeleteMessage:
        emitSuccess = [this, id] { Q_EMIT messageDeleted(id); };
        break;
    case DeleteMessages:
        emitSuccess = [this, id] { Q_EMIT messagesDeleted(id); };
        break;
    case Read:
        emitSuccess = [this, id] { Q_EMIT unreadCountReset(id); };
        break;
    }
    if (!emitSuccess) {
        fail(id, ApiError(ApiError::Kind::InvalidResponse, parseError));
        return;
    }
    conclude(id, nullptr, emitSuccess);
}

void ConversationApi::announce(RequestId id, const ApiError *error,
                               const std::function<void()> &success)
{
    QPointer<ConversationApi> self(this);
    Q_EMIT finished(id);
    if (!self)
        return;
    if (error)
        Q_EMIT failed(id, *error);
    else if (success)
        success();
}

void ConversationApi::announceRetry(RequestId id, int attempt, std::chrono::milliseconds delay,
                                    const ApiError &error)
{
    Q_EMIT retrying(id, attempt, delay, error);
}
