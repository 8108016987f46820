#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

/*!
 * \brief A raw HTTP/1.1 client on 127.0.0.1 that sends exactly the bytes a test gives it: what a
 * web page, a tunnel or an attacker can send to a local server, half-sent requests included.
 */
class RawHttpClient
{
public:
    /*! One response as it came over the wire. */
    struct Response
    {
        int status = -1; //!< -1 when none arrived
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        /*! The value of header \a name (any case), or a null array. */
        QByteArray header(const QByteArray &name) const;
    };

    /*! Connects to 127.0.0.1:\a port; false when the connection did not come up in time. */
    bool connectTo(quint16 port, int timeoutMs = 5000);
    /*! Starts connecting and returns at once (for many clients at a time). */
    void startConnecting(quint16 port);
    void send(const QByteArray &bytes);
    /*!
     * Waits for the next complete response (status line, headers and a Content-Length body) and
     * takes it off what was received; status -1 when none came within \a timeoutMs.
     */
    Response response(int timeoutMs = 5000);
    /*! Waits until the server has closed the connection; false when it is still open. */
    bool waitClosed(int timeoutMs = 5000);
    QTcpSocket &socket() { return m_socket; }

private:
    /*! Parses one complete response at the start of m_received, removing it; status -1 if none. */
    Response takeResponse();

    QTcpSocket m_socket;
    QByteArray m_received;
};
