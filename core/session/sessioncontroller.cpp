#include "session/sessioncontroller.h"

#include "client/conversationapi.h"
#include "client/logging.h"
#include "session/connectionmonitor.h"
#include "session/deliverytracker.h"
#include "session/historyclearer.h"
#include "session/readtracker.h"
#include "session/relayclient.h"
#include "session/sendguard.h"
#include "session/session.h"
#include "session/typingnotifier.h"
#include "session/undoabledelete.h"
#include "session/webhookreceiver.h"
#include "storage/auditlog.h"
#include "storage/draftstore.h"
#include "storage/inboxstore.h"
#include "storage/localstore.h"
#include "text/plaintext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkInformation>
#include <QPointer>
#include <QSettings>
#include <QUrl>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
constexpr auto typingExpiry = 10s;      // "is typing" goes away if no stop arrives
constexpr auto agentTypingExpiry = 12s; // another agent's typing, renewed every 5 s by its console

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}
} // namespace

SessionController::SessionController(const Profile &profile, const QByteArray &secret,
                                     const QByteArray &webhookSecret, const QString &dataDirectory,
                                     QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<Session>(profile, secret, webhookSecret, dataDirectory))
    , m_deletions(new UndoableDelete(m_session->api(), this))
    , m_connection(new ConnectionMonitor(m_session->api(), this))
    , m_guard(new SendGuard(this))
{
    Session *s = m_session.get();
    const auto own = [this](const Message &m) {
        // This console's messages carry the client id its outbox knows; the agent's messages
        // from another console carry the agent's email.
        const QString clientId = m.metadata.value(QLatin1String(Outbox::clientIdKey)).toString();
        const QString email = m_session->profile().agentEmail;
        return (!clientId.isEmpty() && m_session->outbox()->entry(clientId).has_value()) ||
               (m.role() == Message::Role::AppMaker && !email.isEmpty() &&
                m.email.compare(email, Qt::CaseInsensitive) == 0);
    };
    m_guard->setOwnMessage(own);
    s->inbox()->setOwnMessage(own);
    if (WebhookReceiver *webhooks = s->webhooks())
        addLiveUpdates(webhooks, &WebhookReceiver::eventReceived);
    for (const InboxStore::Entry &e : s->inbox()->entries())
        m_unread.insert(e.userId, e.unread);
    countUnread();

    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        const auto networkUp = [] {
            return QNetworkInformation::instance()->reachability() !=
                   QNetworkInformation::Reachability::Disconnected;
        };
        m_online = networkUp();
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this, networkUp] {
                    setOnline(networkUp());
                    Q_EMIT onlineChanged(m_online);
                    if (m_online)
                        Q_EMIT catchUpDue();
                });
    }
    s->outbox()->setOnline(m_online);
    m_closeWait.setSingleShot(true);
    connect(&m_closeWait, &QTimer::timeout, this, [this] {
        disconnect(m_session->typing(), &TypingNotifier::idle, this, nullptr);
        if (m_relay)
            disconnect(m_relay, &RelayClient::idle, this, nullptr);
        Q_EMIT readyToClose();
    });
    m_typingExpiry.setSingleShot(true);
    m_typingExpiry.setInterval(typingExpiry);
    connect(&m_typingExpiry, &QTimer::timeout, this,
            [this] { Q_EMIT openTypingChanged(false, {}); });

    Outbox *outbox = s->outbox();
    connect(outbox, &Outbox::entryChanged, this, [this](const Outbox::Entry &e) {
        if (e.userId == m_open && e.state != Outbox::State::Sent)
            Q_EMIT outgoingChanged(e);
        updateUnsent();
    });
    connect(outbox, &Outbox::entryRemoved, this, [this](const QString &clientId) {
        Q_EMIT outgoingRemoved(clientId);
        updateUnsent();
    });
    connect(
        outbox, &Outbox::delivered, this, [this](const Outbox::Entry &e, const Message &message) {
            // The server has it: before the view shows it, so it shows with its status.
            m_session->deliveries()->markSent(message.id, e.userId, message.received.value_or(0));
            updateUnsent();
            record(e.userId, {}, {message});
            if (e.userId == m_open)
                Q_EMIT outgoingDelivered(e.clientId, message);
        });
    connect(outbox, &Outbox::heldChanged, this,
            [this](bool held, const ApiError &error) { Q_EMIT outboxHeld(held, error.message()); });

    // No answer from the server: say so, and try again until it answers.
    const auto tryAgain = [this] {
        m_session->outbox()->setOnline(m_online); // wakes messages waiting out a backoff
        Q_EMIT catchUpDue();
    };
    connect(m_connection, &ConnectionMonitor::retryDue, this, tryAgain);
    connect(m_connection, &ConnectionMonitor::reachableChanged, this,
            [this, tryAgain](bool reachable) {
                Q_EMIT reachableChanged(reachable, m_connection->lastError().message());
                if (reachable)
                    tryAgain();
            });

    connect(s->readTracker(), &ReadTracker::unreadCountReset, this, [this](const QString &userId) {
        m_session->inbox()->markSeen(userId);
        if (auto e = m_session->inbox()->entry(userId))
            changed(*e);
    });
    connect(m_deletions, &UndoableDelete::deleted, this,
            [this](const QString &userId, const QString &messageId) {
                m_session->audit()->messageDeleted(m_session->profile().name, userId, messageId);
                m_deleted.remove(messageId);
            });
    connect(m_deletions, &UndoableDelete::failed, this,
            [this](const QString &userId, const QString &messageId, const ApiError &error) {
                if (m_deleted.contains(messageId))
                    Q_EMIT messageRestored(m_deleted.take(messageId));
                Q_EMIT deletionFailed(userId, error);
            });
}

