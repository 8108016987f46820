#include "apierror.h"

#include "jsondocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e(Kind::Http, {});
    e.m_httpStatus = status;
    e.m_retryAfter = parseRetryAfter(retryAfter);
    // Error bodies are {"error":{"code","description"}}; anything else keeps only the status.
    if (const auto object = JsonDocument::parseObject(body, nullptr)) {
        const QJsonObject error = object->value("error"_L1).toObject();
        e.m_code = error.value("code"_L1).toString();
        e.m_description = error.value("description"_L1).toString();
    }
    return e;
}

ApiError ApiError::fromReply(const QNetworkReply &reply, const QByteArray &body)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        ApiError e = fromHttp(status, body, reply.rawHeader("Retry-After"));
        e.m_networkError = reply.error();
        e.m_detail = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return e;
    }
    const QNetworkReply::NetworkError code = reply.error();
    Kind kind = Kind::Network;
    // A tracked reply is never aborted by us (cancel() disconnects first), so a cancellation we
    // see is the transfer timeout firing.
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        kind = Kind::Timeout;
    else if (code == QNetworkReply::SslHandshakeFailedError)
        kind = Kind::Tls;
    else if (code == QNetworkReply::NoError && status >= 300)
        kind = Kind::InvalidResponse;
    ApiError e(
        kind,
        kind == Kind::InvalidResponse
            ? tr("unexpected HTTP %1 redirect to %2")
                  .arg(status)
                  .arg(reply.header(QNetworkRequest::LocationHeader).toUrl().toDisplayString())
        : code == QNetworkReply::ContentReSendError
            // Our message bodies cannot be rewound, so Qt's own resend of a POST ends here (see
            // ConversationApi::send): the request went out, the answer never came.
            ? tr("the connection closed after the request was sent, before the answer")
            : reply.errorString());
    e.m_httpStatus = status;
    e.m_networkError = code;
    return e;
}

std::optional<std::chrono::seconds> ApiError::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Http:
        return m_httpStatus == 408 || m_httpStatus == 429 || m_httpStatus >= 500;
    case Kind::Network:
    case Kind::Timeout:
        return true;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("no error");
    case Kind::Http: {
        QString text = u"HTTP %1"_s.arg(m_httpStatus);
        if (!m_code.isEmpty())
            text += u" "_s + m_code;
        if (!m_description.isEmpty())
            text += u": "_s + m_description;
        else if (!m_detail.isEmpty())
            text += u" ("_s + m_detail + u")"_s;
        return text;
    }
    case Kind::Network:
        return tr("network error: %1").arg(m_detail);
    case Kind::Tls:
        return tr("TLS error: %1").arg(m_detail);
    case Kind::Timeout:
        return tr("timed out: %1").arg(m_detail);
    case Kind::InvalidResponse:
        return tr("invalid response: %1").arg(m_detail);
    case Kind::Refused:
        return tr("not sent: %1").arg(m_detail);
    }
    return m_detail;
}
