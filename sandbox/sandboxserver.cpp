#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxtemplates.h"

#include "client/logging.h"
#include "protocol/message.h"
#include "protocol/newmessage.h"
#include "text/generatedtext.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QMimeDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        {200, "OK"},
        {201, "Created"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {413, "Payload Too Large"},
        {415, "Unsupported Media Type"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return phrases.value(status, "Status");
}

QString errorCode(int status)
{
    static const QHash<int, QString> codes = {
        {400, u"bad_request"_s},
        {401, u"unauthorized"_s},
        {403, u"forbidden"_s},
        {404, u"not_found"_s},
        {405, u"method_not_allowed"_s},
        {408, u"request_timeout"_s},
        {409, u"conflict"_s},
        {413, u"payload_too_large"_s},
        {415, u"unsupported_media_type"_s},
        {429, u"too_many_requests"_s},
        {502, u"bad_gateway"_s},
        {503, u"service_unavailable"_s},
        {504, u"gateway_timeout"_s},
    };
    return codes.value(status, u"internal_error"_s);
}

QByteArray fromBase64Url(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}
} // namespace

SandboxServer::SandboxServer(Config config, SandboxStore *store, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_webhooks(new SandboxWebhooks(this))
    , m_appUsers(store)
    , m_store(store)
    , m_delivery(new SandboxDelivery(
          store, m_webhooks,
          [this](const QString &trigger, const SandboxStore::AppUser &user) {
              return webhookPayload(trigger, user);
          },
          this))
{
    protectSecretsInLogs();
}

bool SandboxServer::start(const QHostAddress &address, quint16 port)
{
    m_port = listen(address, port);
    return m_port != 0;
}

void SandboxServer::stop()
{
    for (QTcpServer *server : servers())
        server->close();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
    m_port = 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

SandboxServer::Response SandboxServer::error(int status, const QString &code,
                                             const QString &description)
{
    return {
        status,
        QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, code}, {"description"_L1, description}}}},
        {}};
}

QByteArray SandboxServer::serialize(int status, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &contentType) const
{
    // Every HTTP server says when it answered (RFC 9110 §6.6.1); the outbox reads its clock.
    const QByteArray date =
        QLocale::c()
            .toString(m_clock ? QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC)
                              : QDateTime::currentDateTimeUtc(),
                      u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
            .toLatin1();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nDate: " + date + "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString method = methodName(request.method());
    const QUrl url = request.url();
    RecordedRequest recorded{method,
                             url.path(QUrl::FullyEncoded).toLatin1(),
                             url.query(QUrl::FullyEncoded).toLatin1(),
                             {},
                             request.body()};
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            recorded.authorization = value;
        else if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            recorded.contentType = value;
    }
    m_requests.append(recorded);
    m_contentType = recorded.contentType;

    // Route on the encoded path: decoding first would split a segment that holds "%2F".
    QStringList segments;
    for (const QByteArray &segment : recorded.rawPath.split('/'))
        segments.append(QUrl::fromPercentEncoding(segment));
    const QString path = segments.join(u'/');

    if (segments.value(1) == "media"_L1 && method == "GET"_L1 && serveUpload(segments, socket))
        return true;
    if (segments.value(1) == "media"_L1 && method == "GET"_L1) {
        const QByteArray picture = media(segments.last());
        socket->write(
            picture.isEmpty()
                ? serialize(404, R"({"error":{"code":"not_found","description":"No such media"}})")
                : serialize(200, picture, {{"Cache-Control", "max-age=86400"}}, "image/png"));
        Q_EMIT requestHandled(method, path, picture.isEmpty() ? 404 : 200);
        return true;
    }

    Response response;
    int delayMs = 0;
    if (segments.value(1) == "_sandbox"_L1) {
        response = handleControl(method, segments, request.body());
    } else {
        if (applyFault(method, path, socket, &delayMs)) {
            Q_EMIT requestHandled(method, path, 0);
            return true;
        }
        response = route(method, segments, QUrlQuery(url), request.body(), recorded.authorization);
    }
    const QByteArray bytes =
        serialize(response.status, QJsonDocument(response.body).toJson(QJsonDocument::Compact),
                  response.headers);
    qCDebug(lcSandbox) << method << recorded.rawPath << response.status;
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, [socket, bytes] { socket->write(bytes); });
    else
        socket->write(bytes);
    Q_EMIT requestHandled(method, path, response.status);
    return true;
}

