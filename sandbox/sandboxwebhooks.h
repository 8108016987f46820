#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

/*!
 * \brief The sandbox's webhook: v1.1 payloads POSTed to one target with the secret in X-API-Key,
 * retried like the real service (up to 5 retries with growing intervals, a 20 s timeout), except
 * for answers that retrying cannot fix (400, 401, 403, 404, 406).
 */
class SandboxWebhooks : public QObject
{
    Q_OBJECT

public:
    explicit SandboxWebhooks(QObject *parent = nullptr);

    void configure(const QUrl &target, const QByteArray &secret);
    bool isConfigured() const { return m_target.isValid(); }
    /*! The first retry waits this long; each next one twice as long. */
    void setRetryBase(std::chrono::milliseconds base) { m_retryBase = base; }
    void deliver(const QJsonObject &payload);
    /*!
     * The next \a count answers are lost on their way back, as when a connection drops after
     * the receiver handled the delivery: the service cannot tell and delivers it again.
     */
    void loseAnswers(int count) { m_answersToLose = count; }

    static constexpr int maxRetries = 5;

Q_SIGNALS:
    /*! \a trigger was answered with \a status (0: no answer) after \a attempts tries. */
    void delivered(const QString &trigger, int status, int attempts);
    void gaveUp(const QString &trigger, int status, int attempts);

private:
    void attempt(const QJsonObject &payload, int number);

    QNetworkAccessManager *m_network;
    QUrl m_target;
    QByteArray m_secret;
    std::chrono::milliseconds m_retryBase{1000};
    int m_answersToLose = 0;
};
