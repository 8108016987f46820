#include "historywalker.h"

#include "historypaging.h"
#include "logging.h"

#include <algorithm>

HistoryWalker::HistoryWalker(ConversationApi *api, QString userId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_userId(std::move(userId))
{
    connect(m_api, &ConversationApi::messagesReceived, this,
            [this](ConversationApi::RequestId id, const MessagesPage &page) {
                if (id != m_request)
                    return;
                m_request = 0;
                const auto batch =
                    HistoryPaging::accept(page, m_currentRequest, [this](const QString &id) {
                        return m_seen.contains(id);
                    });
                for (const Message &m : batch.fresh) {
                    m_seen.insert(m.id);
                    m_oldest = m_messages.isEmpty() ? *m.received : std::min(m_oldest, *m.received);
                    m_messages.append(m);
                }
                Q_EMIT pageArrived(batch.fresh);
                if (!batch.exhausted) {
                    fetch(HistoryPaging::olderThan(m_oldest));
                    return;
                }
                std::stable_sort(
                    m_messages.begin(), m_messages.end(),
                    [](const Message &a, const Message &b) { return *a.received < *b.received; });
                qCDebug(lcPaging) << "walked" << m_messages.size() << "messages in" << m_requests
                                  << "requests";
                Q_EMIT finished();
                Q_EMIT succeeded();
            });
    connect(m_api, &ConversationApi::failed, this,
            [this](ConversationApi::RequestId id, const ApiError &error) {
                if (id != m_request)
                    return;
                m_request = 0;
                Q_EMIT finished();
                Q_EMIT failed(error);
            });
}

void HistoryWalker::start()
{
    cancel();
    m_seen.clear();
    m_messages.clear();
    m_requests = 0;
    fetch(PageRequest::latest());
}

void HistoryWalker::cancel()
{
    if (m_request)
        m_api->cancel(m_request);
    m_request = 0;
}

void HistoryWalker::fetch(const PageRequest &request)
{
    m_currentRequest = request;
    ++m_requests;
    m_request = m_api->getMessages(m_userId, request);
}
