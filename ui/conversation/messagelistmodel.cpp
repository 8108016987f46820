#include "conversation/messagelistmodel.h"

#include "client/historypaging.h"
#include "client/logging.h"
#include "session/deliverytracker.h"
#include "session/outbox.h"
#include "text/plaintext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr double groupingWindow = 5 * 60; // seconds between messages of one author shown as a group

QDate dayOf(const Message &m)
{
    return m.receivedLocal().date();
}
} // namespace

MessageListModel::MessageListModel(ConversationApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    connect(&m_pollTimer, &QTimer::timeout, this, &MessageListModel::poll);
}

void MessageListModel::setConversation(const QString &userId)
{
    // Whatever is in flight belongs to the conversation that is leaving: cancel and forget it.
    const bool wasLoading = isLoading();
    for (ApiReply *reply : {std::exchange(m_olderRequest, nullptr).data(),
                            std::exchange(m_newerRequest, nullptr).data()}) {
        if (reply)
            reply->cancel();
    }
    beginResetModel();
    m_userId = userId;
    m_messages.clear();
    m_received.clear();
    m_removed.clear();
    m_markerId.clear();
    m_seenId.clear();
    m_readShown = readAt().value_or(-1); // rows to come are laid out with it
    m_lastSeen = -1;
    m_pagedOldest.reset();
    m_pagedNewest.reset();
    m_initialLoaded = false;
    m_topStatus.reset();
    m_topError.clear();
    m_gap = false;
    m_gapError.clear();
    m_outgoing.clear();
    const bool wasAtStart = std::exchange(m_atStart, false);
    endResetModel();
    if (wasAtStart)
        Q_EMIT atStartChanged();
    Q_EMIT conversationChanged();
    if (wasLoading)
        Q_EMIT loadingChanged(); // the old conversation's page is gone
    if (!userId.isEmpty())
        startOlderPage(PageRequest::latest());
}

void MessageListModel::setDeliveries(const DeliveryTracker *tracker)
{
    if (m_deliveries)
        disconnect(m_deliveries, nullptr, this, nullptr);
    m_deliveries = tracker;
    if (tracker) {
        connect(tracker, &DeliveryTracker::statusChanged, this, [this](const QString &id) {
            refreshRow(id, {DeliveryRole, Qt::AccessibleTextRole});
            updateSeen(); // a failed message is not the one read
        });
        connect(tracker, &DeliveryTracker::readChanged, this, [this](const QString &userId) {
            if (userId == m_userId)
                updateSeen();
        });
    }
    updateSeen();
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(topRows()), index(topRows() + int(m_messages.size()) - 1),
                           {DeliveryRole, SeenRole, Qt::AccessibleTextRole});
}

std::optional<double> MessageListModel::readAt() const
{
    return m_deliveries && !m_userId.isEmpty() ? m_deliveries->readAt(m_userId) : std::nullopt;
}

void MessageListModel::refreshRow(const QString &id, const QList<int> &roles)
{
    if (const int row = rowOf(id); row >= 0) {
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, roles);
    }
}

void MessageListModel::updateSeen()
{
    const auto read = readAt();
    QString seen;
    if (read) {
        // The newest business message at or before the read time that reached the customer.
        auto it = std::upper_bound(m_messages.cbegin(), m_messages.cend(), *read,
                                   [](double r, const Message &m) { return r < *m.received; });
        while (it != m_messages.cbegin()) {
            --it;
            if (it->role() != Message::Role::AppMaker ||
                m_deliveries->status(it->id).state == DeliveryStatus::State::Failed)
                continue;
            seen = it->id;
            break;
        }
    }
    const double readTime = read.value_or(-1);
    const double before = std::exchange(m_readShown, readTime);
    const QString old = std::exchange(m_seenId, seen);
    const QList<int> roles = {DeliveryRole, SeenRole, Qt::AccessibleTextRole};
    if (readTime != before && !m_messages.isEmpty()) {
        // The rows read in between no longer show their delivery: only those change.
        const double low = std::min(before, readTime);
        const double high = std::max(before, readTime);
        const auto first =
            std::upper_bound(m_messages.cbegin(), m_messages.cend(), low,
                             [](double r, const Message &m) { return r < *m.received; });
        const auto last =
            std::upper_bound(m_messages.cbegin(), m_messages.cend(), high,
                             [](double r, const Message &m) { return r < *m.received; });
        if (first != last)
            Q_EMIT dataChanged(index(topRows() + int(first - m_messages.cbegin())),
                               index(topRows() + int(last - m_messages.cbegin()) - 1), roles);
    }
    if (old != seen) {
        refreshRow(old, roles);
        refreshRow(seen, roles);
    }
}

