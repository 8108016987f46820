#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <map>
#include <optional>
#include <tuple>

class QTimer;

/*!
 * \brief Who of the team is viewing or typing in which conversation, for the relay to fan out.
 *
 * The promises: an agent's typing in a conversation lasts typingExpiry() (10 s) unless reported
 * again, then it is viewing again; viewing lasts until the agent reports left, or until
 * agentGone() says the agent's last stream closed. changed() comes once for every change of
 * state, with Left when a presence ended; repeating the current state changes nothing (typing
 * only moves its expiry). An agent is present in at most maxPerAgent conversations: a report
 * in one more ends the one reported in first, so one token cannot grow the board without end. No
 * widgets, no network: the relay feeds it and listens.
 */
class PresenceBoard : public QObject
{
    Q_OBJECT

public:
    enum class State { Left, Viewing, Typing };
    /*! Conversations one agent is present in at most (several consoles, a few each). */
    static constexpr int maxPerAgent = 32;

    /*! One agent in one conversation. */
    struct Entry
    {
        QString appId;
        QString userId;
        QString agent;
        State state = State::Left;

        bool operator==(const Entry &) const = default;
    };

    explicit PresenceBoard(QObject *parent = nullptr);
    ~PresenceBoard() override;

    /*! "viewing", "typing", "left". */
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    void setTypingExpiry(std::chrono::milliseconds expiry) { m_typingExpiry = expiry; }
    std::chrono::milliseconds typingExpiry() const { return m_typingExpiry; }

    /*! \a agent reports \a state in the conversation of \a userId in \a appId. */
    void report(const QString &agent, const QString &appId, const QString &userId, State state);
    /*! Every presence of \a agent ends (its last stream closed). */
    void agentGone(const QString &agent);
    /*! Everyone viewing or typing now, by app, user and agent. */
    QList<Entry> current() const;

Q_SIGNALS:
    void changed(const PresenceBoard::Entry &entry);

private:
    using Key = std::tuple<QString, QString, QString>; // app, user, agent
    struct Presence
    {
        State state = State::Viewing;
        std::chrono::steady_clock::time_point typingUntil;
        quint64 order = 0; //!< when it began, among all presences
    };

    void expire();
    void schedule();

    std::map<Key, Presence> m_presence;
    quint64 m_reports = 0;
    std::chrono::milliseconds m_typingExpiry{10000};
    QTimer *m_timer;
};
Q_DECLARE_METATYPE(PresenceBoard::Entry)
