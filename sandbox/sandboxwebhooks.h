#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

/*!
 * \brief The sandbox's webhooks: v1.1 payloads POSTed with the secret in X-API-Key, retried like
 * the real service (up to 5 retries with growing intervals, a 20 s timeout), except for answers
 * that retrying cannot fix (400, 401, 403, 404, 406).
 *
 * Two kinds of webhook receive events: the one configure() sets in code (for tests and the
 * demo), which receives every event, and those registered through the v1.1 Webhooks API
 * (add()), each of which receives only the events whose trigger it lists, with its own secret.
 * Two webhooks subscribed to one trigger get two deliveries, as on the service.
 */
class SandboxWebhooks : public QObject
{
    Q_OBJECT

public:
    /*! One webhook registered through the API (the v1.1 Webhook object). */
    struct Webhook
    {
        QString id;
        QString target;
        QStringList triggers;
        QByteArray secret;
        bool includeClient = false;
        bool includeFullAppUser = false;

        QJsonObject toJson() const;
    };

    explicit SandboxWebhooks(QObject *parent = nullptr);

    void configure(const QUrl &target, const QByteArray &secret);
    bool isConfigured() const { return m_target.isValid(); }
    /*! The first retry waits this long; each next one twice as long. */
    void setRetryBase(std::chrono::milliseconds base) { m_retryBase = base; }
    /*!
     * Delivers \a payload to the configured webhook and to every registered one whose
     * triggers include the payload's trigger.
     */
    void deliver(const QJsonObject &payload);
    /*!
     * The next \a count answers are lost on their way back, as when a connection drops after
     * the receiver handled the delivery: the service cannot tell and delivers it again.
     */
    void loseAnswers(int count) { m_answersToLose = count; }

    /*! The registered webhooks, oldest first. */
    const QList<Webhook> &registered() const { return m_registered; }
    std::optional<Webhook> find(const QString &id) const;
    /*! Registers \a webhook under a new id with a new 40-hex-digit secret, and returns it. */
    Webhook add(Webhook webhook);
    /*! Replaces the registered webhook with \a webhook's id; false when there is none. */
    bool update(const Webhook &webhook);
    bool remove(const QString &id);

    static constexpr int maxRetries = 5;
    /*! "An app is limited to 10 webhooks" (v1 docs; the configured one does not count). */
    static constexpr int maxRegistered = 10;
    /*! The v1.1 trigger enum (WebhookTriggersEnum). */
    static const QStringList &knownTriggers();

Q_SIGNALS:
    /*! \a trigger was answered with \a status (0: no answer) after \a attempts tries. */
    void delivered(const QString &trigger, int status, int attempts);
    void gaveUp(const QString &trigger, int status, int attempts);

private:
    void attempt(const QUrl &target, const QByteArray &secret, const QJsonObject &payload,
                 int number);

    QNetworkAccessManager *m_network;
    QUrl m_target;
    QByteArray m_secret;
    QList<Webhook> m_registered;
    std::chrono::milliseconds m_retryBase{1000};
    int m_answersToLose = 0;
};
