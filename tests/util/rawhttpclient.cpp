#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSignalSpy>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    startConnecting(port);
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy connected(&m_socket, &QTcpSocket::connected);
    return connected.wait(timeoutMs);
}

void RawHttpClient::startConnecting(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

RawHttpClient::Response RawHttpClient::takeResponse()
{
    Response response;
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0)
        return response;
    const QList<QByteArray> lines = m_received.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return response;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype length = response.header("Content-Length").toLongLong();
    if (m_received.size() < end + 4 + length)
        return response;
    response.body = m_received.mid(end + 4, length);
    response.status = statusLine.at(1).toInt();
    m_received.remove(0, end + 4 + length);
    return response;
}

RawHttpClient::Response RawHttpClient::response(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_received += m_socket.readAll();
        // Interim answers (100 Continue) are not the response.
        while (m_received.startsWith("HTTP/1.1 100 ") && m_received.contains("\r\n\r\n"))
            m_received.remove(0, m_received.indexOf("\r\n\r\n") + 4);
        Response response = takeResponse();
        if (response.status != -1 || deadline.hasExpired())
            return response;
        if (m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.bytesAvailable())
            return response;
        QSignalSpy ready(&m_socket, &QIODevice::readyRead);
        ready.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        m_received += m_socket.readAll();
        QSignalSpy closed(&m_socket, &QTcpSocket::disconnected);
        closed.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}
