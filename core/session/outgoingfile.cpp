#include "session/outgoingfile.h"

#include "client/attachmentsapi.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QObject>

using namespace Qt::StringLiterals;

QString OutgoingFile::messageType() const
{
    static const QStringList images = {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s,
                                       u"image/webp"_s};
    return images.contains(mimeType) ? u"image"_s : u"file"_s;
}

OutgoingFile OutgoingFile::fromPath(const QString &path)
{
    OutgoingFile out;
    const QFileInfo info(path);
    out.fileName = info.fileName();
    if (!info.isFile()) {
        out.error = QObject::tr("“%1” is not a file that can be sent.").arg(out.fileName);
        return out;
    }
    // The size first: a file over the limit is never read.
    if (const QString why = AttachmentsApi::sizeError(info.size()); !why.isEmpty()) {
        out.error = why;
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QObject::tr("“%1” cannot be read: %2").arg(out.fileName, file.errorString());
        return out;
    }
    // It may have grown since: never more than one byte past the limit is read.
    return fromData(file.read(AttachmentsApi::maxFileSize + 1), out.fileName);
}

OutgoingFile OutgoingFile::fromData(QByteArray data, const QString &fileName)
{
    OutgoingFile out;
    out.fileName = fileName.isEmpty() ? u"file"_s : fileName;
    if (const QString why = AttachmentsApi::sizeError(data.size()); !why.isEmpty()) {
        out.error = why;
        return out;
    }
    const QMimeDatabase db;
    const QMimeType byName = db.mimeTypeForFile(out.fileName, QMimeDatabase::MatchExtension);
    const QMimeType byContent = db.mimeTypeForData(data);
    if (byName.name().startsWith("image/"_L1) && !byContent.inherits(byName.name())) {
        out.error = QObject::tr("“%1” is named as %2, but its content is %3: it was not sent. "
                                "Rename it or send the right file.")
                        .arg(out.fileName, byName.comment(), byContent.comment());
        return out;
    }
    out.mimeType = db.mimeTypeForFileNameAndData(out.fileName, data).name();
    if (out.mimeType.isEmpty())
        out.mimeType = u"application/octet-stream"_s;
    out.data = std::move(data);
    return out;
}