SessionController::~SessionController()
{
    // What uses the session goes before it does.
    delete m_relay;
    qDeleteAll(findChildren<HistoryClearer *>(Qt::FindDirectChildrenOnly));
    delete m_deletions;
    delete m_connection;
}

const Profile &SessionController::profile() const
{
    return m_session->profile();
}

ConversationApi *SessionController::api() const
{
    return m_session->api();
}

Outbox *SessionController::outbox() const
{
    return m_session->outbox();
}

WebhookReceiver *SessionController::webhooks() const
{
    return m_session->webhooks();
}

QString SessionController::problem() const
{
    const Session *s = m_session.get();
    if (QString problem = s->api()->connection().validationError(); !problem.isEmpty())
        return problem;
    if (!s->store()->isOpen())
        return tr("The local database could not be opened (%1): messages cannot be sent.")
            .arg(s->store()->errorString());
    if (!s->outbox()->canSend())
        return tr("Another Smooch console is open with this profile: send from that one.");
    if (!s->webhookError().isEmpty())
        return tr("Live updates are off: %1. The open conversation still refreshes by itself.")
            .arg(s->webhookError());
    if (!m_relayProblem.isEmpty())
        return tr("Live updates from the team relay are off: %1. The open conversation still "
                  "refreshes by itself.")
            .arg(m_relayProblem);
    return {};
}

QString SessionController::sendProblem() const
{
    const Session *s = m_session.get();
    if (!s->store()->isOpen())
        return tr("The local database is not available, so the message cannot be kept safe: %1")
            .arg(s->store()->errorString());
    if (!s->outbox()->canSend())
        return tr("Another Smooch console is open with this profile: send from that one.");
    return {};
}

QList<InboxStore::Entry> SessionController::inboxEntries() const
{
    return m_session->inbox()->entries();
}

std::optional<InboxStore::Entry> SessionController::inboxEntry(const QString &userId) const
{
    return m_session->inbox()->entry(userId);
}

QHash<QString, int> SessionController::unsent() const
{
    QHash<QString, int> unsent;
    for (const Outbox::Entry &e : m_session->outbox()->undelivered())
        ++unsent[e.userId];
    return unsent;
}

void SessionController::updateUnsent()
{
    Q_EMIT unsentChanged(unsent());
}

void SessionController::changed(const InboxStore::Entry &entry)
{
    m_unread.insert(entry.userId, entry.unread);
    Q_EMIT inboxChanged(entry);
    countUnread();
}

void SessionController::countUnread()
{
    int total = 0;
    for (int unread : std::as_const(m_unread))
        total += unread;
    if (total == m_unreadTotal)
        return;
    m_unreadTotal = total;
    Q_EMIT unreadCountChanged(total);
}

void SessionController::openConversation(const QString &userId)
{
    const QString before = std::exchange(m_open, userId);
    m_typingExpiry.stop();
    m_session->readTracker()->setConversation(userId);
    m_guard->setConversation(userId);
    if (m_relay) {
        if (!userId.isEmpty())
            m_relay->reportPresence(userId, RelayClient::Presence::Viewing); // leaves the other
        else if (!before.isEmpty())
            m_relay->reportPresence(before, RelayClient::Presence::Left);
    }
}

