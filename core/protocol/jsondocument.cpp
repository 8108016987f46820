#include "protocol/jsondocument.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

std::optional<QJsonObject> JsonDocument::parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QString why;
    if (parseError.error != QJsonParseError::NoError)
        why = u"malformed JSON at offset %1: %2"_s.arg(parseError.offset)
                  .arg(parseError.errorString());
    else if (!doc.isObject())
        why = u"expected a JSON object"_s;
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return doc.object();
}