QByteArray SandboxServer::media(const QString &name)
{
    static const QRegularExpression pattern(u"-(\\d{1,4})x(\\d{1,4})\\.png$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    const QSize size(std::clamp(match.captured(1).toInt(), 1, 2000),
                     std::clamp(match.captured(2).toInt(), 1, 2000));
    QImage image(size, QImage::Format_RGB32);
    const int hue = int(qHash(name) % 360);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor::fromHsl(hue, 140, 170));
    gradient.setColorAt(1, QColor::fromHsl((hue + 60) % 360, 140, 90));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(255, 255, 255, 150));
    painter.setPen(Qt::NoPen);
    const int r = std::min(size.width(), size.height()) / 3;
    painter.drawEllipse(QPoint(size.width() / 2, size.height() / 2), r, r);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    const Response r = error(404, u"not_found"_s, u"No such route"_s);
    socket->write(serialize(r.status, QJsonDocument(r.body).toJson(QJsonDocument::Compact)));
}

bool SandboxServer::applyFault(const QString &method, const QString &path, QTcpSocket *socket,
                               int *delayMs)
{
    const auto it = std::find_if(m_faults.begin(), m_faults.end(),
                                 [&](const SandboxFault &f) { return f.matches(method, path); });
    if (it == m_faults.end())
        return false;
    const SandboxFault fault = *it;
    if (--it->count <= 0)
        m_faults.erase(it);
    qCInfo(lcSandbox) << "fault" << int(fault.kind) << "on" << method << path;

    switch (fault.kind) {
    case SandboxFault::Kind::Delay:
        *delayMs = fault.delayMs;
        return false;
    case SandboxFault::Kind::Status: {
        const Response r = error(fault.status, errorCode(fault.status),
                                 u"Injected failure %1"_s.arg(fault.status));
        QList<QPair<QByteArray, QByteArray>> headers;
        if (fault.retryAfter)
            headers.append({"Retry-After", QByteArray::number(*fault.retryAfter)});
        socket->write(
            serialize(r.status, QJsonDocument(r.body).toJson(QJsonDocument::Compact), headers));
        return true;
    }
    case SandboxFault::Kind::Body: {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!fault.location.isEmpty())
            headers.append({"Location", fault.location});
        socket->write(serialize(fault.status, fault.body, headers));
        return true;
    }
    case SandboxFault::Kind::MalformedJson:
        socket->write(serialize(200, R"({"messages": [{"_id": "x", "received": )"));
        return true;
    case SandboxFault::Kind::DropMidBody: {
        const QByteArray full = serialize(200, QByteArray(4096, ' ') + "{}");
        socket->write(full.left(full.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    case SandboxFault::Kind::NoAnswer:
        return true;
    case SandboxFault::Kind::EndlessBody: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        // One chunk at a time, as the client takes them: the sandbox holds at most one.
        static const QByteArray chunk =
            QByteArray::number(1024 * 1024, 16) + "\r\n" + QByteArray(1024 * 1024, ' ') + "\r\n";
        auto sent = std::make_shared<qint64>(0);
        const auto more = [this, socket, sent] {
            if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (*sent >= endlessBodyLimit) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(chunk);
            *sent += chunk.size();
            m_endlessBytes += chunk.size();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
        return true;
    }
    }
    return false;
}

SandboxServer::Response SandboxServer::handleControl(const QString &method,
                                                     const QStringList &segments,
                                                     const QByteArray &body)
{
    // The app user's side, for processes that drive the sandbox: {"user": ID, "typing": bool}.
    if (method == "POST"_L1 &&
        (segments.value(2) == "typing"_L1 || segments.value(2) == "read"_L1)) {
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        const QString user = request.value("user"_L1).toString();
        if (!m_store->findUser(user))
            return error(404, u"not_found"_s, u"User not found"_s);
        if (segments.value(2) == "typing"_L1)
            simulateTyping(user, request.value("typing"_L1).toBool(true));
        else
            simulateRead(user);
        return {200, {}, {}};
    }
    if (segments.value(2) != "faults"_L1)
        return error(404, u"not_found"_s, u"No such control"_s);
    if (method == "DELETE"_L1) {
        clearFaults();
        return {200, {{"faults"_L1, 0}}, {}};
    }
    if (method != "POST"_L1)
        return error(405, u"method_not_allowed"_s, u"Use POST or DELETE"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray list = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &v : list) {
        QString why;
        const auto fault = SandboxFault::fromJson(v.toObject(), &why);
        if (!fault)
            return error(400, u"bad_request"_s, why);
        addFault(*fault);
    }
    return {200, {{"faults"_L1, m_faults.size()}}, {}};
}

QString SandboxServer::authError(const QByteArray &authorization) const
{
    if (authorization.isEmpty())
        return u"Authorization is required"_s;
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0 || decoded.left(colon) != m_config.keyId.toUtf8() ||
            decoded.mid(colon + 1) != m_config.secret)
            return u"Invalid key id or secret"_s;
        return {};
    }
    if (!authorization.startsWith("Bearer "))
        return u"Unsupported authorization scheme"_s;
    const QList<QByteArray> parts = authorization.mid(7).trimmed().split('.');
    if (parts.size() != 3)
        return u"Invalid JWT"_s;
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    const QJsonObject payload = QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
    if (header.value("alg"_L1).toString() != "HS256"_L1)
        return u"Unsigned or unsupported JWT; use HS256"_s;
    if (header.value("kid"_L1).toString() != m_config.keyId)
        return u"Invalid JWT key id"_s;
    const QByteArray expected = QMessageAuthenticationCode::hash(
        parts[0] + '.' + parts[1], m_config.secret, QCryptographicHash::Sha256);
    if (fromBase64Url(parts[2]) != expected)
        return u"Invalid JWT signature"_s;
    // exp is optional, as in the service's examples; when present it is enforced.
    if (const QJsonValue exp = payload.value("exp"_L1); !exp.isUndefined()) {
        const qint64 now = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
        if (!exp.isDouble() || exp.toDouble() <= double(now))
            return u"JWT expired"_s;
    }
    const QString scope = payload.value("scope"_L1).toString();
    if (scope != "app"_L1 && scope != "account"_L1)
        return u"Invalid JWT scope"_s;
    return {};
}

