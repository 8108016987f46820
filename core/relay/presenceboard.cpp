#include "relay/presenceboard.h"

#include <QTimer>

using namespace Qt::StringLiterals;

PresenceBoard::PresenceBoard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PresenceBoard::expire);
}

PresenceBoard::~PresenceBoard() = default;

QString PresenceBoard::stateName(State state)
{
    switch (state) {
    case State::Viewing:
        return u"viewing"_s;
    case State::Typing:
        return u"typing"_s;
    case State::Left:
        break;
    }
    return u"left"_s;
}

std::optional<PresenceBoard::State> PresenceBoard::stateFromName(const QString &name)
{
    if (name == "viewing"_L1)
        return State::Viewing;
    if (name == "typing"_L1)
        return State::Typing;
    if (name == "left"_L1)
        return State::Left;
    return std::nullopt;
}

void PresenceBoard::report(const QString &agent, const QString &appId, const QString &userId,
                           State state)
{
    const Key key{appId, userId, agent};
    const auto it = m_presence.find(key);
    if (state == State::Left) {
        if (it == m_presence.end())
            return;
        m_presence.erase(it);
        Q_EMIT changed({appId, userId, agent, State::Left});
        return;
    }
    if (it == m_presence.end()) {
        // One more conversation for this agent: past the cap, the earliest one ends.
        auto earliest = m_presence.end();
        int count = 0;
        for (auto p = m_presence.begin(); p != m_presence.end(); ++p) {
            if (std::get<2>(p->first) != agent)
                continue;
            ++count;
            if (earliest == m_presence.end() || p->second.order < earliest->second.order)
                earliest = p;
        }
        if (count >= maxPerAgent && earliest != m_presence.end()) {
            const Entry ended{std::get<0>(earliest->first), std::get<1>(earliest->first), agent,
                              State::Left};
            m_presence.erase(earliest);
            Q_EMIT changed(ended);
        }
    }
    const bool known = m_presence.find(key) != m_presence.end();
    Presence &presence = m_presence[key];
    if (!known)
        presence.order = ++m_reports;
    const bool same = known && presence.state == state;
    presence.state = state;
    if (state == State::Typing) {
        presence.typingUntil = std::chrono::steady_clock::now() + m_typingExpiry;
        schedule();
    }
    if (!same)
        Q_EMIT changed({appId, userId, agent, state});
}

void PresenceBoard::agentGone(const QString &agent)
{
    QList<Entry> ended;
    for (auto it = m_presence.begin(); it != m_presence.end();) {
        if (std::get<2>(it->first) == agent) {
            ended.append({std::get<0>(it->first), std::get<1>(it->first), agent, State::Left});
            it = m_presence.erase(it);
        } else {
            ++it;
        }
    }
    for (const Entry &entry : std::as_const(ended))
        Q_EMIT changed(entry);
}

QList<PresenceBoard::Entry> PresenceBoard::current() const
{
    QList<Entry> entries;
    for (const auto &[key, presence] : m_presence)
        entries.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), presence.state});
    return entries;
}

void PresenceBoard::expire()
{
    const auto now = std::chrono::steady_clock::now();
    QList<Entry> expired;
    for (auto &[key, presence] : m_presence) {
        if (presence.state == State::Typing && presence.typingUntil <= now) {
            presence.state = State::Viewing;
            expired.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), State::Viewing});
        }
    }
    schedule();
    for (const Entry &entry : std::as_const(expired))
        Q_EMIT changed(entry);
}

void PresenceBoard::schedule()
{
    std::optional<std::chrono::steady_clock::time_point> next;
    for (const auto &[key, presence] : m_presence) {
        if (presence.state == State::Typing && (!next || presence.typingUntil < *next))
            next = presence.typingUntil;
    }
    if (!next) {
        m_timer->stop();
        return;
    }
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
        *next - std::chrono::steady_clock::now());
    m_timer->start(std::max(wait, std::chrono::milliseconds(0)) + std::chrono::milliseconds(1));
}
