#include "inbox/inboxmodel.h"

#include "text/plaintext.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
bool later(const InboxStore::Entry &a, const InboxStore::Entry &b)
{
    return a.lastReceived > b.lastReceived;
}
} // namespace

InboxModel::InboxModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void InboxModel::setEntries(QList<InboxStore::Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), later);
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    Q_EMIT unreadTotalChanged(unreadTotal());
}

void InboxModel::update(const InboxStore::Entry &entry)
{
    const int old = rowOf(entry.userId);
    if (old >= 0 && m_entries.at(old) == entry)
        return;
    // Where the entry goes among the others: the first row with older activity.
    int to = 0;
    while (to < m_entries.size() && (to == old || !later(entry, m_entries.at(to))))
        ++to;
    if (old < 0) {
        beginInsertRows({}, to, to);
        m_entries.insert(to, entry);
        endInsertRows();
    } else {
        // A move, never a removal: the view's current row and selection follow the conversation.
        const int dest = to > old ? to - 1 : to;
        if (dest != old) {
            beginMoveRows({}, old, old, {}, to);
            m_entries.move(old, dest);
            endMoveRows();
        }
        m_entries[dest] = entry;
        Q_EMIT dataChanged(index(dest), index(dest));
    }
    Q_EMIT unreadTotalChanged(unreadTotal());
}

void InboxModel::setTyping(const QString &userId, bool typing)
{
    if (typing == m_typing.contains(userId))
        return;
    if (typing)
        m_typing.insert(userId);
    else
        m_typing.remove(userId);
    if (const int row = rowOf(userId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row),
                           {TypingRole, PreviewRole, PreviewPrefixRole, DraftRole});
}

void InboxModel::setUnsent(const QHash<QString, int> &unsent)
{
    QSet<QString> changed;
    for (auto it = unsent.cbegin(); it != unsent.cend(); ++it) {
        if (m_unsent.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_unsent.cbegin(); it != m_unsent.cend(); ++it) {
        if (unsent.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    m_unsent = unsent;
    for (const QString &userId : std::as_const(changed)) {
        if (const int row = rowOf(userId); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {UnsentRole, Qt::AccessibleTextRole});
    }
}

void InboxModel::setPresence(const QString &userId, const QString &text)
{
    if (m_presence.value(userId) == text)
        return;
    if (text.isEmpty())
        m_presence.remove(userId);
    else
        m_presence.insert(userId, text);
    if (const int row = rowOf(userId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {PresenceRole, Qt::AccessibleTextRole});
}

void InboxModel::setDrafts(const QHash<QString, QString> &drafts)
{
    QSet<QString> users(drafts.keyBegin(), drafts.keyEnd());
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        users.insert(it.key());
    for (const QString &userId : std::as_const(users))
        setDraft(userId, drafts.value(userId));
}

void InboxModel::setDraft(const QString &userId, const QString &text)
{
    const QString line = PlainText::oneLine(text.trimmed(), 120);
    if (m_drafts.value(userId) == line)
        return;
    if (line.isEmpty())
        m_drafts.remove(userId);
    else
        m_drafts.insert(userId, line);
    if (const int row = rowOf(userId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row),
                           {PreviewRole, PreviewPrefixRole, DraftRole, Qt::AccessibleTextRole});
}

QString InboxModel::previewPrefix(const InboxStore::Entry &e) const
{
    if (m_typing.contains(e.userId))
        return {};
    if (m_drafts.contains(e.userId))
        return tr("Draft:");
    switch (e.lastFrom) {
    case InboxStore::Entry::From::Customer:
        break;
    case InboxStore::Entry::From::Self:
        return tr("You:");
    case InboxStore::Entry::From::Teammate:
        return e.lastAuthor.isEmpty() ? tr("Agent:") : tr("%1:").arg(e.lastAuthor);
    }
    return {};
}

QString InboxModel::preview(const InboxStore::Entry &e) const
{
    if (m_typing.contains(e.userId))
        return tr("typing…");
    return m_drafts.value(e.userId, e.lastText);
}

void InboxModel::clearPresence()
{
    const QStringList users = m_presence.keys();
    for (const QString &userId : users)
        setPresence(userId, {});
}

int InboxModel::unreadTotal() const
{
    int total = 0;
    for (const auto &e : m_entries)
        total += e.unread;
    return total;
}

int InboxModel::rowOf(const QString &userId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).userId == userId)
            return int(i);
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxStore::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return PlainText::oneLine(e.title(), 80);
    case Qt::AccessibleTextRole: {
        const QString prefix = previewPrefix(e);
        QString text = tr("%1: %2, %Ln unread", nullptr, e.unread)
                           .arg(PlainText::oneLine(e.title(), 80),
                                prefix.isEmpty() ? preview(e) : prefix + u' ' + preview(e));
        if (const int unsent = m_unsent.value(e.userId); unsent > 0)
            text += u", "_s + tr("%Ln not yet sent", nullptr, unsent);
        if (const QString presence = m_presence.value(e.userId); !presence.isEmpty())
            text += u", "_s + presence;
        return text;
    }
    case UserIdRole:
        return e.userId;
    case PreviewRole:
        return preview(e);
    case PreviewPrefixRole:
        return previewPrefix(e);
    case DraftRole:
        return !m_typing.contains(e.userId) && m_drafts.contains(e.userId);
    case TimeRole:
        return e.lastReceived > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(e.lastReceived * 1000))
                                  : QDateTime();
    case UnreadRole:
        return e.unread;
    case TypingRole:
        return m_typing.contains(e.userId);
    case UnsentRole:
        return m_unsent.value(e.userId);
    case PresenceRole:
        return m_presence.value(e.userId);
    case SearchRole:
        return e.title() + u' ' + e.userId + u' ' + e.lastText;
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{UserIdRole, "userId"},
                  {TitleRole, "title"},
                  {PreviewRole, "preview"},
                  {TimeRole, "time"},
                  {UnreadRole, "unread"},
                  {TypingRole, "typing"},
                  {UnsentRole, "unsent"},
                  {PresenceRole, "presence"},
                  {PreviewPrefixRole, "previewPrefix"},
                  {DraftRole, "draft"}});
    return names;
}
