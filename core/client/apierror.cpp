#include "client/apierror.h"

#include "protocol/jsondocument.h"

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

QString ApiError::userText() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("No error.");
    case Kind::Http:
        if (isAuthFailure())
            return tr("The server refused the credentials (HTTP %1).").arg(m_httpStatus);
        if (m_httpStatus == 404)
            return tr("The server does not know this conversation or message (HTTP 404).");
        if (m_httpStatus == 408 || m_httpStatus == 429)
            return tr("The server is busy and asked to try again later (HTTP %1).")
                .arg(m_httpStatus);
        if (m_httpStatus >= 500)
            return tr("The server has a problem (HTTP %1).").arg(m_httpStatus);
        // The service's own description is meant for people; the code alone is not.
        return m_description.isEmpty()
                   ? tr("The server refused the request (HTTP %1).").arg(m_httpStatus)
                   : tr("The server refused the request (HTTP %1): %2.")
                         .arg(m_httpStatus)
                         .arg(m_description);
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("Can't reach the server: it refused the connection.");
        case QNetworkReply::HostNotFoundError:
            return tr("Can't reach the server: its address was not found.");
        case QNetworkReply::RemoteHostClosedError:
            return tr("The connection closed before the server answered.");
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return tr("Can't reach the server: there is no network connection.");
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return tr("Can't reach the server through the proxy.");
        default:
            return tr("Can't reach the server.");
        }
    case Kind::Tls:
        return tr("The secure connection to the server could not be set up.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::InvalidResponse:
        return tr("The server's answer could not be understood (%1).").arg(m_detail);
    case Kind::Refused:
        return tr("Not sent: %1").arg(m_detail);
    }
    return m_detail;
}
