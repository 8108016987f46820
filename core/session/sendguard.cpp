#include "session/sendguard.h"

#include "text/plaintext.h"

SendGuard::SendGuard(QObject *parent)
    : QObject(parent)
{}

void SendGuard::clear()
{
    m_known.clear();
    if (!m_items.isEmpty()) {
        m_items.clear();
        Q_EMIT changed();
    }
}

void SendGuard::setConversation(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_replying = false;
    m_composerEmpty = true;
    clear();
}

void SendGuard::setComposerEmpty(bool empty)
{
    if (m_composerEmpty && !empty) {
        m_replying = true;
        clear();
    } else if (empty) {
        // An emptied composer is no reply; the next text begins a new one.
        m_replying = false;
        clear();
    }
    m_composerEmpty = empty;
}

void SendGuard::messagesArrived(const QString &userId, const QList<Message> &messages, bool seen)
{
    if (!m_replying || userId.isEmpty() || userId != m_userId)
        return;
    bool any = false;
    for (const Message &m : messages) {
        if (m.id.isEmpty() || m_known.contains(m.id))
            continue;
        m_known.insert(m.id);
        const Message::Role role = m.role();
        const bool fromAgent = role == Message::Role::AppMaker && !(m_own && m_own(m));
        const bool unseenCustomer = role == Message::Role::AppUser && !seen;
        if (!fromAgent && !unseenCustomer)
            continue;
        m_items.append({m.id, PlainText::oneLine(m.name, 80), PlainText::summary(m), fromAgent});
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

void SendGuard::setSeen(bool seen)
{
    if (!seen)
        return;
    const qsizetype before = m_items.size();
    m_items.removeIf([](const Item &item) { return !item.fromAgent; });
    if (m_items.size() != before)
        Q_EMIT changed();
}

void SendGuard::dismiss()
{
    // What was shown is taken note of; later messages count again.
    if (!m_items.isEmpty()) {
        m_items.clear();
        Q_EMIT changed();
    }
}

void SendGuard::sent()
{
    m_replying = false;
    m_composerEmpty = true;
    clear();
}
