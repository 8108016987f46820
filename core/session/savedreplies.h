#pragma once

#include "protocol/messagetemplate.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiError;
class SavedReplyCache;
class TemplatesApi;

/*!
 * \brief The team's saved replies: the app's message templates, loaded page by page (limit,
 * offset, while hasMore), searched by name and text, created, edited and deleted.
 *
 * refresh() reads every page before it shows the new list: a failure keeps the list shown and
 * says what failed (loadError()). A page that claims more but brings nothing, or more pages
 * than maxPages, ends the walk instead of looping. A second refresh() supersedes the first.
 * create(), update() and remove() answer \a done with an empty string or the reason in plain
 * words (a duplicate name, a saved reply someone else deleted), and keep the list in step.
 * With a cache, the list last loaded shows at once and every new list is written to it.
 */
class SavedReplies : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &error)>;
    static constexpr int pageSize = 25;
    static constexpr int maxPages = 400;

    explicit SavedReplies(TemplatesApi *api, QObject *parent = nullptr);
    /*! Shows what \a cache holds now, and keeps it up to date from here on. */
    void setCache(SavedReplyCache *cache);
    ~SavedReplies() override;

    /*! Loads every page of the app's templates. */
    void refresh();
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const QList<MessageTemplate> &all() const { return m_all; }
    std::optional<MessageTemplate> find(const QString &id) const;

    /*! The saved replies that match \a query, best first (all, by name, when it is blank). */
    QList<MessageTemplate> search(const QString &query) const;
    /*! How well \a query matches \a t's name and text: -1 when it does not. */
    static int score(const QString &query, const MessageTemplate &t);

    void create(const QString &name, const NewMessage &message, QObject *context, Done done);
    void update(const QString &id, const QString &name, const NewMessage &message, QObject *context,
                Done done);
    void remove(const QString &id, QObject *context, Done done);
    /*! \a error of a change to the saved reply \a name, in plain words. */
    static QString describe(const ApiError &error, const QString &name);

Q_SIGNALS:
    /*! The list changed (loaded, or one was created, edited or deleted). */
    void changed();
    void loadingChanged(bool loading);
    /*! A refresh failed; the list shown stays. */
    void loadFailed(const QString &error);

private:
    void loadPage(int offset, int pages, QList<MessageTemplate> sofar, quint64 generation);
    void finishLoad(const QString &error);
    void store();

    TemplatesApi *m_api;
    SavedReplyCache *m_cache = nullptr;
    QList<MessageTemplate> m_all;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_loadError;
    quint64 m_generation = 0;
};
