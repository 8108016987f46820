// The Attachments API of SandboxServer: upload (multipart), remove, and the uploaded files
// served under /media, as the service's CDN would.
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxFileSize = 10 * 1024 * 1024; // "The maximum size allowed per file is 10MB"

struct Part
{
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray data;
};

/*! A header parameter such as name="source"; empty when absent. */
QByteArray parameter(const QByteArray &header, const QByteArray &key)
{
    for (const QByteArray &raw : header.split(';')) {
        const QByteArray item = raw.trimmed();
        if (!item.toLower().startsWith(key + '='))
            continue;
        QByteArray value = item.mid(key.size() + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

/*! The parts of a multipart/form-data \a body; nullopt when it is not one. */
std::optional<QList<Part>> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (pos < 0)
        return std::nullopt;
    pos = body.indexOf(delimiter, pos) + delimiter.size();
    QList<Part> parts;
    while (parts.size() < 32) {
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return std::nullopt;
        Part part;
        for (const QByteArray &line : body.mid(pos, headersEnd - pos).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = parameter(value, "name");
                part.fileName = parameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        pos = next + 2 + delimiter.size();
    }
    return std::nullopt;
}

/*! The last path element of a client's file name, without anything a URL or shell would read. */
QString safeFileName(const QByteArray &raw)
{
    QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
    name = name.section(u'/', -1).section(u'\\', -1);
    QString out;
    for (const QChar c : std::as_const(name))
        out += (c.isPrint() && c != u'?' && c != u'#' && c != u'%') ? c : u'_';
    out = out.left(120).trimmed();
    return out.isEmpty() || out == "."_L1 || out == ".."_L1 ? u"file"_s : out;
}
} // namespace

SandboxServer::Response SandboxServer::attachmentsApi(const QString &method,
                                                      const QStringList &rest,
                                                      const QUrlQuery &query,
                                                      const QByteArray &body)
{
    if (rest == QStringList{u"remove"_s}) {
        if (method != "POST"_L1)
            return error(405, u"method_not_allowed"_s, u"Method not allowed on this resource"_s);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QString mediaUrl = doc.object().value("mediaUrl"_L1).toString();
        if (!doc.isObject() || mediaUrl.isEmpty())
            return error(400, u"bad_request"_s, u"mediaUrl is required"_s);
        const QUrl url(mediaUrl);
        const QString prefix = u"/media/"_s;
        const QString path = url.path();
        if (!path.startsWith(prefix) || !m_store->removeAttachment(path.mid(prefix.size())))
            return error(404, u"not_found"_s, u"No such attachment"_s);
        qCInfo(lcSandbox) << "attachment removed:" << path;
        return {200, {}, {}};
    }
    if (!rest.isEmpty())
        return error(404, u"not_found"_s, u"No such route"_s);
    if (method != "POST"_L1)
        return error(405, u"method_not_allowed"_s, u"Method not allowed on this resource"_s);
    const QString access = query.queryItemValue(u"access"_s, QUrl::FullyDecoded);
    if (access.isEmpty())
        return error(400, u"bad_request"_s, u"access is required"_s);
    if (access != "public"_L1)
        return error(400, u"bad_request"_s, u"The only available access level is public"_s);
    const QString forWhat = query.queryItemValue(u"for"_s, QUrl::FullyDecoded);
    if (!forWhat.isEmpty() && forWhat != "message"_L1)
        return error(400, u"bad_request"_s, u"for must be message"_s);
    // appUserId (the _id) or userId (the business's id); the sandbox finds either, as in paths.
    QString userRef = query.queryItemValue(u"appUserId"_s, QUrl::FullyDecoded);
    if (userRef.isEmpty())
        userRef = query.queryItemValue(u"userId"_s, QUrl::FullyDecoded);
    QString smoochId;
    if (!userRef.isEmpty()) {
        const auto user = m_store->findUser(userRef);
        if (!user)
            return error(404, u"not_found"_s, u"User not found"_s);
        smoochId = user->smoochId;
    }
    // The whole body first: more than the file limit plus room for the part's headers is too
    // large whatever it holds.
    if (body.size() > maxFileSize + 64 * 1024)
        return error(413, u"payload_too_large"_s, u"The maximum size allowed per file is 10MB"_s);
    const auto parts = parseMultipart(m_contentType, body);
    if (!parts)
        return error(400, u"bad_request"_s, u"The body must be multipart/form-data"_s);
    const auto source = std::find_if(parts->cbegin(), parts->cend(),
                                     [](const Part &p) { return p.name == "source"; });
    if (source == parts->cend())
        return error(400, u"bad_request"_s, u"source is required"_s);
    if (source->data.size() > maxFileSize)
        return error(413, u"payload_too_large"_s, u"The maximum size allowed per file is 10MB"_s);
    const QString fileName = safeFileName(source->fileName);
    QString mediaType = QString::fromLatin1(source->contentType).section(u';', 0, 0).trimmed();
    if (mediaType.isEmpty() || !mediaType.contains(u'/'))
        mediaType = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    QString hash;
    for (int i = 0; i < 4; ++i)
        hash += u"%1"_s.arg(qulonglong(QRandomGenerator::system()->generate()), 8, 16, QChar(u'0'));
    SandboxStore::Attachment stored{u"apps/%1/%2/%3"_s.arg(m_config.appId, hash, fileName),
                                    smoochId,
                                    fileName,
                                    mediaType,
                                    source->data,
                                    double(QDateTime::currentMSecsSinceEpoch()) / 1000.0};
    if (!m_store->insertAttachment(stored))
        return error(500, u"internal_error"_s, u"The file could not be stored"_s);
    QString url = baseUrl().toString() + u"/media/apps/"_s +
                  QString::fromLatin1(QUrl::toPercentEncoding(m_config.appId)) + u'/' + hash +
                  u'/' + QString::fromLatin1(QUrl::toPercentEncoding(fileName));
    qCInfo(lcSandbox) << "attachment stored:" << stored.path << source->data.size() << "bytes";
    return {201, {{"mediaUrl"_L1, url}, {"mediaType"_L1, mediaType}}, {}};
}

bool SandboxServer::serveUpload(const QStringList &segments, QTcpSocket *socket)
{
    if (segments.value(2) != "apps"_L1 || segments.size() != 6)
        return false;
    const auto file = m_store->attachment(segments.mid(2).join(u'/'));
    const QString path = segments.join(u'/');
    if (!file) {
        socket->write(
            serialize(404, R"({"error":{"code":"not_found","description":"No such media"}})"));
        Q_EMIT requestHandled(u"GET"_s, path, 404);
        return true;
    }
    QList<QPair<QByteArray, QByteArray>> headers{{"Cache-Control", "max-age=86400"},
                                                 {"X-Content-Type-Options", "nosniff"}};
    if (!file->mediaType.startsWith("image/"_L1))
        headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment")));
    socket->write(serialize(200, file->data, headers, file->mediaType.toLatin1()));
    Q_EMIT requestHandled(u"GET"_s, path, 200);
    return true;
}
