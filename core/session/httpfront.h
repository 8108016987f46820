#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class QTcpServer;

/*!
 * \brief A small HTTP/1.1 server that reads the headers first and the body only when its owner
 * accepts them, for ports that face the internet or any web page in a browser.
 *
 * Every request costs a bounded amount: the request line and headers have a size cap, the body
 * is read only after checkHeaders() let it through and only up to Limits::maxBody
 * (Content-Length or chunked), and a refused request's body is never read into memory. Requests
 * whose headers do not come in time, and connections idle for too long, are closed; at
 * Limits::maxConnections the oldest connection is closed for a new one (one waiting for its
 * owner's answer only when no other is left). Connections stay alive between requests unless
 * the client asks otherwise; every answer that ends one says `Connection: close`.
 *
 * Subclasses decide: checkHeaders() on the headers alone, handleRequest() on the whole request,
 * answered with respond() at once or later, or with startStream(): a response without an end
 * (Server-Sent Events) whose body the owner writes with writeStream() until it or the peer
 * closes it. A stream is never idle-timed-out, goes last when room is made for a new connection,
 * and holds at most Limits::maxStreamBacklog unsent bytes: a peer that does not read is cut off
 * there, so it costs bounded memory and never holds up the other streams.
 *
 * With setTlsConfiguration(), listen() serves HTTPS; a TLS handshake must finish within the
 * header timeout.
 */
class HttpFront : public QObject
{
    Q_OBJECT

public:
    /*! What one connection may cost. */
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; //!< request line and headers together (else 431)
        int maxHeaders = 100;                 //!< header lines (else 431)
        qsizetype maxBody = 1024 * 1024;      //!< body bytes after chunk decoding (else 413)
        /*! From the first byte of a request (or the connection) until its headers are in. */
        std::chrono::milliseconds headerTimeout{10000};
        /*! Silence allowed between requests, within a body, and while an answer is written. */
        std::chrono::milliseconds idleTimeout{10000};
        int maxConnections = 64; //!< open at once; the oldest goes when one more arrives
        /*!
         * Streams open at once; startStream() refuses more. Below maxConnections, so that new
         * connections always find one that is not a stream to make room with.
         */
        int maxStreams = 48;
        /*! Bytes written to a stream and not yet taken by its peer; past it the stream ends. */
        qint64 maxStreamBacklog = 4 * 1024 * 1024;
    };

    /*! A request as parsed: header names as sent, values trimmed. */
    struct Request
    {
        quint64 connection = 0; //!< what respond() takes
        QByteArray method;      //!< "POST"
        QByteArray target;      //!< "/webhook?x=1", as sent (still percent-encoded)
        QByteArray version;     //!< "HTTP/1.1" or "HTTP/1.0"
        QList<std::pair<QByteArray, QByteArray>> headers;
        qint64 contentLength = -1; //!< -1 when there is no Content-Length
        bool chunked = false;
        QByteArray body; //!< empty in checkHeaders()
        QHostAddress peer;

        /*! The value of the header \a name in any case, or a null array; the last one wins. */
        QByteArray header(QByteArrayView name) const;
    };

    /*! An answer; Content-Length, Connection and the reason phrase are added. */
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers; //!< extra headers
    };

    explicit HttpFront(QObject *parent = nullptr);
    ~HttpFront() override;

    /*! Applies to requests that start after the call. */
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    /*!
     * Serves HTTPS with \a configuration (certificate and private key) from the next listen();
     * a null configuration serves plain HTTP again.
     */
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return !m_tls.isNull(); }

    /*! Listens on \a address:\a port (0 picks a free one); false when it cannot. */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /*! Stops listening and closes every connection. */
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    /*!
     * Answers the request handleRequest() got for \a connection. False when that connection is
     * gone (the client left, or it was closed for a newer one) or is not waiting for an answer.
     */
    bool respond(quint64 connection, const Response &response);

    /*!
     * Answers the request handleRequest() got for \a connection with a body that has no end:
     * the status line, \a head's headers (no Content-Length, `Connection: close`) and
     * \a head's body as the first bytes. From then on the connection carries what
     * writeStream() writes until closeStream(), the peer leaving, or the backlog cap. False
     * when the connection is gone, not waiting for an answer, or Limits::maxStreams are open
     * (answer with respond() then).
     */
    bool startStream(quint64 connection, const Response &head);
    /*!
     * Writes \a bytes to the stream \a connection. False when it is not an open stream, or
     * when its unsent bytes would pass Limits::maxStreamBacklog: then the connection is closed
     * at once (streamClosed() does not follow for it).
     */
    bool writeStream(quint64 connection, const QByteArray &bytes);
    /*! Ends the stream \a connection once what was written is sent (streamClosed() does not
     * follow). */
    void closeStream(quint64 connection);
    /*! Bytes written to the stream \a connection and not yet sent; -1 when it is not a stream. */
    qint64 streamBacklog(quint64 connection) const;
    /*! Streams open now. */
    int streamCount() const;

    /*! Connections open now. */
    int connectionCount() const { return int(m_connections.size()); }
    /*! Requests whose headers came in since the front was made, refused ones included. */
    quint64 requestCount() const { return m_requests; }
    /*! Bytes of requests held in memory now, over all connections, socket buffers included. */
    qsizetype bufferedBytes() const;

protected:
    /*!
     * Called with the headers of a request before any byte of its body is read. Return a
     * response to refuse it (the body is not read, the connection closes), or nothing to read
     * the body and get handleRequest(). The default lets every request through.
     */
    virtual std::optional<Response> checkHeaders(const Request &request);
    /*! A whole request whose headers checkHeaders() let through: answer it with respond(). */
    virtual void handleRequest(const Request &request) = 0;
    /*!
     * The stream \a connection ended without the owner asking (the peer left, the front made
     * room or closed); called from the event loop, never inside a call of the owner.
     */
    virtual void streamClosed(quint64 connection);
    /*! Everything written to the stream \a connection has been sent: a good time for more. */
    virtual void streamDrained(quint64 connection);

private:
    struct Connection;

    void acceptConnections();
    void closeOldestConnection();
    void process(quint64 id);
    bool readHeaders(Connection &c);
    bool readBody(Connection &c);
    bool readChunked(Connection &c);
    bool dispatch(quint64 id); // false when the handler deleted this front
    void refuse(Connection &c, int status, const QByteArray &why);
    void refuse(Connection &c, const Response &response);
    void write(Connection &c, const Response &response, bool close);
    void startWaiting(Connection &c);
    void timedOut(quint64 id);
    void remove(quint64 id);
    void written(quint64 id);

    Limits m_limits;
    QSslConfiguration m_tls;
    QTcpServer *m_server = nullptr;
    std::map<quint64, std::unique_ptr<Connection>> m_connections; // by id: oldest first
    quint64 m_nextId = 1;
    quint64 m_requests = 0;
};
