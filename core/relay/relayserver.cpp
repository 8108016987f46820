#include "relay/relayserver.h"

#include "client/logging.h"
#include "protocol/webhookevent.h"
#include "relay/agentstore.h"
#include "relay/eventlog.h"
#include "relay/storedevent.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <set>

using namespace Qt::StringLiterals;

namespace {
// A stream catching up reads more from the log only while less than this waits to be sent.
constexpr qint64 replayLowWater = 64 * 1024;
// PostgreSQL: every instance's presence reports go through this channel to every instance.
const QString presenceChannel = QStringLiteral("smooch_relay_presence");

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Compares digests of both, so neither the length nor the content of the secret leaks by time.
bool constantTimeEquals(QByteArrayView given, QByteArrayView expected)
{
    const QByteArray a = sha256(given);
    const QByteArray b = sha256(expected);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

HttpFront::Response jsonResponse(int status, const QJsonObject &object)
{
    HttpFront::Response response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpFront::Response error(int status, const QString &code, const QString &description)
{
    HttpFront::Response response = jsonResponse(
        status, {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"description"_s, description}}}});
    if (status == 401)
        response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
    return response;
}

HttpFront::Response unauthorized()
{
    return error(401, u"unauthorized"_s, u"A valid agent token is required"_s);
}

// The agents or the log cannot be read now (the database is down): try again, nothing is lost.
HttpFront::Response unavailable()
{
    HttpFront::Response response =
        error(503, u"unavailable"_s, u"The relay's database cannot be read now"_s);
    response.headers.append({QByteArray("Retry-After"), QByteArray("2")});
    return response;
}

// A presence report names a conversation; longer ids than this are no Smooch ids.
constexpr qsizetype maxPresenceId = 1024;

HttpFront::Response forbidden()
{
    return error(403, u"forbidden"_s, u"The agent's token does not cover this app"_s);
}

struct Target
{
    QString path;
    QUrlQuery query;
};

Target splitTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    Target split;
    split.path = QString::fromUtf8(
        QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question)));
    if (question >= 0)
        split.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    return split;
}

// The app id of /webhooks/{appId}, or empty.
QString webhookApp(const QString &path)
{
    static const QString prefix = u"/webhooks/"_s;
    if (!path.startsWith(prefix))
        return {};
    const QString app = path.mid(prefix.size());
    return app.contains(u'/') ? QString() : app;
}