SandboxServer::Response SandboxServer::route(const QString &method, const QStringList &segments,
                                             const QUrlQuery &query, const QByteArray &body,
                                             const QByteArray &authorization)
{
    if (segments.value(1) != "v1.1"_L1)
        return error(404, u"not_found"_s, u"Unknown API version"_s);
    if (const QString why = authError(authorization); !why.isEmpty())
        return error(401, u"unauthorized"_s, why);

    // /v1.1/apps/{appId}/appusers/{userId}/... or the app-scope /v1.1/appusers/{userId}/...
    qsizetype userIndex = 3;
    if (segments.value(2) == "webhooks"_L1)
        return webhookApi(method, segments.mid(3), body);
    if (segments.value(2) == "attachments"_L1)
        return attachmentsApi(method, segments.mid(3), query, body);
    const auto templates = [&](qsizetype from) {
        const auto answer =
            SandboxTemplates(*m_store).handle(method, segments.mid(from), query, body);
        return Response{answer.status, answer.body, {}};
    };
    if (segments.value(2) == "templates"_L1)
        return templates(3);
    if (segments.value(2) == "apps"_L1) {
        if (segments.value(3) != m_config.appId)
            return error(404, u"not_found"_s, u"App not found"_s);
        if (segments.value(4) == "webhooks"_L1)
            return webhookApi(method, segments.mid(5), body);
        if (segments.value(4) == "attachments"_L1)
            return attachmentsApi(method, segments.mid(5), query, body);
        if (segments.value(4) == "templates"_L1)
            return templates(5);
        if (segments.value(4) != "appusers"_L1)
            return error(404, u"not_found"_s, u"No such route"_s);
        userIndex = 5;
    } else if (segments.value(2) != "appusers"_L1) {
        return error(404, u"not_found"_s, u"No such route"_s);
    }
    const QString userId = segments.value(userIndex);
    if (userId.isEmpty())
        return error(404, u"not_found"_s, u"No such route"_s);
    const QStringList rest = segments.mid(userIndex + 1);
    const QString resource = rest.join(u'/');
    // Only POST messages and POST conversation/activity take a body in the spec; the other
    // operations refuse one. A bare Content-Type passes: smooch-core sends one with every request.
    const bool takesNoBody =
        (resource == "messages"_L1 && (method == "GET"_L1 || method == "DELETE"_L1)) ||
        (rest.size() == 2 && rest.first() == "messages"_L1 && method == "DELETE"_L1) ||
        (resource == "conversation/read"_L1 && method == "POST"_L1);
    if (takesNoBody && !body.isEmpty())
        return error(415, u"unsupported_media_type"_s, u"This operation takes no request body"_s);

    if (resource == "messages"_L1) {
        if (method == "GET"_L1) {
            QStringList prefix = segments;
            for (QString &s : prefix)
                s = QString::fromLatin1(QUrl::toPercentEncoding(s));
            return getMessages(userId, query, prefix.join(u'/'));
        }
        if (method == "POST"_L1)
            return postMessage(userId, body);
        if (method == "DELETE"_L1)
            return deleteMessages(userId);
    } else if (rest.size() == 2 && rest.first() == "messages"_L1) {
        if (method == "DELETE"_L1)
            return deleteMessage(userId, rest.at(1));
    } else if (resource == "conversation/activity"_L1) {
        if (method == "POST"_L1)
            return activity(userId, body);
    } else if (resource == "conversation/read"_L1) {
        if (method == "POST"_L1)
            return read(userId);
    } else if (rest.isEmpty() || resource == "channels"_L1 || resource == "businesssystems"_L1) {
        const SandboxAppUsers::Answer answer = m_appUsers.handle(method, userId, resource, body);
        return {answer.status, answer.body, {}};
    } else {
        return error(404, u"not_found"_s, u"No such route"_s);
    }
    return error(405, u"method_not_allowed"_s, u"Method not allowed on this resource"_s);
}

