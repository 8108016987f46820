#include "outbox.h"

#include "historypaging.h"
#include "localstore.h"
#include "logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QString stateName(Outbox::State state)
{
    switch (state) {
    case Outbox::State::Queued:
        return u"queued"_s;
    case Outbox::State::Sending:
        return u"sending"_s;
    case Outbox::State::Sent:
        return u"sent"_s;
    case Outbox::State::Failed:
        return u"failed"_s;
    }
    return {};
}

Outbox::State stateFrom(const QString &name)
{
    if (name == "sending"_L1)
        return Outbox::State::Sending;
    if (name == "sent"_L1)
        return Outbox::State::Sent;
    if (name == "failed"_L1)
        return Outbox::State::Failed;
    return Outbox::State::Queued;
}
} // namespace

Outbox::Outbox(ConversationApi *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    m_policy.maxAttempts = std::numeric_limits<int>::max(); // never give up while online
    m_policy.maxDelay = std::chrono::seconds(60);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &Outbox::pump);
    connect(m_api, &ConversationApi::messagePosted, this, &Outbox::onPosted);
    connect(m_api, &ConversationApi::messagesReceived, this, &Outbox::onPage);
    connect(m_api, &ConversationApi::failed, this, &Outbox::onFailed);
    // Delivered messages are kept a week, for the record; then they go.
    QSqlQuery prune(m_store->database());
    prune.prepare(u"DELETE FROM outbox WHERE state = 'sent' AND created_at < ?"_s);
    prune.addBindValue(nowSeconds() - 7 * 24 * 3600);
    prune.exec();
    // Whatever a previous run left (queued, or sending when it stopped) goes out again; the
    // latter is checked for first.
    QMetaObject::invokeMethod(this, &Outbox::pump, Qt::QueuedConnection);
}

bool Outbox::canSend() const
{
    return m_store->isOpen() && m_store->isExclusive();
}

