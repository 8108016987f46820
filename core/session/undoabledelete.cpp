#include "session/undoabledelete.h"

UndoableDelete::UndoableDelete(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void UndoableDelete::schedule(const QString &userId, const QString &messageId)
{
    if (m_waiting.contains(messageId))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, messageId] {
        const Waiting w = m_waiting.take(messageId);
        w.timer->deleteLater();
        auto *reply = m_api->deleteMessage(w.userId, messageId, this);
        connect(reply, &ApiReply::succeeded, this,
                [this, user = w.userId, messageId] { Q_EMIT deleted(user, messageId); });
        connect(reply, &ApiReply::failed, this,
                [this, user = w.userId, messageId](const ApiError &error) {
                    Q_EMIT failed(user, messageId, error);
                });
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
