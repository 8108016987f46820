#pragma once

#include <QString>

class LocalStore;

/*!
 * \brief What the agent has typed but not sent, per conversation, kept across restarts in the
 * local database. A draft belongs to one conversation and never follows the agent to another.
 */
class DraftStore
{
public:
    explicit DraftStore(LocalStore *store);

    QString draft(const QString &userId) const;
    /*! Saves \a text for \a userId; an empty text removes the draft. */
    bool setDraft(const QString &userId, const QString &text);

private:
    LocalStore *m_store;
};
