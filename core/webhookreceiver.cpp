#include "webhookreceiver.h"

#include "logging.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
// Compares without stopping at the first difference, so timing does not tell how much matched.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

WebhookReceiver::WebhookReceiver(const QByteArray &secret, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_secret(secret)
{
    protectSecretsInLogs();
}

bool WebhookReceiver::start(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = listen(address, port);
    return m_port != 0;
}

QUrl WebhookReceiver::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(u"/webhook"_s);
    return url;
}

void WebhookReceiver::answer(QTcpSocket *socket, int status, const QByteArray &body)
{
    const QByteArray reason = status == 200   ? "OK"
                              : status == 401 ? "Unauthorized"
                              : status == 405 ? "Method Not Allowed"
                                              : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QByteArray key;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("x-api-key", Qt::CaseInsensitive) == 0)
            key = value;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(socket, 405, R"({"error":{"code":"method_not_allowed","description":"POST only"}})");
        return true;
    }
    if (!sameSecret(key, m_secret)) {
        qCWarning(lcApi) << "webhook delivery refused: missing or wrong X-API-Key";
        answer(socket, 401,
               R"({"error":{"code":"unauthorized","description":"Invalid X-API-Key"}})");
        Q_EMIT rejected(401, u"missing or wrong X-API-Key"_s);
        return true;
    }
    QString error;
    const auto event = WebhookEvent::fromJson(request.body(), &error);
    if (!event) {
        qCWarning(lcApi) << "webhook delivery refused:" << error;
        answer(socket, 400,
               R"({"error":{"code":"bad_request","description":"Not a webhook delivery"}})");
        Q_EMIT rejected(400, error);
        return true;
    }
    answer(socket, 200, "{}");
    Q_EMIT eventReceived(*event);
    return true;
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    answer(socket, 400, "{}");
}
