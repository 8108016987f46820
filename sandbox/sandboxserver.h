#pragma once

#include "protocol/newmessage.h"
#include "sandbox/sandboxappusers.h"
#include "sandbox/sandboxdelivery.h"
#include "sandbox/sandboxfault.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sandboxwebhooks.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

#include <functional>

class QTcpSocket;

/*!
 * \brief smooch-sandbox: a local HTTP server that speaks the v1.1 conversation API.
 *
 * Serves the six endpoints under /v1.1/apps/{appId}/appusers/{userId}/... and the app-scope
 * form /v1.1/appusers/{userId}/... that smooch-core sends, and the Webhooks API under
 * /v1.1/apps/{appId}/webhooks (or /v1.1/webhooks); checks HS256 JWTs and Basic auth
 * against its one key; answers errors with {"error":{"code","description"}}. Like a strict
 * server, it answers 415 to a request that carries a body where the spec defines none (GET,
 * DELETE, POST conversation/read). Paths are routed
 * from their encoded form, segment by segment, so an encoded '/' stays inside its segment.
 *
 * Faults for tests come from addFault() or from POST /_sandbox/faults. Generated pictures for
 * the demo's images and avatars come from /media/NAME-WxH.png, without auth.
 */
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Config
    {
        QString appId = QStringLiteral("app_sandbox");
        QString keyId = QStringLiteral("app_sandbox_key");
        QByteArray secret = "sandbox-secret";
    };

    /*! What one request looked like on the wire, for tests. */
    struct RecordedRequest
    {
        QString method;
        QByteArray rawPath; //!< as received, still percent-encoded
        QByteArray rawQuery;
        QByteArray authorization;
        QByteArray body;
        QByteArray contentType; //!< the Content-Type header, empty when none came
    };

    SandboxServer(Config config, SandboxStore *store, QObject *parent = nullptr);

    /*! Listens on \a address:\a port (0 picks a free port). Returns false when it cannot. */
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /*! Stops listening and drops every open connection, as a crashed server would. */
    void stop();
    quint16 port() const { return m_port; }
    /*! http://127.0.0.1:PORT */
    QUrl baseUrl() const;
    const Config &config() const { return m_config; }
    SandboxStore &store() { return *m_store; }

    /*!
     * Where message:appUser, message:appMaker, conversation:read and typing:appUser go: the
     * webhook configured in code and those registered through the Webhooks API.
     */
    SandboxWebhooks &webhooks() { return *m_webhooks; }
    /*! The channels: the delivery triggers that follow a business message. */
    SandboxDelivery &delivery() { return *m_delivery; }
    /*! Stores a message from \a userId's side or the business's, and tells the webhook. */
    QJsonObject createMessage(const QString &userId, const NewMessage &post);
    /*! The app user \a userId starts or stops typing (typing:appUser). */
    void simulateTyping(const QString &userId, bool typing);
    /*! Sends the newest message of \a userId again by webhook, as if it had just arrived. */
    void announce(const QString &userId);
    /*! The app user \a userId reads the conversation (conversation:read). */
    void simulateRead(const QString &userId);

    /*! Where an endless body stops by itself: the sandbox never streams without bound. */
    static constexpr qint64 endlessBodyLimit = 128 * 1024 * 1024;
    /*! Bytes of endless bodies written so far (to see that a client stopped reading). */
    qint64 endlessBytesWritten() const { return m_endlessBytes; }
    /*!
     * The server's clock (seconds since the epoch): JWT expiry is checked against it and the
     * Date header tells it; tests move it.
     */
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void addFault(const SandboxFault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    /*! A request was answered or dropped; \a path is decoded. */
    void requestHandled(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QJsonObject body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    Response route(const QString &method, const QStringList &segments, const QUrlQuery &query,
                   const QByteArray &body, const QByteArray &authorization);
    Response handleControl(const QString &method, const QStringList &segments,
                           const QByteArray &body);
    Response getMessages(const QString &userId, const QUrlQuery &query, const QString &pathPrefix);
    Response postMessage(const QString &userId, const QByteArray &body);
    Response deleteMessage(const QString &userId, const QString &messageId);
    Response deleteMessages(const QString &userId);
    Response activity(const QString &userId, const QByteArray &body);
    Response read(const QString &userId);
    /*! POST attachments and attachments/remove (sandboxattachments.cpp): \a rest follows
        .../attachments in the path. */
    Response attachmentsApi(const QString &method, const QStringList &rest, const QUrlQuery &query,
                            const QByteArray &body);
    /*! GET /media/apps/...: a file uploaded through attachmentsApi(); false when none. */
    bool serveUpload(const QStringList &segments, QTcpSocket *socket);
    /*! The v1.1 Webhooks API: \a rest is what follows .../webhooks in the path. */
    Response webhookApi(const QString &method, const QStringList &rest, const QByteArray &body);
    QString authError(const QByteArray &authorization) const;
    QJsonObject conversationJson(const QString &smoochId) const;
    QJsonObject webhookPayload(const QString &trigger, const SandboxStore::AppUser &user) const;

    static Response error(int status, const QString &code, const QString &description);
    QByteArray serialize(int status, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {},
                         const QByteArray &contentType = "application/json; charset=utf-8") const;
    /*! GET /media/NAME-WxH.png: a generated picture of that size, as a CDN would serve. */
    static QByteArray media(const QString &name);
    bool applyFault(const QString &method, const QString &path, QTcpSocket *socket, int *delayMs);

    Config m_config;
    SandboxWebhooks *m_webhooks;
    SandboxAppUsers m_appUsers;
    SandboxStore *m_store;
    SandboxDelivery *m_delivery;
    QList<SandboxFault> m_faults;
    QList<RecordedRequest> m_requests;
    QByteArray m_contentType; //!< of the request being routed
    quint16 m_port = 0;
    double m_lastReceived = 0;
    qint64 m_endlessBytes = 0;
    std::function<qint64()> m_clock;
};