namespace {
/*!
 * Reads the WebhookCreate or WebhookUpdate body \a object into \a webhook: every key is
 * optional here (the caller requires target on create). Returns why it is refused, or nothing.
 */
QString readWebhook(const QJsonObject &object, SandboxWebhooks::Webhook *webhook)
{
    if (const QJsonValue target = object.value("target"_L1); !target.isUndefined()) {
        const QString url = target.toString();
        // As smooch-core checks it before sending.
        if (!url.startsWith("http://"_L1) && !url.startsWith("https://"_L1))
            return u"target must be a URL starting with http:// or https://"_s;
        webhook->target = url;
    }
    if (const QJsonValue triggers = object.value("triggers"_L1); !triggers.isUndefined()) {
        if (!triggers.isArray())
            return u"triggers must be a list of trigger names"_s;
        QStringList names;
        for (const QJsonValue &trigger : triggers.toArray()) {
            if (!SandboxWebhooks::knownTriggers().contains(trigger.toString()))
                return u"Unknown trigger: %1"_s.arg(trigger.toString());
            names.append(trigger.toString());
        }
        webhook->triggers = names;
    }
    for (const auto &[key, flag] :
         {std::pair{"includeClient"_L1, &webhook->includeClient},
          std::pair{"includeFullAppUser"_L1, &webhook->includeFullAppUser}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isBool())
            return u"%1 must be true or false"_s.arg(key);
        *flag = value.toBool();
    }
    return {};
}
} // namespace

