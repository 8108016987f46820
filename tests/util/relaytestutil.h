#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

/*! What the relay's tests send it: deliveries as Smooch posts them, and raw HTTP requests. */
namespace RelayTest {

/*! One delivery of message:appUser with one text message, for app \a app and user \a user. */
inline QByteArray delivery(const QString &app, const QString &user, const QString &messageId,
                           const QString &text = QStringLiteral("Hello"))
{
    const QString smoochId = QStringLiteral("sm_") + user;
    const QJsonObject message{{QStringLiteral("_id"), messageId},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("role"), QStringLiteral("appUser")},
                              {QStringLiteral("authorId"), smoochId},
                              {QStringLiteral("name"), QStringLiteral("Customer")},
                              {QStringLiteral("received"), 1700000000.5}};
    const QJsonObject body{
        {QStringLiteral("trigger"), QStringLiteral("message:appUser")},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("_id"), app}}},
        {QStringLiteral("messages"), QJsonArray{message}},
        {QStringLiteral("appUser"),
         QJsonObject{{QStringLiteral("_id"), smoochId}, {QStringLiteral("userId"), user}}},
        {QStringLiteral("version"), QStringLiteral("v1.1")}};
    return QJsonDocument(body).toJson(QJsonDocument::Indented); // line breaks, as Smooch sends
}

/*! An HTTP/1.1 request as bytes; POST always says its Content-Length. */
inline QByteArray request(const QByteArray &method, const QByteArray &target,
                          const QList<QByteArray> &headers, const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : headers)
        bytes += header + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

} // namespace RelayTest