void SessionController::connectRelay(const QByteArray &token)
{
    const Profile &p = profile();
    if (m_relay || !p.hasRelay())
        return;
    if (const QString error = p.relayUrlError(); !error.isEmpty()) {
        m_relayProblem = error;
        return;
    }
    if (token.isEmpty()) {
        m_relayProblem = tr("no agent token is stored for the relay");
        return;
    }
    m_relay = new RelayClient(p.relayUrl, token, p.appId, this);
    m_relay->setStore(m_session->store());
    addLiveUpdates(m_relay, &RelayClient::eventReceived);
    connect(m_relay, &RelayClient::snapshotReceived, this,
            [this](const QList<RelayClient::Conversation> &conversations) {
                InboxStore *inbox = m_session->inbox();
                for (const RelayClient::Conversation &c : conversations) {
                    const bool seen = c.userId == m_open && m_windowActive && m_newestOnScreen;
                    changed(inbox->merge(c.userId, c.name, c.lastMessage, c.lastActivity,
                                         seen ? 0 : c.unreadCount));
                }
            });
    connect(m_relay, &RelayClient::streamingChanged, this, [this](bool up, const QString &why) {
        if (!up) // what others did is unknown until the stream tells again
            for (const QString &user : m_presence.keys())
                for (const QString &agent : m_presence.value(user).keys())
                    setPresence(user, agent, u"left"_s);
        Q_EMIT streamingChanged(up, why);
        if (up)
            Q_EMIT catchUpDue(); // once: what came while polling was slow
    });
    connect(m_relay, &RelayClient::presenceChanged, this, &SessionController::setPresence);
    connect(m_relay, &RelayClient::reset, this, [this] { Q_EMIT catchUpDue(); });
    m_relay->start();
    if (!m_open.isEmpty())
        m_relay->reportPresence(m_open, RelayClient::Presence::Viewing);
}

bool SessionController::isStreaming() const
{
    return m_relay && m_relay->isStreaming();
}

void SessionController::setPresence(const QString &userId, const QString &agent,
                                    const QString &state)
{
    auto &agents = m_presence[userId];
    if (state == "left"_L1) {
        if (!agents.remove(agent)) {
            if (agents.isEmpty())
                m_presence.remove(userId);
            return;
        }
        if (agents.isEmpty())
            m_presence.remove(userId);
    } else {
        Presence &presence = agents[agent];
        presence.state = state;
        if (state == "typing"_L1) {
            const qint64 since = presence.typingSince = monotonicMs();
            // Typing that is not renewed goes back to viewing.
            QTimer::singleShot(agentTypingExpiry, this, [this, userId, agent, since] {
                auto user = m_presence.find(userId);
                if (user == m_presence.end())
                    return;
                auto it = user->find(agent);
                if (it != user->end() && it->state == "typing"_L1 && it->typingSince == since)
                    setPresence(userId, agent, u"viewing"_s);
            });
        }
    }
    Q_EMIT presenceChanged(userId, presenceText(userId));
}

QString SessionController::presenceText(const QString &userId) const
{
    const auto agents = m_presence.value(userId);
    QStringList replying;
    QStringList viewing;
    for (auto it = agents.begin(); it != agents.end(); ++it)
        (it->state == "typing"_L1 ? replying : viewing).append(PlainText::oneLine(it.key(), 40));
    QStringList parts;
    if (replying.size() == 1)
        parts << tr("%1 is replying").arg(replying.first());
    else if (!replying.isEmpty())
        parts << tr("%1 are replying").arg(QLocale().createSeparatedList(replying));
    if (viewing.size() == 1)
        parts << tr("%1 is viewing").arg(viewing.first());
    else if (!viewing.isEmpty())
        parts << tr("%1 are viewing").arg(QLocale().createSeparatedList(viewing));
    return parts.join(u" · "_s);
}

void SessionController::composerEdited(const QString &userId, const QString &text)
{
    if (userId != m_open)
        return;
    const bool empty = text.trimmed().isEmpty();
    m_guard->setComposerEmpty(empty);
    if (m_relay && !empty)
        m_relay->reportPresence(userId, RelayClient::Presence::Typing);
}

void SessionController::noteArrived(const QString &userId, const QList<Message> &messages)
{
    if (userId.isEmpty() || userId != m_open)
        return;
    m_guard->messagesArrived(userId, messages, m_windowActive && m_newestOnScreen);
}

static QString lastSeenKey(const Profile &profile, const QString &userId)
{
    // Per profile; ids may hold '/', which QSettings reads as a group separator.
    return u"lastSeen/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(profile.id)),
                                   QString::fromLatin1(QUrl::toPercentEncoding(userId)));
}

double SessionController::lastSeen(const QString &userId) const
{
    return QSettings().value(lastSeenKey(profile(), userId), -1).toDouble();
}

