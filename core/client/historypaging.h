#pragma once

#include "client/apierror.h"
#include "protocol/messagespage.h"
#include "protocol/pagerequest.h"

#include <functional>

/*!
 * \brief The paging routine that never skips a message, shared by the model and smoochctl.
 *
 * \c before and \c after are exclusive, and real histories hold several messages with one
 * timestamp; a cursor of exactly the oldest held \c received would skip the others at that
 * instant. So the cursor reaches one millisecond past the boundary, the boundary messages
 * come again, and accept() drops every id already held (and duplicates within the page).
 *
 * A page of a full millisecond (a page's worth of messages or more sharing one \c received)
 * brings nothing new however often it is asked: accept() reports it as stalled, never as
 * the end, and the caller fails loudly instead of treating a partial history as whole.
 */
namespace HistoryPaging {
/*! The request for messages older than the oldest held, boundary included. */
PageRequest olderThan(double oldestReceived);
/*! The request for messages newer than the newest held, boundary included. */
PageRequest newerThan(double newestReceived);

struct Batch
{
    QList<Message> fresh; //!< messages not held before, oldest first
    /*! No further page in this direction: no \c previous (or \c next). */
    bool exhausted = false;
    /*!
     * The page has \c previous (or \c next) but brought nothing new: the cursor cannot
     * move past its millisecond. Asking again would loop; the history is not complete.
     */
    bool stalled = false;
};

/*!
 * Filters \a page, fetched as \a request, against \a isKnown (the ids already held).
 * For a Latest or Before request, exhausted means the start of history is reached;
 * for After, that the newest message is held.
 */
Batch accept(const MessagesPage &page, const PageRequest &request,
             const std::function<bool(const QString &id)> &isKnown);
/*! The error a caller reports for a stalled \a request. */
ApiError stalledError(const PageRequest &request);
} // namespace HistoryPaging
