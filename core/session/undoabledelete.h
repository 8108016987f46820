#pragma once

#include "client/conversationapi.h"

#include <QHash>
#include <QTimer>

/*!
 * \brief Deletes a message after a grace period in which the admin can undo. Nothing reaches
 * the server before the period ends; undo() within it means no DELETE is ever sent.
 */
class UndoableDelete : public QObject
{
    Q_OBJECT

public:
    explicit UndoableDelete(ConversationApi *api, QObject *parent = nullptr);

    void setGracePeriod(std::chrono::milliseconds period) { m_grace = period; }
    std::chrono::milliseconds gracePeriod() const { return m_grace; }
    void schedule(const QString &userId, const QString &messageId);
    /*! Cancels a scheduled deletion; false when it is too late (already sent) or unknown. */
    bool undo(const QString &messageId);
    bool isPending(const QString &messageId) const { return m_waiting.contains(messageId); }

Q_SIGNALS:
    void deleted(const QString &userId, const QString &messageId);
    void failed(const QString &userId, const QString &messageId, const ApiError &error);

private:
    struct Waiting
    {
        QString userId;
        QTimer *timer;
    };
    ConversationApi *m_api;
    std::chrono::milliseconds m_grace{5000};
    QHash<QString, Waiting> m_waiting;
};
