#include "client/historypaging.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {
constexpr double boundary = 0.001; // one millisecond, the precision of received

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryPaging", text);
}
} // namespace

PageRequest HistoryPaging::olderThan(double oldestReceived)
{
    return PageRequest::before(oldestReceived + boundary);
}

PageRequest HistoryPaging::newerThan(double newestReceived)
{
    return PageRequest::after(std::max(0.0, newestReceived - boundary));
}

HistoryPaging::Batch HistoryPaging::accept(const MessagesPage &page, const PageRequest &request,
                                           const std::function<bool(const QString &)> &isKnown)
{
    Batch batch;
    QSet<QString> inBatch;
    inBatch.reserve(page.messages.size());
    for (const Message &m : page.messages) {
        if (isKnown(m.id) || inBatch.contains(m.id))
            continue;
        inBatch.insert(m.id);
        batch.fresh.append(m);
    }
    std::stable_sort(batch.fresh.begin(), batch.fresh.end(),
                     [](const Message &a, const Message &b) { return *a.received < *b.received; });
    const bool more =
        request.direction == PageRequest::Direction::After ? page.hasNext() : page.hasPrevious();
    batch.exhausted = !more;
    // A page with nothing new would bring the same cursor again: the caller must neither loop
    // nor take it as the end (the messages past this millisecond were never seen).
    batch.stalled =
        more && request.direction != PageRequest::Direction::Latest && batch.fresh.isEmpty();
    return batch;
}

ApiError HistoryPaging::stalledError(const PageRequest &request)
{
    return ApiError(ApiError::Kind::InvalidResponse,
                    tr("more messages share one millisecond than a page holds, near %1; the "
                       "history cannot be paged past them")
                        .arg(PageRequest::formatTimestamp(request.timestamp)));
}
