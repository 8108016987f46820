#include "session/outbox.h"

#include "client/attachmentsapi.h"
#include "client/historypaging.h"
#include "client/logging.h"
#include "storage/localstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
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
    case Outbox::State::Unknown:
        return u"unknown"_s;
    case Outbox::State::OtherApp: // derived when read, never written
        return u"queued"_s;
    }
    return {};
}

QString clearedReason()
{
    return Outbox::tr("The history was cleared after this message was first sent, so whether it "
                      "arrived cannot be checked. Retry sends it again; Cancel drops it.");
}

QString uploadName(Outbox::Entry::Upload upload)
{
    switch (upload) {
    case Outbox::Entry::Upload::None:
        return u""_s;
    case Outbox::Entry::Upload::Waiting:
        return u"waiting"_s;
    case Outbox::Entry::Upload::Uploading:
        return u"uploading"_s;
    case Outbox::Entry::Upload::Uploaded:
        return u"uploaded"_s;
    }
    return {};
}

Outbox::Entry::Upload uploadFrom(const QString &name)
{
    if (name == "waiting"_L1)
        return Outbox::Entry::Upload::Waiting;
    if (name == "uploading"_L1)
        return Outbox::Entry::Upload::Uploading;
    if (name == "uploaded"_L1)
        return Outbox::Entry::Upload::Uploaded;
    return Outbox::Entry::Upload::None;
}

/*! A file name that stays inside its folder. */
QString localName(const QString &fileName)
{
    QString name = fileName.section(u'/', -1).section(u'\\', -1);
    if (name.isEmpty() || name == "."_L1 || name == ".."_L1)
        name = u"file"_s;
    return name.left(200);
}

Outbox::State stateFrom(const QString &name)
{
    if (name == "sending"_L1)
        return Outbox::State::Sending;
    if (name == "sent"_L1)
        return Outbox::State::Sent;
    if (name == "failed"_L1)
        return Outbox::State::Failed;
    if (name == "unknown"_L1)
        return Outbox::State::Unknown;
    return Outbox::State::Queued;
}
} // namespace

Message Outbox::Entry::displayed() const
{
    Message m;
    m.id = clientId;
    m.roleName = post.role;
    m.typeName = post.type;
    m.name = post.name;
    m.text = post.text;
    m.mediaUrl = post.mediaUrl;
    m.mediaType = post.mediaType;
    m.actions = post.actions;
    m.avatarUrl = post.avatarUrl;
    m.metadata = post.metadata;
    m.received = createdAt;
    return m;
}

Outbox::Outbox(ConversationApi *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_clock(nowSeconds)
    , m_attachments(new AttachmentsApi(this))
{
    m_policy.maxAttempts = std::numeric_limits<int>::max(); // never give up while online
    m_policy.maxDelay = std::chrono::seconds(60);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &Outbox::pump);
    connect(m_api, &ConversationApi::serverDateSeen, this, &Outbox::onServerDate);
    // Delivered messages are kept a week, for the record; then they go.
    QSqlQuery prune(m_store->database());
    prune.prepare(u"DELETE FROM outbox WHERE state = 'sent' AND created_at < ?"_s);
    prune.addBindValue(nowSeconds() - 7 * 24 * 3600);
    prune.exec();
    // Copies of files whose row is gone or delivered (a crash between the copy and the row, or
    // before the copy was deleted) are not needed any more.
    QDir files(filesFolder());
    for (const QString &name : files.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QSqlQuery row(m_store->database());
        row.prepare(u"SELECT 1 FROM outbox WHERE client_id = ? AND state != 'sent'"_s);
        row.addBindValue(name);
        if (row.exec() && !row.next())
            QDir(files.filePath(name)).removeRecursively();
    }
    // Whatever a previous run left (queued, or sending when it stopped) goes out again; the
    // latter is checked for first.
    QMetaObject::invokeMethod(this, &Outbox::pump, Qt::QueuedConnection);
}

bool Outbox::canSend() const
{
    return m_store->isOpen() && m_store->isExclusive();
}

