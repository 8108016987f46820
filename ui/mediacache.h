#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/*!
 * \brief Images and files named by messages: loaded asynchronously, kept on disk by
 * QNetworkDiskCache, thumbnails kept in memory.
 *
 * Only https URLs load (and http on a loopback host, for local sandboxes). Requests never
 * carry an Authorization header: this cache has its own network access manager and no
 * credentials. Redirects are followed only to URLs that are allowed themselves.
 */
class MediaCache : public QObject
{
    Q_OBJECT

public:
    enum class Status { Unknown, Loading, Ready, Failed };

    /*! \a cacheDirectory empty: the platform's cache location. */
    explicit MediaCache(const QString &cacheDirectory = {}, QObject *parent = nullptr);

    static bool isAllowed(const QUrl &url);

    /*! The thumbnail of \a url (at most thumbnailSide pixels a side), or a null pixmap while
     *  it loads; the first call starts the load. */
    QPixmap thumbnail(const QUrl &url);
    /*! The natural size of the image at \a url once known. */
    QSize naturalSize(const QUrl &url) const { return m_sizes.value(url); }
    Status status(const QUrl &url) const { return m_status.value(url, Status::Unknown); }
    QString errorString(const QUrl &url) const { return m_errors.value(url); }

    /*! Fetches the bytes of \a url (from disk when cached) and hands them to \a done, or an
     *  empty array and the reason; nothing is called once \a context is gone. */
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
};
