#include "session/httpfront.h"

#include "client/logging.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cctype>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace std::chrono_literals;

namespace {
// What is read from a socket at a time; Qt's own buffer per socket is held to the same size.
constexpr qint64 readChunk = 16 * 1024;
// A chunk-size line ("1a2b;ext=1") longer than this is not one.
constexpr qsizetype maxChunkLine = 1024;
// Answers not yet taken by a client that pipelines requests: stop reading past this.
constexpr qint64 maxPendingWrite = 64 * 1024;
// After a refusal, a client may still be sending the body: read and drop it for this long (or
// this much) so the answer is not lost to a reset, then close.
constexpr auto lingerTime = 2000ms;
constexpr qint64 lingerBytes = 16 * 1024 * 1024;
// After running out of descriptors, wait this long before accepting again (no busy loop).
constexpr auto acceptPause = 100ms;

// Bytes a socket holds that its peer has not taken yet: with TLS, the encrypted ones too.
qint64 unsentBytes(QTcpSocket *socket)
{
    qint64 bytes = socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<QSslSocket *>(socket))
        bytes += ssl->encryptedBytesToWrite();
    return bytes;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControls(QByteArrayView text, bool tabAllowed)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(tabAllowed && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

QByteArray trimmedOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

// Takes one line off the front of buffer, without its CR LF (a bare LF is accepted too).
std::optional<QByteArray> takeLine(QByteArray &buffer)
{
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    QByteArray line = buffer.left(newline);
    buffer.remove(0, newline + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
} // namespace

struct HttpFront::Connection
{
    enum class State {
        Waiting,   // for the first byte of a request
        Headers,   // request line and headers
        Body,      // Content-Length or chunked body
        Handling,  // the owner has it and answers with respond()
        Closing,   // answered with Connection: close; what still comes is dropped
        Streaming, // startStream(): the owner writes the body; what the peer sends is dropped
    };
    enum class ChunkStep { Size, Data, DataEnd, Trailers };

    quint64 id = 0;
    QTcpSocket *socket = nullptr;
    QTimer *timer = nullptr; // a child of socket: both go later, never inside their own signal
    State state = State::Waiting;
    QByteArray buffer; // received and not parsed yet, at most one read chunk or the header cap
    Request request;
    bool keepAlive = true;
    qint64 bodyLeft = 0;
    ChunkStep chunkStep = ChunkStep::Size;
    qint64 chunkLeft = 0;
    qsizetype trailerBytes = 0;
    qint64 dropped = 0;
    bool halfClosed = false;
    bool dispatched = false; // handleRequest() has the request
    bool inHandler = false;  // and has not returned yet

    // Moves what the socket holds into buffer, up to cap bytes in all; how many it moved.
    qint64 pull(qint64 cap)
    {
        const qint64 room = cap - buffer.size();
        if (room <= 0 || socket->bytesAvailable() == 0)
            return 0;
        const QByteArray bytes = socket->read(room);
        buffer += bytes;
        return bytes.size();
    }
};

QByteArray HttpFront::Request::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto &[key, v] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            value = v;
    }
    return value;
}

HttpFront::HttpFront(QObject *parent)
    : QObject(parent)
{}

HttpFront::~HttpFront()
{
    close();
}

void HttpFront::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool HttpFront::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (m_tls.isNull()) {
        m_server = new QTcpServer(this);
    } else {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(m_tls);
        // A handshake that never finishes costs no more than headers that never come.
        server->setHandshakeTimeout(int(m_limits.headerTimeout.count()));
        m_server = server;
    }
    // Connections in a TLS handshake wait in the server: as many as may be open at all.
    m_server->setMaxPendingConnections(qMax(1, m_limits.maxConnections));
    connect(m_server, &QTcpServer::newConnection, this, &HttpFront::acceptConnections);
    // A QSslServer has a connection for us only once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpFront::acceptConnections);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        // Out of descriptors: make room and try again a little later; Qt has paused accepting.
        qCWarning(lcHttp) << "cannot accept a connection:" << error;
        closeOldestConnection();
        QTimer::singleShot(acceptPause, m_server,
                           [server = m_server] { server->resumeAccepting(); });
    });
    if (!m_server->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen on" << address << port << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void HttpFront::close()
{
    while (!m_connections.empty())
        remove(m_connections.begin()->first);
    if (m_server) {
        // Later: this may run inside one of the server's own signals (an owner closing or
        // deleting its front from a handler).
        m_server->close();
        m_server->setParent(nullptr);
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool HttpFront::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HttpFront::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpFront::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

qsizetype HttpFront::bufferedBytes() const
{
    qsizetype bytes = 0;
    for (const auto &[id, c] : m_connections)
        bytes += c->buffer.size() + c->request.body.size() + c->socket->bytesAvailable();
    return bytes;
}

std::optional<HttpFront::Response> HttpFront::checkHeaders(const Request &)
{
    return std::nullopt;
}

void HttpFront::acceptConnections()
{
    const QPointer<HttpFront> self(this);
    while (self && m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Owned by its connection, deleted later: never inside one of its own signals.
        socket->setParent(nullptr);
        if (int(m_connections.size()) >= qMax(1, m_limits.maxConnections))
            closeOldestConnection();
        auto c = std::make_unique<Connection>();
        const quint64 id = m_nextId++;
        c->id = id;
        c->socket = socket;
        c->timer = new QTimer(socket);
        // Qt stops reading from the system once this much waits: a client cannot make it grow.
        socket->setReadBufferSize(readChunk);
        c->timer->setSingleShot(true);
        connect(c->timer, &QTimer::timeout, this, [this, id] { timedOut(id); });
        connect(socket, &QIODevice::readyRead, this, [this, id] { process(id); });
        connect(socket, &QIODevice::bytesWritten, this, [this, id] { written(id); });
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this, id] { written(id); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, id] { remove(id); });
        c->timer->start(m_limits.headerTimeout);
        m_connections.emplace(id, std::move(c));
        process(id);
    }
}

void HttpFront::closeOldestConnection()
{
    if (m_connections.empty())
        return;
    // One its owner is answering goes late: it is most likely a genuine request. A stream goes
    // last: it is an authorised client that would only come back.
    auto victim = m_connections.end();
    for (const auto state :
         {Connection::State::Waiting, Connection::State::Handling, Connection::State::Streaming}) {
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
            const auto s = it->second->state;
            const bool matches =
                state == Connection::State::Waiting
                    ? s != Connection::State::Handling && s != Connection::State::Streaming
                    : s == state;
            if (matches) {
                victim = it;
                break;
            }
        }
        if (victim != m_connections.end())
            break;
    }
    if (victim == m_connections.end())
        return;
    qCInfo(lcHttp) << "closing the oldest connection for a new one";
    remove(victim->first);
}

