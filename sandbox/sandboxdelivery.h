#pragma once

#include "sandbox/sandboxstore.h"

#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <functional>

class SandboxWebhooks;

/*!
 * \brief The sandbox's channels: after a business (appMaker) message is stored, fires the
 * delivery triggers its user's channel would, to the webhooks that listen.
 *
 * What happens depends on the user's platform and history, never on their name: the SDKs (web,
 * iOS, Android) report nothing; Messenger, Telegram, LINE, Viber and the other messaging apps
 * send message:delivery:channel and then message:delivery:user; WhatsApp does so while the
 * customer's 24-hour window is open (their last appUser message less than 24 hours before),
 * and otherwise sends message:delivery:failure with WhatsApp's error 470. Payloads have the
 * v1.1 shape (a single \c message \c {"_id"}, \c destination, \c isFinalEvent, \c error with the
 * channel's \c underlyingError, \c timestamp). The events come after short timers.
 */
class SandboxDelivery : public QObject
{
    Q_OBJECT

public:
    /*! The envelope of a webhook payload (trigger, version, app, appUser, client...). */
    using Envelope =
        std::function<QJsonObject(const QString &trigger, const SandboxStore::AppUser &)>;

    SandboxDelivery(SandboxStore *store, SandboxWebhooks *webhooks, Envelope envelope,
                    QObject *parent = nullptr);

    /*! How long after the message the channel takes it, and after that the user gets it. */
    void setDelays(std::chrono::milliseconds toChannel, std::chrono::milliseconds toUser);
    /*! The clock the 24-hour window is judged by (seconds since the epoch). */
    void setClock(std::function<double()> clock) { m_clock = std::move(clock); }

    /*! \a message (the stored appMaker message) of \a user goes out on their channel. */
    void send(const SandboxStore::AppUser &user, const QJsonObject &message);

    /*! What the user's channel does with a business message now. */
    enum class Outcome { Nothing, Delivered, ChannelOnly, WindowClosed };
    Outcome outcomeFor(const SandboxStore::AppUser &user) const;

    static constexpr double whatsAppWindow = 24.0 * 3600; //!< seconds
    static constexpr qint64 whatsAppWindowError = 470;

Q_SIGNALS:
    /*! \a trigger was handed to the webhooks for \a messageId of \a userId. */
    void fired(const QString &trigger, const QString &userId, const QString &messageId);

private:
    void fire(const QString &trigger, const QString &smoochId, const QString &messageId);

    SandboxStore *m_store;
    SandboxWebhooks *m_webhooks;
    Envelope m_envelope;
    std::function<double()> m_clock;
    std::chrono::milliseconds m_toChannel{600};
    std::chrono::milliseconds m_toUser{1200};
};
