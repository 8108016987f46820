#include "demo/demoteammate.h"

#include "demo/demorelay.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QStringList replies = {
    u"Hi, Sam here from the team. I'm looking into this for you now."_s,
    u"Thanks for waiting! I've checked your order: it left our warehouse this morning."_s,
    u"I can help with that. Could you send me the email address on your account?"_s,
    u"Good news: the refund went through. It shows on your statement in 3–5 days."_s,
};
} // namespace

DemoTeammate::DemoTeammate(const QUrl &relay, const QByteArray &token,
                           const ApiConnection &connection, QObject *parent)
    : QObject(parent)
    , m_relay(relay, token, connection.appId())
    , m_random(QRandomGenerator::securelySeeded())
{
    m_api.setConnection(connection);
    connect(&m_relay, &RelayClient::snapshotReceived, this,
            [this](const QList<RelayClient::Conversation> &conversations) {
                m_users.clear();
                for (const RelayClient::Conversation &c : conversations)
                    m_users.append(c.userId);
            });
    connect(&m_relay, &RelayClient::eventReceived, this, [this](const WebhookEvent &event) {
        if (!event.user().isEmpty() && !m_users.contains(event.user()))
            m_users.append(event.user());
    });
    connect(&m_relay, &RelayClient::presenceChanged, this, &DemoTeammate::personPresence);
    connect(&m_timer, &QTimer::timeout, this, &DemoTeammate::act);
    m_relay.start();
}

void DemoTeammate::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0)
        m_timer.stop();
    else
        m_timer.start(interval);
}

void DemoTeammate::personPresence(const QString &userId, const QString &agent,
                                  const QString &state)
{
    if (agent != QLatin1StringView(DemoRelay::agentName))
        return;
    if (state == "left"_L1) {
        if (m_watched == userId)
            m_watched.clear();
    } else {
        m_watched = userId;
    }
}

void DemoTeammate::act()
{
    // Mostly where the person is, so that they see Sam arrive; now and then elsewhere.
    const bool elsewhere = m_watched.isEmpty() || m_random.bounded(3) == 0;
    const QString user = elsewhere && !m_users.isEmpty()
                             ? m_users.at(m_random.bounded(int(m_users.size())))
                             : m_watched;
    if (user.isEmpty())
        return;
    if (m_random.bounded(2) == 0) {
        replyTo(user);
        return;
    }
    if (m_busy) // just a look
        return;
    m_relay.reportPresence(user, RelayClient::Presence::Viewing);
    QTimer::singleShot(6s, this, [this, user] {
        if (!m_busy)
            m_relay.reportPresence(user, RelayClient::Presence::Left);
    });
}

void DemoTeammate::replyTo(const QString &userId)
{
    if (m_busy)
        return;
    m_busy = true;
    m_relay.reportPresence(userId, RelayClient::Presence::Viewing);
    QTimer::singleShot(2s, this, [this, userId] {
        m_relay.reportPresence(userId, RelayClient::Presence::Typing);
    });
    QTimer::singleShot(6s, this, [this, userId] {
        NewMessage reply;
        reply.role = u"appMaker"_s;
        reply.type = u"text"_s;
        reply.name = QString::fromLatin1(name);
        reply.text = replies.at(m_random.bounded(int(replies.size())));
        ApiReply *posted = m_api.postMessage(userId, reply, this);
        connect(posted, &ApiReply::succeeded, this, [this, userId] { Q_EMIT replied(userId); });
        connect(posted, &ApiReply::finished, this, [this, userId] {
            m_relay.reportPresence(userId, RelayClient::Presence::Viewing); // typing ends
            QTimer::singleShot(4s, this, [this, userId] {
                m_relay.reportPresence(userId, RelayClient::Presence::Left);
                m_busy = false;
            });
        });
    });
}