void HttpFront::streamClosed(quint64) {}

void HttpFront::streamDrained(quint64) {}

void HttpFront::remove(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    const std::unique_ptr<Connection> c = std::move(it->second);
    m_connections.erase(it);
    if (c->state == Connection::State::Streaming) {
        // Later: remove() runs inside socket signals and the front's own calls.
        QMetaObject::invokeMethod(
            this, [this, id] { streamClosed(id); }, Qt::QueuedConnection);
    }
    disconnect(c->socket, nullptr, this, nullptr);
    disconnect(c->timer, nullptr, this, nullptr);
    c->timer->stop();
    c->socket->abort();
    c->socket->deleteLater();
}

void HttpFront::timedOut(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (c.state == Connection::State::Headers || c.state == Connection::State::Body) {
        refuse(c, 408, "The request did not come in time");
        return;
    }
    remove(id);
}

void HttpFront::startWaiting(Connection &c)
{
    c.state = Connection::State::Waiting;
    c.request = Request();
    c.bodyLeft = 0;
    c.chunkStep = Connection::ChunkStep::Size;
    c.chunkLeft = 0;
    c.trailerBytes = 0;
    c.dispatched = false;
    c.timer->start(m_limits.idleTimeout);
}

void HttpFront::process(quint64 id)
{
    const QPointer<HttpFront> self(this);
    for (;;) {
        if (!self) // an owner deleted its front from checkHeaders() or handleRequest()
            return;
        const auto it = m_connections.find(id);
        if (it == m_connections.end())
            return;
        Connection &c = *it->second;
        switch (c.state) {
        case Connection::State::Waiting:
        case Connection::State::Headers:
            if (c.socket->bytesToWrite() > maxPendingWrite || !readHeaders(c))
                return;
            break;
        case Connection::State::Body:
            if (!readBody(c))
                return;
            break;
        case Connection::State::Handling:
            if (c.dispatched || !dispatch(id))
                return;
            break;
        case Connection::State::Closing:
            if (unsentBytes(c.socket) == 0 && !c.halfClosed) {
                c.halfClosed = true;
#ifdef Q_OS_UNIX
                // Tells the client the answer is complete while what it still sends is dropped.
                ::shutdown(int(c.socket->socketDescriptor()), SHUT_WR);
#endif
            }
            c.dropped += c.socket->skip(c.socket->bytesAvailable());
            if (c.dropped > lingerBytes)
                remove(id);
            return;
        case Connection::State::Streaming:
            c.socket->skip(c.socket->bytesAvailable());
            return;
        }
    }
}

