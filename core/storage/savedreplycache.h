#pragma once

#include "protocol/messagetemplate.h"

#include <QString>

class LocalStore;

/*!
 * \brief The saved replies as last loaded, kept in the profile's local database: the picker
 * shows them at once on the next start, and when the server cannot be reached, while a fresh
 * list loads. The list is kept per app (base URL and app id): a profile pointed at another app
 * never shows the first one's.
 */
class SavedReplyCache
{
public:
    /*! Keeps the list of \a app (the app's base URL and id, as one string). */
    SavedReplyCache(LocalStore *store, const QString &app);

    QList<MessageTemplate> load() const;
    /*! Replaces the cached list with \a templates, in one transaction. */
    bool save(const QList<MessageTemplate> &templates);

private:
    LocalStore *m_store;
    QString m_app;
};