QString bearerToken(const HttpFront::Request &request)
{
    const QByteArray value = request.header("Authorization");
    if (value.size() < 7 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

// The apps a request asks for (?appId=), within the agent's scope; nullopt when outside it.
std::optional<QStringList> requestedApps(const QUrlQuery &query, const Agent &agent)
{
    const QString app = query.queryItemValue(u"appId"_s, QUrl::FullyDecoded);
    if (app.isEmpty())
        return agent.apps;
    if (!agent.allows(app))
        return std::nullopt;
    return QStringList{app};
}

QByteArray webhookEvent(const StoredEvent &event)
{
    QByteArray data =
        QJsonDocument(QJsonObject{{u"appId"_s, event.appId}}).toJson(QJsonDocument::Compact);
    data.chop(1);
    // The payload is valid JSON: a line break in it can only be white space between tokens.
    QByteArray payload = event.payload;
    payload.replace('\n', ' ').replace('\r', ' ');
    data += ",\"payload\":" + payload + '}';
    return "id: " + QByteArray::number(event.id) + "\nevent: webhook\ndata: " + data + "\n\n";
}
} // namespace

RelayServer::RelayServer(EventLog &log, AgentStore &agents, QObject *parent)
    : HttpFront(parent)
    , m_log(log)
    , m_agents(agents)
    , m_keepalive(new QTimer(this))
{
    protectSecretsInLogs();
    // A team's consoles stay connected: room for a few hundred streams, and others besides.
    Limits relayLimits;
    relayLimits.maxConnections = 1024;
    relayLimits.maxStreams = 896;
    setLimits(relayLimits);
    connect(&m_log, &EventLog::eventsCommitted, this, &RelayServer::eventsCommitted);
    connect(&m_presence, &PresenceBoard::changed, this, &RelayServer::presenceChanged);
    connect(m_keepalive, &QTimer::timeout, this, &RelayServer::keepalive);
    m_keepalive->start(m_keepaliveInterval);
    if (m_log.isPostgres()) {
        m_log.listen(presenceChannel);
        connect(&m_log, &EventLog::notified, this,
                [this](const QString &channel, const QString &payload, bool) {
                    if (channel == presenceChannel)
                        applyPresence(payload.toUtf8());
                });
    }
}

void RelayServer::reportPresence(const QJsonObject &report)
{
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    // Shared, this instance included, when the log is shared; else applied here alone.
    if (!m_log.isPostgres() || !m_log.notify(presenceChannel, QString::fromUtf8(json)))
        applyPresence(json);
}

void RelayServer::applyPresence(const QByteArray &json)
{
    const QJsonObject report = QJsonDocument::fromJson(json).object();
    const QString agent = report.value(u"agent"_s).toString();
    if (agent.isEmpty())
        return;
    if (report.value(u"gone"_s).toBool()) {
        m_presence.agentGone(agent);
        return;
    }
    const auto state = PresenceBoard::stateFromName(report.value(u"state"_s).toString());
    const QString appId = report.value(u"appId"_s).toString();
    const QString userId = report.value(u"userId"_s).toString();
    if (state && !appId.isEmpty() && !userId.isEmpty())
        m_presence.report(agent, appId, userId, *state);
}

RelayServer::~RelayServer()
{
    // The streams go with the front; no presence is fanned out to them any more.
    disconnect(&m_presence, nullptr, this, nullptr);
    m_streams.clear();
    close();
}

void RelayServer::setWebhookSecrets(const WebhookSecrets::Map &secrets)
{
    m_givenSecrets = secrets;
    m_secretsSize = -1; // merge again
}

void RelayServer::setWebhookSecretsFile(const QString &file)
{
    m_secretsFile = file;
    m_secretsSize = -1;
}

const WebhookSecrets::Map &RelayServer::secrets()
{
    const QFileInfo info(m_secretsFile);
    const qint64 size = info.exists() ? info.size() : -2;
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    if (m_secretsSize == size && m_secretsModified == modified)
        return m_secrets;
    m_secretsSize = size;
    m_secretsModified = modified;
    m_secrets = m_givenSecrets;
    if (m_secretsFile.isEmpty())
        return m_secrets;
    QFile in(m_secretsFile);
    if (!in.open(QIODevice::ReadOnly)) {
        if (info.exists())
            qCWarning(lcHttp) << "cannot read the webhook secrets" << m_secretsFile;
        return m_secrets;
    }
    QString why;
    const auto fromFile = WebhookSecrets::parse(in.read(1024 * 1024), m_secretsFile, &why);
    if (!fromFile) {
        qCWarning(lcHttp) << "webhook secrets:" << why;
        return m_secrets;
    }
    for (auto it = fromFile->cbegin(); it != fromFile->cend(); ++it)
        if (!m_givenSecrets.contains(it.key())) // the environment wins
            m_secrets.insert(it.key(), it.value());
    return m_secrets;
}

void RelayServer::setKeepaliveInterval(std::chrono::milliseconds interval)
{
    m_keepaliveInterval = interval;
    m_keepalive->start(interval);
}

std::optional<HttpFront::Response> RelayServer::checkHeaders(const Request &request)
{
    const Target target = splitTarget(request.target);
    if (target.path.startsWith("/webhooks/"_L1))
        return checkDelivery(request, webhookApp(target.path));
    if (target.path.startsWith("/v1/"_L1)) {
        bool storeDown = false;
        if (!m_agents.authenticate(bearerToken(request), &storeDown))
            return storeDown ? unavailable() : unauthorized();
        return std::nullopt;
    }
    if (target.path == "/healthz"_L1) {
        // Open to anyone: so it reads nothing but the headers.
        if (request.method != "GET" && request.method != "HEAD")
            return error(405, u"method_not_allowed"_s, u"Use GET"_s);
        if (request.chunked || request.contentLength > 0)
            return error(400, u"bad_request"_s, u"The health check takes no body"_s);
        return std::nullopt;
    }
    return error(404, u"not_found"_s, u"No such resource"_s);
}

std::optional<HttpFront::Response> RelayServer::checkDelivery(const Request &request,
                                                              const QString &appId)
{
    if (request.method != "POST")
        return error(405, u"method_not_allowed"_s, u"Deliveries are POSTed"_s);
    const auto &known = secrets();
    const auto secret = known.constFind(appId);
    const QByteArray key = request.header("X-API-Key");
    // The same work whether or not the app is known.
    const bool matches = constantTimeEquals(key, secret == known.cend() ? QByteArray() : *secret);
    if (appId.isEmpty() || secret == known.cend() || key.isEmpty() || !matches)
        return error(401, u"unauthorized"_s, u"Wrong or missing X-API-Key"_s);
    return std::nullopt;
}

void RelayServer::handleRequest(const Request &request)
{
    const Target target = splitTarget(request.target);
    if (target.path == "/healthz"_L1) {
        Response ok;
        ok.contentType = "text/plain";
        ok.body = "ok\n";
        respond(request.connection, ok);
        return;
    }
    if (const QString app = webhookApp(target.path); !app.isEmpty()) {
        handleDelivery(request, app);
        return;
    }
    // Checked again: the agent may have been removed while the body came.
    const QString token = bearerToken(request);
    bool storeDown = false;
    const std::optional<Agent> agent = m_agents.authenticate(token, &storeDown);
    if (!agent) {
        respond(request.connection, storeDown ? unavailable() : unauthorized());
        return;
    }
    const auto apps = requestedApps(target.query, *agent);
    if (!apps) {
        respond(request.connection, forbidden());
        return;
    }
    const auto only = [&](const QByteArray &method) {
        if (request.method == method)
            return true;
        respond(request.connection,
                error(405, u"method_not_allowed"_s, u"Use %1"_s.arg(QString::fromLatin1(method))));
        return false;
    };
    if (target.path == "/v1/events"_L1) {
        if (only("GET"))
            handleEvents(request, *agent, token, *apps);
    } else if (target.path == "/v1/conversations"_L1) {
        if (only("GET"))
            handleConversations(request, *agent, *apps);
    } else if (target.path == "/v1/presence"_L1) {
        if (only("POST"))
            handlePresence(request, *agent);
    } else {
        respond(request.connection, error(404, u"not_found"_s, u"No such resource"_s));
    }
}

void RelayServer::handleDelivery(const Request &request, const QString &appId)
{
    QString why;
    const auto event = WebhookEvent::fromJson(request.body, &why);
    if (!event || (!event->appId.isEmpty() && event->appId != appId)) {
        respond(request.connection,
                error(400, u"bad_request"_s,
                      event ? u"The delivery is for another app"_s : u"Not a webhook delivery"_s));
        return;
    }
    const quint64 connection = request.connection;
    m_log.append(appId, request.body, this, [this, connection](const EventLog::AppendResult &r) {
        if (r.outcome == EventLog::Appended::Failed) {
            qCWarning(lcHttp) << "a delivery could not be stored:" << r.error;
            respond(connection, error(503, u"unavailable"_s, u"The delivery was not stored"_s));
            return;
        }
        respond(connection, jsonResponse(200, {}));
    });
}

void RelayServer::handleConversations(const Request &request, const Agent &agent,
                                      const QStringList &apps)
{
    // Read before the snapshot: a stream from it may repeat an event, never miss one.
    bool read = false;
    const qint64 lastEventId = m_log.lastId(&read);
    if (!read) {
        respond(request.connection, unavailable());
        return;
    }
    const QJsonArray conversations = m_log.conversations(apps, &read);
    if (!read) {
        respond(request.connection, unavailable());
        return;
    }
    respond(request.connection,
            jsonResponse(200, {{u"agent"_s, agent.name},
                               {u"apps"_s, QJsonArray::fromStringList(agent.apps)},
                               {u"lastEventId"_s, lastEventId},
                               {u"conversations"_s, conversations}}));
}

void RelayServer::handlePresence(const Request &request, const Agent &agent)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = document.object();
    const QString appId = body.value(u"appId"_s).toString();
    const QString userId = body.value(u"userId"_s).toString();
    const auto state = PresenceBoard::stateFromName(body.value(u"state"_s).toString());
    if (!document.isObject() || appId.isEmpty() || userId.isEmpty() || !state ||
        appId.size() > maxPresenceId || userId.size() > maxPresenceId) {
        respond(request.connection,
                error(400, u"bad_request"_s,
                      u"Expected {\"appId\", \"userId\", \"state\": viewing|typing|left}"_s));
        return;
    }
    if (!agent.allows(appId)) {
        respond(request.connection, forbidden());
        return;
    }
    if (*state == PresenceBoard::State::Viewing)
        m_log.markSeen(appId, userId);
    Response noContent;
    noContent.status = 204;
    noContent.contentType.clear();
    respond(request.connection, noContent);
    reportPresence({{u"agent"_s, agent.name},
                    {u"appId"_s, appId},
                    {u"userId"_s, userId},
                    {u"state"_s, PresenceBoard::stateName(*state)}});
}