QString Outbox::enqueue(const QString &userId, MessagePost post)
{
    Entry entry;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.userId = userId;
    post.metadata.insert(QLatin1String(clientIdKey), entry.clientId);
    entry.post = std::move(post);
    entry.createdAt = nowSeconds();
    QSqlQuery q(m_store->database());
    q.prepare(
        u"INSERT INTO outbox (client_id, user_id, body, state, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.clientId);
    q.addBindValue(entry.userId);
    q.addBindValue(QJsonDocument(entry.post.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(stateName(entry.state));
    q.addBindValue(entry.createdAt);
    if (!q.exec()) {
        // Not on disk means not accepted: the composer keeps the text and says why.
        qCWarning(lcStore) << "outbox write failed:" << q.lastError().text();
        return {};
    }
    Q_EMIT entryChanged(entry);
    pump();
    return entry.clientId;
}

QList<Outbox::Entry> Outbox::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT client_id, user_id, body, state, error, created_at, first_sent_at, "
              u"attempts, message_id "
              "FROM outbox WHERE "_s +
              where + u" ORDER BY seq"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Entry> entries;
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox read failed:" << q.lastError().text();
        return entries;
    }
    while (q.next()) {
        Entry e;
        e.clientId = q.value(0).toString();
        e.userId = q.value(1).toString();
        e.post = MessagePost::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
        e.state = stateFrom(q.value(3).toString());
        e.error = q.value(4).toString();
        e.createdAt = q.value(5).toDouble();
        if (!q.value(6).isNull())
            e.firstSentAt = q.value(6).toDouble();
        e.attempts = q.value(7).toInt();
        e.messageId = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

QList<Outbox::Entry> Outbox::undelivered(const QString &userId) const
{
    return userId.isEmpty() ? load(u"state != 'sent'"_s)
                            : load(u"state != 'sent' AND user_id = ?"_s, {userId});
}

std::optional<Outbox::Entry> Outbox::entry(const QString &clientId) const
{
    const QList<Entry> found = load(u"client_id = ?"_s, {clientId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool Outbox::save(const Entry &e)
{
    QSqlQuery q(m_store->database());
    q.prepare(
        u"UPDATE outbox SET state = ?, error = ?, first_sent_at = ?, attempts = ?, message_id = ? "
        "WHERE client_id = ?"_s);
    q.addBindValue(stateName(e.state));
    q.addBindValue(QString(e.error.isNull() ? u""_s : e.error)); // a null QString binds as NULL
    q.addBindValue(e.firstSentAt ? QVariant(*e.firstSentAt) : QVariant());
    q.addBindValue(e.attempts);
    q.addBindValue(e.messageId.isEmpty() ? QVariant() : QVariant(e.messageId));
    q.addBindValue(e.clientId);
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox update failed:" << q.lastError().text();
        return false;
    }
    Q_EMIT entryChanged(e);
    return true;
}

void Outbox::retry(const QString &clientId)
{
    auto e = entry(clientId);
    if (!e || e->state != State::Failed)
        return;
    e->state = State::Queued;
    e->error.clear();
    m_notBefore.remove(clientId);
    save(*e);
    pump();
}

bool Outbox::cancel(const QString &clientId)
{
    const auto e = entry(clientId);
    if (!e || e->state == State::Sent || m_busyUsers.value(e->userId) == clientId)
        return false;
    QSqlQuery q(m_store->database());
    q.prepare(u"DELETE FROM outbox WHERE client_id = ?"_s);
    q.addBindValue(clientId);
    if (!q.exec())
        return false;
    m_notBefore.remove(clientId);
    Q_EMIT entryRemoved(clientId);
    return true;
}

void Outbox::setOnline(bool online)
{
    m_online = online;
    if (online) {
        m_notBefore.clear(); // the connection is back: no reason to wait out old backoffs
        pump();
    }
}

void Outbox::resume()
{
    if (!m_held)
        return;
    m_held = false;
    Q_EMIT heldChanged(false, {});
    pump();
}

void Outbox::pump()
{
    if (!m_online || m_held || !canSend())
        return;
    std::optional<qint64> nextWake;
    QSet<QString> headsSeen;
    for (Entry &e : load(u"state IN ('queued', 'sending')"_s)) {
        // One message per conversation at a time, in order: only the oldest may go.
        if (headsSeen.contains(e.userId) || m_busyUsers.contains(e.userId)) {
            headsSeen.insert(e.userId);
            continue;
        }
        headsSeen.insert(e.userId);
        if (const auto wait = m_notBefore.constFind(e.clientId);
            wait != m_notBefore.cend() && !wait->hasExpired()) {
            nextWake = std::min(nextWake.value_or(wait->remainingTime()), wait->remainingTime());
            continue;
        }
        m_notBefore.remove(e.clientId);
        m_busyUsers.insert(e.userId, e.clientId);
        if (e.firstSentAt) {
            // It may have arrived already: look before posting again.
            verify(e, PageRequest::after(std::max(0.0, *e.firstSentAt - double(m_margin.count()))));
        } else {
            post(e);
        }
    }
    if (nextWake)
        m_wakeUp.start(std::chrono::milliseconds(std::max<qint64>(1, *nextWake)));
}

void Outbox::post(Entry e)
{
    // On disk before the request starts: a crash from here on is caught by the check above.
    e.state = State::Sending;
    e.error.clear();
    e.firstSentAt = e.firstSentAt.value_or(nowSeconds());
    ++e.attempts;
    if (!save(e)) {
        // Unrecorded, a send could not be checked after a crash: wait and try the disk again.
        finish(e.clientId);
        m_notBefore.insert(e.clientId, QDeadlineTimer(m_policy.maxDelay));
        m_wakeUp.start(m_policy.maxDelay);
        return;
    }
    m_posts.insert(m_api->postMessage(e.userId, e.post), e.clientId);
}

void Outbox::verify(const Entry &e, const PageRequest &request)
{
    if (e.state != State::Sending) {
        Entry shown = e;
        shown.state = State::Sending;
        save(shown);
    }
    m_checks.insert(m_api->getMessages(e.userId, request), {e.clientId, request});
}

void Outbox::onPosted(ConversationApi::RequestId id, const MessageResponse &response)
{
    const QString clientId = m_posts.take(id);
    if (!clientId.isEmpty())
        markDelivered(clientId, response.message);
}

void Outbox::onPage(ConversationApi::RequestId id, const MessagesPage &page)
{
    const auto check = m_checks.constFind(id);
    if (check == m_checks.cend())
        return;
    const Check c = *check;
    m_checks.erase(check);
    for (const Message &m : page.messages) {
        if (m.metadata.value(QLatin1String(clientIdKey)).toString() == c.clientId) {
            qCInfo(lcStore) << "message" << c.clientId << "had arrived; not sent again";
            markDelivered(c.clientId, m);
            return;
        }
    }
    const auto e = entry(c.clientId);
    if (!e) {
        finish(c.clientId);
        return;
    }
    if (page.hasNext() && !page.messages.isEmpty()) {
        verify(*e, HistoryPaging::newerThan(*page.messages.last().received));
        return;
    }
    post(*e); // not there: it never arrived
}

void Outbox::onFailed(ConversationApi::RequestId id, const ApiError &error)
{
    if (const QString clientId = m_posts.take(id); !clientId.isEmpty()) {
        const int status = error.httpStatus();
        if (error.isAuthFailure()) {
            auto e = entry(clientId);
            if (e) {
                e->state = State::Queued;
                e->error =
                    tr("Waiting: the server refused the credentials (%1)").arg(error.message());
                save(*e);
            }
            finish(clientId);
            m_held = true;
            Q_EMIT heldChanged(true, error);
            return;
        }
        if (error.kind() == ApiError::Kind::Refused ||
            (error.kind() == ApiError::Kind::Http && status >= 400 && status < 500 &&
             status != 408 && status != 429)) {
            fail(clientId, error.description().isEmpty() ? error.message() : error.description());
            return;
        }
        // No answer, or one that says nothing about the message: it may have arrived.
        backOff(clientId, error);
        return;
    }
    const auto check = m_checks.constFind(id);
    if (check == m_checks.cend())
        return;
    const Check c = *check;
    m_checks.erase(check);
    if (error.httpStatus() == 404) { // no conversation: the message never arrived
        if (const auto e = entry(c.clientId))
            post(*e);
        return;
    }
    if (error.isAuthFailure()) {
        finish(c.clientId);
        m_held = true;
        Q_EMIT heldChanged(true, error);
        return;
    }
    backOff(c.clientId, error);
}

void Outbox::markDelivered(const QString &clientId, const Message &message)
{
    auto e = entry(clientId);
    finish(clientId);
    if (!e)
        return;
    e->state = State::Sent;
    e->error.clear();
    e->messageId = message.id;
    save(*e);
    Q_EMIT delivered(*e, message);
    pump();
}

void Outbox::backOff(const QString &clientId, const ApiError &error)
{
    auto e = entry(clientId);
    finish(clientId);
    if (!e)
        return;
    const auto delay = m_policy.delayBefore(e->attempts + 1, error).value_or(m_policy.baseDelay);
    m_notBefore.insert(clientId, QDeadlineTimer(delay));
    e->state = State::Queued;
    e->error = tr("Retrying in %1 s: %2")
                   .arg(qMax<qint64>(1, (delay.count() + 999) / 1000))
                   .arg(error.userText());
    save(*e);
    pump();
}

void Outbox::fail(const QString &clientId, const QString &reason)
{
    auto e = entry(clientId);
    finish(clientId);
    if (!e)
        return;
    e->state = State::Failed;
    e->error = reason;
    save(*e);
    pump();
}

void Outbox::finish(const QString &clientId)
{
    for (auto it = m_busyUsers.begin(); it != m_busyUsers.end(); ++it) {
        if (it.value() == clientId) {
            m_busyUsers.erase(it);
            return;
        }
    }
}
