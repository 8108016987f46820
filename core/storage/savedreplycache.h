#pragma once

#include "protocol/messagetemplate.h"

class LocalStore;

/*!
 * \brief The saved replies as last loaded, kept in the profile's local database: the picker
 * shows them at once on the next start, and when the server cannot be reached, while a fresh
 * list loads.
 */
class SavedReplyCache
{
public:
    explicit SavedReplyCache(LocalStore *store);

    QList<MessageTemplate> load() const;
    /*! Replaces the cached list with \a templates, in one transaction. */
    bool save(const QList<MessageTemplate> &templates);

private:
    LocalStore *m_store;
};
