#include "relay/webhooksetup.h"

#include "client/webhooksapi.h"
#include "relay/webhooksecrets.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList &WebhookSetup::triggers()
{
    static const QStringList list = {u"message:appUser"_s,          u"message:appMaker"_s,
                                     u"conversation:read"_s,        u"typing:appUser"_s,
                                     u"message:delivery:channel"_s, u"message:delivery:user"_s,
                                     u"message:delivery:failure"_s};
    return list;
}

WebhookSetup::Status WebhookSetup::Status::of(const QString &appId, const QList<Webhook> &webhooks,
                                              const QString &target, const QByteArray &secret)
{
    Status status;
    status.appId = appId;
    for (const Webhook &webhook : webhooks) {
        const bool ours = target.isEmpty() ? (!secret.isEmpty() && webhook.secret == secret)
                                           : webhook.target == target;
        if (!ours) {
            status.others.append(webhook);
            continue;
        }
        status.own.append(webhook);
        if (!status.exists) {
            status.exists = true;
            status.webhook = webhook;
        }
    }
    if (status.exists) {
        for (const QString &trigger : triggers()) {
            if (!status.webhook.triggers.contains(trigger))
                status.missingTriggers.append(trigger);
        }
    }
    return status;
}

QString WebhookSetup::Status::text() const
{
    QStringList lines;
    if (!exists) {
        lines << WebhookSetup::tr("App %1 has no webhook of the relay.").arg(appId);
    } else {
        lines << WebhookSetup::tr("App %1: the relay's webhook %2 delivers to %3.")
                     .arg(appId, webhook.id, webhook.target);
        lines << (isVersion11()
                      ? WebhookSetup::tr("Payload version: v1.1.")
                      : WebhookSetup::tr("Payload version: %1, not v1.1: remove the webhook and "
                                         "register it again.")
                            .arg(webhook.version.isEmpty() ? WebhookSetup::tr("unknown")
                                                           : webhook.version));
        lines
            << (missingTriggers.isEmpty()
                    ? WebhookSetup::tr("Triggers: all %1 the console uses.").arg(triggers().size())
                    : WebhookSetup::tr("Triggers missing: %1.").arg(missingTriggers.join(", "_L1)));
        lines << (webhook.includeClient ? WebhookSetup::tr("Client information: included.")
                                        : WebhookSetup::tr("Client information: not included."));
        if (own.size() > 1)
            lines << WebhookSetup::tr("%1 webhooks of the relay; every event arrives %1 times.")
                         .arg(own.size());
    }
    lines << WebhookSetup::tr("Other webhooks of the app (left alone): %1 of at most 10 in all.")
                 .arg(others.size());
    return lines.join(u'\n');
}

QString WebhookSetup::Outcome::text() const
{
    QString head;
    switch (action) {
    case Action::Created:
        head = WebhookSetup::tr("Registered the relay's webhook; its secret is stored.");
        break;
    case Action::Updated:
        head = WebhookSetup::tr("Completed the relay's webhook; its secret is stored.");
        break;
    case Action::Unchanged:
        head = WebhookSetup::tr("The relay's webhook was already registered; nothing changed.");
        break;
    case Action::Removed:
        head = WebhookSetup::tr("Removed the relay's webhook.");
        break;
    case Action::NothingToRemove:
        head = WebhookSetup::tr("The app has no webhook of the relay; nothing removed.");
        break;
    case Action::Reported:
        break;
    case Action::Failed:
        return problem.isEmpty() ? error.message() : problem;
    }
    return head.isEmpty() ? status.text() : head + u'\n' + status.text();
}