SandboxServer::Response SandboxServer::webhookApi(const QString &method, const QStringList &rest,
                                                  const QByteArray &body)
{
    if (rest.size() > 1 || (rest.size() == 1 && rest.first().isEmpty()))
        return error(404, u"not_found"_s, u"No such route"_s);
    const QStringList allowed = rest.isEmpty() ? QStringList{u"GET"_s, u"POST"_s}
                                               : QStringList{u"GET"_s, u"PUT"_s, u"DELETE"_s};
    if (!allowed.contains(method))
        return error(405, u"method_not_allowed"_s, u"Method not allowed on this resource"_s);
    const bool takesBody = method == "POST"_L1 || method == "PUT"_L1;
    if (!takesBody && !body.isEmpty())
        return error(415, u"unsupported_media_type"_s, u"This operation takes no request body"_s);
    QJsonObject object;
    if (takesBody) {
        // An empty body is refused, as smooch-core refuses to send one.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject() || doc.object().isEmpty())
            return error(400, u"bad_request"_s, u"The body must be a non-empty JSON object"_s);
        object = doc.object();
    }

    if (rest.isEmpty()) {
        if (method == "GET"_L1) {
            QJsonArray list;
            for (const SandboxWebhooks::Webhook &webhook : m_webhooks->registered())
                list.append(webhook.toJson());
            return {200, {{"webhooks"_L1, list}}, {}};
        }
        if (!object.value("target"_L1).isString())
            return error(400, u"bad_request"_s, u"target is required"_s);
        // v1 defaulted omitted triggers to "message", which v1.1 calls message:appUser.
        SandboxWebhooks::Webhook webhook{{}, {}, {u"message:appUser"_s}, {}, false, false};
        if (const QString why = readWebhook(object, &webhook); !why.isEmpty())
            return error(400, u"bad_request"_s, why);
        // The docs limit an app to 10 webhooks but do not say how the service answers one more;
        // the sandbox answers 400 with this description.
        if (m_webhooks->registered().size() >= SandboxWebhooks::maxRegistered)
            return error(400, u"bad_request"_s,
                         u"An app is limited to %1 webhooks"_s.arg(SandboxWebhooks::maxRegistered));
        return {201, {{"webhook"_L1, m_webhooks->add(webhook).toJson()}}, {}};
    }

    std::optional<SandboxWebhooks::Webhook> webhook = m_webhooks->find(rest.first());
    if (!webhook)
        return error(404, u"not_found"_s, u"Webhook not found"_s);
    if (method == "GET"_L1)
        return {200, {{"webhook"_L1, webhook->toJson()}}, {}};
    if (method == "DELETE"_L1) {
        m_webhooks->remove(webhook->id);
        return {200, {}, {}};
    }
    if (const QString why = readWebhook(object, &*webhook); !why.isEmpty())
        return error(400, u"bad_request"_s, why);
    m_webhooks->update(*webhook);
    return {200, {{"webhook"_L1, webhook->toJson()}}, {}};
}

QJsonObject SandboxServer::conversationJson(const QString &smoochId) const
{
    const auto user = m_store->findUser(smoochId);
    return {{"_id"_L1, user ? user->conversationId : QString()},
            {"unreadCount"_L1, user ? user->unreadCount : 0}};
}

SandboxServer::Response SandboxServer::getMessages(const QString &userId, const QUrlQuery &query,
                                                   const QString &pathPrefix)
{
    const auto user = m_store->findUser(userId);
    if (!user || user->conversationId.isEmpty())
        return error(404, u"not_found"_s, u"Conversation not found"_s);
    const bool hasBefore = query.hasQueryItem(u"before"_s);
    const bool hasAfter = query.hasQueryItem(u"after"_s);
    if (hasBefore && hasAfter)
        return error(400, u"bad_request"_s, u"before and after are mutually exclusive"_s);
    PageRequest request;
    if (hasBefore || hasAfter) {
        bool ok = false;
        const double ts = query.queryItemValue(hasBefore ? u"before"_s : u"after"_s).toDouble(&ok);
        if (!ok)
            return error(400, u"bad_request"_s,
                         u"before and after take a Unix timestamp in seconds"_s);
        request = hasBefore ? PageRequest::before(ts) : PageRequest::after(ts);
    }
    const SandboxStore::Page page = m_store->messages(user->smoochId, request);
    QJsonArray messages;
    for (const QJsonObject &m : page.messages)
        messages.append(m);
    QJsonObject body{{"conversation"_L1, conversationJson(user->smoochId)},
                     {"messages"_L1, messages}};
    const QString base = baseUrl().toString() + pathPrefix;
    if (page.hasOlder)
        body.insert("previous"_L1, base + u"?before="_s +
                                       PageRequest::formatTimestamp(
                                           page.messages.first().value("received"_L1).toDouble()));
    if (page.hasNewer)
        body.insert("next"_L1, base + u"?after="_s +
                                   PageRequest::formatTimestamp(
                                       page.messages.last().value("received"_L1).toDouble()));
    return {200, body, {}};
}

