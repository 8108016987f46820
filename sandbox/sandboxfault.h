#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/*!
 * \brief A fault the sandbox injects into the next matching requests, as a misbehaving
 * service or network would.
 */
struct SandboxFault
{
    enum class Kind {
        Status,        //!< answer \c status with the v1.1 error body (and Retry-After if set)
        Delay,         //!< wait \c delayMs, then answer normally
        DropMidBody,   //!< send the headers and half a body, then close the connection
        MalformedJson, //!< answer 200 with a body that is not JSON
        NoAnswer,      //!< accept the request and never answer
        Body,          //!< answer \c status with \c body as it is
        EndlessBody,   //!< answer 200 with a chunked body that does not end (until the client
                       //!< leaves, or after SandboxServer::endlessBodyLimit bytes)
    };

    Kind kind = Kind::Status;
    int status = 500;
    int count = 1; //!< how many matching requests it applies to
    int delayMs = 0;
    std::optional<int> retryAfter; //!< seconds
    QByteArray body;
    QByteArray location;  //!< a Location header, for redirects
    QString method;       //!< only requests with this method, when set
    QString pathContains; //!< only requests whose decoded path contains this, when set
    QString pathEndsWith; //!< only requests whose decoded path ends with this, when set

    bool matches(const QString &method, const QString &path) const;

    /*!
     * {"kind":"status","status":503,"count":2,"retryAfter":1,"method":"GET","path":"/messages"};
     * "body" and "location" go with kind "body".
     */
    static std::optional<SandboxFault> fromJson(const QJsonObject &object, QString *error);
};