void RelayServer::handleEvents(const Request &request, const Agent &agent, const QString &token,
                               const QStringList &apps)
{
    QByteArray resume = request.header("Last-Event-ID").trimmed();
    if (resume.isNull()) {
        const QString fromQuery =
            request.target.contains('?')
                ? splitTarget(request.target).query.queryItemValue(u"lastEventId"_s)
                : QString();
        if (!fromQuery.isEmpty())
            resume = fromQuery.toLatin1();
    }
    bool resumes = false;
    qint64 after = 0;
    if (!resume.isEmpty()) {
        after = resume.toLongLong(&resumes);
        if (!resumes || after < 0) {
            respond(request.connection,
                    error(400, u"bad_request"_s, u"Last-Event-ID is not an event id"_s));
            return;
        }
    }

    Stream stream;
    stream.connection = request.connection;
    stream.agent = agent.name;
    stream.apps = apps;
    stream.token = token;
    Response head;
    head.contentType = "text/event-stream";
    head.headers = {{"Cache-Control", "no-store"}, {"X-Accel-Buffering", "no"}};
    head.body = "retry: 2000\n\n";
    bool lastRead = false;
    const qint64 last = m_log.lastId(&lastRead);
    stream.position = last;
    bool oldestRead = true;
    const qint64 oldest = resumes ? m_log.oldestId(&oldestRead) : 0;
    if (!lastRead || !oldestRead) {
        // Not knowing what the log holds is no reset: the console comes back and resumes.
        respond(request.connection, unavailable());
        return;
    }
    if (resumes) {
        if (after > last || (oldest > 0 && after < oldest - 1) || (oldest == 0 && after < last)) {
            // Events after the console's id are gone (pruned, or another log): start over.
            head.body += "id: " + QByteArray::number(last) +
                         "\nevent: reset\ndata: {\"oldestId\":" + QByteArray::number(oldest) +
                         "}\n\n";
        } else {
            stream.position = after;
            stream.replaying = true;
        }
    }
    if (!startStream(request.connection, head)) {
        respond(request.connection,
                error(503, u"unavailable"_s, u"Too many consoles are connected"_s));
        return;
    }
    const quint64 connection = request.connection;
    auto &added = m_streams[connection] = stream;
    if (added.replaying)
        replay(connection);
    else
        goLive(added);
}

