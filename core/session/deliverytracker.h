#pragma once

#include "protocol/webhookevent.h"
#include "session/deliverystatus.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class LocalStore;

/*!
 * \brief Where the agent's messages stand, per profile, kept in its SQLite file: sent, delivered
 * to the channel, delivered to the user, or failed with the reason; and up to when each customer
 * read their conversation.
 *
 * Keyed by the server's message id, whatever told it first: a delivery event that beats the
 * POST's own answer is kept and shows once the message is known. States only move forward
 * (DeliveryStatus::accepts()): an event delivered twice, or late (a :channel after :user, any
 * event after a final failure), changes nothing and signals nothing. A read time only grows.
 * Read times are bound to the app (a profile pointed at another app starts without them).
 * Rows older than keepFor, and all but the newest maxKept, go when the tracker opens.
 */
class DeliveryTracker : public QObject
{
    Q_OBJECT

public:
    /*! The statuses kept in \a store for the app \a app names (base URL and app id): read times
     * another app recorded are never read. */
    explicit DeliveryTracker(LocalStore *store, const QString &app = {}, QObject *parent = nullptr);

    /*! The server has message \a messageId of \a userId: its POST answered, or it came back. */
    void markSent(const QString &messageId, const QString &userId, double at);
    /*! A message:delivery:* event; false when it changed nothing (or named no message). */
    bool apply(const WebhookEvent &event);
    /*! The customer known by any of \a userIds read their conversation up to \a at. */
    void markRead(const QStringList &userIds, double at);

    /*! Where message \a messageId stands; State::None when nothing is known of it. */
    DeliveryStatus status(const QString &messageId) const;
    /*! Up to when \a userId read their conversation, if they ever did. */
    std::optional<double> readAt(const QString &userId) const;

    static constexpr double keepFor = 60.0 * 24 * 3600; //!< seconds
    static constexpr int maxKept = 50000;
    /*!
     * At most \a kept statuses (the newest) are held, in memory and on disk, however many
     * events come while the console runs: a tenth more and the oldest go.
     */
    void setMaxKept(int kept);

Q_SIGNALS:
    void statusChanged(const QString &messageId, const DeliveryStatus &status);
    void readChanged(const QString &userId, double at);

private:
    bool update(const QString &messageId, const QString &userId, DeliveryStatus next);
    void load();
    /*! Drops statuses older than keepFor and all but the newest m_maxKept, and holds the rest. */
    void prune();

    LocalStore *m_store;
    QString m_app;
    QHash<QString, DeliveryStatus> m_statuses;
    QHash<QString, double> m_read;
    int m_maxKept = maxKept;
};
