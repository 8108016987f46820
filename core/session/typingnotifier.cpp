#include "session/typingnotifier.h"

#include "client/logging.h"

using namespace Qt::StringLiterals;

TypingNotifier::TypingNotifier(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_clock = [timer = std::make_shared<QElapsedTimer>()] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    };
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::chrono::seconds(4));
    connect(&m_idle, &QTimer::timeout, this, &TypingNotifier::stop);
    connect(m_api, &ConversationApi::failed, this,
            [this](ConversationApi::RequestId id, const ApiError &error) {
                if (id == m_inFlight)
                    qCInfo(lcTyping) << m_inFlightType << "failed:" << error.message();
            });
    // finished() comes first for every request, success or failure: the next one may go.
    connect(m_api, &ConversationApi::finished, this, [this](ConversationApi::RequestId id) {
        if (id != m_inFlight)
            return;
        m_inFlight = 0;
        if (!m_queue.isEmpty()) {
            const auto [user, type] = m_queue.takeFirst();
            issue(user, type);
        } else {
            Q_EMIT idle();
        }
    });
}

TypingNotifier::~TypingNotifier()
{
    stop();
    // Nobody will wait for answers now: send what is still waiting, in order.
    for (const auto &[user, type] : std::as_const(m_queue))
        m_api->conversationActivity(user, ConversationActivity::withType(type));
}

void TypingNotifier::setAgent(const QString &name, const QString &avatarUrl)
{
    m_name = name;
    m_avatarUrl = avatarUrl;
}

void TypingNotifier::setConversation(const QString &userId)
{
    if (userId == m_userId)
        return;
    stop();
    m_userId = userId;
}

void TypingNotifier::textEdited(const QString &text)
{
    if (m_userId.isEmpty())
        return;
    if (text.trimmed().isEmpty()) {
        stop();
        return;
    }
    m_idle.start();
    if (!m_typing || m_clock() - m_startedAt >= m_refresh.count()) {
        m_typing = true;
        m_startedAt = m_clock();
        send(u"typing:start"_s);
    }
}

void TypingNotifier::stop()
{
    m_idle.stop();
    if (!m_typing)
        return;
    m_typing = false;
    send(u"typing:stop"_s);
}

void TypingNotifier::send(const QString &type)
{
    if (m_inFlight == 0) {
        issue(m_userId, type);
        return;
    }
    if (!m_queue.isEmpty() && m_queue.last().first == m_userId)
        m_queue.last().second = type; // only the latest wish for one conversation matters
    else
        m_queue.append({m_userId, type});
}

void TypingNotifier::issue(const QString &userId, const QString &type)
{
    ConversationActivity activity = ConversationActivity::withType(type);
    if (!m_name.isEmpty())
        activity.name = m_name;
    if (!m_avatarUrl.isEmpty())
        activity.avatarUrl = m_avatarUrl;
    m_inFlightType = type;
    m_inFlight = m_api->conversationActivity(userId, activity);
}
