#include "text/generatedtext.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// Numbers as the service's JavaScript writes them: the shortest form that reads back the same.
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString location(const QJsonObject &message)
{
    const QJsonObject coordinates = message.value("coordinates"_L1).toObject();
    const QJsonValue lat = coordinates.value("lat"_L1);
    const QJsonValue lon = coordinates.value("long"_L1);
    if (!lat.isDouble() || !lon.isDouble())
        return {};
    return u"Location shared:\nhttps://maps.google.com/maps?q=%1,%2"_s.arg(number(lat.toDouble()),
                                                                           number(lon.toDouble()));
}

QString list(const QJsonObject &message)
{
    QStringList items;
    const QJsonArray array = message.value("items"_L1).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        QStringList lines{u"%1. %2"_s.arg(i + 1).arg(item.value("title"_L1).toString())};
        if (const QString description = item.value("description"_L1).toString();
            !description.isEmpty())
            lines.append(description);
        for (const QJsonValue &value : item.value("actions"_L1).toArray()) {
            const QJsonObject action = value.toObject();
            const QString uri = action.value("uri"_L1).toString();
            if (action.value("type"_L1).toString() == "link"_L1 && !uri.isEmpty())
                lines.append(action.value("text"_L1).toString() + u": "_s + uri);
        }
        items.append(lines.join(u'\n'));
    }
    return items.join(u"\n\n\n"_s);
}
} // namespace

QString GeneratedText::forMessage(const QJsonObject &message)
{
    const QString type = message.value("type"_L1).toString();
    if (type == "location"_L1)
        return location(message);
    if (type == "list"_L1)
        return list(message);
    return {};
}
