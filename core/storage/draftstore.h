#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class LocalStore;

/*!
 * \brief What the agent has typed but not sent, per conversation, kept across restarts in the
 * local database. A draft belongs to one conversation and never follows the agent to another.
 * Every saved change is announced, so the inbox can say "Draft:" where one waits.
 */
class DraftStore : public QObject
{
    Q_OBJECT

public:
    explicit DraftStore(LocalStore *store, QObject *parent = nullptr);

    QString draft(const QString &userId) const;
    /*! Every draft, by user id. */
    QHash<QString, QString> drafts() const;
    /*! Saves \a text for \a userId; an empty text removes the draft. */
    bool setDraft(const QString &userId, const QString &text);

Q_SIGNALS:
    /*! \a userId's draft is \a text now (empty: none). */
    void draftChanged(const QString &userId, const QString &text);

private:
    LocalStore *m_store;
};
