#pragma once

#include "protocol/message.h"
#include "protocol/webhookevent.h"
#include "session/sseparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class LocalStore;
class QNetworkReply;

/*!
 * \brief The console's side of a team relay (smooch-relay): the inbox snapshot, the live event
 * stream and presence, for one app, with one agent token.
 *
 * start() loads GET /v1/conversations (snapshotReceived()) and opens GET /v1/events. Each stored
 * delivery of the profile's app comes out as eventReceived(); deliveries of other apps are
 * ignored. The last event id is kept (in the profile's LocalStore when one is set, written a
 * moment after it changes and when the client goes) and sent as Last-Event-ID on every
 * reconnection, so nothing is missed. A stream that ends, fails, sends a line past the bound, or
 * sends nothing for silenceTimeout counts as dropped: streamingChanged(false, why), then a new
 * attempt after a backoff that starts at the stream's `retry:` (1 s unless it says otherwise)
 * and doubles up to 30 s. A 401 or 403 stops every attempt and says so: only a new token helps.
 *
 * Presence: reportPresence() posts POST /v1/presence; typing for one conversation goes out at
 * most every typingInterval; the conversation viewed last is left when the client stops or goes.
 * Others' presence comes out as presenceChanged() (the agent's own other consoles are ignored).
 *
 * The token goes in the Authorization header of every request and nowhere else: never logged.
 */
class RelayClient : public QObject
{
    Q_OBJECT

public:
    enum class Presence { Viewing, Typing, Left };

    /*! One conversation of the relay's inbox snapshot. */
    struct Conversation
    {
        QString appId;
        QString userId;
        QString smoochId;
        QString name;
        std::optional<Message> lastMessage;
        double lastActivity = 0;
        int unreadCount = 0;
    };

    /*! \a baseUrl is the relay's (http(s)://host:port), \a appId the profile's app. */
    RelayClient(const QUrl &baseUrl, const QByteArray &token, const QString &appId,
                QObject *parent = nullptr);
    ~RelayClient() override;

    /*! Where the last event id is kept across runs (null: in memory only). Read at once. */
    void setStore(LocalStore *store);
    /*! Loads the snapshot, then opens the stream (and keeps it open). */
    void start();
    /*! Closes the stream for good, leaving the viewed conversation. */
    void stop();
    /*! Loads the snapshot again (after a reset, or when asked). */
    void fetchSnapshot();

    bool isStreaming() const { return m_up; }
    /*! True once a 401 or 403 stopped every attempt. */
    bool isRefused() const { return m_refused; }
    QString lastEventId() const { return QString::fromUtf8(m_parser.lastEventId()); }
    /*! The agent the token belongs to, once the snapshot said so. */
    QString agent() const { return m_agent; }
    QUrl baseUrl() const { return m_base; }

    /*! Tells the relay this agent views, types in or left \a userId's conversation. */
    void reportPresence(const QString &userId, Presence state);
    /*! Whether a presence post is on its way (closing may wait for the "left"). */
    bool isIdle() const { return m_presenceInFlight == 0; }

    static QString presenceName(Presence state);

    // Tuning, for tests.
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setSilenceTimeout(std::chrono::milliseconds timeout) { m_silence.setInterval(timeout); }
    void setMaxLine(qsizetype bytes);
    void setTypingInterval(std::chrono::milliseconds interval) { m_typingInterval = interval; }
    /*! The delay before the next reconnection. */
    std::chrono::milliseconds nextDelay() const { return m_delay; }

Q_SIGNALS:
    void snapshotReceived(const QList<RelayClient::Conversation> &conversations);
    void eventReceived(const WebhookEvent &event);
    /*! \a agent views, types in or left \a userId's conversation ("viewing", "typing", "left"). */
    void presenceChanged(const QString &userId, const QString &agent, const QString &state);
    /*! The stream came up, or dropped (\a why says why, for the agent). */
    void streamingChanged(bool up, const QString &why);
    /*! The relay no longer has every event after ours: the snapshot is loaded again. */
    void reset();
    /*! Every presence post has been answered (isIdle() became true). */
    void idle();

private:
    QNetworkRequest request(const QString &path) const;
    void connectStream();
    void onStreamData();
    void onStreamFinished();
    void drop(const QString &why);
    void scheduleReconnect();
    void refuse(int status);
    void dispatch(const SseParser::Event &event);
    void saveLastId();
    QString storeKey() const;
    void post(const QString &userId, Presence state);

    QUrl m_base;
    QByteArray m_token;
    QString m_appId;
    QNetworkAccessManager m_network;
    LocalStore *m_store = nullptr;
    SseParser m_parser;
    qsizetype m_maxLine = 2 * 1024 * 1024;
    QPointer<QNetworkReply> m_stream;
    QPointer<QNetworkReply> m_snapshot;
    bool m_running = false;
    bool m_up = false;
    bool m_refused = false;
    QString m_agent;
    QTimer m_silence;
    QTimer m_reconnect;
    QTimer m_save;
    QByteArray m_savedId;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{30000};
    std::chrono::milliseconds m_delay{1000};
    std::chrono::milliseconds m_typingInterval{5000};
    QHash<QString, QElapsedTimer> m_typingSent; //!< per user, when typing last went out
    QString m_viewing; //!< the conversation this console views, to leave on stop
    int m_presenceInFlight = 0;
};

Q_DECLARE_METATYPE(RelayClient::Conversation)
