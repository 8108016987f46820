#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/*!
 * \brief Images and files named by messages: loaded asynchronously, kept on disk by
 * QNetworkDiskCache, thumbnails kept in memory.
 *
 * Message content is written by others, and every request for it tells its host the agent's
 * address and when the agent read the message. So:
 * - only https URLs load; loopback hosts (http or https) only when the profile's own base URL
 *   is loopback, a local sandbox: never a local service on the agent's machine otherwise;
 * - images and avatars load by themselves only from the app's media hosts (media.smooch.io
 *   and its regional forms such as media.eu-1.smooch.io) and the profile's own origin, or
 *   from any https host when the agent trusts them all (trustAnyHttpsKey); others wait for a
 *   click (allow()), and their status is Blocked until then.
 *
 * Requests never carry an Authorization header: this cache has its own network access manager
 * and no credentials. Redirects are followed only to URLs that are allowed themselves.
 */
class MediaCache : public QObject
{
    Q_OBJECT

public:
    enum class Status { Unknown, Loading, Ready, Failed, Blocked };

    /*! The setting (bool) that loads images from any https host without a click. */
    static constexpr const char *trustAnyHttpsKey = "media/loadFromAnyHttpsHost";

    /*! \a cacheDirectory empty: the platform's cache location. */
    explicit MediaCache(const QString &cacheDirectory = {}, QObject *parent = nullptr);

    /*! The open profile's API base URL: its origin is trusted, and it decides whether
     *  loopback hosts may be reached. Forgets what was loaded or allowed for the last one. */
    void setApiBaseUrl(const QUrl &baseUrl);
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    /*! Loads images from every https host without a click; blocked images load at once. */
    void setTrustAnyHttpsHost(bool trust);
    bool trustsAnyHttpsHost() const { return m_trustAnyHttps; }

    /*! Whether \a url may be requested at all, even on a click. */
    bool isAllowed(const QUrl &url) const;
    /*! Whether the image at \a url loads without a click. */
    bool loadsByItself(const QUrl &url) const;
    /*! The agent clicked the blocked image at \a url: it loads, if it is allowed at all. */
    void allow(const QUrl &url);
    /*! media.smooch.io and its regional forms, where the service keeps uploaded media. */
    static bool isAppMediaHost(const QString &host);

    /*! The thumbnail of \a url (at most thumbnailSide pixels a side), or a null pixmap while
     *  it loads or waits for a click; the first call starts the load when it may. */
    QPixmap thumbnail(const QUrl &url);
    /*! The natural size of the image at \a url once known. */
    QSize naturalSize(const QUrl &url) const { return m_sizes.value(url); }
    Status status(const QUrl &url) const { return m_status.value(url, Status::Unknown); }
    QString errorString(const QUrl &url) const { return m_errors.value(url); }

    /*! Fetches the bytes of \a url (from disk when cached) and hands them to \a done, or an
     *  empty array and the reason; nothing is called once \a context is gone. For what the
     *  agent asked for (open, save): only isAllowed() is checked. */
    void fetch(const QUrl &url, QObject *context,
               std::function<void(const QByteArray &data, const QString &error)> done);

    static constexpr int thumbnailSide = 480;
    static constexpr qint64 maxBytes = 25 * 1024 * 1024;

Q_SIGNALS:
    /*! The thumbnail of \a url is ready, or failed: rows that show it lay out again. */
    void changed(const QUrl &url);

private:
    QNetworkAccessManager *m_network;
    QCache<QUrl, QPixmap> m_thumbnails;
    QHash<QUrl, QSize> m_sizes;
    QHash<QUrl, Status> m_status;
    QHash<QUrl, QString> m_errors;
    QSet<QUrl> m_allowed; //!< clicked by the agent
    QUrl m_apiBaseUrl;
    bool m_trustAnyHttps = false;
};