void MessageListModel::setLastSeen(double seconds)
{
    m_lastSeen = seconds;
    updateUnreadMarker();
}

void MessageListModel::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(interval);
}

std::chrono::milliseconds MessageListModel::pollInterval() const
{
    return m_pollTimer.isActive() ? m_pollTimer.intervalAsDuration() : std::chrono::milliseconds(0);
}

bool MessageListModel::isKnown(const QString &id) const
{
    return m_received.contains(id) || m_removed.contains(id);
}

int MessageListModel::rowOf(const QString &id) const
{
    const auto it = m_received.constFind(id);
    if (it == m_received.cend())
        return -1;
    // Binary search to the first message at that instant, then a short walk among equals.
    auto pos = std::lower_bound(m_messages.cbegin(), m_messages.cend(), *it,
                                [](const Message &m, double r) { return *m.received < r; });
    for (; pos != m_messages.cend() && *pos->received == *it; ++pos) {
        if (pos->id == id)
            return int(pos - m_messages.cbegin()) + topRows();
    }
    return -1;
}

const Message *MessageListModel::messageAt(int row) const
{
    const int i = messageRow(row);
    return i >= 0 && i < m_messages.size() ? &m_messages.at(i) : nullptr;
}

const MessageListModel::Outgoing *MessageListModel::outgoingAt(int row) const
{
    const int i = row - outgoingStart();
    return i >= 0 && i < m_outgoing.size() ? &m_outgoing.at(i) : nullptr;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : outgoingStart() + int(m_outgoing.size());
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (messageAt(index.row()))
        // Editable only so that a read-only editor can open over the text for selection.
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable |
               Qt::ItemNeverHasChildren;
    if (outgoingAt(index.row()))
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (m_topStatus && row == 0) {
        switch (role) {
        case RowKindRole:
            return QVariant::fromValue(*m_topStatus);
        case ErrorRole:
            return m_topError;
        case Qt::DisplayRole:
            return *m_topStatus == RowKind::LoadingOlder
                       ? tr("Loading older messages…")
                       : tr("Couldn't load older messages: %1").arg(m_topError);
        default:
            return {};
        }
    }
    if (const Outgoing *o = outgoingAt(row)) {
        const Outbox::State state = o->state;
        switch (role) {
        case Qt::DisplayRole:
            return PlainText::summary(o->message);
        case Qt::AccessibleTextRole:
            switch (state) {
            case Outbox::State::Failed:
                return tr("Your message, not sent: %1. %2")
                    .arg(o->error, PlainText::summary(o->message));
            case Outbox::State::Unknown:
                return tr("Your message, delivery unknown: %1. %2")
                    .arg(o->error, PlainText::summary(o->message));
            case Outbox::State::OtherApp:
                return tr("Your message, for another app: %1. %2")
                    .arg(o->error, PlainText::summary(o->message));
            default:
                return tr("Your message, sending: %1").arg(PlainText::summary(o->message));
            }
        case RowKindRole:
            return QVariant::fromValue(RowKind::Outgoing);
        case MessageRole:
            return QVariant::fromValue(&o->message);
        case IdRole:
            return o->clientId;
        case OutgoingStateRole:
            return QVariant::fromValue(state);
        case LocalFileRole:
            return o->localFile;
        case FileSizeRole:
            return o->fileSize;
        case ImageSizeRole:
            return o->imageSize;
        case UploadProgressRole:
            return o->progress;
        case CancellingRole:
            return o->cancelling;
        case ErrorRole:
            return o->error;
        case GroupedRole:
        case StartsDayRole:
        case UnreadMarkerRole:
            return false;
        default:
            return {};
        }
    }
    const int i = messageRow(row);
    if (i >= m_messages.size()) { // the gap row
        switch (role) {
        case RowKindRole:
            return QVariant::fromValue(RowKind::NewerGap);
        case ErrorRole:
            return m_gapError;
        case Qt::DisplayRole:
            return tr("Couldn't load newer messages: %1").arg(m_gapError);
        default:
            return {};
        }
    }
    const Message &m = m_messages.at(i);
    switch (role) {
    case Qt::DisplayRole:
        return PlainText::summary(m);
    case Qt::AccessibleTextRole: {
        // What a screen reader says of a bubble: who, when, and what, with its line breaks.
        const QString when = QLocale().toString(m.receivedLocal(), QLocale::ShortFormat);
        const QString what = m.type() == Message::Type::Text && !m.text.isEmpty()
                                 ? PlainText::lines(m.text)
                                 : PlainText::summary(m);
        if (m.role() == Message::Role::Whisper) // seen by the customer, sent by no one in person
            return tr("Automated message from %1 at %2: %3")
                .arg(m.name.isEmpty() ? tr("the business") : PlainText::oneLine(m.name, 80), when,
                     what);
        QString said =
            tr("%1 at %2: %3")
                .arg(PlainText::oneLine(m.name.isEmpty() ? m.roleName : m.name, 80), when, what);
        if (const QVariant seen = data(index, SeenRole); seen.isValid())
            said += u' ' +
                    tr("Seen at %1.")
                        .arg(QLocale().toString(
                            QDateTime::fromMSecsSinceEpoch(qint64(seen.toDouble() * 1000)).time(),
                            QLocale::ShortFormat));
        const auto delivery = data(index, DeliveryRole).value<DeliveryStatus>();
        if (delivery.state == DeliveryStatus::State::Failed)
            said += u' ' + tr("%1: %2").arg(delivery.label(), delivery.reason());
        else if (!delivery.isNone())
            said += u' ' + delivery.label() + u'.';
        return said;
    }
    case DeliveryRole: {
        if (!m_deliveries || m.role() != Message::Role::AppMaker)
            return QVariant::fromValue(DeliveryStatus());
        const DeliveryStatus status = m_deliveries->status(m.id);
        const auto read = readAt();
        // What the customer read needs no tick: the "Seen" below the last one says it all.
        if (status.state != DeliveryStatus::State::Failed && read && *m.received <= *read)
            return QVariant::fromValue(DeliveryStatus());
        return QVariant::fromValue(status);
    }
    case SeenRole: {
        const auto read = readAt();
        return !m_seenId.isEmpty() && m.id == m_seenId && read ? QVariant(*read) : QVariant();
    }
    case RowKindRole:
        return QVariant::fromValue(RowKind::Message);
    case MessageRole:
        return QVariant::fromValue(&m);
    case IdRole:
        return m.id;
    case StartsDayRole:
        return i == 0 || dayOf(m_messages.at(i - 1)) != dayOf(m);
    case GroupedRole: {
        if (i == 0)
            return false;
        const Message &previous = m_messages.at(i - 1);
        return previous.authorId == m.authorId && previous.roleName == m.roleName &&
               previous.name == m.name && *m.received - *previous.received < groupingWindow &&
               dayOf(previous) == dayOf(m) && m.id != m_markerId;
    }
    case UnreadMarkerRole:
        return !m_markerId.isEmpty() && m.id == m_markerId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RowKindRole, "rowKind"},
                  {MessageRole, "message"},
                  {IdRole, "messageId"},
                  {StartsDayRole, "startsDay"},
                  {GroupedRole, "grouped"},
                  {UnreadMarkerRole, "unreadMarker"},
                  {ErrorRole, "error"},
                  {OutgoingStateRole, "outgoingState"},
                  {DeliveryRole, "delivery"},
                  {SeenRole, "seen"},
                  {LocalFileRole, "localFile"},
                  {FileSizeRole, "fileSize"},
                  {ImageSizeRole, "imageSize"},
                  {UploadProgressRole, "uploadProgress"},
                  {CancellingRole, "cancelling"}});
    return names;
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_userId.isEmpty() && m_initialLoaded && !m_atStart &&
           !isLoading() && m_topStatus != RowKind::OlderFailed;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    // A second call while a page is loading joins it: nothing new is asked.
    if (!canFetchMore(parent) || !m_pagedOldest)
        return;
    startOlderPage(HistoryPaging::olderThan(*m_pagedOldest));
}

