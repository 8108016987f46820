#pragma once

#include "protocol/webhookevent.h"
#include "session/httpfront.h"

#include <QHostAddress>

/*!
 * \brief Receives v1.1 webhook deliveries for one profile: POST with a JSON body and the
 * webhook's secret in the X-API-Key header. Another method is answered 405 and a missing or
 * wrong key 401, both on the headers alone without reading the body; a body over
 * HttpFront::Limits::maxBody 413; a body that is not a delivery 400; anything else 200 once
 * eventReceived() has been emitted. The port may face the internet through a tunnel, and any web
 * page in the agent's browser can post to it: HttpFront bounds what each connection costs.
 */
class WebhookReceiver : public HttpFront
{
    Q_OBJECT

public:
    explicit WebhookReceiver(const QByteArray &secret, QObject *parent = nullptr);

    /*! Listens on \a address:\a port (0 picks a free one); false when it cannot. */
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /*! http://127.0.0.1:PORT/webhook */
    QUrl url() const;

Q_SIGNALS:
    void eventReceived(const WebhookEvent &event);
    /*! A delivery was refused (wrong key, bad body): logged, for tests. */
    void rejected(int status, const QString &reason);

protected:
    std::optional<Response> checkHeaders(const Request &request) override;
    void handleRequest(const Request &request) override;

private:
    QByteArray m_secret;
};