// Parses the request line and headers once they are all in; true when the state moved on.
bool HttpFront::readHeaders(Connection &c)
{
    c.pull(m_limits.maxHeaderBytes);
    if (c.state == Connection::State::Waiting) {
        // Empty lines before a request line are allowed (RFC 9112, 2.2).
        while (c.buffer.startsWith("\r\n") || c.buffer.startsWith('\n'))
            c.buffer.remove(0, c.buffer.startsWith('\n') ? 1 : 2);
        if (c.buffer.isEmpty())
            return false;
        c.state = Connection::State::Headers;
        c.timer->start(m_limits.headerTimeout);
    }

    // Find the empty line that ends the headers before parsing anything.
    qsizetype end = -1;
    for (qsizetype from = 0;;) {
        const qsizetype newline = c.buffer.indexOf('\n', from);
        if (newline < 0)
            break;
        if (newline + 1 < c.buffer.size() && c.buffer.at(newline + 1) == '\n') {
            end = newline + 2;
            break;
        }
        if (newline + 2 < c.buffer.size() && c.buffer.at(newline + 1) == '\r' &&
            c.buffer.at(newline + 2) == '\n') {
            end = newline + 3;
            break;
        }
        from = newline + 1;
    }
    if (end < 0) {
        if (c.buffer.size() >= m_limits.maxHeaderBytes) {
            refuse(c, 431, "The headers are too large");
            return true;
        }
        return false;
    }
    QByteArray head = c.buffer.left(end);
    c.buffer.remove(0, end);

    Request &request = c.request;
    request.connection = c.id;
    request.peer = c.socket->peerAddress();
    const QList<QByteArray> parts = takeLine(head).value_or(QByteArray()).split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        hasControls(parts.at(1), false)) {
        refuse(c, 400, "Malformed request line");
        return true;
    }
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        const bool http = request.version.size() == 8 && request.version.startsWith("HTTP/") &&
                          request.version.at(6) == '.';
        refuse(c, http ? 505 : 400, "Malformed request line");
        return true;
    }
    while (const auto line = takeLine(head)) {
        if (line->isEmpty())
            break;
        const qsizetype colon = line->indexOf(':');
        // No folded lines, no space before the colon, no controls (RFC 9112, 5).
        if (colon <= 0 || !isToken(QByteArrayView(*line).first(colon)) ||
            hasControls(QByteArrayView(*line).sliced(colon + 1), true)) {
            refuse(c, 400, "Malformed header");
            return true;
        }
        if (request.headers.size() >= m_limits.maxHeaders) {
            refuse(c, 431, "Too many headers");
            return true;
        }
        request.headers.append(
            {line->left(colon), trimmedOws(QByteArrayView(*line).sliced(colon + 1))});
    }

    // Framing: one well-formed Content-Length, or chunked alone (no room for smuggling).
    bool hasLength = false;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = value.size() <= 18 && !value.isEmpty();
        for (char ch : value)
            ok = ok && ch >= '0' && ch <= '9';
        const qint64 length = ok ? value.toLongLong() : -1;
        if (!ok || (hasLength && length != request.contentLength)) {
            refuse(c, 400, "Malformed Content-Length");
            return true;
        }
        hasLength = true;
        request.contentLength = length;
    }
    const QByteArray transferEncoding = request.header("Transfer-Encoding");
    if (!transferEncoding.isNull()) {
        if (hasLength || request.version == "HTTP/1.0") {
            refuse(c, 400, "Malformed message framing");
            return true;
        }
        if (transferEncoding.trimmed().toLower() != "chunked") {
            refuse(c, 501, "Only the chunked transfer coding is supported");
            return true;
        }
        request.chunked = true;
    }
    const QByteArray connection = request.header("Connection").toLower();
    c.keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close")
                                                : connection.contains("keep-alive");

    // The owner decides on the headers alone, before any byte of the body is read.
    const QPointer<HttpFront> self(this);
    const quint64 id = c.id;
    ++m_requests;
    const auto refusal = checkHeaders(request);
    if (!self || m_connections.find(id) == m_connections.end())
        return true; // the owner closed the front or this connection meanwhile
    if (refusal) {
        refuse(c, *refusal);
        return true;
    }
    if (request.contentLength > m_limits.maxBody) {
        refuse(c, 413, "The body is too large");
        return true;
    }
    const bool hasBody = request.chunked || request.contentLength > 0;
    const QByteArray expect = request.header("Expect").toLower();
    if (!expect.isNull()) {
        if (expect != "100-continue") {
            refuse(c, 417, "Unsupported expectation");
            return true;
        }
        if (hasBody && request.version == "HTTP/1.1")
            c.socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (hasBody) {
        c.state = Connection::State::Body;
        c.bodyLeft = request.contentLength;
        c.timer->start(m_limits.idleTimeout);
    } else {
        c.state = Connection::State::Handling;
        c.timer->stop();
    }
    return true;
}