void MessageListModel::startOlderPage(const PageRequest &request)
{
    m_olderCursor = request;
    auto *reply = m_api->getMessages(m_userId, m_olderCursor, this);
    m_olderRequest = reply;
    connect(reply, &ApiReply::succeeded, this, [this, reply] { onOlderPage(reply->result()); });
    connect(reply, &ApiReply::failed, this, &MessageListModel::onOlderFailed);
    Q_EMIT loadingChanged();
    // fetchMore() may be called from inside another model signal (views and testers do);
    // the loading row waits for the next turn so no change starts inside another.
    QMetaObject::invokeMethod(
        this,
        [this, request = QPointer<ApiReply>(reply)] {
            if (request && m_olderRequest == request)
                setTopStatus(RowKind::LoadingOlder);
        },
        Qt::QueuedConnection);
}

void MessageListModel::retry(RowKind kind)
{
    if (kind == RowKind::OlderFailed && m_topStatus == RowKind::OlderFailed && !isLoading()) {
        startOlderPage(m_initialLoaded && m_pagedOldest ? HistoryPaging::olderThan(*m_pagedOldest)
                                                        : PageRequest::latest());
    } else if (kind == RowKind::NewerGap) {
        catchUp();
    }
}

void MessageListModel::catchUp()
{
    poll();
}