QString Outbox::enqueue(const QString &userId, NewMessage post,
                        const std::function<bool()> &alongside)
{
    Entry entry;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.userId = userId;
    post.metadata.insert(QLatin1String(clientIdKey), entry.clientId);
    entry.post = std::move(post);
    entry.createdAt = m_clock();
    entry.baseUrl = boundUrl();
    entry.appId = boundApp();
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        qCWarning(lcStore) << "outbox write failed:" << db.lastError().text();
        return {};
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (client_id, user_id, body, state, created_at, base_url, app_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.clientId);
    q.addBindValue(entry.userId);
    q.addBindValue(QJsonDocument(entry.post.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(stateName(entry.state));
    q.addBindValue(entry.createdAt);
    q.addBindValue(entry.baseUrl);
    q.addBindValue(entry.appId);
    const bool written = q.exec();
    const QString why = q.lastError().text();
    q.finish();
    // One commit for both: a kill in between leaves neither the row nor a stale draft.
    if (!written || (alongside && !alongside()) || !db.commit()) {
        // Not on disk means not accepted: the composer keeps the text and says why.
        qCWarning(lcStore) << "outbox write failed:" << (written ? db.lastError().text() : why);
        db.rollback();
        return {};
    }
    Q_EMIT entryChanged(entry);
    pump();
    return entry.clientId;
}

QString Outbox::filesFolder() const
{
    return QFileInfo(m_store->path()).absolutePath() + u"/outbox-files"_s;
}

QString Outbox::enqueueFile(const QString &userId, const OutgoingFile &file, NewMessage post)
{
    if (!file.isValid())
        return {};
    Entry entry;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.userId = userId;
    entry.post = std::move(post);
    entry.post.role = u"appMaker"_s;
    entry.post.type = file.messageType();
    entry.post.mediaUrl.clear();
    entry.post.mediaType.clear();
    entry.post.metadata.insert(QLatin1String(clientIdKey), entry.clientId);
    entry.createdAt = m_clock();
    entry.baseUrl = boundUrl();
    entry.appId = boundApp();
    entry.upload = Entry::Upload::Waiting;
    entry.fileName = file.fileName;
    entry.fileType = file.mimeType;
    entry.fileSize = file.data.size();

    // The copy first, on disk and synced; then the row. A crash in between leaves a folder
    // without a row, which the next start deletes.
    const QString folder = filesFolder() + u'/' + entry.clientId;
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QDir().mkpath(folder)) {
        qCWarning(lcStore) << "cannot create" << folder;
        return {};
    }
    QFile::setPermissions(filesFolder(), ownerOnly | QFileDevice::ExeOwner);
    QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    entry.filePath = folder + u'/' + localName(file.fileName);
    QSaveFile copy(entry.filePath);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(file.data) != file.data.size() ||
        !copy.setPermissions(ownerOnly) || !copy.commit()) {
        qCWarning(lcStore) << "cannot store the file to send:" << copy.errorString();
        QDir(folder).removeRecursively();
        return {};
    }

    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO outbox (client_id, user_id, body, state, created_at, base_url, app_id, "
              "file_path, file_name, file_type, file_size, upload) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.clientId);
    q.addBindValue(entry.userId);
    q.addBindValue(QJsonDocument(entry.post.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(stateName(entry.state));
    q.addBindValue(entry.createdAt);
    q.addBindValue(entry.baseUrl);
    q.addBindValue(entry.appId);
    q.addBindValue(entry.filePath);
    q.addBindValue(entry.fileName);
    q.addBindValue(entry.fileType);
    q.addBindValue(entry.fileSize);
    q.addBindValue(uploadName(entry.upload));
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox write failed:" << q.lastError().text();
        QDir(folder).removeRecursively();
        return {};
    }
    Q_EMIT entryChanged(entry);
    pump();
    return entry.clientId;
}

std::optional<std::pair<qint64, qint64>> Outbox::uploadProgress(const QString &clientId) const
{
    const auto it = m_progress.constFind(clientId);
    return it == m_progress.cend() ? std::nullopt : std::optional(*it);
}

QList<Outbox::Entry> Outbox::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT client_id, user_id, body, state, error, created_at, first_sent_at, "
              u"attempts, message_id, base_url, app_id, first_sent_server, upload, file_path, "
              u"file_name, file_type, file_size "
              "FROM outbox WHERE "_s +
              where + u" ORDER BY seq"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Entry> entries;
    const QString here = boundUrl();
    const QString app = boundApp();
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox read failed:" << q.lastError().text();
        return entries;
    }
    while (q.next()) {
        Entry e;
        e.clientId = q.value(0).toString();
        e.userId = q.value(1).toString();
        e.post = NewMessage::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
        e.state = stateFrom(q.value(3).toString());
        e.error = q.value(4).toString();
        e.createdAt = q.value(5).toDouble();
        if (!q.value(6).isNull())
            e.firstSentAt = q.value(6).toDouble();
        e.attempts = q.value(7).toInt();
        e.messageId = q.value(8).toString();
        e.baseUrl = q.value(9).toString();
        e.appId = q.value(10).toString();
        if (!q.value(11).isNull())
            e.firstSentServer = q.value(11).toDouble();
        e.upload = uploadFrom(q.value(12).toString());
        e.filePath = q.value(13).toString();
        e.fileName = q.value(14).toString();
        e.fileType = q.value(15).toString();
        e.fileSize = q.value(16).toLongLong();
        if (e.state != State::Sent && e.baseUrl.isEmpty()) {
            e.error = tr("Queued before the console recorded which app a message is for. Retry "
                         "sends it to the app open now; Cancel drops it.");
        } else if (e.state != State::Sent && (e.baseUrl != here || e.appId != app)) {
            e.state = State::OtherApp;
            e.error = tr("Written for app %1 at %2, not the one open now: it is never sent here. "
                         "Open that app to send it, or cancel it.")
                          .arg(e.appId, e.baseUrl);
        }
        entries.append(e);
    }
    return entries;
}