SandboxServer::Response SandboxServer::postMessage(const QString &userId, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, u"bad_request"_s, u"The body must be a JSON object"_s);
    const NewMessage post = NewMessage::fromJson(doc.object());
    if (const QString why = post.validationError(); !why.isEmpty())
        return error(400, u"bad_request"_s, why);
    const Message::Role role = Message::roleFromString(post.role);
    if (role != Message::Role::AppUser && role != Message::Role::AppMaker)
        return error(400, u"bad_request"_s, u"role must be appUser or appMaker"_s);

    const QJsonObject message = createMessage(userId, post);
    if (message.isEmpty())
        return error(500, u"internal_error"_s, m_store->lastError());
    const auto user = m_store->findUser(userId);
    return {
        201, {{"message"_L1, message}, {"conversation"_L1, conversationJson(user->smoochId)}}, {}};
}

QJsonObject SandboxServer::createMessage(const QString &userId, const NewMessage &post)
{
    const SandboxStore::AppUser user = m_store->ensureUser(userId);
    m_store->ensureConversation(user.smoochId);
    const Message::Role role = Message::roleFromString(post.role);

    QJsonObject message = post.toJson();
    message.remove("destination"_L1);
    message.remove("override"_L1);
    // Timestamps come in milliseconds, as the service's do; equal ones happen and are kept.
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_lastReceived = std::max(m_lastReceived, now);
    message.insert("_id"_L1, SandboxStore::newId());
    message.insert("received"_L1, m_lastReceived);
    if (role == Message::Role::AppUser) {
        message.insert("authorId"_L1, user.smoochId);
        if (post.name.isEmpty())
            message.insert("name"_L1, user.displayName());
        message.insert(
            "source"_L1,
            QJsonObject{{"type"_L1, user.platform.isEmpty() ? u"web"_s : user.platform}});
    } else {
        const QByteArray author = (post.email.isEmpty() ? post.name : post.email).toUtf8();
        message.insert(
            "authorId"_L1,
            QString::fromLatin1(
                QCryptographicHash::hash(author, QCryptographicHash::Sha1).toHex().left(24)));
        message.insert("source"_L1, QJsonObject{{"type"_L1, "api"_L1}});
    }
    // The service writes a text into the types that text-only channels could not show
    // otherwise; Message requires text.
    if (post.text.isEmpty()) {
        if (const QString text = GeneratedText::forMessage(message); !text.isEmpty())
            message.insert("text"_L1, text);
    }
    if (!post.mediaUrl.isEmpty() && post.mediaType.isEmpty()) {
        const QString mime =
            QMimeDatabase()
                .mimeTypeForFile(QUrl(post.mediaUrl).fileName(), QMimeDatabase::MatchExtension)
                .name();
        message.insert("mediaType"_L1, mime);
    }
    if (!m_store->insertMessage(user.smoochId, message))
        return {};
    if (role == Message::Role::AppMaker)
        m_store->incrementUnreadCount(user.smoochId);
    QJsonObject payload = webhookPayload(
        role == Message::Role::AppUser ? u"message:appUser"_s : u"message:appMaker"_s, user);
    payload.insert("messages"_L1, QJsonArray{message});
    m_webhooks->deliver(payload);
    if (role == Message::Role::AppMaker)
        m_delivery->send(user, message); // the channel takes it from here
    return message;
}

