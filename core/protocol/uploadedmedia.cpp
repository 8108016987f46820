#include "protocol/uploadedmedia.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

using namespace Qt::StringLiterals;

std::optional<UploadedMedia> UploadedMedia::fromResponse(const QByteArray &body, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (!doc.isObject()) {
        *error = QObject::tr("the upload answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    UploadedMedia media{object.value("mediaUrl"_L1).toString(),
                        object.value("mediaType"_L1).toString()};
    const QUrl url(media.mediaUrl, QUrl::StrictMode);
    if (media.mediaUrl.isEmpty() || !url.isValid() ||
        (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)) {
        *error = QObject::tr("the upload answer has no valid mediaUrl");
        return std::nullopt;
    }
    if (media.mediaType.isEmpty() || media.mediaType.size() > 255) {
        *error = QObject::tr("the upload answer has no mediaType");
        return std::nullopt;
    }
    return media;
}
