#include "session/relayclient.h"

#include "client/logging.h"
#include "storage/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
constexpr auto saveDelay = 1s;     // a replay of thousands of events is not thousands of fsyncs
constexpr auto silenceLimit = 45s; // three keepalives missed
// The most a relay's answer may bring: a team's inbox snapshot, the answer to a presence post.
constexpr qint64 maxSnapshotBytes = 64 * 1024 * 1024;
constexpr qint64 maxPresenceAnswerBytes = 64 * 1024;
constexpr qint64 streamReadAhead = 4 * 1024 * 1024;

// Aborts \a reply once its body passes \a cap bytes: a relay gone bad cannot fill the memory.
void capBody(QNetworkReply *reply, qint64 cap)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 got) {
        if (got > cap) {
            qCWarning(lcWebhooks) << "the relay's answer is too large; it was cut off";
            reply->abort();
        }
    });
}

std::optional<double> toSeconds(const QJsonValue &v)
{
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}
} // namespace

RelayClient::RelayClient(const QUrl &baseUrl, const QByteArray &token, const QString &appId,
                         QObject *parent)
    : QObject(parent)
    , m_base(baseUrl)
    , m_token(token)
    , m_appId(appId)
    , m_parser(2 * 1024 * 1024)
{
    qRegisterMetaType<RelayClient::Conversation>();
    qRegisterMetaType<QList<RelayClient::Conversation>>();
    m_network.setAutoDeleteReplies(false);
    m_silence.setSingleShot(true);
    m_silence.setInterval(silenceLimit);
    connect(&m_silence, &QTimer::timeout, this,
            [this] { drop(tr("the relay sent nothing for too long")); });
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RelayClient::connectStream);
    m_save.setSingleShot(true);
    m_save.setInterval(saveDelay);
    connect(&m_save, &QTimer::timeout, this, &RelayClient::saveLastId);
}

RelayClient::~RelayClient()
{
    saveLastId();
    // Nothing the manager's teardown finishes reaches a half-destroyed client.
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>())
        reply->disconnect(this);
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        delete m_stream;
    }
    if (m_snapshot) {
        m_snapshot->disconnect(this);
        m_snapshot->abort();
        delete m_snapshot;
    }
}

QString RelayClient::presenceName(Presence state)
{
    switch (state) {
    case Presence::Viewing:
        return u"viewing"_s;
    case Presence::Typing:
        return u"typing"_s;
    case Presence::Left:
        break;
    }
    return u"left"_s;
}

void RelayClient::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = max;
    m_delay = first;
}

void RelayClient::setMaxLine(qsizetype bytes)
{
    m_maxLine = bytes;
    const QByteArray id = m_parser.lastEventId();
    m_parser = SseParser(bytes);
    m_parser.setLastEventId(id); // keep the resume point
}

QString RelayClient::storeKey() const
{
    return u"lastEventId "_s + m_base.toString(QUrl::RemoveUserInfo) + u' ' + m_appId;
}