bool HttpFront::readBody(Connection &c)
{
    if (c.request.chunked)
        return readChunked(c);
    qint64 taken = qMin<qint64>(c.bodyLeft, c.buffer.size());
    c.request.body += c.buffer.left(taken);
    c.buffer.remove(0, taken);
    const QByteArray more =
        c.socket->read(qMin<qint64>(c.bodyLeft - taken, c.socket->bytesAvailable()));
    c.request.body += more;
    taken += more.size();
    c.bodyLeft -= taken;
    if (taken > 0)
        c.timer->start(m_limits.idleTimeout);
    if (c.bodyLeft > 0)
        return false;
    c.state = Connection::State::Handling;
    c.timer->stop();
    return true;
}

bool HttpFront::readChunked(Connection &c)
{
    using Step = Connection::ChunkStep;
    for (;;) {
        bool progressed = false;
        switch (c.chunkStep) {
        case Step::Size:
            if (const auto line = takeLine(c.buffer)) {
                const QByteArray size = trimmedOws(QByteArrayView(*line).first(
                    line->contains(';') ? line->indexOf(';') : line->size()));
                bool ok = !size.isEmpty() && size.size() <= 15;
                for (char ch : size)
                    ok = ok && isxdigit(static_cast<unsigned char>(ch));
                if (!ok) {
                    refuse(c, 400, "Malformed chunk size");
                    return true;
                }
                c.chunkLeft = size.toLongLong(nullptr, 16);
                if (c.chunkLeft > m_limits.maxBody - c.request.body.size()) {
                    refuse(c, 413, "The body is too large");
                    return true;
                }
                c.chunkStep = c.chunkLeft == 0 ? Step::Trailers : Step::Data;
                progressed = true;
            } else if (c.buffer.size() > maxChunkLine) {
                refuse(c, 400, "Malformed chunk size");
                return true;
            }
            break;
        case Step::Data: {
            const qint64 taken = qMin<qint64>(c.chunkLeft, c.buffer.size());
            c.request.body += c.buffer.left(taken);
            c.buffer.remove(0, taken);
            c.chunkLeft -= taken;
            if (c.chunkLeft == 0)
                c.chunkStep = Step::DataEnd;
            progressed = taken > 0 || c.chunkLeft == 0;
            break;
        }
        case Step::DataEnd:
            if (c.buffer.startsWith("\r\n") || c.buffer.startsWith('\n')) {
                c.buffer.remove(0, c.buffer.startsWith('\n') ? 1 : 2);
                c.chunkStep = Step::Size;
                progressed = true;
            } else if (c.buffer.size() >= 2 || (c.buffer.size() == 1 && c.buffer.at(0) != '\r')) {
                refuse(c, 400, "Malformed chunk");
                return true;
            }
            break;
        case Step::Trailers:
            if (const auto line = takeLine(c.buffer)) {
                c.trailerBytes += line->size() + 2;
                if (c.trailerBytes > m_limits.maxHeaderBytes) {
                    refuse(c, 431, "The trailers are too large");
                    return true;
                }
                if (line->isEmpty()) {
                    c.state = Connection::State::Handling;
                    c.timer->stop();
                    return true;
                }
                progressed = true;
            } else if (c.buffer.size() > m_limits.maxHeaderBytes) {
                refuse(c, 431, "The trailers are too large");
                return true;
            }
            break;
        }
        if (progressed) {
            c.timer->start(m_limits.idleTimeout);
            continue;
        }
        if (c.pull(readChunk) == 0)
            return false;
    }
}

