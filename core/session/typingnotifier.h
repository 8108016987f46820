#pragma once

#include "client/conversationapi.h"

#include <QElapsedTimer>

#include <QTimer>
#include <functional>

/*!
 * \brief Tells the app user when the agent types: typing:start when typing begins, refreshed at
 * most every refreshInterval while it goes on, typing:stop after idleTimeout without a
 * keystroke, and at once on send, on clearing the text, on switching conversation and on
 * closing. It never stays on. Failed requests are logged, never shown.
 *
 * One activity request is in flight at a time, so a stop never overtakes its start on the way;
 * what is asked meanwhile waits, and for one conversation only the latest wish is kept.
 */
class TypingNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TypingNotifier(ConversationApi *api, QObject *parent = nullptr);
    ~TypingNotifier() override;

    /*! The conversation keystrokes belong to; leaving one stops typing there. */
    void setConversation(const QString &userId);
    /*! A keystroke changed the text to \a text. */
    void textEdited(const QString &text);
    /*! Typing is over (sent, closed, quitting): typing:stop if it was on. */
    void stop();
    bool isTyping() const { return m_typing; }
    /*! Nothing in flight and nothing waiting: safe to quit. */
    bool isIdle() const { return !m_inFlight && m_queue.isEmpty(); }

Q_SIGNALS:
    /*! Every activity asked for has been answered (isIdle() became true). */
    void idle();

public:
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idle.setInterval(timeout); }
    void setRefreshInterval(std::chrono::milliseconds interval) { m_refresh = interval; }
    /*! Milliseconds of a monotonic clock; tests replace it to step time by hand. */
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /*! The agent's name and avatar, sent with each activity. */
    void setAgent(const QString &name, const QString &avatarUrl);

private:
    void send(const QString &type);
    void issue(const QString &userId, const QString &type);

    ConversationApi *m_api;
    QString m_userId;
    QString m_name;
    QString m_avatarUrl;
    bool m_typing = false;
    QTimer m_idle;
    std::function<qint64()> m_clock;
    qint64 m_startedAt = 0;
    // Channels drop a typing indicator that is not renewed: Messenger after 20 s. Renewing
    // just as often keeps it on for a long reply with few requests.
    std::chrono::milliseconds m_refresh{20000};
    QPointer<ApiReply> m_inFlight;
    QList<QPair<QString, QString>> m_queue; //!< (user, type) waiting for the request in flight
};
