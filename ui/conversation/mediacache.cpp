#include "conversation/mediacache.h"

#include "client/apiconnection.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

MediaCache::MediaCache(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_thumbnails(64 * 1024) // in KiB: 64 MiB of thumbnails
{
    auto *disk = new QNetworkDiskCache(m_network);
    disk->setCacheDirectory(cacheDirectory.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                      u"/media"_s
                                : cacheDirectory);
    disk->setMaximumCacheSize(200 * 1024 * 1024);
    m_network->setCache(disk);
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

void MediaCache::setApiBaseUrl(const QUrl &baseUrl)
{
    if (baseUrl == m_apiBaseUrl)
        return;
    m_apiBaseUrl = baseUrl;
    // What another profile allowed or could reach says nothing about this one.
    m_thumbnails.clear();
    m_sizes.clear();
    m_status.clear();
    m_errors.clear();
    m_allowed.clear();
}

void MediaCache::setTrustAnyHttpsHost(bool trust)
{
    if (trust == m_trustAnyHttps)
        return;
    m_trustAnyHttps = trust;
    // Images waiting for a click may load now: their rows ask again. What loaded stays.
    const QList<QUrl> blocked = m_status.keys(Status::Blocked);
    for (const QUrl &url : blocked) {
        m_status.remove(url);
        Q_EMIT changed(url);
    }
}

bool MediaCache::isAppMediaHost(const QString &host)
{
    static const QRegularExpression regional(u"^media\\.[a-z]{2}-[0-9]+\\.smooch\\.io$"_s);
    const QString h = host.toLower();
    return h == "media.smooch.io"_L1 || regional.match(h).hasMatch();
}

bool MediaCache::isAllowed(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (ApiConnection::isLoopback(url))
        return ApiConnection::isLoopback(m_apiBaseUrl) &&
               (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
    return url.scheme() == "https"_L1;
}

bool MediaCache::loadsByItself(const QUrl &url) const
{
    if (!isAllowed(url))
        return false;
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == "https"_L1 ? 443 : 80); };
    const bool ownOrigin = url.host() == m_apiBaseUrl.host() && port(url) == port(m_apiBaseUrl);
    return ownOrigin || isAppMediaHost(url.host()) ||
           (m_trustAnyHttps && url.scheme() == "https"_L1);
}

void MediaCache::allow(const QUrl &url)
{
    if (!isAllowed(url) || m_allowed.contains(url))
        return;
    m_allowed.insert(url);
    if (m_status.value(url) == Status::Blocked) {
        m_status.remove(url);
        Q_EMIT changed(url); // the rows that show it ask for the thumbnail again, which loads it
    }
}

void MediaCache::fetch(const QUrl &url, QObject *context,
                       std::function<void(const QByteArray &, const QString &)> done)
{
    if (!isAllowed(url)) {
        done({}, ApiConnection::isLoopback(url) ? tr("local addresses are not loaded")
                                                : tr("only https links are loaded"));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::redirected, reply, [this, reply](const QUrl &target) {
        if (isAllowed(target))
            Q_EMIT reply->redirectAllowed();
        else
            reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes)
            reply->abort();
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        if (reply->error() != QNetworkReply::NoError) {
            done({}, reply->errorString());
            return;
        }
        done(reply->readAll(), {});
    });
}

QPixmap MediaCache::thumbnail(const QUrl &url)
{
    if (const QPixmap *cached = m_thumbnails.object(url))
        return *cached;
    const Status current = status(url);
    if (current == Status::Loading || current == Status::Failed)
        return {};
    if (!isAllowed(url)) {
        m_status.insert(url, Status::Failed);
        m_errors.insert(url, ApiConnection::isLoopback(url) ? tr("local addresses are not loaded")
                                                            : tr("only https images are loaded"));
        return {};
    }
    if (!loadsByItself(url) && !m_allowed.contains(url)) {
        m_status.insert(url, Status::Blocked);
        return {};
    }
    m_status.insert(url, Status::Loading);
    fetch(url, this, [this, url](const QByteArray &data, const QString &error) {
        QImage image;
        QString why = error;
        if (why.isEmpty()) {
            QBuffer buffer;
            buffer.setData(data);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid() && size.width() * qint64(size.height()) > 100'000'000LL) {
                why = tr("the image is too large");
            } else {
                if (size.isValid() &&
                    (size.width() > thumbnailSide || size.height() > thumbnailSide))
                    reader.setScaledSize(
                        size.scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio));
                image = reader.read();
                if (image.isNull())
                    why = reader.errorString();
                else
                    m_sizes.insert(url, size.isValid() ? size : image.size());
            }
        }
        if (image.isNull()) {
            m_status.insert(url, Status::Failed);
            m_errors.insert(url, why);
        } else {
            auto *pixmap = new QPixmap(QPixmap::fromImage(image));
            m_thumbnails.insert(
                url, pixmap,
                int(std::max<qint64>(1, pixmap->width() * qint64(pixmap->height()) * 4 / 1024)));
            m_status.insert(url, Status::Ready);
        }
        Q_EMIT changed(url);
    });
    return {};
}
