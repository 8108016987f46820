#pragma once

#include "client/conversationapi.h"

#include <QStringList>

class HistoryWalker;

/*!
 * \brief Writes the whole history of some users to a JSON file, through the paging routine:
 * {"exportedAt", "users": [{"userId", "messages": [...]}]}. The file appears only when every
 * history was read and written (QSaveFile): a clear that depends on it can trust it.
 *
 * Each history is walked to its start and caught up with \c after (HistoryWalker); once all
 * are walked, every user but the last is caught up once more, so a message that arrived
 * while another history was read is in the file too. A clear should follow at once: v1.1
 * has no conditional delete, and what arrives after the last catch-up is not exported.
 *
 * Signals: finished(), then exactly one of succeeded() or failed().
 */
class HistoryExporter : public QObject
{
    Q_OBJECT

public:
    HistoryExporter(ConversationApi *api, QObject *parent = nullptr);

    void start(const QStringList &users, const QString &path);
    /*! Messages written per user, once succeeded. */
    const QHash<QString, int> &counts() const { return m_counts; }

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const QString &reason, const ApiError &error);

private:
    void next();
    void write();
    ConversationApi *m_api;
    QStringList m_users;
    QString m_path;
    QHash<QString, int> m_counts;
    QList<HistoryWalker *> m_walkers; //!< one per user, in order
    qsizetype m_walked = 0;           //!< users walked to their start and caught up
    qsizetype m_caughtUp = 0;         //!< users caught up once more after every walk
};
