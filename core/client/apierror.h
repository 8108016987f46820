#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

/*!
 * \brief The one error type of every request: what failed, and what the server said.
 *
 * HTTP failures keep their status, so 401, 403, 404, 409, 429 and 5xx stay distinguishable,
 * together with the server's \c error.code and \c error.description and any Retry-After.
 */
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,            //!< no error
        Http,            //!< the server answered with a status of 400 or more
        Network,         //!< no answer: refused, reset, host not found, dropped mid-body
        Tls,             //!< the TLS handshake or certificate check failed
        Timeout,         //!< no data arrived within the request's timeout
        InvalidResponse, //!< an answer that is not what v1.1 promises (bad JSON, wrong shape,
                         //!< redirect)
        Refused,         //!< the client refused to send it (insecure URL, incomplete message)
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail);

    /*! Classifies a finished reply whose status is not 2xx or that failed at the network level. */
    static ApiError fromReply(const QNetworkReply &reply, const QByteArray &body);
    /*! An HTTP error from its parts; \a body may hold the v1.1 error object. */
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    /*! Parses a Retry-After value: delay seconds or an HTTP date. */
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString description() const { return m_description; }
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    QString detail() const { return m_detail; }

    /*! True for failures worth another attempt: 408, 429, 5xx, network failures and timeouts. */
    bool isTransient() const;
    /*! True for 401 and 403: the credentials are missing, wrong or not allowed here. */
    bool isAuthFailure() const { return m_httpStatus == 401 || m_httpStatus == 403; }

    /*! One line for people: "HTTP 404 not_found: User not found", "timed out", ... */
    QString message() const;
    /*!
     * What happened in plain words, for agents: "Can't reach the server: it refused the
     * connection." rather than "network error: Connection refused". message() keeps the
     * details, for tooltips and logs.
     */
    QString userText() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_description;
    std::optional<std::chrono::seconds> m_retryAfter;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_detail;
};

Q_DECLARE_METATYPE(ApiError)
