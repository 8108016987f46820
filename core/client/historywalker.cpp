#include "client/historywalker.h"

#include "client/historypaging.h"
#include "client/logging.h"

#include <algorithm>

HistoryWalker::HistoryWalker(ConversationApi *api, QString userId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_userId(std::move(userId))
{}

void HistoryWalker::onPage(const MessagesPage &page)
{
    const auto batch = HistoryPaging::accept(
        page, m_currentRequest, [this](const QString &id) { return m_seen.contains(id); });
    for (const Message &m : batch.fresh) {
        m_seen.insert(m.id);
        m_oldest = m_messages.isEmpty() ? *m.received : std::min(m_oldest, *m.received);
        m_newest = m_messages.isEmpty() ? *m.received : std::max(m_newest, *m.received);
        m_messages.append(m);
    }
    Q_EMIT pageArrived(batch.fresh);
    if (batch.stalled) {
        // Taking this as the end would return a partial history as the whole one.
        fail(HistoryPaging::stalledError(m_currentRequest));
        return;
    }
    const bool forward = m_currentRequest.direction == PageRequest::Direction::After;
    if (!batch.exhausted) {
        fetch(forward ? HistoryPaging::newerThan(m_newest) : HistoryPaging::olderThan(m_oldest));
        return;
    }
    if (!forward) {
        // The start is reached; what arrived since the first page comes with after.
        fetch(HistoryPaging::newerThan(m_newest));
        return;
    }
    std::stable_sort(m_messages.begin(), m_messages.end(),
                     [](const Message &a, const Message &b) { return *a.received < *b.received; });
    qCDebug(lcPaging) << "walked" << m_messages.size() << "messages in" << m_requests << "requests";
    Q_EMIT finished();
    Q_EMIT succeeded();
}

void HistoryWalker::fail(const ApiError &error)
{
    qCWarning(lcPaging) << "the walk of" << m_userId << "failed after" << m_messages.size()
                        << "messages:" << error.message();
    Q_EMIT finished();
    Q_EMIT failed(error);
}

void HistoryWalker::start()
{
    cancel();
    m_seen.clear();
    m_messages.clear();
    m_oldest = 0;
    m_newest = 0;
    m_requests = 0;
    fetch(PageRequest::latest());
}

void HistoryWalker::catchUp()
{
    cancel();
    fetch(HistoryPaging::newerThan(m_newest));
}

void HistoryWalker::cancel()
{
    if (m_request)
        m_request->cancel();
}

void HistoryWalker::fetch(const PageRequest &request)
{
    if (m_requests >= m_maxPages) {
        fail(ApiError(
            ApiError::Kind::InvalidResponse,
            tr("the history takes more than %Ln pages; the walk stopped", nullptr, m_maxPages)));
        return;
    }
    m_currentRequest = request;
    ++m_requests;
    auto *reply = m_api->getMessages(m_userId, request, this);
    m_request = reply;
    connect(reply, &ApiReply::succeeded, this, [this, reply] { onPage(reply->result()); });
    connect(reply, &ApiReply::failed, this, &HistoryWalker::fail);
}
