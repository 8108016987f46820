#pragma once

#include "client/apierror.h"
#include "protocol/webhook.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class WebhooksApi;

/*!
 * \brief Registers, checks and removes the relay's webhook of one app (the app of the
 * WebhooksApi's connection), and keeps its secret in the secrets file (WebhookSecrets).
 *
 * The relay's webhook is found by its target, or, when no target is given (status, remove),
 * by the secret the secrets file holds for the app. Another webhook of the app is never
 * changed or deleted: an app has room for ten, and other integrations rely on theirs.
 *
 * registerWebhook() creates the webhook with triggers() and includeClient when the app has
 * none for the target, and stores the returned secret (the file only changes when the secret
 * does). Run again, it finds the webhook and changes nothing; a webhook of the relay that lacks
 * a trigger or includeClient is completed (PUT), one with another payload version is refused.
 * Before creating, it checks that the secrets file can be written, so no webhook is left whose
 * secret nobody stored.
 *
 * Each call answers \a done once, on this object's thread, unless this object goes first. Nothing
 * here writes to stdout or shows widgets, and no text it makes holds a secret.
 */
class WebhookSetup : public QObject
{
    Q_OBJECT

public:
    /*! The triggers the console uses; the relay's webhook subscribes to all of them. */
    static const QStringList &triggers();

    /*! What the app's webhooks look like for the relay. */
    struct Status
    {
        QString appId;
        bool exists = false;
        Webhook webhook;             //!< the relay's webhook, when it exists
        QList<Webhook> own;          //!< every webhook of the relay (one, or more by hand)
        QStringList missingTriggers; //!< triggers() the relay's webhook lacks
        QList<Webhook> others;       //!< the app's other webhooks, left alone
        bool isVersion11() const { return webhook.version == QLatin1StringView("v1.1"); }
        bool isComplete() const
        {
            return exists && missingTriggers.isEmpty() && webhook.includeClient && isVersion11();
        }
        /*! The relay's webhook among \a webhooks: target \a target, else secret \a secret. */
        static Status of(const QString &appId, const QList<Webhook> &webhooks,
                         const QString &target, const QByteArray &secret);
        /*! Lines for people (no secret): exists? version? missing triggers? others? */
        QString text() const;
    };

    enum class Action {
        Created,         //!< register created the webhook
        Updated,         //!< register completed the relay's webhook's triggers/includeClient
        Unchanged,       //!< register found the webhook complete
        Removed,         //!< remove deleted the relay's webhook(s)
        NothingToRemove, //!< remove found no webhook of the relay
        Reported,        //!< status
        Failed,          //!< see error or problem
    };
    struct Outcome
    {
        Action action = Action::Failed;
        Status status;   //!< after the action
        ApiError error;  //!< an API failure
        QString problem; //!< any other failure (secrets file, a v1 webhook), for people
        bool ok() const { return action != Action::Failed; }
        /*! What to tell the person who ran the command (no secret). */
        QString text() const;
    };
    using Done = std::function<void(const Outcome &)>;

    /*! Works on \a api's connection (its app id) and on the secrets file \a secretsFile. */
    WebhookSetup(WebhooksApi *api, QString secretsFile, QObject *parent = nullptr);

    QString secretsFile() const { return m_secretsFile; }

    /*! Makes sure the app has the relay's webhook for \a target and the file its secret. */
    void registerWebhook(const QString &target, Done done);
    /*! Reports the relay's webhook (by \a target, or by the stored secret when empty; with
        neither, a failure that says so). */
    void status(const QString &target, Done done);
    /*! Deletes the relay's webhook(s) and the app's line of the secrets file (only when it
        holds that webhook's secret). */
    void remove(const QString &target, Done done);

private:
    /*! Lists the webhooks and hands the Status (or the failure) to \a next. */
    void withStatus(const QString &target, const Done &done,
                    std::function<void(const Status &)> next);
    QByteArray storedSecret() const;
    /*! Why the secrets file cannot be written, or an empty string. */
    QString secretsFileProblem() const;
    void store(const Webhook &webhook, Action action, Status status, const Done &done);
    void deleteNext(QList<Webhook> remaining, Status status, const Done &done);
    static Outcome failure(const ApiError &error, const Status &status);
    static Outcome failure(const QString &problem, const Status &status);

    QPointer<WebhooksApi> m_api;
    QString m_secretsFile;
};
