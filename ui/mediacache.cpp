#include "mediacache.h"

#include "apiconnection.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPointer>
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

bool MediaCache::isAllowed(const QUrl &url)
{
    return url.isValid() &&
           (url.scheme() == "https"_L1 ||
            (url.scheme() == "http"_L1 && ApiConnection::isLoopback(url))) &&
           !url.host().isEmpty();
}

void MediaCache::fetch(const QUrl &url, QObject *context,
                       std::function<void(const QByteArray &, const QString &)> done)
{
    if (!isAllowed(url)) {
        done({}, tr("only https links are loaded"));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
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
        m_errors.insert(url, tr("only https images are loaded"));
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
