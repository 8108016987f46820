#include "client/webhooksapi.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

/*! The v1.1 Webhooks API client against the sandbox, which implements that API faithfully. */
class TestWebhooksApi : public QObject
{
    Q_OBJECT

private:
    /*!
     * Waits for \a reply; the error when it failed, nothing when it succeeded. The result of
     * an ApiReplyOf<T> is copied to \a result in succeeded(): the reply is gone after it.
     */
    template<typename T = int>
    static std::optional<ApiError> outcome(ApiReply *reply, T *result = nullptr)
    {
        std::optional<ApiError> error;
        bool done = false;
        QStringList order;
        connect(reply, &ApiReply::finished, reply, [&] { order << u"finished"_s; });
        connect(reply, &ApiReply::succeeded, reply, [&] {
            order << u"succeeded"_s;
            if constexpr (!std::is_same_v<T, int>) {
                if (result)
                    *result = static_cast<ApiReplyOf<T> *>(reply)->result();
            }
            done = true;
        });
        connect(reply, &ApiReply::failed, reply, [&](const ApiError &e) {
            order << u"failed"_s;
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("no answer");
        if (order.size() != 2 || order.first() != "finished"_L1)
            qFatal("signals out of order");
        return error;
    }

    static Webhook relayWebhook(const QString &target)
    {
        Webhook webhook;
        webhook.target = target;
        webhook.triggers = {u"message:appUser"_s, u"message:appMaker"_s};
        webhook.includeClient = true;
        return webhook;
    }

private Q_SLOTS:
    void createReturnsTheSecretAndListGetShowIt()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        QObject context;

        Webhook created;
        QVERIFY(!outcome(
            api.createWebhook(relayWebhook(u"https://relay.example/webhooks/a"_s), &context),
            &created));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.secret.size(), 40);
        QCOMPARE(created.version, u"v1.1"_s);
        QCOMPARE(created.target, u"https://relay.example/webhooks/a"_s);
        QVERIFY(created.includeClient);
        QCOMPARE(created.triggers, QStringList({u"message:appUser"_s, u"message:appMaker"_s}));
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);
        QCOMPARE(sandbox.server().webhooks().registered().first().secret, created.secret);
        // The path is the one ApiConnection builds for every endpoint: apps/{appId}/webhooks.
        QCOMPARE(sandbox.server().requests().last().rawPath,
                 QByteArray("/v1.1/apps/app_sandbox/webhooks"));

        QList<Webhook> list;
        QVERIFY(!outcome(api.listWebhooks(&context), &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first(), created);

        Webhook got;
        QVERIFY(!outcome(api.getWebhook(created.id, &context), &got));
        QCOMPARE(got, created);
    }

    void updateChangesOnlyThatWebhook()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        QObject context;
        Webhook first;
        QVERIFY(
            !outcome(api.createWebhook(relayWebhook(u"https://one.example/"_s), &context), &first));
        Webhook second;
        QVERIFY(!outcome(api.createWebhook(relayWebhook(u"https://two.example/"_s), &context),
                         &second));

        Webhook changed = first;
        changed.triggers.append(u"conversation:read"_s);
        Webhook updated;
        QVERIFY(!outcome(api.updateWebhook(changed.id, changed, &context), &updated));
        QVERIFY(updated.triggers.contains(u"conversation:read"_s));
        QCOMPARE(updated.secret, first.secret);
        QCOMPARE(updated.id, first.id);
        const auto other = sandbox.server().webhooks().find(second.id);
        QVERIFY(other);
        QCOMPARE(other->triggers, second.triggers);
    }

    void deleteRemovesIt()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        QObject context;
        Webhook created;
        QVERIFY(!outcome(api.createWebhook(relayWebhook(u"https://relay.example/"_s), &context),
                         &created));
        QVERIFY(!outcome(api.deleteWebhook(created.id, &context)));
        QVERIFY(sandbox.server().webhooks().registered().isEmpty());

        const auto error = outcome(api.getWebhook(created.id, &context));
        QVERIFY(error);
        QCOMPARE(error->httpStatus(), 404);
        QCOMPARE(error->code(), u"not_found"_s);
    }

    void badRequestsAreApiErrors()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        QObject context;

        Webhook unknownTrigger = relayWebhook(u"https://relay.example/"_s);
        unknownTrigger.triggers = {u"message"_s};
        auto error = outcome(api.createWebhook(unknownTrigger, &context));
        QVERIFY(error);
        QCOMPARE(error->kind(), ApiError::Kind::Http);
        QCOMPARE(error->httpStatus(), 400);
        QCOMPARE(error->code(), u"bad_request"_s);
        QVERIFY(error->description().contains(u"Unknown trigger"_s));

        error = outcome(api.createWebhook(relayWebhook(u"ftp://relay.example/"_s), &context));
        QVERIFY(error);
        QCOMPARE(error->httpStatus(), 400);

        // Refused here, never sent: no target.
        const qsizetype sent = sandbox.server().requests().size();
        error = outcome(api.createWebhook(Webhook(), &context));
        QVERIFY(error);
        QCOMPARE(error->kind(), ApiError::Kind::Refused);
        QCOMPARE(sandbox.server().requests().size(), sent);
        QVERIFY(sandbox.server().webhooks().registered().isEmpty());
    }

    void anAppHoldsTenWebhooks()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        QObject context;
        for (int i = 0; i < 10; ++i) {
            const QString target = u"https://relay.example/%1"_s.arg(i);
            QVERIFY(!outcome(api.createWebhook(relayWebhook(target), &context)));
        }
        // POST is never retried: the eleventh fails once, with the server's 400.
        const qsizetype sent = sandbox.server().requests().size();
        const auto error =
            outcome(api.createWebhook(relayWebhook(u"https://x.example/"_s), &context));
        QVERIFY(error);
        QCOMPARE(error->httpStatus(), 400);
        QVERIFY(error->description().contains(u"limited to 10"_s));
        QCOMPARE(sandbox.server().requests().size(), sent + 1);
        QList<Webhook> list;
        QVERIFY(!outcome(api.listWebhooks(&context), &list));
        QCOMPARE(list.size(), 10);
    }

    void wrongCredentialsAre401()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        const ApiConnection good = sandbox.connection();
        api.setConnection(ApiConnection(good.baseUrl(), good.appId(),
                                        Credentials::signedJwt(u"app_sandbox_key"_s, "wrong")));
        QObject context;
        const auto error = outcome(api.listWebhooks(&context));
        QVERIFY(error);
        QVERIFY(error->isAuthFailure());
    }

    void deletingTheContextEndsTheRequestSilently()
    {
        SandboxFixture sandbox;
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        auto context = std::make_unique<QObject>();
        auto *reply = api.listWebhooks(context.get());
        bool heard = false;
        connect(reply, &ApiReply::finished, this, [&] { heard = true; });
        QCOMPARE(api.pendingCount(), 1);
        context.reset();
        QCOMPARE(api.pendingCount(), 0);
        QTest::qWait(100);
        QVERIFY(!heard);
    }
};

QTEST_MAIN(TestWebhooksApi)
#include "tst_webhooksapi.moc"
