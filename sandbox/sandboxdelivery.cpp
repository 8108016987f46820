#include "sandbox/sandboxdelivery.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxwebhooks.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
double now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}
} // namespace

SandboxDelivery::SandboxDelivery(SandboxStore *store, SandboxWebhooks *webhooks, Envelope envelope,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_webhooks(webhooks)
    , m_envelope(std::move(envelope))
{}

void SandboxDelivery::setDelays(std::chrono::milliseconds toChannel,
                                std::chrono::milliseconds toUser)
{
    m_toChannel = toChannel;
    m_toUser = toUser;
}

SandboxDelivery::Outcome SandboxDelivery::outcomeFor(const SandboxStore::AppUser &user) const
{
    const QString platform = user.platform.isEmpty() ? u"web"_s : user.platform;
    // The SDKs report no delivery: the POST's answer is all there is.
    if (platform == "web"_L1 || platform == "ios"_L1 || platform == "android"_L1)
        return Outcome::Nothing;
    if (platform == "whatsapp"_L1) {
        const auto last = m_store->lastReceived(user.smoochId, u"appUser"_s);
        const double t = m_clock ? m_clock() : now();
        return last && t - *last < whatsAppWindow ? Outcome::Delivered : Outcome::WindowClosed;
    }
    static const QStringList confirmed = {u"messenger"_s, u"instagram"_s, u"telegram"_s,
                                          u"line"_s,      u"viber"_s,     u"wechat"_s,
                                          u"kakao"_s,     u"apple"_s};
    return confirmed.contains(platform) ? Outcome::Delivered : Outcome::ChannelOnly;
}

void SandboxDelivery::send(const SandboxStore::AppUser &user, const QJsonObject &message)
{
    const QString id = message.value("_id"_L1).toString();
    const QString smoochId = user.smoochId;
    const Outcome outcome = outcomeFor(user);
    switch (outcome) {
    case Outcome::Nothing:
        return;
    case Outcome::WindowClosed:
        QTimer::singleShot(m_toChannel, this, [this, smoochId, id] {
            fire(u"message:delivery:failure"_s, smoochId, id);
        });
        return;
    case Outcome::ChannelOnly:
    case Outcome::Delivered: {
        const bool toUser = outcome == Outcome::Delivered;
        QTimer::singleShot(m_toChannel, this, [this, smoochId, id] {
            fire(u"message:delivery:channel"_s, smoochId, id);
        });
        if (toUser)
            QTimer::singleShot(m_toChannel + m_toUser, this, [this, smoochId, id] {
                fire(u"message:delivery:user"_s, smoochId, id);
            });
        return;
    }
    }
}

void SandboxDelivery::fire(const QString &trigger, const QString &smoochId,
                           const QString &messageId)
{
    const auto user = m_store->findUser(smoochId);
    if (!user)
        return; // deleted meanwhile
    QJsonObject payload = m_envelope(trigger, *user);
    const QString platform = user->platform.isEmpty() ? u"web"_s : user->platform;
    QJsonObject destination{{"type"_L1, platform}};
    const QJsonValue integration = payload.value("client"_L1).toObject().value("integrationId"_L1);
    if (integration.isString())
        destination.insert("integrationId"_L1, integration);
    payload.insert("destination"_L1, destination);
    payload.insert("message"_L1, QJsonObject{{"_id"_L1, messageId}});
    payload.insert("timestamp"_L1, now());
    if (trigger == "message:delivery:failure"_L1) {
        payload.insert("isFinalEvent"_L1, true);
        const QJsonObject channelError{
            {"code"_L1, whatsAppWindowError},
            {"title"_L1, "Message failed to send because more than 24 hours have passed since "
                         "the customer last replied to this number"_L1}};
        payload.insert("error"_L1,
                       QJsonObject{{"code"_L1, "uncategorized_error"_L1},
                                   {"underlyingError"_L1,
                                    QJsonObject{{"errors"_L1, QJsonArray{channelError}}}}});
    } else {
        payload.insert("isFinalEvent"_L1, trigger == "message:delivery:user"_L1);
        payload.insert("externalMessages"_L1, QJsonArray());
    }
    qCDebug(lcSandbox) << trigger << "for" << messageId << "on" << platform;
    m_webhooks->deliver(payload);
    Q_EMIT fired(trigger, user->id(), messageId);
}
