#include "sandbox/sandboxdemo.h"

#include "sandbox/sandboxseeder.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
const QStringList demoUsers = {u"alice.martin"_s,
                               u"bob.nguyen"_s,
                               u"carla.rossi"_s,
                               u"dmitri.volkov"_s,
                               QString::fromLatin1(SandboxSeeder::whatsAppUser),
                               QString::fromLatin1(SandboxSeeder::telegramUser)};
const QStringList replies = {
    u"Thanks, that helps!"_s,
    u"Any update on this?"_s,
    u"Could you check my last order too?"_s,
    u"Great, I'll wait for the email."_s,
    u"Sorry, one more question: do you ship to Canada?"_s,
    u"Perfect 👍"_s,
};
} // namespace

SandboxDemo::SandboxDemo(QObject *parent)
    : QObject(parent)
    , m_server(SandboxServer::Config{}, &m_store)
    , m_random(QRandomGenerator::securelySeeded())
{
    connect(&m_activity, &QTimer::timeout, this, &SandboxDemo::act);
    // While the customers are active, one who got a reply on their phone reads it soon after.
    connect(&m_server.delivery(), &SandboxDelivery::fired, this,
            [this](const QString &trigger, const QString &user) {
                if (trigger != "message:delivery:user"_L1 || !m_activity.isActive())
                    return;
                QTimer::singleShot(4000 + m_random.bounded(3000), this,
                                   [this, user] { m_server.simulateRead(user); });
            });
}

bool SandboxDemo::start()
{
    if (!m_store.isOpen() || !m_server.start(QHostAddress::LocalHost, 0))
        return false;
    SandboxSeeder::seedDemo(m_store, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                            m_server.baseUrl().toString() + u"/media"_s);
    return true;
}

ApiConnection SandboxDemo::connection() const
{
    const auto &config = m_server.config();
    return ApiConnection(m_server.baseUrl(), config.appId,
                         Credentials::signedJwt(config.keyId, config.secret));
}

void SandboxDemo::connectWebhook(const QUrl &target, const QByteArray &secret)
{
    m_server.webhooks().configure(target, secret);
}

void SandboxDemo::announceConversations()
{
    for (const auto &user : m_store.users())
        m_server.announce(user.id());
}

void SandboxDemo::setActivityInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0)
        m_activity.stop();
    else
        m_activity.start(interval);
}

void SandboxDemo::act()
{
    // Someone reads, or types for a moment and then replies.
    const QString user = demoUsers.at(m_random.bounded(int(demoUsers.size())));
    if (m_random.bounded(4) == 0) {
        m_server.simulateRead(user);
        return;
    }
    m_server.simulateTyping(user, true);
    const QString text = replies.at(m_random.bounded(int(replies.size())));
    QTimer::singleShot(1500 + m_random.bounded(2500), this, [this, user, text] {
        m_server.simulateTyping(user, false);
        NewMessage post;
        post.role = u"appUser"_s;
        post.type = u"text"_s;
        post.text = text;
        m_server.createMessage(user, post);
    });
}
