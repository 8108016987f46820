#include "protocol/pagerequest.h"

using namespace Qt::StringLiterals;

QUrlQuery PageRequest::query() const
{
    QUrlQuery q;
    if (direction == Direction::Before)
        q.addQueryItem(u"before"_s, formatTimestamp(timestamp));
    else if (direction == Direction::After)
        q.addQueryItem(u"after"_s, formatTimestamp(timestamp));
    return q;
}

QString PageRequest::formatTimestamp(double seconds)
{
    return QString::number(seconds, 'f', 3);
}
