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
}

TypingNotifier::~TypingNotifier()
{
    stop();
    // Nobody will wait for answers now: send what is still waiting, in order.
    for (const auto &[user, type] : std::as_const(m_queue))
        m_api->conversationActivity(user, ConversationActivity::withType(type), m_api);
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
    if (!m_inFlight) {
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
    // The API, not this notifier, keeps the request: a stop sent as the notifier goes must not
    // be overtaken by its start, cut off midway.
    auto *reply = m_api->conversationActivity(userId, activity, m_api);
    m_inFlight = reply;
    connect(reply, &ApiReply::failed, this, [type](const ApiError &error) {
        qCInfo(lcTyping) << type << "failed:" << error.message();
    });
    // finished() comes first, success or failure: the next one may go.
    connect(reply, &ApiReply::finished, this, [this] {
        m_inFlight = nullptr;
        if (!m_queue.isEmpty()) {
            const auto [user, next] = m_queue.takeFirst();
            issue(user, next);
        } else {
            Q_EMIT idle();
        }
    });
}