WebhookSetup::WebhookSetup(WebhooksApi *api, QString secretsFile, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_secretsFile(std::move(secretsFile))
{}

WebhookSetup::Outcome WebhookSetup::failure(const ApiError &error, const Status &status)
{
    Outcome outcome;
    outcome.error = error;
    outcome.status = status;
    return outcome;
}

WebhookSetup::Outcome WebhookSetup::failure(const QString &problem, const Status &status)
{
    Outcome outcome;
    outcome.problem = problem;
    outcome.status = status;
    return outcome;
}

QByteArray WebhookSetup::storedSecret() const
{
    if (!QFileInfo::exists(m_secretsFile))
        return {};
    QString ignored;
    const auto secrets = WebhookSecrets::read(m_secretsFile, &ignored);
    return secrets ? secrets->value(m_api ? m_api->connection().appId() : QString()) : QByteArray();
}

QString WebhookSetup::secretsFileProblem() const
{
    if (m_secretsFile.isEmpty())
        return tr("no secrets file is given");
    const QFileInfo file(m_secretsFile);
    if (file.exists())
        return file.isWritable() && file.isReadable()
                   ? QString()
                   : tr("cannot write the secrets file %1").arg(m_secretsFile);
    // The nearest existing ancestor must let us create what is missing.
    QFileInfo ancestor(file.absolutePath());
    while (!ancestor.exists() && !ancestor.isRoot())
        ancestor = QFileInfo(ancestor.absolutePath());
    return ancestor.isDir() && ancestor.isWritable()
               ? QString()
               : tr("cannot create the secrets file %1").arg(m_secretsFile);
}

void WebhookSetup::withStatus(const QString &target, const Done &done,
                              std::function<void(const Status &)> next)
{
    if (!m_api) {
        done(failure(tr("no Webhooks API"), Status()));
        return;
    }
    const QString appId = m_api->connection().appId();
    const QByteArray secret = target.isEmpty() ? storedSecret() : QByteArray();
    if (target.isEmpty() && secret.isEmpty()) {
        // Without a target, only the stored secret tells the relay's webhook from the others.
        done(failure(tr("no URL given, and %1 holds no secret for app %2: give the relay's "
                        "webhook URL, or the secrets file that register wrote")
                         .arg(m_secretsFile, appId),
                     Status()));
        return;
    }
    auto *reply = m_api->listWebhooks(this);
    connect(reply, &ApiReply::failed, this,
            [done](const ApiError &error) { done(failure(error, Status())); });
    connect(reply, &ApiReply::succeeded, this, [reply, appId, target, secret, next] {
        next(Status::of(appId, reply->result(), target, secret));
    });
}

void WebhookSetup::registerWebhook(const QString &target, Done done)
{
    if (!target.startsWith("https://"_L1) && !target.startsWith("http://"_L1)) {
        done(failure(tr("the webhook URL must start with https:// or http://"), Status()));
        return;
    }
    withStatus(target, done, [this, target, done](const Status &status) {
        if (status.exists && !status.isVersion11()) {
            done(failure(tr("the relay's webhook sends payload version %1; remove it and "
                            "register again")
                             .arg(status.webhook.version),
                         status));
            return;
        }
        if (const QString problem = secretsFileProblem(); !problem.isEmpty()) {
            done(failure(problem, status));
            return;
        }
        if (status.isComplete()) {
            store(status.webhook, Action::Unchanged, status, done);
            return;
        }
        Webhook wanted = status.exists ? status.webhook : Webhook();
        wanted.target = target;
        for (const QString &trigger : triggers()) {
            if (!wanted.triggers.contains(trigger))
                wanted.triggers.append(trigger);
        }
        wanted.includeClient = true;
        auto *reply = status.exists ? m_api->updateWebhook(status.webhook.id, wanted, this)
                                    : m_api->createWebhook(wanted, this);
        const Action action = status.exists ? Action::Updated : Action::Created;
        connect(reply, &ApiReply::failed, this,
                [done, status](const ApiError &error) { done(failure(error, status)); });
        connect(reply, &ApiReply::succeeded, this, [this, reply, action, status, done] {
            Status after = status;
            after.exists = true;
            after.webhook = reply->result();
            if (after.own.isEmpty())
                after.own.append(after.webhook);
            else
                after.own.first() = after.webhook;
            after.missingTriggers.clear();
            for (const QString &trigger : triggers()) {
                if (!after.webhook.triggers.contains(trigger))
                    after.missingTriggers.append(trigger);
            }
            store(after.webhook, action, after, done);
        });
    });
}

void WebhookSetup::store(const Webhook &webhook, Action action, Status status, const Done &done)
{
    const QString appId = status.appId;
    if (storedSecret() != webhook.secret) {
        QString error;
        if (!WebhookSecrets::write(m_secretsFile, appId, webhook.secret, &error)) {
            done(failure(tr("the webhook is registered but its secret could not be stored (%1); "
                            "run register again once the file can be written")
                             .arg(error),
                         status));
            return;
        }
    }
    Outcome outcome;
    outcome.action = action;
    outcome.status = std::move(status);
    done(outcome);
}

void WebhookSetup::status(const QString &target, Done done)
{
    withStatus(target, done, [done](const Status &status) {
        Outcome outcome;
        outcome.action = Action::Reported;
        outcome.status = status;
        done(outcome);
    });
}

void WebhookSetup::remove(const QString &target, Done done)
{
    withStatus(target, done, [this, done](const Status &status) {
        if (!status.exists) {
            Outcome outcome;
            outcome.action = Action::NothingToRemove;
            outcome.status = status;
            done(outcome);
            return;
        }
        // Every webhook of the relay: with its target, or with its stored secret.
        deleteNext(status.own, status, done);
    });
}

void WebhookSetup::deleteNext(QList<Webhook> remaining, Status status, const Done &done)
{
    if (remaining.isEmpty()) {
        const QByteArray stored = storedSecret();
        const bool storedIsOurs =
            std::any_of(status.own.cbegin(), status.own.cend(),
                        [&stored](const Webhook &webhook) { return webhook.secret == stored; });
        if (!stored.isEmpty() && storedIsOurs) {
            QString error;
            if (!WebhookSecrets::remove(m_secretsFile, status.appId, &error)) {
                done(failure(tr("the webhook is removed but the secrets file could not be "
                                "updated (%1)")
                                 .arg(error),
                             status));
                return;
            }
        }
        Outcome outcome;
        outcome.action = Action::Removed;
        outcome.status = status;
        outcome.status.exists = false;
        outcome.status.own.clear();
        outcome.status.missingTriggers.clear();
        done(outcome);
        return;
    }
    const Webhook next = remaining.takeFirst();
    auto *reply = m_api->deleteWebhook(next.id, this);
    connect(reply, &ApiReply::failed, this,
            [done, status](const ApiError &error) { done(failure(error, status)); });
    connect(reply, &ApiReply::succeeded, this,
            [this, remaining, status, done] { deleteNext(remaining, status, done); });
}