QList<Outbox::Entry> Outbox::loadOwn(const QString &where, QVariantList values) const
{
    values.append(boundUrl());
    values.append(boundApp());
    return load(u"("_s + where + u") AND base_url = ? AND app_id = ?"_s, values);
}

QString Outbox::boundUrl() const
{
    return m_api->connection().boundUrl();
}

QString Outbox::boundApp() const
{
    return m_api->connection().boundApp();
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
    if (e.state == State::OtherApp)
        return false; // another app's row is not this outbox's to change
    QSqlQuery q(m_store->database());
    q.prepare(
        u"UPDATE outbox SET state = ?, error = ?, first_sent_at = ?, attempts = ?, message_id = ?, "
        "base_url = ?, app_id = ?, first_sent_server = ?, body = ?, upload = ? "
        "WHERE client_id = ?"_s);
    q.addBindValue(stateName(e.state));
    q.addBindValue(QString(e.error.isNull() ? u""_s : e.error)); // a null QString binds as NULL
    q.addBindValue(e.firstSentAt ? QVariant(*e.firstSentAt) : QVariant());
    q.addBindValue(e.attempts);
    q.addBindValue(e.messageId.isEmpty() ? QVariant() : QVariant(e.messageId));
    q.addBindValue(e.baseUrl);
    q.addBindValue(e.appId);
    q.addBindValue(e.firstSentServer ? QVariant(*e.firstSentServer) : QVariant());
    q.addBindValue(QJsonDocument(e.post.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(uploadName(e.upload));
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
    if (!e || (e->state != State::Failed && e->state != State::Unknown))
        return;
    if (e->state == State::Unknown) {
        // The agent decided it should go (again): a new first send, to the app open now.
        e->firstSentAt.reset();
        e->firstSentServer.reset();
        e->baseUrl = boundUrl();
        e->appId = boundApp();
    }
    e->state = State::Queued;
    e->error.clear();
    m_notBefore.remove(clientId);
    save(*e);
    pump();
}

bool Outbox::cancel(const QString &clientId)
{
    auto e = entry(clientId);
    if (!e || e->state == State::Sent)
        return false;
    if (const auto up = m_uploads.value(clientId); up && m_busyUsers.value(e->userId) == clientId) {
        const auto progress = m_progress.value(clientId, {0, 1});
        if (progress.first < progress.second) {
            // Part of the file is still to go out: the server cannot have it. Abort and drop.
            up->cancel();
            m_uploads.remove(clientId);
            m_progress.remove(clientId);
            finish(clientId);
            const bool dropped = drop(*e, false);
            pump();
            return dropped;
        }
        // All of it went out: the server may store it. Its answer says what to remove.
        m_cancelling.insert(clientId);
        e->error = tr("Cancelling: waiting for the upload's answer to remove the file…");
        save(*e);
        return false;
    }
    if (m_busyUsers.value(e->userId) == clientId)
        return false;
    if (e->state == State::Queued && e->firstSentAt) {
        // Posted before without an answer (waiting out a backoff): it may have arrived.
        if (!m_online || m_held || !canSend() || m_clearing.contains(e->userId) ||
            m_busyUsers.contains(e->userId)) {
            markUnknown(*e, tr("It may have been delivered: the console cannot check now. Cancel "
                               "drops it anyway; Retry sends it again."));
            return false;
        }
        m_cancelling.insert(clientId);
        m_notBefore.remove(clientId);
        m_busyUsers.insert(e->userId, clientId);
        e->error = tr("Checking whether it arrived before cancelling…");
        check(*e);
        return false;
    }
    // A message posted before without an answer may have arrived (Unknown): its file stays
    // then. A failed one was refused by the server: it never arrived.
    return drop(*e, !e->firstSentAt || e->state == State::Failed);
}

bool Outbox::drop(const Entry &e, bool removeUpload)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM outbox WHERE client_id = ?"_s);
    q.addBindValue(e.clientId);
    bool ok = q.exec();
    if (ok && removeUpload && e.upload == Entry::Upload::Uploaded && !e.post.mediaUrl.isEmpty()) {
        // Recorded with the delete: the removal is retried until it is done, through crashes.
        QSqlQuery r(db);
        r.prepare(u"INSERT OR IGNORE INTO outbox_removals (media_url, base_url, app_id) "
                  "VALUES (?, ?, ?)"_s);
        r.addBindValue(e.post.mediaUrl);
        r.addBindValue(e.baseUrl);
        r.addBindValue(e.appId);
        ok = r.exec();
    }
    q.finish();
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    m_notBefore.remove(e.clientId);
    deleteFileCopy(e.clientId);
    Q_EMIT entryRemoved(e.clientId);
    removeUploads();
    return true;
}

void Outbox::deleteFileCopy(const QString &clientId)
{
    if (!clientId.isEmpty())
        QDir(filesFolder() + u'/' + clientId).removeRecursively();
}

void Outbox::removeUploads()
{
    if (!m_online || m_held || !canSend())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT media_url FROM outbox_removals WHERE base_url = ? AND app_id = ?"_s);
    q.addBindValue(boundUrl());
    q.addBindValue(boundApp());
    if (!q.exec())
        return;
    while (q.next()) {
        const QString url = q.value(0).toString();
        if (m_removing.contains(url))
            continue;
        m_removing.insert(url);
        m_attachments->setConnection(m_api->connection());
        auto *reply = m_attachments->remove(url, this);
        const auto done = [this, url] {
            m_removing.remove(url);
            QSqlQuery d(m_store->database());
            d.prepare(u"DELETE FROM outbox_removals WHERE media_url = ?"_s);
            d.addBindValue(url);
            d.exec();
            qCInfo(lcStore) << "uploaded file of a cancelled message removed";
        };
        connect(reply, &ApiReply::succeeded, this, done);
        connect(reply, &ApiReply::failed, this, [this, url, done](const ApiError &error) {
            if (error.httpStatus() == 404) // not there (any more): nothing to remove
                done();
            else
                m_removing.remove(url); // tried again on the next turn of the outbox
        });
    }
}

void Outbox::beginClear(const QString &userId)
{
    m_clearing.insert(userId);
    QSqlQuery q(m_store->database());
    q.prepare(
        u"INSERT INTO outbox_clears (base_url, app_id, user_id, cleared_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(base_url, app_id, user_id) DO UPDATE SET cleared_at = excluded.cleared_at"_s);
    q.addBindValue(boundUrl());
    q.addBindValue(boundApp());
    q.addBindValue(userId);
    q.addBindValue(m_clock());
    if (!q.exec())
        qCWarning(lcStore) << "clear not recorded:" << q.lastError().text();
}

void Outbox::endClear(const QString &userId, bool mayHaveCleared)
{
    m_clearing.remove(userId);
    if (mayHaveCleared) {
        // Say so at once rather than when a backoff ends; one in flight learns it on its answer.
        for (const Entry &e :
             loadOwn(u"state IN ('queued', 'sending') AND user_id = ?"_s, {userId})) {
            if (e.firstSentAt && !m_busyUsers.contains(e.userId))
                markUnknown(e, clearedReason());
        }
    } else {
        QSqlQuery q(m_store->database());
        q.prepare(u"DELETE FROM outbox_clears WHERE base_url = ? AND app_id = ? AND user_id = ?"_s);
        q.addBindValue(boundUrl());
        q.addBindValue(boundApp());
        q.addBindValue(userId);
        q.exec();
    }
    pump(); // what waited is checked now; the cleared ones become unknown there
}

std::optional<double> Outbox::clearedAt(const QString &userId) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT cleared_at FROM outbox_clears WHERE base_url = ? AND app_id = ? AND "
              "user_id = ?"_s);
    q.addBindValue(boundUrl());
    q.addBindValue(boundApp());
    q.addBindValue(userId);
    if (q.exec() && q.next())
        return q.value(0).toDouble();
    return std::nullopt;
}

