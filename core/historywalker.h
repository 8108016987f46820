#pragma once

#include "conversationapi.h"

#include <QSet>

/*!
 * \brief Walks a user's whole history from the newest page to the first, with HistoryPaging.
 *
 * Signals, in order: pageArrived() for each page with its new messages, then finished(),
 * then exactly one of succeeded() or failed(). Used by smoochctl --all and by exports.
 */
class HistoryWalker : public QObject
{
    Q_OBJECT

public:
    HistoryWalker(ConversationApi *api, QString userId, QObject *parent = nullptr);

    void start();
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
    void fetch(const PageRequest &request);

    ConversationApi *m_api;
    QString m_userId;
    ConversationApi::RequestId m_request = 0;
    PageRequest m_currentRequest;
    QSet<QString> m_seen;
    QList<Message> m_messages;
    double m_oldest = 0;
    int m_requests = 0;
};
