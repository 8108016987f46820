#pragma once

#include "messagespage.h"
#include "pagerequest.h"

#include <functional>

/*!
 * \brief The paging routine that never skips a message, shared by the model and smoochctl.
 *
 * \c before and \c after are exclusive, and real histories hold several messages with one
 * timestamp; a cursor of exactly the oldest held \c received would skip the others at that
 * instant. So the cursor reaches one millisecond past the boundary, the boundary messages
 * come again, and accept() drops every id already held (and duplicates within the page).
 */
class HistoryPaging
{
public:
    /*! The request for messages older than the oldest held, boundary included. */
    static PageRequest olderThan(double oldestReceived);
    /*! The request for messages newer than the newest held, boundary included. */
    static PageRequest newerThan(double newestReceived);

    struct Batch
    {
        QList<Message> fresh; //!< messages not held before, oldest first
        /*! No further page in this direction: no \c previous (or \c next), or nothing new came. */
        bool exhausted = false;
    };

    /*!
     * Filters \a page, fetched as \a request, against \a isKnown (the ids already held).
     * For a Latest or Before request, exhausted means the start of history is reached;
     * for After, that the newest message is held.
     */
    static Batch accept(const MessagesPage &page, const PageRequest &request,
                        const std::function<bool(const QString &id)> &isKnown);
};