void Outbox::onServerDate(const QDateTime &date)
{
    m_serverOffset = double(date.toMSecsSinceEpoch()) / 1000.0 - m_clock();
}

std::optional<double> Outbox::anchor(const Entry &e) const
{
    const double margin = double(m_margin.count());
    if (e.firstSentServer)
        return std::max(0.0, *e.firstSentServer - margin);
    if (e.firstSentAt && m_serverOffset)
        return std::max(0.0, *e.firstSentAt + *m_serverOffset - margin);
    return std::nullopt;
}

void Outbox::markUnknown(Entry e, const QString &reason)
{
    finish(e.clientId);
    m_cancelling.remove(e.clientId);
    m_notBefore.remove(e.clientId);
    e.state = State::Unknown;
    e.error = reason;
    qCInfo(lcStore) << "message" << e.clientId << "delivery unknown:" << reason;
    save(e);
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
    bool again = false;
    // Only this app's rows: another app's are never sent here.
    for (Entry &e : loadOwn(u"state IN ('queued', 'sending')"_s)) {
        // One message per conversation at a time, in order: only the oldest may go. Nothing
        // goes while that conversation's history is being cleared.
        if (headsSeen.contains(e.userId) || m_busyUsers.contains(e.userId) ||
            m_clearing.contains(e.userId)) {
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
        if (const auto cleared = clearedAt(e.userId);
            e.firstSentAt && cleared && *cleared >= *e.firstSentAt) {
            markUnknown(e, clearedReason());
            again = true; // the conversation's next message may go now
            continue;
        }
        m_busyUsers.insert(e.userId, e.clientId);
        if (e.upload == Entry::Upload::Waiting || e.upload == Entry::Upload::Uploading)
            upload(e); // the file first; an upload is never checked, only made
        else if (e.firstSentAt)
            check(e); // it may have arrived already: look before posting again
        else
            post(e);
    }
    removeUploads();
    if (again)
        QMetaObject::invokeMethod(this, &Outbox::pump, Qt::QueuedConnection);
    if (nextWake)
        m_wakeUp.start(std::chrono::milliseconds(std::max<qint64>(1, *nextWake)));
}

void Outbox::upload(Entry e)
{
    if (e.upload == Entry::Upload::Uploading)
        qCInfo(lcStore) << "message" << e.clientId
                        << "was uploading when the console stopped; uploading again (a copy the "
                           "server may have stored then stays unused)";
    QFile file(e.filePath);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.read(AttachmentsApi::maxFileSize + 1);
    if (data.size() != e.fileSize) {
        fail(e.clientId, tr("The console's copy of “%1” is missing or damaged: it cannot be sent. "
                            "Cancel it and attach the file again.")
                             .arg(e.fileName));
        return;
    }
    // On disk before the request starts: after a crash from here on, the next start knows an
    // upload may have reached the server.
    e.upload = Entry::Upload::Uploading;
    e.state = State::Sending;
    e.error.clear();
    ++e.attempts;
    if (!save(e)) {
        finish(e.clientId);
        m_notBefore.insert(e.clientId, QDeadlineTimer(m_policy.maxDelay));
        m_wakeUp.start(m_policy.maxDelay);
        return;
    }
    m_attachments->setConnection(m_api->connection());
    m_progress.insert(e.clientId, {0, data.size()});
    auto *reply = m_attachments->upload(data, e.fileName, e.fileType, e.userId, this);
    m_uploads.insert(e.clientId, reply);
    const QString id = e.clientId;
    connect(reply, &ApiReply::uploadProgress, this, [this, id](qint64 sent, qint64 total) {
        m_progress.insert(id, {sent, total});
        Q_EMIT uploadProgressed(id, sent, total);
    });
    connect(reply, &ApiReply::succeeded, this,
            [this, reply, id] { onUploaded(id, reply->result()); });
    connect(reply, &ApiReply::failed, this,
            [this, id](const ApiError &error) { onUploadFailed(id, error); });
}

void Outbox::onUploaded(const QString &clientId, const UploadedMedia &media)
{
    m_uploads.remove(clientId);
    m_progress.remove(clientId);
    auto e = entry(clientId);
    if (!e) {
        finish(clientId);
        return;
    }
    // Kept before the POST starts: a crash from here on never uploads it again.
    e->post.mediaUrl = media.mediaUrl;
    e->post.mediaType = media.mediaType;
    e->upload = Entry::Upload::Uploaded;
    if (m_cancelling.remove(clientId)) {
        finish(clientId);
        drop(*e, true); // removed from the server too
        pump();
        return;
    }
    if (!save(*e)) {
        finish(clientId);
        // Not kept means it could be uploaded again after a crash: better removed now.
        e->upload = Entry::Upload::Waiting;
        QSqlQuery r(m_store->database());
        r.prepare(u"INSERT OR IGNORE INTO outbox_removals (media_url, base_url, app_id) "
                  "VALUES (?, ?, ?)"_s);
        r.addBindValue(media.mediaUrl);
        r.addBindValue(e->baseUrl);
        r.addBindValue(e->appId);
        r.exec();
        m_notBefore.insert(clientId, QDeadlineTimer(m_policy.maxDelay));
        m_wakeUp.start(m_policy.maxDelay);
        return;
    }
    post(*e);
}

void Outbox::onUploadFailed(const QString &clientId, const ApiError &error)
{
    m_uploads.remove(clientId);
    m_progress.remove(clientId);
    if (m_cancelling.remove(clientId)) {
        // No file came of it, or none whose URL is known: the message goes.
        finish(clientId);
        if (const auto e = entry(clientId))
            drop(*e, false);
        pump();
        return;
    }
    const int status = error.httpStatus();
    if (status == 413) {
        fail(clientId, AttachmentsApi::tooLargeText());
        return;
    }
    onPostFailed(clientId, error); // the same rules as a message's own POST
}

void Outbox::post(Entry e)
{
    // On disk before the request starts: a crash from here on is caught by the check above.
    e.state = State::Sending;
    e.error.clear();
    if (!e.firstSentAt) {
        e.firstSentAt = m_clock();
        if (m_serverOffset)
            e.firstSentServer = *e.firstSentAt + *m_serverOffset;
    }
    ++e.attempts;
    if (!save(e)) {
        // Unrecorded, a send could not be checked after a crash: wait and try the disk again.
        finish(e.clientId);
        m_notBefore.insert(e.clientId, QDeadlineTimer(m_policy.maxDelay));
        m_wakeUp.start(m_policy.maxDelay);
        return;
    }
    auto *reply = m_api->postMessage(e.userId, e.post, this);
    connect(reply, &ApiReply::succeeded, this,
            [this, reply, id = e.clientId] { markDelivered(id, reply->result().message); });
    connect(reply, &ApiReply::failed, this,
            [this, id = e.clientId](const ApiError &error) { onPostFailed(id, error); });
}

void Outbox::check(const Entry &e)
{
    // The search starts from the first send on the server's clock. Until a response has told
    // the offset, the latest page comes first: it tells it, and may hold the message already.
    if (const auto from = anchor(e))
        verify(e, PageRequest::after(*from), {e.clientId, {}, {}, false});
    else
        verify(e, PageRequest::latest(), {e.clientId, {}, {}, true});
}

void Outbox::verify(const Entry &e, const PageRequest &request, Check check)
{
    if (e.state != State::Sending) {
        Entry shown = e;
        shown.state = State::Sending;
        save(shown);
    }
    check.request = request;
    auto *reply = m_api->getMessages(e.userId, request, this);
    connect(reply, &ApiReply::succeeded, this,
            [this, reply, check] { onPage(check, reply->result()); });
    connect(reply, &ApiReply::failed, this,
            [this, check](const ApiError &error) { onCheckFailed(check, error); });
}

void Outbox::notThere(const Entry &e)
{
    if (m_cancelling.remove(e.clientId)) {
        finish(e.clientId);
        if (const auto fresh = entry(e.clientId)) // not there: the cancel goes through
            drop(*fresh, true);
        pump();
        return;
    }
    if (m_clearing.contains(e.userId)) {
        // A clear may have removed it meanwhile: wait for its outcome.
        finish(e.clientId);
        Entry waiting = e;
        waiting.state = State::Queued;
        save(waiting);
        return;
    }
    if (const auto cleared = clearedAt(e.userId);
        e.firstSentAt && cleared && *cleared >= *e.firstSentAt) {
        markUnknown(e, clearedReason());
        pump();
        return;
    }
    post(e); // not there: it never arrived
}

void Outbox::onPage(Check c, const MessagesPage &page)
{
    bool progress = false;
    for (const Message &m : page.messages) {
        if (m.metadata.value(QLatin1String(clientIdKey)).toString() == c.clientId) {
            qCInfo(lcStore) << "message" << c.clientId << "had arrived; not sent again";
            m_cancelling.remove(c.clientId);
            markDelivered(c.clientId, m);
            return;
        }
        if (!c.seen.contains(m.id)) {
            c.seen.insert(m.id);
            progress = true;
        }
    }
    const auto e = entry(c.clientId);
    if (!e) {
        finish(c.clientId);
        return;
    }
    if (c.probe) {
        // The offset is known now (from this answer's Date), or never will be: then the
        // agent's clock is all there is.
        const double from = anchor(*e).value_or(
            std::max(0.0, e->firstSentAt.value_or(0) - double(m_margin.count())));
        if (!m_serverOffset)
            qCWarning(lcStore) << "the server sends no Date; checking by the local clock";
        const bool reachesBack = !page.messages.isEmpty() && page.messages.first().received &&
                                 *page.messages.first().received <= from;
        if (!page.hasPrevious() || reachesBack) {
            notThere(*e); // the whole span since the first send was on this page
            return;
        }
        c.probe = false;
        verify(*e, PageRequest::after(from), std::move(c));
        return;
    }
    if (page.hasNext() && !page.messages.isEmpty()) {
        if (!progress) {
            // A page of nothing new: more messages share one instant than a page holds, and
            // v1.1's cursor cannot get past them. Asking again would loop; posting could double.
            markUnknown(*e, tr("The conversation has too many messages at one instant to check "
                               "whether this one arrived. Retry sends it again; Cancel drops it."));
            pump();
            return;
        }
        verify(*e, HistoryPaging::newerThan(*page.messages.last().received), std::move(c));
        return;
    }
    notThere(*e);
}

void Outbox::onPostFailed(const QString &clientId, const ApiError &error)
{
    const int status = error.httpStatus();
    if (error.isAuthFailure()) {
        auto e = entry(clientId);
        if (e) {
            e->state = State::Queued;
            e->error = tr("Waiting: the server refused the credentials (%1)").arg(error.message());
            save(*e);
        }
        finish(clientId);
        m_held = true;
        Q_EMIT heldChanged(true, error);
        return;
    }
    if (error.kind() == ApiError::Kind::Refused ||
        (error.kind() == ApiError::Kind::Http && status >= 400 && status < 500 && status != 408 &&
         status != 429)) {
        fail(clientId, error.description().isEmpty() ? error.message() : error.description());
        return;
    }
    // No answer, or one that says nothing about the message: it may have arrived.
    backOff(clientId, error);
}

void Outbox::onCheckFailed(const Check &c, const ApiError &error)
{
    if (error.httpStatus() == 404) { // no conversation: the message never arrived
        if (const auto e = entry(c.clientId))
            notThere(*e);
        else
            finish(c.clientId);
        return;
    }
    if (m_cancelling.contains(c.clientId)) {
        if (const auto e = entry(c.clientId)) {
            markUnknown(*e, tr("It may have been delivered: the check failed (%1). Cancel drops "
                               "it anyway; Retry sends it again.")
                                .arg(error.message()));
            pump();
        }
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
    deleteFileCopy(e->filePath.isEmpty() ? QString() : clientId); // the server has it now
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
