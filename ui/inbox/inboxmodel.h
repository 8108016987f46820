#pragma once

#include "storage/inboxstore.h"

#include <QAbstractListModel>
#include <QSet>

/*!
 * \brief The inbox: the profile's conversations, latest activity first, with who is typing and
 * which other agents are there.
 */
class InboxModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        TitleRole,    //!< display name, or the user id
        PreviewRole,  //!< the last message, one line, plain text
        TimeRole,     //!< QDateTime of the last message
        UnreadRole,   //!< int
        TypingRole,   //!< bool: the app user is typing
        SearchRole,   //!< what the filter matches: title, user id and preview
        UnsentRole,   //!< int: messages of the agent still in the outbox, not yet delivered
        PresenceRole, //!< QString: what other agents do there ("Bob is viewing"); empty: none
        /*! QString before the preview: "Draft:" where the agent left one, else who wrote the
            last message when not the customer ("You:", "Sam:"); empty: none. */
        PreviewPrefixRole,
        DraftRole, //!< bool: the preview is the agent's unsent draft
    };

    explicit InboxModel(QObject *parent = nullptr);

    /*! Shows \a entries, sorted by latest activity. */
    void setEntries(QList<InboxStore::Entry> entries);
    /*! Adds or updates one conversation and moves it to its place. */
    void update(const InboxStore::Entry &entry);
    void setTyping(const QString &userId, bool typing);
    /*! How many messages wait in the outbox, per user id (users not named have none). */
    void setUnsent(const QHash<QString, int> &unsent);
    /*! Other agents' presence in \a userId's conversation, as SessionController words it. */
    void setPresence(const QString &userId, const QString &text);
    /*! The agent's drafts, by user id: their conversations' previews say "Draft:". */
    void setDrafts(const QHash<QString, QString> &drafts);
    void setDraft(const QString &userId, const QString &text);
    /*! Nobody else is anywhere (another profile, or the relay's stream dropped). */
    void clearPresence();
    int unreadTotal() const;
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void unreadTotalChanged(int total);

private:
    QString preview(const InboxStore::Entry &entry) const;
    QString previewPrefix(const InboxStore::Entry &entry) const;

    QList<InboxStore::Entry> m_entries;
    QSet<QString> m_typing;
    QHash<QString, int> m_unsent;
    QHash<QString, QString> m_presence;
    QHash<QString, QString> m_drafts; //!< user id -> the draft, one line
};