void RelayServer::replay(quint64 connection)
{
    for (;;) {
        auto it = m_streams.find(connection);
        if (it == m_streams.end() || !it->second.replaying)
            return;
        if (streamBacklog(connection) >= replayLowWater)
            return; // more once it drained
        bool read = false;
        const QList<StoredEvent> page =
            m_log.readAfter(it->second.position, m_pageSize, it->second.apps, &read);
        if (!read) {
            // Going live now would skip what could not be read: the console resumes later.
            dropStream(connection, true);
            return;
        }
        for (const StoredEvent &event : page) {
            if (!send(connection, webhookEvent(event)))
                return;
            it = m_streams.find(connection);
            it->second.position = event.id;
            if (streamBacklog(connection) >= replayLowWater)
                return;
        }
        if (page.size() < m_pageSize) {
            // Everything committed so far is written; what commits later comes live, and
            // eventsCommitted() skips what this read already saw.
            goLive(it->second);
            return;
        }
    }
}

void RelayServer::goLive(Stream &stream)
{
    stream.replaying = false;
    const quint64 connection = stream.connection;
    const qint64 id = stream.position;
    const QString agent = stream.agent;
    QByteArray others;
    for (const PresenceBoard::Entry &entry : m_presence.current()) {
        if (entry.agent != agent && stream.allows(entry.appId))
            others += presenceEvent(id, entry);
    }
    if (!others.isEmpty())
        send(connection, others);
}

