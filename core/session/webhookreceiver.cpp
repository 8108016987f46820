#include "session/webhookreceiver.h"

#include "client/logging.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {
// Compares digests of equal length without stopping at the first difference, so timing tells
// neither how much matched nor how long the secret is.
bool sameSecret(const QByteArray &given, const QByteArray &secret)
{
    if (given.isEmpty() || secret.isEmpty())
        return false;
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

WebhookReceiver::WebhookReceiver(const QByteArray &secret, QObject *parent)
    : HttpFront(parent)
    , m_secret(secret)
{}

bool WebhookReceiver::start(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

QUrl WebhookReceiver::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address().toString());
    url.setPort(port());
    url.setPath(u"/webhook"_s);
    return url;
}

std::optional<HttpFront::Response> WebhookReceiver::checkHeaders(const Request &request)
{
    Response refusal;
    if (request.method != "POST") {
        refusal.status = 405;
        refusal.body = R"({"error":{"code":"method_not_allowed","description":"POST only"}})";
        return refusal;
    }
    if (!sameSecret(request.header("X-API-Key"), m_secret)) {
        qCWarning(lcWebhooks) << "webhook delivery refused: missing or wrong X-API-Key";
        refusal.status = 401;
        refusal.body = R"({"error":{"code":"unauthorized","description":"Invalid X-API-Key"}})";
        Q_EMIT rejected(401, u"missing or wrong X-API-Key"_s);
        return refusal;
    }
    return std::nullopt;
}

void WebhookReceiver::handleRequest(const Request &request)
{
    QString error;
    const auto event = WebhookEvent::fromJson(request.body, &error);
    Response response;
    if (!event) {
        qCWarning(lcWebhooks) << "webhook delivery refused:" << error;
        response.status = 400;
        response.body =
            R"({"error":{"code":"bad_request","description":"Not a webhook delivery"}})";
        respond(request.connection, response);
        Q_EMIT rejected(400, error);
        return;
    }
    response.body = "{}";
    respond(request.connection, response);
    Q_EMIT eventReceived(*event);
}