void MessageListModel::poll()
{
    if (m_userId.isEmpty() || !m_initialLoaded || m_newerRequest)
        return;
    m_newerCursor =
        m_pagedNewest ? HistoryPaging::newerThan(*m_pagedNewest) : PageRequest::latest();
    auto *reply = m_api->getMessages(m_userId, m_newerCursor, this);
    m_newerRequest = reply;
    connect(reply, &ApiReply::succeeded, this, [this, reply] { onNewerPage(reply->result()); });
    connect(reply, &ApiReply::failed, this, &MessageListModel::onNewerFailed);
}

void MessageListModel::onOlderPage(const MessagesPage &page)
{
    const auto known = [this](const QString &messageId) { return isKnown(messageId); };
    // Loading stays true until every row has changed: whoever reacts to these row signals
    // (a view, a tester) sees a page in flight and cannot start another on stale state.
    const auto batch = HistoryPaging::accept(page, m_olderCursor, known);
    extendPaged(page);
    clearTopStatus();
    insertMessages(batch.fresh, true);
    const bool first = !std::exchange(m_initialLoaded, true);
    if (batch.stalled) {
        // Not the start: the messages past this millisecond cannot be paged to.
        const ApiError error = HistoryPaging::stalledError(m_olderCursor);
        qCWarning(lcUi) << "older page of" << m_userId << "stalled:" << error.message();
        setTopStatus(RowKind::OlderFailed, error.message());
    } else {
        setAtStart(batch.exhausted);
    }
    m_olderRequest = nullptr;
    Q_EMIT loadingChanged();
    if (first)
        Q_EMIT initialLoadFinished();
}

void MessageListModel::onNewerPage(const MessagesPage &page)
{
    const auto known = [this](const QString &messageId) { return isKnown(messageId); };
    m_newerRequest = nullptr;
    const auto batch = HistoryPaging::accept(page, m_newerCursor, known);
    extendPaged(page);
    // A first page that came by catch-up (the conversation was empty) may have older ones.
    if (m_newerCursor.direction == PageRequest::Direction::Latest && !batch.exhausted)
        setAtStart(false);
    const bool atBottom = batch.fresh.isEmpty() || m_messages.isEmpty() ||
                          *batch.fresh.first().received >= *m_messages.last().received;
    insertMessages(batch.fresh, false);
    if (!batch.fresh.isEmpty() && atBottom)
        Q_EMIT newerMessagesArrived(int(batch.fresh.size()));
    if (batch.stalled) {
        const ApiError error = HistoryPaging::stalledError(m_newerCursor);
        qCWarning(lcUi) << "catch-up of" << m_userId << "stalled:" << error.message();
        setGap(error.message());
        return;
    }
    if (m_newerCursor.direction == PageRequest::Direction::After && !batch.exhausted) {
        poll(); // more than a page arrived meanwhile: keep going
        return;
    }
    clearGap();
}