void RelayServer::streamDrained(quint64 connection)
{
    const auto it = m_streams.find(connection);
    if (it != m_streams.end() && it->second.replaying)
        replay(connection);
}

void RelayServer::streamClosed(quint64 connection)
{
    dropStream(connection, false);
}

void RelayServer::eventsCommitted(const QList<StoredEvent> &events)
{
    if (events.isEmpty() || m_streams.empty())
        return;
    // Formatted once for all consoles.
    QList<QByteArray> formatted;
    formatted.reserve(events.size());
    for (const StoredEvent &event : events)
        formatted.append(webhookEvent(event));
    QList<quint64> connections;
    for (const auto &[connection, stream] : m_streams)
        connections.append(connection);
    for (const quint64 connection : std::as_const(connections)) {
        auto it = m_streams.find(connection);
        if (it == m_streams.end() || it->second.replaying)
            continue;
        QByteArray bytes;
        qint64 position = it->second.position;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).id <= position || !it->second.allows(events.at(i).appId))
                continue;
            bytes += formatted.at(i);
            position = events.at(i).id;
        }
        it->second.position = qMax(it->second.position, position);
        if (!bytes.isEmpty())
            send(connection, bytes);
    }
}

QByteArray RelayServer::presenceEvent(qint64 id, const PresenceBoard::Entry &entry) const
{
    const QByteArray data =
        QJsonDocument(QJsonObject{{u"appId"_s, entry.appId},
                                  {u"userId"_s, entry.userId},
                                  {u"agent"_s, entry.agent},
                                  {u"state"_s, PresenceBoard::stateName(entry.state)}})
            .toJson(QJsonDocument::Compact);
    return "id: " + QByteArray::number(id) + "\nevent: presence\ndata: " + data + "\n\n";
}

void RelayServer::presenceChanged(const PresenceBoard::Entry &entry)
{
    QList<quint64> connections;
    for (const auto &[connection, stream] : m_streams) {
        // A stream catching up gets the presence of the moment when it is done.
        if (!stream.replaying && stream.allows(entry.appId))
            connections.append(connection);
    }
    for (const quint64 connection : std::as_const(connections)) {
        const auto it = m_streams.find(connection);
        if (it != m_streams.end())
            send(connection, presenceEvent(it->second.position, entry));
    }
}

void RelayServer::keepalive()
{
    // Tokens are checked once per tick, however many consoles share one.
    QHash<QString, std::optional<Agent>> checked;
    QSet<QString> unknown; // the store could not say: the stream stays
    QList<quint64> connections;
    for (const auto &[connection, stream] : m_streams)
        connections.append(connection);
    for (const quint64 connection : std::as_const(connections)) {
        const auto it = m_streams.find(connection);
        if (it == m_streams.end())
            continue;
        auto known = checked.find(it->second.token);
        if (known == checked.end()) {
            bool storeDown = false;
            known = checked.insert(it->second.token,
                                   m_agents.authenticate(it->second.token, &storeDown));
            if (storeDown)
                unknown.insert(it->second.token);
        }
        if (!unknown.contains(it->second.token) &&
            (!*known || known->value().name != it->second.agent)) {
            qCInfo(lcHttp) << "closing a stream whose token was revoked";
            dropStream(connection, true);
            continue;
        }
        send(connection, ": keepalive\n\n");
    }
}

bool RelayServer::send(quint64 connection, const QByteArray &bytes)
{
    if (writeStream(connection, bytes))
        return true;
    dropStream(connection, false);
    return false;
}

void RelayServer::dropStream(quint64 connection, bool close)
{
    const auto it = m_streams.find(connection);
    if (it == m_streams.end())
        return;
    const QString agent = it->second.agent;
    m_streams.erase(it);
    if (close)
        closeStream(connection);
    const bool last = std::none_of(m_streams.cbegin(), m_streams.cend(),
                                   [&agent](const auto &s) { return s.second.agent == agent; });
    if (last)
        reportPresence({{u"agent"_s, agent}, {u"gone"_s, true}});
}