void RelayClient::setStore(LocalStore *store)
{
    m_store = store;
    if (!m_store || !m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT value FROM relay_state WHERE key = ?"_s);
    q.addBindValue(storeKey());
    if (!q.exec()) {
        qCWarning(lcStore) << "relay state read failed:" << q.lastError().text();
        return;
    }
    if (q.next()) {
        m_savedId = q.value(0).toString().toUtf8();
        m_parser.setLastEventId(m_savedId); // the parser holds the resume point
    }
}

void RelayClient::saveLastId()
{
    m_save.stop();
    const QByteArray id = m_parser.lastEventId();
    if (!m_store || !m_store->isOpen() || id == m_savedId)
        return;
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO relay_state (key, value) VALUES (?, ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(storeKey());
    q.addBindValue(QString::fromUtf8(id));
    if (!q.exec()) {
        qCWarning(lcStore) << "relay state write failed:" << q.lastError().text();
        return;
    }
    m_savedId = id;
}

QNetworkRequest RelayClient::request(const QString &path) const
{
    QUrl url = m_base;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The token goes to the relay alone: a redirect is an answer (an error), never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0);
    return request;
}

void RelayClient::start()
{
    if (m_running || m_refused)
        return;
    m_running = true;
    fetchSnapshot();
}

void RelayClient::stop()
{
    if (const QString viewing = m_viewing; !viewing.isEmpty())
        reportPresence(viewing, Presence::Left);
    m_running = false;
    m_reconnect.stop();
    m_silence.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    saveLastId();
    if (std::exchange(m_up, false))
        Q_EMIT streamingChanged(false, tr("the relay connection was closed"));
}

void RelayClient::fetchSnapshot()
{
    if (m_snapshot || m_refused)
        return;
    QNetworkRequest r = request(u"/v1/conversations"_s);
    r.setRawHeader("Accept", "application/json");
    m_snapshot = m_network.get(r);
    capBody(m_snapshot, maxSnapshotBytes);
    connect(m_snapshot, &QNetworkReply::finished, this, [this, reply = m_snapshot.data()] {
        reply->deleteLater();
        m_snapshot = nullptr; // a reset while this one is handled loads it again
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body =
            reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        if (status == 401 || status == 403) {
            refuse(status);
            return;
        }
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (status != 200 || root.isEmpty()) {
            qCWarning(lcWebhooks).noquote()
                << u"relay snapshot failed (HTTP %1): %2"_s.arg(status).arg(reply->errorString());
        } else {
            m_agent = root.value("agent"_L1).toString();
            QList<Conversation> conversations;
            for (const QJsonValue &v : root.value("conversations"_L1).toArray()) {
                const QJsonObject o = v.toObject();
                Conversation c;
                c.appId = o.value("appId"_L1).toString();
                if (c.appId != m_appId)
                    continue;
                c.userId = o.value("userId"_L1).toString();
                c.smoochId = o.value("smoochId"_L1).toString();
                if (c.userId.isEmpty())
                    c.userId = c.smoochId;
                if (c.userId.isEmpty())
                    continue;
                c.name = o.value("name"_L1).toString();
                if (o.value("lastMessage"_L1).isObject())
                    c.lastMessage = Message::fromJson(o.value("lastMessage"_L1).toObject());
                c.lastActivity = toSeconds(o.value("lastActivity"_L1)).value_or(0);
                c.unreadCount = std::max(0, o.value("unreadCount"_L1).toInt());
                conversations.append(c);
            }
            // A stream that starts from nothing starts where the snapshot was taken.
            if (m_parser.lastEventId().isEmpty()) {
                const QJsonValue last = root.value("lastEventId"_L1);
                if (last.isDouble())
                    m_parser.setLastEventId(QByteArray::number(qint64(last.toDouble())));
            }
            Q_EMIT snapshotReceived(conversations);
        }
        if (m_running && !m_stream && !m_reconnect.isActive())
            connectStream();
    });
}

void RelayClient::connectStream()
{
    if (!m_running || m_refused || m_stream)
        return;
    m_parser.restart();
    QNetworkRequest r = request(u"/v1/events"_s);
    r.setRawHeader("Accept", "text/event-stream");
    r.setRawHeader("Cache-Control", "no-store");
    if (const QByteArray id = m_parser.lastEventId(); !id.isEmpty())
        r.setRawHeader("Last-Event-ID", id);
    m_stream = m_network.get(r);
    // What the network thread reads ahead of the parser (an error body too) stays bounded.
    m_stream->setReadBufferSize(streamReadAhead);
    m_silence.start();
    connect(m_stream, &QNetworkReply::readyRead, this, &RelayClient::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &RelayClient::onStreamFinished);
}

void RelayClient::onStreamData()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    m_silence.start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        // The status says it all; the body is not kept (it might have no end).
        onStreamFinished();
        return;
    }
    if (!m_up) {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!type.startsWith("text/event-stream")) {
            drop(tr("the relay did not answer with an event stream"));
            return;
        }
        m_up = true;
        m_delay = m_firstDelay;
        // The relay ended this agent's presence when the last stream closed (or restarted
        // knowing none): the conversation viewed now is said again.
        if (!m_viewing.isEmpty())
            post(m_viewing, Presence::Viewing);
        Q_EMIT streamingChanged(true, {});
    }
    // Bounded: at most 64 KiB read at a time, and the parser bounds what it keeps.
    while (m_stream == reply && reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(64 * 1024);
        if (!m_parser.feed(chunk, [this](const SseParser::Event &e) { dispatch(e); })) {
            drop(tr("the relay sent a line too long to read"));
            return;
        }
    }
    if (const auto retry = m_parser.retry())
        m_firstDelay = std::clamp(std::chrono::milliseconds(*retry), 100ms, m_maxDelay);
}

