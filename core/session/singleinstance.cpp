#include "session/singleinstance.h"

#include "client/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr int connectTimeoutMs = 1000; // a console that does not answer in time is not running
constexpr int maxMessage = 64 * 1024;  // a request is a few arguments
} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    // Per data folder (and so per user): test runs with their own folders do not meet.
    , m_name(u"smooch-console-"_s +
             QString::fromLatin1(QCryptographicHash::hash(QDir::cleanPath(dataDirectory).toUtf8(),
                                                          QCryptographicHash::Sha256)
                                     .toHex()
                                     .left(24)))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunning(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    // One line of UTF-8 arguments separated by NUL; the answer "ok" says it was taken.
    socket.write(arguments.join(QChar(0)).toUtf8() + '\n');
    if (!socket.waitForBytesWritten(connectTimeoutMs) || !socket.waitForReadyRead(connectTimeoutMs))
        return false;
    return socket.readLine(16).startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // no other user may raise it
    if (!m_server->listen(m_name)) {
        // A console killed before it could close left its socket: nobody answered on it above.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcStore) << "cannot listen for a second start:" << m_server->errorString();
            return false;
        }
    }
    qCInfo(lcStore) << "listening for a second start as" << m_name;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > maxMessage)
                        socket->abort();
                    return;
                }
                const QString line = QString::fromUtf8(socket->readLine(maxMessage)).trimmed();
                socket->write("ok\n");
                socket->disconnectFromServer();
                qCInfo(lcStore) << "a second start asked this console to come forward";
                Q_EMIT activationRequested(line.split(QChar(0), Qt::SkipEmptyParts));
            });
        }
    });
    return true;
}
