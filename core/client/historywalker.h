#pragma once

#include "client/conversationapi.h"

#include <QSet>

/*!
 * \brief Walks a user's whole history from the newest page to the first, with HistoryPaging,
 * then catches up with \c after until a page brings nothing new: a message that arrived
 * during the walk is part of what it returns (an export, then a clear, relies on it).
 *
 * The walk fails, never succeeds with part of the history, when a page cannot move the
 * cursor (more messages in one millisecond than a page holds) or when it would take more than
 * maxPages() requests.
 *
 * Signals, in order: pageArrived() for each page with its new messages, then finished(),
 * then exactly one of succeeded() or failed(). Used by smoochctl --all and by exports.
 */
class HistoryWalker : public QObject
{
    Q_OBJECT

public:
    /*! Requests one walk may take by default: a million messages, far past any real history. */
    static constexpr int defaultMaxPages = 10000;

    HistoryWalker(ConversationApi *api, QString userId, QObject *parent = nullptr);

    /*! Bounds the requests of one walk (memory grows with every page held). */
    void setMaxPages(int pages) { m_maxPages = pages; }
    int maxPages() const { return m_maxPages; }

    void start();
    /*!
     * After a walk that succeeded, asks again with \c after until a page brings nothing new;
     * then finished() and one of succeeded() or failed() come again.
     */
    void catchUp();
    void cancel();
    /*! Every message seen so far, oldest first once succeeded() has come. */
    const QList<Message> &messages() const { return m_messages; }
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void pageArrived(const QList<Message> &fresh);
    void finished();
    void succeeded();
    void failed(const ApiError &error);

private:
    void onPage(const MessagesPage &page);
    void fetch(const PageRequest &request);
    void fail(const ApiError &error);

    ConversationApi *m_api;
    QString m_userId;
    QPointer<ApiReply> m_request; //!< the page in flight
    PageRequest m_currentRequest;
    QSet<QString> m_seen;
    QList<Message> m_messages;
    double m_oldest = 0;
    double m_newest = 0;
    int m_requests = 0;
    int m_maxPages = defaultMaxPages;
};
