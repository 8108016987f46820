#include "client/webhooksapi.h"
#include "relay/webhooksecrets.h"
#include "relay/webhooksetup.h"
#include "sandboxfixture.h"
#include "session/httpfront.h"
#include "smooch-relay/webhookcommand.h"
#include "smoochctl/ctloutput.h"

#include "client/conversationapi.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
/*! Records every POST it gets with its X-API-Key, and answers 200. */
class RecordingFront : public HttpFront
{
public:
    struct Delivery
    {
        QByteArray target;
        QByteArray apiKey;
        QByteArray body;
    };
    QList<Delivery> deliveries;

protected:
    void handleRequest(const Request &request) override
    {
        deliveries.append({request.target, request.header("X-API-Key"), request.body});
        respond(request.connection, {200, "{}", "application/json", {}});
    }
};

/*! The mode bits of \a path, as the kernel has them. */
unsigned mode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}
} // namespace

/*!
 * WebhookSetup and WebhookSecrets against the sandbox's Webhooks API: the relay registers,
 * checks and removes its own webhook and nobody else's, and keeps the secret in a 0600 file.
 */
class TestWebhookSetup : public QObject
{
    Q_OBJECT

private:
    static WebhookSetup::Outcome wait(WebhookSetup &setup, const QString &action,
                                      const QString &target)
    {
        std::optional<WebhookSetup::Outcome> outcome;
        const auto done = [&outcome](const WebhookSetup::Outcome &o) { outcome = o; };
        if (action == "register"_L1)
            setup.registerWebhook(target, done);
        else if (action == "status"_L1)
            setup.status(target, done);
        else
            setup.remove(target, done);
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            qFatal("no outcome");
        return *outcome;
    }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /*! Requests that would change the app's webhooks. */
    static int writes(SandboxFixture &sandbox)
    {
        int count = 0;
        for (const auto &request : sandbox.server().requests()) {
            if (request.rawPath.contains("/webhooks") && request.method != "GET"_L1)
                ++count;
        }
        return count;
    }