void SessionController::rememberSeen(const QString &userId, double received)
{
    QSettings().setValue(lastSeenKey(profile(), userId), received);
}

void SessionController::setAttention(bool windowActive, bool newestOnScreen)
{
    m_windowActive = windowActive;
    m_newestOnScreen = newestOnScreen;
    m_session->readTracker()->setSeen(windowActive && newestOnScreen);
    m_guard->setSeen(windowActive && newestOnScreen);
}

void SessionController::setNewest(const QString &messageId)
{
    m_session->readTracker()->setNewest(messageId);
}

QList<Message> SessionController::record(const QString &userId, const QString &name,
                                         const QList<Message> &messages)
{
    if (userId.isEmpty())
        return {};
    const bool seen = !m_open.isEmpty() && userId == m_open && m_windowActive && m_newestOnScreen;
    QList<Message> fresh;
    changed(m_session->inbox()->record(userId, name, messages, seen, &fresh));
    return fresh;
}

QString SessionController::sendFile(const QString &userId, const OutgoingFile &file)
{
    if (QString problem = sendProblem(); !problem.isEmpty())
        return problem;
    if (!file.isValid())
        return file.error;
    // Signed as the composer signs the agent's replies.
    const Profile &p = m_session->profile();
    NewMessage post;
    post.name = p.agentName;
    post.email = p.agentEmail;
    post.avatarUrl = p.agentAvatarUrl;
    if (m_session->outbox()->enqueueFile(userId, file, post).isEmpty())
        return tr("The file could not be stored in the console's data folder, so it was not "
                  "sent.");
    return {};
}

QString SessionController::send(const QString &userId, const NewMessage &post)
{
    if (QString problem = sendProblem(); !problem.isEmpty())
        return problem;
    // The draft goes in the same transaction: a kill in between must not bring the text back.
    DraftStore *drafts = m_session->drafts();
    if (m_session->outbox()
            ->enqueue(userId, post, [drafts, userId] { return drafts->setDraft(userId, {}); })
            .isEmpty())
        return tr("The message could not be saved to the outbox; it was not sent.");
    if (userId == m_open)
        m_guard->sent();
    // The inbox lists every conversation the agent wrote to, even one nothing was loaded of
    // yet (opened by id while offline): its row carries the "not yet sent" mark.
    record(userId, {}, {});
    return {};
}

void SessionController::setOnline(bool online)
{
    m_online = online;
    m_session->outbox()->setOnline(online);
}

QString SessionController::nameOf(const WebhookEvent &event) const
{
    // The name the inbox already shows, so a conversation keeps one; then the delivery's own.
    for (const QString &id : {event.user(), event.smoochId}) {
        if (const auto e = m_session->inbox()->entry(id); e && !e->displayName.isEmpty())
            return e->displayName;
    }
    return event.displayName;
}

void SessionController::consume(const WebhookEvent &event)
{
    const QString user = event.user();
    const bool open = !m_open.isEmpty() && (user == m_open || event.smoochId == m_open);
    // Whatever a delivery lacked is said, so a message missing from the view can be traced.
    for (const QString &why : event.rejected)
        qCWarning(lcWebhooks).noquote()
            << u"%1 delivery for %2 left out %3"_s.arg(event.triggerName, user, why);
    for (const QString &note : event.assumed)
        qCWarning(lcWebhooks).noquote()
            << u"%1 delivery for %2: %3"_s.arg(event.triggerName, user, note);
    switch (event.trigger) {
    case WebhookEvent::Trigger::MessageAppUser:
    case WebhookEvent::Trigger::MessageAppMaker: {
        // The business's messages that come back are on the server: sent, at least.
        if (event.trigger == WebhookEvent::Trigger::MessageAppMaker)
            for (const Message &m : event.messages)
                if (m.role() == Message::Role::AppMaker)
                    m_session->deliveries()->markSent(m.id, user, m.received.value_or(0));
        // A delivery the service retried, or a message the catch-up also brings, is not new.
        const QList<Message> fresh = record(user, event.displayName, event.messages);
        if (open) {
            m_guard->messagesArrived(m_open, event.messages, m_windowActive && m_newestOnScreen);
            Q_EMIT messagesArrived(event.messages);
        }
        if (event.trigger == WebhookEvent::Trigger::MessageAppUser) {
            Q_EMIT typingChanged(user, false);
            if (open) {
                m_typingExpiry.stop();
                Q_EMIT openTypingChanged(false, {});
            }
            if (!m_windowActive && !fresh.isEmpty()) {
                const QString who = nameOf(event);
                Q_EMIT notificationRequested(who.isEmpty() ? tr("New message") : who,
                                             PlainText::summary(fresh.last()));
            }
        }
        break;
    }
    case WebhookEvent::Trigger::ConversationRead:
        if (event.timestamp) {
            m_session->inbox()->setUserReadAt(user, *event.timestamp);
            m_session->deliveries()->markRead({user, event.smoochId}, *event.timestamp);
        }
        if (open)
            Q_EMIT readByCustomer(nameOf(event));
        break;
    case WebhookEvent::Trigger::TypingAppUser: {
        const bool typing = event.activityType == "typing:start"_L1;
        Q_EMIT typingChanged(user, typing);
        if (open) {
            if (typing)
                m_typingExpiry.start();
            else
                m_typingExpiry.stop();
            Q_EMIT openTypingChanged(typing, nameOf(event));
        }
        break;
    }
    case WebhookEvent::Trigger::DeliveryChannel:
    case WebhookEvent::Trigger::DeliveryUser:
    case WebhookEvent::Trigger::DeliveryFailure:
        // Whatever order they come in, and however often: the tracker only moves forward.
        m_session->deliveries()->apply(event);
        break;
    case WebhookEvent::Trigger::Other:
        break;
    }
}

