#include "session/undoabledelete.h"

UndoableDelete::UndoableDelete(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    connect(m_api, &ConversationApi::messageDeleted, this, [this](ConversationApi::RequestId id) {
        if (const auto it = m_sent.constFind(id); it != m_sent.cend()) {
            const auto [user, message] = *it;
            m_sent.erase(it);
            Q_EMIT deleted(user, message);
        }
    });
    connect(m_api, &ConversationApi::failed, this,
            [this](ConversationApi::RequestId id, const ApiError &error) {
                if (const auto it = m_sent.constFind(id); it != m_sent.cend()) {
                    const auto [user, message] = *it;
                    m_sent.erase(it);
                    Q_EMIT failed(user, message, error);
                }
            });
}

void UndoableDelete::schedule(const QString &userId, const QString &messageId)
{
    if (m_waiting.contains(messageId))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, messageId] {
        const Waiting w = m_waiting.take(messageId);
        w.timer->deleteLater();
        m_sent.insert(m_api->deleteMessage(w.userId, messageId), {w.userId, messageId});
    });
    m_waiting.insert(messageId, {userId, timer});
    timer->start(m_grace);
}

bool UndoableDelete::undo(const QString &messageId)
{
    const auto it = m_waiting.find(messageId);
    if (it == m_waiting.end())
        return false;
    delete it->timer;
    m_waiting.erase(it);
    return true;
}
