#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/*! \brief Parsing of response and webhook bodies, with one wording for every failure. */
namespace JsonDocument {
/*! The body as a JSON object, or std::nullopt with \a error saying why it is not one. */
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);
} // namespace JsonDocument