void MessageListModel::onOlderFailed(const ApiError &error)
{
    if (!m_initialLoaded && error.httpStatus() == 404) {
        // No conversation yet: an empty history, complete from its start.
        clearTopStatus();
        m_initialLoaded = true;
        setAtStart(true);
        m_olderRequest = nullptr;
        Q_EMIT loadingChanged();
        Q_EMIT initialLoadFinished();
        return;
    }
    qCWarning(lcUi) << "older page of" << m_userId << "failed:" << error.message();
    setTopStatus(RowKind::OlderFailed, error.userText());
    m_olderRequest = nullptr;
    Q_EMIT loadingChanged();
    if (!m_initialLoaded)
        Q_EMIT initialLoadFinished();
}

void MessageListModel::onNewerFailed(const ApiError &error)
{
    m_newerRequest = nullptr;
    if (error.httpStatus() == 404 && m_messages.isEmpty())
        return; // still no conversation: nothing is missing
    qCWarning(lcUi) << "catch-up of" << m_userId << "failed:" << error.message();
    setGap(error.userText());
}

qsizetype MessageListModel::insertionPoint(double received, bool beforeEqual) const
{
    const auto less = [](const Message &m, double r) { return *m.received < r; };
    const auto greater = [](double r, const Message &m) { return r < *m.received; };
    const auto it =
        beforeEqual ? std::lower_bound(m_messages.cbegin(), m_messages.cend(), received, less)
                    : std::upper_bound(m_messages.cbegin(), m_messages.cend(), received, greater);
    return it - m_messages.cbegin();
}

void MessageListModel::insertMessages(const QList<Message> &fresh, bool older)
{
    // fresh is sorted and holds no known id (HistoryPaging or addMessages made sure of it), so
    // its insertion points only grow: insert it in runs, one row signal per run.
    QList<qsizetype> points;
    points.reserve(fresh.size());
    for (const Message &m : fresh)
        points.append(insertionPoint(*m.received, older));
    qsizetype offset = 0;
    QList<int> boundaries;
    for (qsizetype begin = 0; begin < fresh.size();) {
        qsizetype end = begin + 1;
        while (end < fresh.size() && points.at(end) == points.at(begin))
            ++end;
        const qsizetype at = points.at(begin) + offset;
        const int row = int(at) + topRows();
        beginInsertRows({}, row, row + int(end - begin) - 1);
        // One gap for the whole run: the messages below move once, not once per message.
        m_messages.insert(at, end - begin, Message());
        for (qsizetype k = begin; k < end; ++k) {
            m_messages[at + k - begin] = fresh.at(k);
            m_received.insert(fresh.at(k).id, *fresh.at(k).received);
        }
        endInsertRows();
        offset += end - begin;
        boundaries.append(row + int(end - begin));
        begin = end;
    }
    // The row below each run may now start a day or a group differently.
    for (const int row : std::as_const(boundaries)) {
        if (messageAt(row)) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, {StartsDayRole, GroupedRole});
        }
    }
    if (!fresh.isEmpty()) {
        updateUnreadMarker();
        updateSeen();
    }
    // A message that arrived with the client id of an outgoing row replaces that row.
    for (const Message &m : fresh) {
        const QString clientId = m.metadata.value(QLatin1String(Outbox::clientIdKey)).toString();
        if (!clientId.isEmpty())
            removeOutgoing(clientId);
    }
}