QJsonObject SandboxServer::webhookPayload(const QString &trigger,
                                          const SandboxStore::AppUser &user) const
{
    const auto current = m_store->findUser(user.smoochId).value_or(user);
    // As the service sends them: what the user does not have is left out, not sent empty.
    QJsonObject appUser{{"_id"_L1, current.smoochId},
                        {"conversationStarted"_L1, true},
                        {"properties"_L1, QJsonObject()}};
    if (!current.userId.isEmpty())
        appUser.insert("userId"_L1, current.userId);
    if (!current.givenName.isEmpty())
        appUser.insert("givenName"_L1, current.givenName);
    if (!current.surname.isEmpty())
        appUser.insert("surname"_L1, current.surname);
    // The client the user wrote from (includeClient); channels name the user there.
    const QString platform = current.platform.isEmpty() ? u"web"_s : current.platform;
    const auto stableId = [](const QString &seed) {
        return QString::fromLatin1(
            QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    };
    QJsonObject client{{"_id"_L1, stableId(current.smoochId)},
                       {"platform"_L1, platform},
                       {"integrationId"_L1, stableId(platform)},
                       {"status"_L1, "active"_L1},
                       {"active"_L1, true},
                       {"primary"_L1, true},
                       {"raw"_L1, QJsonObject()}};
    if (!current.clientName.isEmpty())
        client.insert("displayName"_L1, current.clientName);
    return {{"trigger"_L1, trigger},
            {"version"_L1, "v1.1"_L1},
            {"app"_L1, QJsonObject{{"_id"_L1, m_config.appId}}},
            {"appUser"_L1, appUser},
            {"client"_L1, client},
            {"conversation"_L1, QJsonObject{{"_id"_L1, current.conversationId}}}};
}

void SandboxServer::simulateTyping(const QString &userId, bool typing)
{
    const auto user = m_store->findUser(userId);
    if (!user)
        return;
    QJsonObject payload = webhookPayload(u"typing:appUser"_s, *user);
    payload.insert("activity"_L1,
                   QJsonObject{{"type"_L1, typing ? "typing:start"_L1 : "typing:stop"_L1}});
    payload.insert("timestamp"_L1, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    m_webhooks->deliver(payload);
}

void SandboxServer::announce(const QString &userId)
{
    const auto user = m_store->findUser(userId);
    if (!user)
        return;
    const auto page = m_store->messages(user->smoochId, PageRequest::latest(), 1);
    if (page.messages.isEmpty())
        return;
    const QJsonObject newest = page.messages.first();
    QJsonObject payload =
        webhookPayload(newest.value("role"_L1).toString() == "appUser"_L1 ? u"message:appUser"_s
                                                                          : u"message:appMaker"_s,
                       *user);
    payload.insert("messages"_L1, QJsonArray{newest});
    m_webhooks->deliver(payload);
}

void SandboxServer::simulateRead(const QString &userId)
{
    const auto user = m_store->findUser(userId);
    if (!user)
        return;
    QJsonObject payload = webhookPayload(u"conversation:read"_s, *user);
    payload.insert("source"_L1,
                   QJsonObject{{"type"_L1, user->platform.isEmpty() ? u"web"_s : user->platform}});
    payload.insert("timestamp"_L1, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    m_webhooks->deliver(payload);
}

SandboxServer::Response SandboxServer::deleteMessage(const QString &userId,
                                                     const QString &messageId)
{
    const auto user = m_store->findUser(userId);
    if (!user || !m_store->deleteMessage(user->smoochId, messageId))
        return error(404, u"not_found"_s, u"Message not found"_s);
    return {200, {}, {}};
}

SandboxServer::Response SandboxServer::deleteMessages(const QString &userId)
{
    const auto user = m_store->findUser(userId);
    if (!user)
        return error(404, u"not_found"_s, u"User not found"_s);
    m_store->deleteMessages(user->smoochId);
    return {200, {}, {}};
}

SandboxServer::Response SandboxServer::activity(const QString &userId, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString type = object.value("type"_L1).toString();
    if (object.value("role"_L1).toString() != "appMaker"_L1)
        return error(400, u"bad_request"_s, u"role must be appMaker"_s);
    if (type != "typing:start"_L1 && type != "typing:stop"_L1)
        return error(400, u"bad_request"_s, u"type must be typing:start or typing:stop"_s);
    const auto user = m_store->findUser(userId);
    if (!user || user->conversationId.isEmpty())
        return error(404, u"not_found"_s, u"Conversation not found"_s);
    return {200, {{"conversation"_L1, conversationJson(user->smoochId)}}, {}};
}

SandboxServer::Response SandboxServer::read(const QString &userId)
{
    const auto user = m_store->findUser(userId);
    if (!user || user->conversationId.isEmpty())
        return error(404, u"not_found"_s, u"Conversation not found"_s);
    m_store->setUnreadCount(user->smoochId, 0);
    return {200, {{"conversation"_L1, conversationJson(user->smoochId)}}, {}};
}