bool HttpFront::dispatch(quint64 id)
{
    Connection &c = *m_connections.at(id);
    const QPointer<HttpFront> self(this);
    c.dispatched = true;
    c.inHandler = true;
    // A copy: respond() from inside the handler starts the next request on this connection.
    const Request request = c.request;
    handleRequest(request);
    if (!self)
        return false;
    const auto it = m_connections.find(id);
    if (it != m_connections.end())
        it->second->inHandler = false;
    return true;
}

bool HttpFront::respond(quint64 connection, const Response &response)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->second->state != Connection::State::Handling)
        return false;
    Connection &c = *it->second;
    write(c, response, !c.keepAlive);
    // Answered later than handleRequest(): go on with what the client sent meanwhile.
    if (!c.inHandler)
        QMetaObject::invokeMethod(
            this, [this, connection] { process(connection); }, Qt::QueuedConnection);
    return true;
}

bool HttpFront::startStream(quint64 connection, const Response &head)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->second->state != Connection::State::Handling ||
        streamCount() >= m_limits.maxStreams)
        return false;
    Connection &c = *it->second;
    QByteArray bytes =
        "HTTP/1.1 " + QByteArray::number(head.status) + ' ' + reasonPhrase(head.status) + "\r\n";
    if (!head.contentType.isEmpty())
        bytes += "Content-Type: " + head.contentType + "\r\n";
    for (const auto &[name, value] : head.headers)
        bytes += name + ": " + value + "\r\n";
    // The body ends when the connection does.
    bytes += "Connection: close\r\n\r\n";
    if (c.request.method != "HEAD")
        bytes += head.body;
    c.state = Connection::State::Streaming;
    c.request = Request();
    c.buffer.clear();
    c.buffer.squeeze();
    c.timer->stop();
    c.socket->write(bytes);
    if (!c.inHandler)
        QMetaObject::invokeMethod(
            this, [this, connection] { process(connection); }, Qt::QueuedConnection);
    return true;
}

bool HttpFront::writeStream(quint64 connection, const QByteArray &bytes)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->second->state != Connection::State::Streaming)
        return false;
    Connection &c = *it->second;
    if (unsentBytes(c.socket) + bytes.size() > m_limits.maxStreamBacklog) {
        qCInfo(lcHttp) << "closing a stream whose peer does not read";
        c.state = Connection::State::Closing; // no streamClosed(): the owner knows
        remove(connection);
        return false;
    }
    c.socket->write(bytes);
    return true;
}

void HttpFront::closeStream(quint64 connection)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->second->state != Connection::State::Streaming)
        return;
    Connection &c = *it->second;
    c.state = Connection::State::Closing;
    c.timer->start(qMin(m_limits.idleTimeout, std::chrono::milliseconds(lingerTime)));
    QMetaObject::invokeMethod(
        this, [this, connection] { process(connection); }, Qt::QueuedConnection);
}

qint64 HttpFront::streamBacklog(quint64 connection) const
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->second->state != Connection::State::Streaming)
        return -1;
    return unsentBytes(it->second->socket);
}

int HttpFront::streamCount() const
{
    int count = 0;
    for (const auto &[id, c] : m_connections)
        count += c->state == Connection::State::Streaming ? 1 : 0;
    return count;
}

void HttpFront::written(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    if (it->second->state == Connection::State::Streaming) {
        if (unsentBytes(it->second->socket) == 0)
            streamDrained(id);
        return;
    }
    process(id);
}

void HttpFront::refuse(Connection &c, int status, const QByteArray &why)
{
    Response response;
    response.status = status;
    response.body = R"({"error":{"code":")" + QByteArray::number(status) + R"(","description":")" +
                    why + R"("}})";
    refuse(c, response);
}

void HttpFront::refuse(Connection &c, const Response &response)
{
    qCInfo(lcHttp) << "refused a request with" << response.status;
    c.buffer.clear();
    c.buffer.squeeze();
    write(c, response, true);
}

void HttpFront::write(Connection &c, const Response &response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    else if (c.request.version == "HTTP/1.0")
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    c.socket->write(head);
    if (c.request.method != "HEAD")
        c.socket->write(response.body);
    if (close) {
        c.state = Connection::State::Closing;
        c.request = Request();
        c.timer->start(qMin(m_limits.idleTimeout, std::chrono::milliseconds(lingerTime)));
    } else {
        startWaiting(c);
    }
}
