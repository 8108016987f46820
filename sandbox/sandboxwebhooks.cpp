#include "sandbox/sandboxwebhooks.h"
#include "sandbox/sandboxlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

SandboxWebhooks::SandboxWebhooks(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

void SandboxWebhooks::configure(const QUrl &target, const QByteArray &secret)
{
    m_target = target;
    m_secret = secret;
}

QJsonObject SandboxWebhooks::Webhook::toJson() const
{
    return {{"_id"_L1, id},
            {"target"_L1, target},
            {"triggers"_L1, QJsonArray::fromStringList(triggers)},
            {"secret"_L1, QString::fromLatin1(secret)},
            {"version"_L1, "v1.1"_L1},
            {"includeClient"_L1, includeClient},
            {"includeFullAppUser"_L1, includeFullAppUser}};
}

const QStringList &SandboxWebhooks::knownTriggers()
{
    static const QStringList triggers = {u"message:appUser"_s,
                                         u"message:appMaker"_s,
                                         u"message:delivery:channel"_s,
                                         u"message:delivery:user"_s,
                                         u"message:delivery:failure"_s,
                                         u"conversation:read"_s,
                                         u"conversation:start"_s,
                                         u"conversation:referral"_s,
                                         u"typing:appUser"_s,
                                         u"postback"_s,
                                         u"merge:appUser"_s,
                                         u"link:success"_s,
                                         u"link:failure"_s,
                                         u"link:match"_s,
                                         u"client:add"_s,
                                         u"client:remove"_s,
                                         u"appUser:delete"_s,
                                         u"notification:delivery:channel"_s,
                                         u"notification:delivery:user"_s,
                                         u"notification:delivery:failure"_s,
                                         u"payment:success"_s};
    return triggers;
}

std::optional<SandboxWebhooks::Webhook> SandboxWebhooks::find(const QString &id) const
{
    for (const Webhook &webhook : m_registered) {
        if (webhook.id == id)
            return webhook;
    }
    return std::nullopt;
}

SandboxWebhooks::Webhook SandboxWebhooks::add(Webhook webhook)
{
    const auto randomHex = [](int bytes) {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (char &c : raw)
            c = char(QRandomGenerator::system()->bounded(256));
        return raw.toHex();
    };
    webhook.id = QString::fromLatin1(randomHex(12));
    webhook.secret = randomHex(20);
    m_registered.append(webhook);
    return webhook;
}

bool SandboxWebhooks::update(const Webhook &webhook)
{
    for (Webhook &existing : m_registered) {
        if (existing.id == webhook.id) {
            existing = webhook;
            return true;
        }
    }
    return false;
}

bool SandboxWebhooks::remove(const QString &id)
{
    return m_registered.removeIf([&id](const Webhook &w) { return w.id == id; }) > 0;
}

void SandboxWebhooks::deliver(const QJsonObject &payload)
{
    if (isConfigured())
        attempt(m_target, m_secret, payload, 1);
    const QString trigger = payload.value("trigger"_L1).toString();
    for (const Webhook &webhook : m_registered) {
        if (!webhook.triggers.contains(trigger))
            continue;
        QJsonObject own = payload;
        if (!webhook.includeClient)
            own.remove("client"_L1);
        attempt(QUrl(webhook.target), webhook.secret, own, 1);
    }
}

void SandboxWebhooks::attempt(const QUrl &target, const QByteArray &secret,
                              const QJsonObject &payload, int number)
{
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-API-Key", secret);
    request.setTransferTimeout(20000);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, secret, payload, number] {
        reply->deleteLater();
        int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_answersToLose > 0) {
            --m_answersToLose;
            status = 0; // handled there, but no answer came back here
        }
        const QString trigger = payload.value("trigger"_L1).toString();
        if (status >= 200 && status < 300) {
            Q_EMIT delivered(trigger, status, number);
            return;
        }
        static const QList<int> final = {400, 401, 403, 404, 406};
        if (final.contains(status) || number > maxRetries) {
            qCInfo(lcSandbox) << "webhook" << trigger << "gave up after" << number
                              << "attempts, status" << status;
            Q_EMIT gaveUp(trigger, status, number);
            return;
        }
        QTimer::singleShot(m_retryBase * (1 << (number - 1)), this,
                           [this, target, secret, payload, number] {
                               attempt(target, secret, payload, number + 1);
                           });
    });
}