    /*! Another integration's webhook, registered by hand. */
    static SandboxWebhooks::Webhook addOther(SandboxFixture &sandbox)
    {
        return sandbox.server().webhooks().add(
            {{}, u"https://crm.example/hook"_s, {u"message:appUser"_s}, {}, false, false});
    }

private Q_SLOTS:
    void registerCreatesOneWebhookAndStoresItsSecret()
    {
        SandboxFixture sandbox;
        const SandboxWebhooks::Webhook other = addOther(sandbox);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"etc/smooch-relay/webhook-secrets"_s);
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, file);
        const QString target = u"https://relay.example/webhooks/app_sandbox"_s;

        const auto outcome = wait(setup, u"register"_s, target);
        QVERIFY2(outcome.ok(), qPrintable(outcome.text()));
        QCOMPARE(outcome.action, WebhookSetup::Action::Created);
        const auto &registered = sandbox.server().webhooks().registered();
        QCOMPARE(registered.size(), 2);
        const SandboxWebhooks::Webhook ours = registered.last();
        QCOMPARE(ours.target, target);
        QCOMPARE(ours.triggers, WebhookSetup::triggers());
        QVERIFY(ours.includeClient);
        QCOMPARE(registered.first().target, other.target);
        QCOMPARE(registered.first().triggers, other.triggers);

        QCOMPARE(contents(file), "app_sandbox " + ours.secret + '\n');
        QCOMPARE(mode(file), 0600u);
        QCOMPARE(mode(QFileInfo(file).absolutePath()), 0700u);
        QVERIFY(!outcome.text().contains(QString::fromLatin1(ours.secret)));
        QVERIFY(outcome.text().contains(u"Payload version: v1.1"_s));
    }

    void registeringAgainChangesNothing()
    {
        SandboxFixture sandbox;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, file);
        const QString target = u"https://relay.example/webhooks/app_sandbox"_s;
        QVERIFY(wait(setup, u"register"_s, target).ok());
        const auto before = sandbox.server().webhooks().registered();
        const QByteArray stored = contents(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        const int changes = writes(sandbox);

        const auto again = wait(setup, u"register"_s, target);
        QVERIFY(again.ok());
        QCOMPARE(again.action, WebhookSetup::Action::Unchanged);
        QVERIFY(again.text().contains(u"already registered"_s));
        QCOMPARE(writes(sandbox), changes);
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);
        QCOMPARE(sandbox.server().webhooks().registered().first().id, before.first().id);
        QCOMPARE(contents(file), stored);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
    }

    void aWebhookOfTheRelayLackingTriggersIsCompleted()
    {
        SandboxFixture sandbox;
        const QString target = u"https://relay.example/webhooks/app_sandbox"_s;
        const auto old =
            sandbox.server().webhooks().add({{}, target, {u"message:appUser"_s}, {}, false, false});
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, file);

        const auto status = wait(setup, u"status"_s, target);
        QCOMPARE(status.action, WebhookSetup::Action::Reported);
        QVERIFY(status.status.exists);
        QCOMPARE(status.status.missingTriggers.size(), WebhookSetup::triggers().size() - 1);
        QVERIFY(status.text().contains(u"Triggers missing: message:appMaker"_s));
        QVERIFY(status.text().contains(u"Client information: not included"_s));

        const auto outcome = wait(setup, u"register"_s, target);
        QCOMPARE(outcome.action, WebhookSetup::Action::Updated);
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);
        const auto now = sandbox.server().webhooks().registered().first();
        QCOMPARE(now.id, old.id);
        QCOMPARE(now.triggers, WebhookSetup::triggers());
        QVERIFY(now.includeClient);
        QCOMPARE(contents(file), "app_sandbox " + old.secret + '\n');
    }

    void statusFindsTheWebhookByTheStoredSecret()
    {
        SandboxFixture sandbox;
        addOther(sandbox);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, file);

        // Without a URL and without a stored secret, nothing tells which webhook is the relay's.
        auto status = wait(setup, u"status"_s, {});
        QVERIFY(!status.ok());
        QVERIFY(status.problem.contains(u"holds no secret for app app_sandbox"_s));
        QCOMPARE(wait(setup, u"remove"_s, {}).ok(), false);
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);

        status = wait(setup, u"status"_s, u"https://relay.example/webhooks/app_sandbox"_s);
        QCOMPARE(status.action, WebhookSetup::Action::Reported);
        QVERIFY(!status.status.exists);
        QCOMPARE(status.text(),
                 u"App app_sandbox has no webhook of the relay.\n"
                 "Other webhooks of the app (left alone): 1 of at most 10 in all."_s);

        QVERIFY(wait(setup, u"register"_s, u"https://relay.example/webhooks/app_sandbox"_s).ok());
        status = wait(setup, u"status"_s, {});
        QVERIFY(status.status.isComplete());
        QCOMPARE(status.text(),
                 u"App app_sandbox: the relay's webhook %1 delivers to "
                 "https://relay.example/webhooks/app_sandbox.\n"
                 "Payload version: v1.1.\n"
                 "Triggers: all 7 the console uses.\n"
                 "Client information: included.\n"
                 "Other webhooks of the app (left alone): 1 of at most 10 in all."_s.arg(
                     status.status.webhook.id));
    }

    void aWebhookOfAnotherVersionIsReported()
    {
        Webhook v1{
            u"w1"_s, u"https://relay.example/h"_s, WebhookSetup::triggers(), "s", u"v1"_s, true,
            false};
        const auto status =
            WebhookSetup::Status::of(u"app"_s, {v1}, u"https://relay.example/h"_s, {});
        QVERIFY(status.exists);
        QVERIFY(!status.isVersion11());
        QVERIFY(!status.isComplete());
        QVERIFY(status.text().contains(u"Payload version: v1, not v1.1"_s));
        // Found by the secret when no target is given; never by another's secret.
        QVERIFY(WebhookSetup::Status::of(u"app"_s, {v1}, {}, "s").exists);
        QVERIFY(!WebhookSetup::Status::of(u"app"_s, {v1}, {}, "t").exists);
        QVERIFY(!WebhookSetup::Status::of(u"app"_s, {v1}, {}, {}).exists);
    }

    void removeDeletesOnlyTheRelaysWebhook()
    {
        SandboxFixture sandbox;
        const auto other = addOther(sandbox);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        QVERIFY(WebhookSecrets::write(file, u"another_app"_s, "kept", nullptr));
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, file);
        QVERIFY(wait(setup, u"register"_s, u"https://relay.example/webhooks/app_sandbox"_s).ok());
        QCOMPARE(sandbox.server().webhooks().registered().size(), 2);

        // Without --url: the webhook whose secret the file holds.
        const auto removed = wait(setup, u"remove"_s, {});
        QCOMPARE(removed.action, WebhookSetup::Action::Removed);
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);
        QCOMPARE(sandbox.server().webhooks().registered().first().id, other.id);
        QCOMPARE(sandbox.server().webhooks().registered().first().secret, other.secret);
        QCOMPARE(contents(file), QByteArray("another_app kept\n"));

        const auto again =
            wait(setup, u"remove"_s, u"https://relay.example/webhooks/app_sandbox"_s);
        QCOMPARE(again.action, WebhookSetup::Action::NothingToRemove);
        QCOMPARE(sandbox.server().webhooks().registered().size(), 1);
        // Another integration's target given by mistake is not the relay's: only that one.
        const auto byTarget = wait(setup, u"status"_s, other.target);
        QVERIFY(byTarget.status.exists);
    }

    void aSecretsFileThatCannotBeWrittenCreatesNothing()
    {
        SandboxFixture sandbox;
        QTemporaryDir dir;
        // A file where the directory should be: not even root can create the secrets file.
        QFile blocker(dir.filePath(u"etc"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, dir.filePath(u"etc/smooch-relay/webhook-secrets"_s));
        const auto outcome = wait(setup, u"register"_s, u"https://relay.example/w"_s);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.problem.contains(u"secrets file"_s));
        QVERIFY(sandbox.server().webhooks().registered().isEmpty());
    }

    void deliveriesCarryTheStoredSecret()
    {
        SandboxFixture sandbox;
        sandbox.server().webhooks().setRetryBase(std::chrono::milliseconds(50));
        RecordingFront relay;
        QVERIFY(relay.listen());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        WebhooksApi api;
        api.setConnection(sandbox.connection());
        WebhookSetup setup(&api, file);
        const QString target = u"http://127.0.0.1:%1/webhooks/app_sandbox"_s.arg(relay.port());
        QVERIFY(wait(setup, u"register"_s, target).ok());

        NewMessage post;
        post.role = u"appUser"_s;
        post.type = u"text"_s;
        post.text = u"Hello relay"_s;
        sandbox.server().createMessage(u"alice"_s, post);
        QTRY_COMPARE_WITH_TIMEOUT(relay.deliveries.size(), 1, 10000);
        const auto secrets = WebhookSecrets::read(file, nullptr);
        QVERIFY(secrets);
        QCOMPARE(relay.deliveries.first().target, QByteArray("/webhooks/app_sandbox"));
        QCOMPARE(relay.deliveries.first().apiKey, secrets->value(u"app_sandbox"_s));
        QVERIFY(relay.deliveries.first().body.contains("Hello relay"));
    }

    void secretsFileLines()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        QFile seed(file);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("# the relay's secrets\napp_a aaa\n\napp_b bbb\n");
        seed.close();

        QString error;
        QVERIFY(WebhookSecrets::write(file, u"app_a"_s, "AAA", &error));
        QCOMPARE(contents(file), QByteArray("# the relay's secrets\napp_a AAA\n\napp_b bbb\n"));
        QCOMPARE(mode(file), 0600u);
        QVERIFY(WebhookSecrets::write(file, u"app_c"_s, "ccc", &error));
        QVERIFY(WebhookSecrets::remove(file, u"app_b"_s, &error));
        QCOMPARE(contents(file), QByteArray("# the relay's secrets\napp_a AAA\n\napp_c ccc\n"));
        QVERIFY(!WebhookSecrets::write(file, u"app d"_s, "x", &error));
        QVERIFY(!WebhookSecrets::write(file, u"app_d"_s, "x y", &error));

        const auto read = WebhookSecrets::read(file, &error);
        QVERIFY(read);
        QCOMPARE(*read, (WebhookSecrets::Map{{u"app_a"_s, "AAA"}, {u"app_c"_s, "ccc"}}));

        // A malformed line is named by its number, and its words are not repeated.
        QVERIFY(!WebhookSecrets::parse("app_a AAA\napp_b hunter2 extra\n", u"F"_s, &error));
        QCOMPARE(error, u"F, line 2: expected APPID SECRET"_s);

        QProcessEnvironment environment;
        environment.insert(u"SMOOCH_RELAY_WEBHOOK_SECRETS"_s, u"app_c fromenv\napp_e eee"_s);
        QCOMPARE(*WebhookSecrets::fromEnvironment(environment, &error),
                 (WebhookSecrets::Map{{u"app_c"_s, "fromenv"}, {u"app_e"_s, "eee"}}));
    }

    void defaultFiles()
    {
        QProcessEnvironment environment;
        environment.insert(u"HOME"_s, u"/home/a"_s);
        QCOMPARE(WebhookSecrets::defaultFile(environment),
                 u"/home/a/.local/share/smooch-relay/webhook-secrets"_s);
        environment.insert(u"XDG_DATA_HOME"_s, u"/data"_s);
        QCOMPARE(WebhookSecrets::defaultFile(environment), u"/data/smooch-relay/webhook-secrets"_s);
        environment.insert(u"STATE_DIRECTORY"_s, u"/var/lib/smooch-relay"_s);
        QCOMPARE(WebhookSecrets::defaultFile(environment),
                 u"/var/lib/smooch-relay/webhook-secrets"_s);
        environment.insert(u"CREDENTIALS_DIRECTORY"_s, u"/run/credentials/smooch-relay.service"_s);
        QCOMPARE(WebhookSecrets::defaultFile(environment),
                 u"/run/credentials/smooch-relay.service/webhook-secrets"_s);
        QCOMPARE(WebhookSecrets::defaultWriteFile(environment),
                 u"/var/lib/smooch-relay/webhook-secrets"_s);
    }

    // The command as smooch-relay runs it: smoochctl's credentials, the secret never printed.
    void theCommandRegistersWithoutShowingTheSecret()
    {
        SandboxFixture sandbox;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"webhook-secrets"_s);
        const auto run = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
            QBuffer outBuffer;
            QBuffer errBuffer;
            outBuffer.open(QIODevice::WriteOnly);
            errBuffer.open(QIODevice::WriteOnly);
            std::optional<int> exitCode;
            CtlOutput output(&outBuffer, &errBuffer, [&](int code) { exitCode = code; });
            ConversationApi conversations;
            QProcessEnvironment environment;
            environment.insert(u"SMOOCH_KEY_ID"_s, sandbox.server().config().keyId);
            environment.insert(u"SMOOCH_SECRET"_s,
                               QString::fromLatin1(sandbox.server().config().secret));
            WebhookCommand command(conversations, output, environment);
            QCommandLineParser parser;
            parser.addOptions(command.options());
            parser.addPositionalArgument(u"command"_s, {});
            if (!parser.parse(QStringList{u"smooch-relay"_s} + arguments))
                qFatal("%s", qPrintable(parser.errorText()));
            command.start(parser, parser.positionalArguments().mid(1));
            if (!QTest::qWaitFor([&] { return exitCode.has_value(); }, 10000))
                qFatal("the command did not finish");
            *out = outBuffer.data();
            *err = errBuffer.data();
            return *exitCode;
        };
        const QStringList common = {u"--app"_s,      u"app_sandbox"_s,
                                    u"--base-url"_s, sandbox.baseUrl().toString(),
                                    u"--secrets"_s,  file};
        QByteArray out;
        QByteArray err;
        QCOMPARE(run(QStringList{u"webhook"_s, u"register"_s, u"--url"_s,
                                 u"https://relay.example/webhooks/app_sandbox"_s} +
                         common,
                     &out, &err),
                 0);
        QVERIFY2(out.startsWith("Registered the relay's webhook"), out.constData());
        const QByteArray secret = sandbox.server().webhooks().registered().first().secret;
        QVERIFY(!out.contains(secret) && !err.contains(secret));
        QVERIFY(!out.contains(sandbox.server().config().secret));

        QCOMPARE(run(QStringList{u"webhook"_s, u"status"_s} + common, &out, &err), 0);
        QVERIFY(out.contains("Payload version: v1.1."));
        QVERIFY(!out.contains(secret));

        QCOMPARE(run(QStringList{u"webhook"_s, u"register"_s} + common, &out, &err), 2);
        QVERIFY(err.contains("--url"));
        QCOMPARE(run(QStringList{u"webhook"_s, u"rename"_s} + common, &out, &err), 2);

        QCOMPARE(run(QStringList{u"webhook"_s, u"remove"_s} + common, &out, &err), 0);
        QVERIFY(out.startsWith("Removed the relay's webhook."));
        QVERIFY(sandbox.server().webhooks().registered().isEmpty());
    }
};

QTEST_MAIN(TestWebhookSetup)
#include "tst_webhooksetup.moc"
