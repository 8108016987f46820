#pragma once

#include "conversationapi.h"

#include <QJsonArray>
#include <QStringList>

class HistoryWalker;

/*!
 * \brief Writes the whole history of some users to a JSON file, through the paging routine:
 * {"exportedAt", "users": [{"userId", "messages": [...]}]}. The file appears only when every
 * history was read and written (QSaveFile): a clear that depends on it can trust it.
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
    ConversationApi *m_api;
    QStringList m_users;
    QString m_path;
    QJsonArray m_exported;
    QHash<QString, int> m_counts;
    HistoryWalker *m_walker = nullptr;
};
