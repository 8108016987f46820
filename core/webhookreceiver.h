#pragma once

#include "webhookevent.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class QTcpSocket;

/*!
 * \brief Receives v1.1 webhook deliveries for one profile: POST with a JSON body and the
 * webhook's secret in the X-API-Key header. A missing or wrong key is answered 401, a body that
 * is not a delivery 400, anything else 200 once eventReceived() has been emitted.
 */
class WebhookReceiver : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit WebhookReceiver(const QByteArray &secret, QObject *parent = nullptr);

    /*! Listens on \a address:\a port (0 picks a free one); false when it cannot. */
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    /*! http://127.0.0.1:PORT/webhook */
    QUrl url() const;

Q_SIGNALS:
    void eventReceived(const WebhookEvent &event);
    /*! A delivery was refused (wrong key, bad body): logged, for tests. */
    void rejected(int status, const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QTcpSocket *socket, int status, const QByteArray &body);

    QByteArray m_secret;
    quint16 m_port = 0;
    QHostAddress m_address;
};

Q_DECLARE_METATYPE(WebhookEvent)