void SessionController::deleteMessage(const QString &userId, const Message &message)
{
    m_deleted.insert(message.id, message);
    m_deletions->schedule(userId, message.id);
}

QList<Message> SessionController::undoDeletions()
{
    // Undo every deletion still waiting: none of them reaches the server.
    QList<Message> restored;
    for (auto it = m_deleted.begin(); it != m_deleted.end();) {
        if (m_deletions->undo(it.key())) {
            restored.append(*it);
            it = m_deleted.erase(it);
        } else {
            ++it;
        }
    }
    return restored;
}

void SessionController::clearHistory(const QString &userId, const QString &exportPath)
{
    Session *s = m_session.get();
    auto *clearer = new HistoryClearer(s->api(), s->outbox(), s->audit(), this);
    clearer->setAuditName(s->profile().name);
    connect(clearer, &HistoryClearer::finished, clearer, &QObject::deleteLater);
    connect(clearer, &HistoryClearer::cleared, this, [this, exportPath](const QString &user) {
        m_session->inbox()->clearHistory(user);
        if (auto e = m_session->inbox()->entry(user))
            changed(*e);
        Q_EMIT historyCleared(user, exportPath);
    });
    connect(clearer, &HistoryClearer::failed, this,
            [this](const QString &user, HistoryClearer::Stage stage, const QString &reason,
                   const ApiError &error) {
                Q_EMIT historyClearFailed(user, stage == HistoryClearer::Stage::Export, reason,
                                          error);
            });
    clearer->start({userId}, exportPath);
}

bool SessionController::closeIsIdle() const
{
    return m_session->typing()->isIdle() && (!m_relay || m_relay->isIdle());
}

bool SessionController::prepareToClose()
{
    TypingNotifier *typing = m_session->typing();
    typing->stop();
    if (m_relay)
        m_relay->stop(); // "left" goes to the relay
    if (closeIsIdle())
        return true;
    // typing:stop (and the relay's "left") should go out before the session goes: wait for them
    // a little.
    if (!m_closeWait.isActive()) {
        m_closeWait.start(m_closeGrace);
        const auto check = [this] {
            if (!closeIsIdle() || !m_closeWait.isActive())
                return;
            m_closeWait.stop();
            disconnect(m_session->typing(), &TypingNotifier::idle, this, nullptr);
            if (m_relay)
                disconnect(m_relay, &RelayClient::idle, this, nullptr);
            Q_EMIT readyToClose();
        };
        connect(typing, &TypingNotifier::idle, this, check);
        if (m_relay)
            connect(m_relay, &RelayClient::idle, this, check);
    }
    return false;
}

void SessionController::dispose(SessionController *controller, QObject *context,
                                std::function<void()> then)
{
    if (controller->prepareToClose()) {
        delete controller;
        if (then)
            then();
        return;
    }
    // Whoever owned it may go first (a window that closes); the application then owns it, so
    // it goes at the latest with the application.
    controller->setParent(QCoreApplication::instance());
    QPointer<QObject> guard(context);
    connect(
        controller, &SessionController::readyToClose, controller,
        [controller, guard, then] {
            QTimer::singleShot(0, QCoreApplication::instance(), [controller, guard, then] {
                delete controller;
                if (guard && then)
                    then();
            });
        },
        Qt::SingleShotConnection);
}
