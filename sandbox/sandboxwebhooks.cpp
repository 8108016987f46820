#include "sandbox/sandboxwebhooks.h"
#include "sandbox/sandboxlogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

void SandboxWebhooks::deliver(const QJsonObject &payload)
{
    if (isConfigured())
        attempt(payload, 1);
}

void SandboxWebhooks::attempt(const QJsonObject &payload, int number)
{
    QNetworkRequest request(m_target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-API-Key", m_secret);
    request.setTransferTimeout(20000);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, payload, number] {
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
                           [this, payload, number] { attempt(payload, number + 1); });
    });
}
