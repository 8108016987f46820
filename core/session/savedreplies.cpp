#include "session/savedreplies.h"

#include "client/templatesapi.h"
#include "storage/savedreplycache.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString fold(const QString &s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

bool atWordStart(const QString &s, qsizetype i)
{
    return i == 0 || !s.at(i - 1).isLetterOrNumber();
}

/*! 1..30 when the letters of \a token appear in order in \a s, close together; else 0. */
int subsequence(const QString &token, const QString &s)
{
    qsizetype first = -1;
    qsizetype at = 0;
    for (const QChar c : token) {
        at = s.indexOf(c, at);
        if (at < 0)
            return 0;
        if (first < 0)
            first = at;
        ++at;
    }
    const qsizetype spread = at - first - token.size();
    if (spread > 2 * token.size())
        return 0;
    return std::max<int>(1, 30 - int(spread) * 3);
}

QString searchableText(const MessageTemplate &t)
{
    QString text = t.message.text;
    for (const Action &a : t.message.actions)
        text += u' ' + a.text;
    return fold(text);
}
} // namespace

SavedReplies::SavedReplies(TemplatesApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

SavedReplies::~SavedReplies() = default;

void SavedReplies::setCache(SavedReplyCache *cache)
{
    m_cache = cache;
    if (cache && m_all.isEmpty()) {
        m_all = cache->load();
        if (!m_all.isEmpty())
            Q_EMIT changed();
    }
}

void SavedReplies::store()
{
    if (m_cache)
        m_cache->save(m_all);
}

std::optional<MessageTemplate> SavedReplies::find(const QString &id) const
{
    for (const MessageTemplate &t : m_all) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

void SavedReplies::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    loadPage(0, 0, {}, generation);
}

void SavedReplies::loadPage(int offset, int pages, QList<MessageTemplate> sofar, quint64 generation)
{
    auto *reply = m_api->listTemplates(pageSize, offset, this);
    connect(reply, &ApiReply::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            finishLoad(tr("The saved replies could not be loaded: %1").arg(error.userText()));
    });
    connect(reply, &ApiReply::succeeded, this,
            [this, reply, offset, pages, sofar = std::move(sofar), generation]() mutable {
                if (generation != m_generation)
                    return; // a newer refresh took over
                const TemplatesPage &page = reply->result();
                QSet<QString> seen;
                for (const MessageTemplate &t : sofar)
                    seen.insert(t.id);
                for (const MessageTemplate &t : page.templates) {
                    if (!seen.contains(t.id)) { // a template that moved between pages
                        seen.insert(t.id);
                        sofar.append(t);
                    }
                }
                const bool more = page.hasMore && !page.templates.isEmpty();
                if (more && pages + 1 < maxPages) {
                    loadPage(offset + int(page.templates.size()), pages + 1, std::move(sofar),
                             generation);
                    return;
                }
                m_all = std::move(sofar);
                m_loaded = true;
                store();
                finishLoad(page.hasMore ? tr("Only the first %n saved replies could be loaded.",
                                             nullptr, int(m_all.size()))
                                        : QString());
                Q_EMIT changed();
            });
}

void SavedReplies::finishLoad(const QString &error)
{
    m_loadError = error;
    m_loading = false;
    Q_EMIT loadingChanged(false);
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
}

int SavedReplies::score(const QString &query, const MessageTemplate &t)
{
    const QStringList tokens = fold(query).split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return 0;
    const QString name = fold(t.name);
    const QString text = searchableText(t);
    int total = 0;
    for (const QString &token : tokens) {
        if (const qsizetype i = name.indexOf(token); i >= 0) {
            total += atWordStart(name, i) ? 100 : 70;
        } else if (const qsizetype j = text.indexOf(token); j >= 0) {
            total += atWordStart(text, j) ? 40 : 30;
        } else if (const int s = subsequence(token, name); s > 0) {
            total += s;
        } else {
            int best = 0;
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                best = std::max(best, subsequence(token, word) / 3);
            if (best == 0 || token.size() < 3)
                return -1;
            total += best;
        }
    }
    return total;
}

QList<MessageTemplate> SavedReplies::search(const QString &query) const
{
    QList<std::pair<int, MessageTemplate>> scored;
    for (const MessageTemplate &t : m_all) {
        if (const int s = score(query, t); s >= 0)
            scored.append({s, t});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return a.second.name.localeAwareCompare(b.second.name) < 0;
    });
    QList<MessageTemplate> out;
    for (const auto &s : scored)
        out.append(s.second);
    return out;
}

QString SavedReplies::describe(const ApiError &error, const QString &name)
{
    switch (error.httpStatus()) {
    case 409:
        return tr("A saved reply named “%1” already exists: choose another name.").arg(name);
    case 404:
        return tr("The saved reply “%1” no longer exists: someone may have deleted it.").arg(name);
    case 400:
        return tr("The server refused the saved reply: %1")
            .arg(error.description().isEmpty() ? error.message() : error.description());
    case 401:
    case 403:
        return tr("This profile's key may not change saved replies.");
    default:
        return error.userText();
    }
}

void SavedReplies::create(const QString &name, const NewMessage &message, QObject *context,
                          Done done)
{
    auto *reply = m_api->createTemplate({{}, name.trimmed(), message}, context);
    connect(reply, &ApiReply::failed, context,
            [done, name](const ApiError &error) { done(describe(error, name)); });
    connect(reply, &ApiReply::succeeded, context, [this, reply, done] {
        m_all.append(reply->result());
        store();
        Q_EMIT changed();
        done({});
    });
}

void SavedReplies::update(const QString &id, const QString &name, const NewMessage &message,
                          QObject *context, Done done)
{
    auto *reply = m_api->updateTemplate(id, {id, name.trimmed(), message}, context);
    connect(reply, &ApiReply::failed, context, [this, done, name, id](const ApiError &error) {
        if (error.httpStatus() == 404)
            refresh();
        done(describe(error, name));
    });
    connect(reply, &ApiReply::succeeded, context, [this, reply, done] {
        const MessageTemplate &t = reply->result();
        const auto it = std::find_if(m_all.begin(), m_all.end(),
                                     [&t](const MessageTemplate &x) { return x.id == t.id; });
        if (it != m_all.end())
            *it = t;
        else
            m_all.append(t);
        store();
        Q_EMIT changed();
        done({});
    });
}

void SavedReplies::remove(const QString &id, QObject *context, Done done)
{
    const QString name = find(id) ? find(id)->name : id;
    auto *reply = m_api->deleteTemplate(id, context);
    const auto drop = [this, id] {
        m_all.removeIf([&id](const MessageTemplate &t) { return t.id == id; });
        store();
        Q_EMIT changed();
    };
    connect(reply, &ApiReply::failed, context, [done, name, drop](const ApiError &error) {
        if (error.httpStatus() == 404)
            drop(); // gone already: the list shows what is there
        done(describe(error, name));
    });
    connect(reply, &ApiReply::succeeded, context, [done, drop] {
        drop();
        done({});
    });
}