void MessageListModel::setOutgoing(const Outgoing &outgoing)
{
    for (qsizetype i = 0; i < m_outgoing.size(); ++i) {
        if (m_outgoing.at(i).clientId == outgoing.clientId) {
            m_outgoing[i] = outgoing;
            const QModelIndex changed = index(outgoingStart() + int(i));
            Q_EMIT dataChanged(changed, changed);
            return;
        }
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_outgoing.append(outgoing);
    endInsertRows();
}

void MessageListModel::setUploadProgress(const QString &clientId, qint64 sent, qint64 total)
{
    for (qsizetype i = 0; i < m_outgoing.size(); ++i) {
        Outgoing &o = m_outgoing[i];
        if (o.clientId != clientId)
            continue;
        const double progress = total > 0 ? std::clamp(double(sent) / double(total), 0.0, 1.0) : -1;
        // Whole percents only: a 10 MB upload would otherwise lay its row out thousands of times.
        if (int(progress * 100) == int(o.progress * 100) && (progress < 0) == (o.progress < 0))
            return;
        o.progress = progress;
        const QModelIndex changed = index(outgoingStart() + int(i));
        Q_EMIT dataChanged(changed, changed, {UploadProgressRole});
        return;
    }
}

void MessageListModel::removeOutgoing(const QString &clientId)
{
    for (qsizetype i = 0; i < m_outgoing.size(); ++i) {
        if (m_outgoing.at(i).clientId == clientId) {
            const int row = outgoingStart() + int(i);
            beginRemoveRows({}, row, row);
            m_outgoing.removeAt(i);
            endRemoveRows();
            return;
        }
    }
}

void MessageListModel::addMessages(const QList<Message> &messages)
{
    QList<Message> fresh;
    QSet<QString> inBatch;
    for (const Message &m : messages) {
        if (m.received && !isKnown(m.id) && !inBatch.contains(m.id)) {
            inBatch.insert(m.id);
            fresh.append(m);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Message &a, const Message &b) { return *a.received < *b.received; });
    const bool atBottom =
        !fresh.isEmpty() &&
        (m_messages.isEmpty() || *fresh.first().received >= *m_messages.last().received);
    insertMessages(fresh, false);
    if (atBottom)
        Q_EMIT newerMessagesArrived(int(fresh.size()));
}

void MessageListModel::removeMessage(const QString &id)
{
    m_removed.insert(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(messageRow(row));
    m_received.remove(id);
    endRemoveRows();
    if (messageAt(row)) {
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {StartsDayRole, GroupedRole});
    }
    updateUnreadMarker();
    updateSeen();
}

void MessageListModel::restoreMessage(const Message &message)
{
    m_removed.remove(message.id);
    addMessages({message});
}

void MessageListModel::updateUnreadMarker()
{
    QString marker;
    if (m_lastSeen >= 0) {
        const auto first =
            std::upper_bound(m_messages.cbegin(), m_messages.cend(), m_lastSeen,
                             [](double r, const Message &m) { return r < *m.received; });
        for (auto it = first; it != m_messages.cend(); ++it) {
            if (it->role() == Message::Role::AppUser) {
                marker = it->id;
                break;
            }
        }
    }
    if (marker == m_markerId)
        return;
    const QString old = std::exchange(m_markerId, marker);
    for (const QString &id : {old, marker}) {
        if (const int row = rowOf(id); row >= 0) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, {UnreadMarkerRole, GroupedRole});
        }
    }
}

void MessageListModel::setTopStatus(RowKind kind, const QString &error)
{
    m_topError = error;
    if (m_topStatus) {
        m_topStatus = kind;
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_topStatus = kind;
    endInsertRows();
}

void MessageListModel::clearTopStatus()
{
    if (!m_topStatus)
        return;
    beginRemoveRows({}, 0, 0);
    m_topStatus.reset();
    m_topError.clear();
    endRemoveRows();
}

void MessageListModel::setGap(const QString &error)
{
    m_gapError = error;
    const int row = topRows() + int(m_messages.size());
    if (m_gap) {
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, row, row);
    m_gap = true;
    endInsertRows();
}

void MessageListModel::clearGap()
{
    if (!m_gap)
        return;
    const int row = topRows() + int(m_messages.size());
    beginRemoveRows({}, row, row);
    m_gap = false;
    m_gapError.clear();
    endRemoveRows();
}

void MessageListModel::extendPaged(const MessagesPage &page)
{
    // Every page adjoins the range it was asked from (before its oldest, after its newest), so
    // the range stays contiguous.
    for (const Message &m : page.messages) {
        if (!m.received)
            continue;
        m_pagedOldest = m_pagedOldest ? std::min(*m_pagedOldest, *m.received) : *m.received;
        m_pagedNewest = m_pagedNewest ? std::max(*m_pagedNewest, *m.received) : *m.received;
    }
}

void MessageListModel::setAtStart(bool atStart)
{
    if (m_atStart == atStart)
        return;
    m_atStart = atStart;
    Q_EMIT atStartChanged();
}
