#include "client/attachmentsapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
/*! A file name as a quoted header parameter: no quote, backslash or line break can end it. */
QByteArray quotedName(const QString &fileName)
{
    QByteArray name = fileName.toUtf8();
    QByteArray out;
    out.reserve(name.size());
    for (const char c : std::as_const(name)) {
        if (c == '"')
            out += "%22";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else if (c == '\\')
            out += "%5C";
        else
            out += c;
    }
    return out.isEmpty() ? QByteArray("file") : out;
}
} // namespace

AttachmentsApi::AttachmentsApi(QObject *parent)
    : ApiClient("attachments request", 64 * 1024, parent)
{}

AttachmentsApi::~AttachmentsApi() = default;

QString AttachmentsApi::tooLargeText()
{
    return tr("The file is larger than the 10 MB the service accepts per file (it answered 413 "
              "Payload Too Large). Send a smaller file, or share a link to it.");
}

QString AttachmentsApi::sizeError(qint64 size)
{
    if (size <= 0)
        return tr("The file is empty: there is nothing to send.");
    if (size > maxFileSize)
        return tr("The file is %1, more than the 10 MB the service accepts per file. Send a "
                  "smaller file, or share a link to it.")
            .arg(QLocale().formattedDataSize(size));
    return {};
}

std::pair<QByteArray, QByteArray>
AttachmentsApi::multipart(const QByteArray &data, const QString &fileName, const QString &mimeType)
{
    // 32 random hex digits: a file's bytes cannot contain the delimiter by more than chance.
    QByteArray boundary = "smooch-console-";
    for (int i = 0; i < 4; ++i)
        boundary +=
            QByteArray::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, '0');
    QByteArray type = mimeType.toLatin1();
    if (type.isEmpty() || type.contains('\r') || type.contains('\n'))
        type = "application/octet-stream";
    QByteArray body;
    body.reserve(data.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"source\"; filename=\"" + quotedName(fileName) +
            "\"\r\n";
    body += "Content-Type: " + type + "\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary + "--\r\n";
    return {"multipart/form-data; boundary=" + boundary, body};
}

ApiReplyOf<UploadedMedia> *AttachmentsApi::upload(const QByteArray &data, const QString &fileName,
                                                  const QString &mimeType, const QString &appUserId,
                                                  QObject *context)
{
    QString refusal = sizeError(data.size());
    if (refusal.isEmpty() && appUserId.isEmpty())
        refusal = tr("no user given for the attachment");
    QUrlQuery query;
    query.addQueryItem(u"access"_s, u"public"_s);
    query.addQueryItem(u"for"_s, u"message"_s);
    query.addQueryItem(u"appUserId"_s, QString::fromLatin1(QUrl::toPercentEncoding(appUserId)));
    auto [contentType, body] = refusal.isEmpty() ? multipart(data, fileName, mimeType)
                                                 : std::pair<QByteArray, QByteArray>{};
    return start<ApiReplyOf<UploadedMedia>>(context,
                                            {.operation = Upload,
                                             .verb = "POST",
                                             .url = connection().appUrl({u"attachments"_s}, query),
                                             .body = body,
                                             .refusal = refusal,
                                             .repeat = Repeat::SentOnce,
                                             .contentType = contentType});
}

ApiReply *AttachmentsApi::remove(const QString &mediaUrl, QObject *context)
{
    return start<ApiReply>(
        context,
        {.operation = Remove,
         .verb = "POST",
         .url = connection().appUrl({u"attachments"_s, u"remove"_s}),
         .body =
             QJsonDocument(QJsonObject{{"mediaUrl"_L1, mediaUrl}}).toJson(QJsonDocument::Compact),
         .refusal = mediaUrl.isEmpty() ? tr("no mediaUrl given") : QString()});
}

void AttachmentsApi::handleSuccess(RequestId id, int operation, const QByteArray &body)
{
    if (Operation(operation) == Remove) { // 200 with no body promised
        conclude(id, nullptr);
        return;
    }
    QString why;
    concludeWith(id, UploadedMedia::fromResponse(body, &why), why);
}
