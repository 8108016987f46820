#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

/*! \brief One delivery as the relay's log keeps it. */
struct StoredEvent
{
    qint64 id = 0;         //!< increasing, gapless, in the order of commit
    QString appId;         //!< the app the delivery was posted for
    QString userId;        //!< WebhookEvent::user() of the payload (empty when none)
    QByteArray payload;    //!< the delivery body exactly as received
    qint64 receivedMs = 0; //!< relay clock, ms since the epoch

    bool operator==(const StoredEvent &) const = default;
};
Q_DECLARE_METATYPE(StoredEvent)
