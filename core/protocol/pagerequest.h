#pragma once

#include <QString>
#include <QUrlQuery>

/*!
 * \brief Which page of GET messages to ask for: the latest, or the 100 before or after a
 * timestamp. \c before and \c after never go together, by construction.
 */
struct PageRequest
{
    enum class Direction { Latest, Before, After };

    Direction direction = Direction::Latest;
    double timestamp = 0; //!< seconds since the epoch; unused for Latest

    static PageRequest latest() { return {}; }
    static PageRequest before(double timestamp) { return {Direction::Before, timestamp}; }
    static PageRequest after(double timestamp) { return {Direction::After, timestamp}; }

    /*! The query: nothing, \c before=TS or \c after=TS with full millisecond precision. */
    QUrlQuery query() const;
    /*! Seconds with three decimals: 1439220041.586. */
    static QString formatTimestamp(double seconds);

    bool operator==(const PageRequest &) const = default;
};