void RelayClient::dispatch(const SseParser::Event &event)
{
    if (event.id != m_savedId && !m_save.isActive())
        m_save.start();
    const QJsonObject data = QJsonDocument::fromJson(event.data).object();
    if (event.type == "webhook") {
        if (data.value("appId"_L1).toString() != m_appId)
            return;
        QString error;
        const auto parsed = WebhookEvent::fromJson(
            QJsonDocument(data.value("payload"_L1).toObject()).toJson(QJsonDocument::Compact),
            &error);
        if (!parsed) {
            qCWarning(lcWebhooks).noquote() << u"relay event %1 is not a delivery: %2"_s.arg(
                QString::fromUtf8(event.id), error);
            return;
        }
        Q_EMIT eventReceived(*parsed);
    } else if (event.type == "presence") {
        const QString agent = data.value("agent"_L1).toString();
        const QString userId = data.value("userId"_L1).toString();
        const QString state = data.value("state"_L1).toString();
        if (data.value("appId"_L1).toString() != m_appId || agent.isEmpty() || userId.isEmpty() ||
            agent == m_agent)
            return;
        if (state != "viewing"_L1 && state != "typing"_L1 && state != "left"_L1)
            return;
        Q_EMIT presenceChanged(userId, agent, state);
    } else if (event.type == "reset") {
        Q_EMIT reset();
        fetchSnapshot();
    }
    // Any other event is for a newer console: ignored.
}

void RelayClient::drop(const QString &why)
{
    m_silence.stop();
    if (m_stream) {
        QNetworkReply *reply = m_stream;
        m_stream = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    saveLastId();
    qCInfo(lcWebhooks).noquote() << u"relay stream dropped: %1"_s.arg(why);
    const bool wasUp = std::exchange(m_up, false);
    scheduleReconnect();
    if (wasUp)
        Q_EMIT streamingChanged(false, why);
}

void RelayClient::scheduleReconnect()
{
    if (!m_running || m_refused)
        return;
    m_reconnect.start(m_delay);
    m_delay = std::min(m_delay * 2, m_maxDelay);
}

void RelayClient::onStreamFinished()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        m_stream = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        refuse(status);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0)
        drop(tr("the relay cannot be reached (%1)").arg(reply->errorString()));
    else if (status != 200)
        drop(tr("the relay answered HTTP %1").arg(status));
    else
        drop(tr("the relay closed the stream"));
}

void RelayClient::refuse(int status)
{
    m_refused = true;
    m_running = false;
    m_reconnect.stop();
    m_silence.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    qCWarning(lcWebhooks).noquote() << u"relay refused the agent token (HTTP %1)"_s.arg(status);
    m_up = false;
    Q_EMIT streamingChanged(false, status == 403
                                       ? tr("the relay's agent token does not cover this app")
                                       : tr("the relay refused the agent token"));
}

void RelayClient::reportPresence(const QString &userId, Presence state)
{
    if (userId.isEmpty() || m_refused)
        return;
    if (state == Presence::Typing) {
        auto it = m_typingSent.find(userId);
        if (it != m_typingSent.end() && it->isValid() &&
            it->elapsed() < qint64(m_typingInterval.count()))
            return;
        m_typingSent[userId].start();
    } else {
        m_typingSent.remove(userId);
    }
    if (state == Presence::Viewing) {
        if (!m_viewing.isEmpty() && m_viewing != userId)
            post(QString(m_viewing), Presence::Left);
        m_viewing = userId;
    } else if (state == Presence::Left && userId == m_viewing) {
        m_viewing.clear();
    }
    post(userId, state);
}

void RelayClient::post(const QString &userId, Presence state)
{
    QNetworkRequest r = request(u"/v1/presence"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QJsonObject body{
        {"appId"_L1, m_appId}, {"userId"_L1, userId}, {"state"_L1, presenceName(state)}};
    QNetworkReply *reply = m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    capBody(reply, maxPresenceAnswerBytes);
    ++m_presenceInFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 204 && status != 200)
            qCInfo(lcWebhooks).noquote()
                << u"relay presence not taken (HTTP %1): %2"_s.arg(status).arg(
                       reply->errorString());
        if (--m_presenceInFlight == 0)
            Q_EMIT idle();
    });
}
