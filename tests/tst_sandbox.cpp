#include "client/credentials.h"
#include "client/historywalker.h"
#include "sandbox/sandboxseeder.h"
#include "sandboxfixture.h"
#include "text/generatedtext.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! Talks to the sandbox with plain QNetworkAccessManager, so that the server is tested on its own.
 */
class TestSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    QNetworkAccessManager network;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer call(const QByteArray &verb, const QByteArray &path, const QByteArray &body = {},
                const QByteArray &authorization = "default")
    {
        QNetworkRequest request(QUrl::fromEncoded(sandbox->baseUrl().toEncoded() + path));
        const auto &config = sandbox->server().config();
        request.setRawHeader("Authorization",
                             authorization == "default"
                                 ? "Bearer " + Credentials::signJwt(config.keyId, config.secret,
                                                                    Credentials::Scope::App)
                                 : authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = body.isEmpty() ? network.sendCustomRequest(request, verb)
                                              : network.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait())
            qFatal("no answer from the sandbox");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    static QByteArray jwt(const QJsonObject &header, const QJsonObject &payload,
                          const QByteArray &secret)
    {
        const auto enc = [](const QJsonObject &o) {
            return QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray input = enc(header) + '.' + enc(payload);
        return input + '.' +
               QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    static bool isErrorBody(const QJsonObject &body, const QString &code)
    {
        const QJsonObject error = body.value("error"_L1).toObject();
        return error.value("code"_L1).toString() == code &&
               !error.value("description"_L1).toString().isEmpty();
    }

private Q_SLOTS:
    void init() { sandbox = std::make_unique<SandboxFixture>(); }
    void cleanup() { sandbox.reset(); }

    void badAuthIs401WithErrorBody_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        const QByteArray secret = SandboxServer::Config().secret;
        const QString kid = SandboxServer::Config().keyId;
        const QJsonObject hs256{{"alg"_L1, "HS256"_L1}, {"typ"_L1, "JWT"_L1}, {"kid"_L1, kid}};
        const QJsonObject app{{"scope"_L1, "app"_L1}};
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("unknown scheme") << QByteArray("Token abc");
        QTest::newRow("garbage bearer") << QByteArray("Bearer not.a.jwt");
        QTest::newRow("two parts") << QByteArray("Bearer abc.def");
        QTest::newRow("wrong secret") << "Bearer " + jwt(hs256, app, "nope");
        QTest::newRow("wrong kid")
            << "Bearer " + jwt({{"alg"_L1, "HS256"_L1}, {"kid"_L1, "app_x"_L1}}, app, secret);
        QTest::newRow("alg none") << "Bearer " +
                                         jwt({{"alg"_L1, "none"_L1}, {"kid"_L1, kid}}, app, secret);
        QTest::newRow("appUser scope")
            << "Bearer " + jwt(hs256, {{"scope"_L1, "appUser"_L1}}, secret);
        QTest::newRow("basic wrong") << "Basic " + (kid.toUtf8() + ":nope").toBase64();
        QTest::newRow("basic no colon") << "Basic " + kid.toUtf8().toBase64();
    }

    void badAuthIs401WithErrorBody()
    {
        QFETCH(QByteArray, authorization);
        sandbox->seedHistory(u"alice"_s, 1);
        const Answer a =
            call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages", {}, authorization);
        QCOMPARE(a.status, 401);
        QVERIFY(isErrorBody(a.body, u"unauthorized"_s));
    }

    void basicAndBothScopesAreAccepted()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        const auto &c = sandbox->server().config();
        const QByteArray basic =
            "Basic " + (c.keyId.toUtf8() + QByteArrayLiteral(":") + c.secret).toBase64();
        const QByteArrayList accepted = {
            basic, "Bearer " + Credentials::signJwt(c.keyId, c.secret, Credentials::Scope::Account),
            "Bearer " + Credentials::signJwt(c.keyId, c.secret, Credentials::Scope::App)};
        for (const QByteArray &auth : accepted) {
            QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages", {}, auth).status,
                     200);
        }
    }

    void appScopePathForm()
    {
        sandbox->seedHistory(u"alice"_s, 2);
        const Answer a = call("GET", "/v1.1/appusers/alice/messages");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value("messages"_L1).toArray().size(), 2);
        QCOMPARE(call("POST", "/v1.1/appusers/alice/conversation/read").status, 200);
    }

    void unknownAppRouteAndMethod()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        QVERIFY(isErrorBody(call("GET", "/v1.1/apps/other/appusers/alice/messages").body,
                            u"not_found"_s));
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/nothing").status, 404);
        QCOMPARE(call("GET", "/v2/apps/app_sandbox/appusers/alice/messages").status, 404);
        QCOMPARE(call("PUT", "/v1.1/apps/app_sandbox/appusers/alice/messages", "{}").status, 405);
    }

    void aBodyWhereTheSpecHasNoneIs415()
    {
        sandbox->seedHistory(u"alice"_s, 2);
        const QString smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        sandbox->store().setUnreadCount(smoochId, 3);
        const QByteArray user = "/v1.1/apps/app_sandbox/appusers/alice/";
        const Answer read = call("POST", user + "conversation/read", "{}");
        QCOMPARE(read.status, 415);
        QVERIFY(isErrorBody(read.body, u"unsupported_media_type"_s));
        QCOMPARE(sandbox->store().findUser(smoochId)->unreadCount, 3);
        QCOMPARE(call("DELETE", user + "messages", "{}").status, 415);
        QCOMPARE(call("DELETE", user + "messages/alice-00000", "{}").status, 415);
        QCOMPARE(call("GET", user + "messages", "{}").status, 415);
        QCOMPARE(sandbox->store().messageCount(smoochId), 2);
        // Without a body (a Content-Type alone, as smooch-core sends it) each is served.
        QCOMPARE(call("POST", user + "conversation/read").status, 200);
        QCOMPARE(sandbox->store().findUser(smoochId)->unreadCount, 0);
        QCOMPARE(call("GET", user + "messages").status, 200);
    }

    void locationAndListGetTheTextTheServiceGenerates()
    {
        const auto example = [](const char *name) {
            QFile file(QStringLiteral(TEST_DATA_DIR "/spec-examples/") + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("missing example %s", name);
            return QJsonDocument::fromJson(file.readAll()).object();
        };
        // The documentation's location request, and the text its response shows.
        const QJsonObject location = example("message-location-request.json");
        const QString locationText = example("message-location-response.json")
                                         .value("message"_L1)
                                         .toObject()
                                         .value("text"_L1)
                                         .toString();
        QVERIFY(locationText.startsWith("Location shared:\n"_L1));
        const Answer posted = call("POST", "/v1.1/apps/app_sandbox/appusers/bob/messages",
                                   QJsonDocument(location).toJson());
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.body.value("message"_L1).toObject().value("text"_L1).toString(),
                 locationText);

        // The documentation's list response, posted again without what the service adds.
        QJsonObject list = example("message-list-response.json").value("message"_L1).toObject();
        const QString listText = list.take("text"_L1).toString();
        for (const char *generated : {"_id", "received", "authorId", "source"})
            list.remove(QLatin1String(generated));
        QVERIFY(listText.contains("2. Burritos"_L1));
        const Answer listed = call("POST", "/v1.1/apps/app_sandbox/appusers/bob/messages",
                                   QJsonDocument(list).toJson());
        QCOMPARE(listed.status, 201);
        QCOMPARE(listed.body.value("message"_L1).toObject().value("text"_L1).toString(), listText);

        // Stored so: GET returns both texts; a text the sender wrote is kept as written.
        QJsonObject own = location;
        own.insert("text"_L1, "Meet me here"_L1);
        QCOMPARE(call("POST", "/v1.1/apps/app_sandbox/appusers/bob/messages",
                      QJsonDocument(own).toJson())
                     .status,
                 201);
        QStringList texts;
        for (const QJsonValue &m : call("GET", "/v1.1/apps/app_sandbox/appusers/bob/messages")
                                       .body.value("messages"_L1)
                                       .toArray())
            texts.append(m.toObject().value("text"_L1).toString());
        QCOMPARE(texts, QStringList({locationText, listText, u"Meet me here"_s}));

        // The demo's location and list carry their texts too.
        SandboxSeeder::seedDemo(sandbox->store(), 1.7e9, sandbox->baseUrl().toString());
        int checked = 0;
        for (const auto &user : sandbox->store().users()) {
            if (user.userId == "bob"_L1) // his location above has its sender's own text
                continue;
            for (const QJsonObject &m :
                 sandbox->store().messages(user.smoochId, PageRequest::latest(), 100).messages) {
                const QString type = m.value("type"_L1).toString();
                if (type == "location"_L1 || type == "list"_L1) {
                    QCOMPARE(m.value("text"_L1).toString(), GeneratedText::forMessage(m));
                    QVERIFY(!m.value("text"_L1).toString().isEmpty());
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 2);
    }

    void getMessagesRules()
    {
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages").status, 404);
        sandbox->seedHistory(u"alice"_s, 250);
        const Answer both =
            call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages?before=1&after=2");
        QCOMPARE(both.status, 400);
        QVERIFY(isErrorBody(both.body, u"bad_request"_s));
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages?before=soon").status,
                 400);

        const Answer latest = call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages");
        const QJsonArray messages = latest.body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 100);
        QVERIFY(messages.first().toObject().value("received"_L1).toDouble() <
                messages.last().toObject().value("received"_L1).toDouble());
        QVERIFY(latest.body.value("previous"_L1).toString().contains("before="_L1));
        QVERIFY(!latest.body.contains("next"_L1));
        QCOMPARE(latest.body.value("conversation"_L1).toObject().value("unreadCount"_L1).toInt(),
                 0);

        const Answer middle = call(
            "GET", "/v1.1/apps/app_sandbox/appusers/alice/messages?before=" +
                       QByteArray::number(
                           messages.first().toObject().value("received"_L1).toDouble(), 'f', 3));
        QCOMPARE(middle.body.value("messages"_L1).toArray().size(), 100);
        QVERIFY(middle.body.contains("previous"_L1));
        QVERIFY(middle.body.value("next"_L1).toString().contains("after="_L1));

        const Answer first = call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages?after=0");
        QCOMPARE(
            first.body.value("messages"_L1).toArray().first().toObject().value("_id"_L1).toString(),
            u"alice-00000"_s);
        QVERIFY(!first.body.contains("previous"_L1));
    }

    void postMessageRules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("text") << QByteArray(R"({"role":"appMaker","type":"text","text":"hi"})")
                              << 201;
        QTest::newRow("app user") << QByteArray(R"({"role":"appUser","type":"text","text":"hi"})")
                                  << 201;
        QTest::newRow("actions only")
            << QByteArray("{\"role\":\"appMaker\",\"type\":\"text\",\"actions\":[{\"type\":"
                          "\"link\",\"text\":\"Go\",\"uri\":\"https://example.com\"}]}")
            << 201;
        QTest::newRow("image") << QByteArray("{\"role\":\"appMaker\",\"type\":\"image\","
                                             "\"mediaUrl\":\"https://example.com/a.png\"}")
                               << 201;
        QTest::newRow("malformed") << QByteArray("{\"role\":\"appMaker\",") << 400;
        QTest::newRow("array") << QByteArray("[]") << 400;
        QTest::newRow("no role") << QByteArray(R"({"type":"text","text":"hi"})") << 400;
        QTest::newRow("no type") << QByteArray(R"({"role":"appMaker","text":"hi"})") << 400;
        QTest::newRow("no text no actions")
            << QByteArray(R"({"role":"appMaker","type":"text"})") << 400;
        QTest::newRow("bad role") << QByteArray(R"({"role":"robot","type":"text","text":"hi"})")
                                  << 400;
    }

    void postMessageRules()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Answer a = call("POST", "/v1.1/apps/app_sandbox/appusers/bob/messages", body);
        QCOMPARE(a.status, status);
        if (status == 400) {
            QVERIFY(isErrorBody(a.body, u"bad_request"_s));
            QVERIFY(!sandbox->store().findUser(u"bob"_s));
            return;
        }
        const QJsonObject message = a.body.value("message"_L1).toObject();
        QCOMPARE(message.value("_id"_L1).toString().size(), 24);
        QVERIFY(message.value("received"_L1).toDouble() > 1.7e9);
        QVERIFY(!a.body.value("conversation"_L1).toObject().value("_id"_L1).toString().isEmpty());
        if (message.value("role"_L1).toString() == "appMaker"_L1)
            QCOMPARE(a.body.value("conversation"_L1).toObject().value("unreadCount"_L1).toInt(), 1);
        else
            QCOMPARE(message.value("name"_L1).toString(), u"bob"_s);
        if (message.value("type"_L1).toString() == "image"_L1)
            QCOMPARE(message.value("mediaType"_L1).toString(), u"image/png"_s);
    }

    void faultsThroughTheControlEndpoint()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        const Answer added =
            call("POST", "/_sandbox/faults",
                 R"([{"kind":"status","status":503,"count":2,"retryAfter":7,"path":"/messages"}])");
        QCOMPARE(added.status, 200);
        QCOMPARE(call("POST", "/v1.1/apps/app_sandbox/appusers/alice/conversation/read").status,
                 200);
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages").status, 503);
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages").status, 503);
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/appusers/alice/messages").status, 200);
        QCOMPARE(call("POST", "/_sandbox/faults", R"({"kind":"explode"})").status, 400);
    }

    // Webhook management (REFERENCE-MORE §4): the API a relay registers its webhook through.

    void webhookLifecycle()
    {
        const QByteArray hooks = "/v1.1/apps/app_sandbox/webhooks";
        QCOMPARE(call("GET", hooks).body.value("webhooks"_L1).toArray().size(), 0);
        const Answer created = call(
            "POST", hooks,
            "{\"target\":\"https://relay.example.com/smooch\",\"triggers\":[\"message:appUser\","
            R"("conversation:read"],"includeClient":true,"includeFullAppUser":false})");
        QCOMPARE(created.status, 201);
        const QJsonObject hook = created.body.value("webhook"_L1).toObject();
        const QString id = hook.value("_id"_L1).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(hook.value("target"_L1).toString(), u"https://relay.example.com/smooch"_s);
        QCOMPARE(hook.value("triggers"_L1).toArray(),
                 (QJsonArray{u"message:appUser"_s, u"conversation:read"_s}));
        QCOMPARE(hook.value("version"_L1).toString(), u"v1.1"_s);
        QCOMPARE(hook.value("includeClient"_L1), QJsonValue(true));
        QCOMPARE(hook.value("includeFullAppUser"_L1), QJsonValue(false));
        const QString secret = hook.value("secret"_L1).toString();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(secret).hasMatch(),
                 qPrintable(secret));

        const Answer listed = call("GET", hooks);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body.value("webhooks"_L1).toArray(), (QJsonArray{hook}));
        const QByteArray one = hooks + '/' + id.toLatin1();
        const Answer got = call("GET", one);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.value("webhook"_L1).toObject(), hook);
        // The app-scope form smooch-core sends reaches the same webhooks.
        QCOMPARE(call("GET", "/v1.1/webhooks/" + id.toLatin1()).body, got.body);

        const Answer updated = call(
            "PUT", one, "{\"target\":\"http://relay.example.com/v2\",\"includeClient\":false}");
        QCOMPARE(updated.status, 200);
        QJsonObject expected = hook;
        expected.insert("target"_L1, u"http://relay.example.com/v2"_s);
        expected.insert("includeClient"_L1, false);
        QCOMPARE(updated.body.value("webhook"_L1).toObject(), expected);
        QCOMPARE(call("PUT", one, R"({"triggers":["postback"]})")
                     .body.value("webhook"_L1)
                     .toObject()
                     .value("triggers"_L1)
                     .toArray(),
                 (QJsonArray{u"postback"_s}));
        QCOMPARE(call("GET", one).body.value("webhook"_L1).toObject().value("secret"_L1).toString(),
                 secret);

        const Answer deleted = call("DELETE", one);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(call("GET", hooks).body.value("webhooks"_L1).toArray().size(), 0);
        for (const QByteArray verb : {"GET", "DELETE"}) {
            const Answer gone = call(verb, one);
            QCOMPARE(gone.status, 404);
            QVERIFY(isErrorBody(gone.body, u"not_found"_s));
        }
        QCOMPARE(call("PUT", one, R"({"includeClient":true})").status, 404);
        QCOMPARE(call("GET", "/v1.1/apps/other_app/webhooks").status, 404);
        QCOMPARE(call("PATCH", one, "{}").status, 405);
        QCOMPARE(call("DELETE", hooks).status, 405);
        QCOMPARE(call("GET", hooks, "{}").status, 415);
    }

    void webhookBadRequests_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("create: no body") << QByteArray("POST") << QByteArray();
        QTest::newRow("create: empty object") << QByteArray("POST") << QByteArray("{}");
        QTest::newRow("create: not json") << QByteArray("POST") << QByteArray("target=x");
        QTest::newRow("create: ftp target")
            << QByteArray("POST") << QByteArray("{\"target\":\"ftp://example.com/\"}");
        QTest::newRow("create: bare host")
            << QByteArray("POST") << QByteArray(R"({"target":"example.com/hook"})");
        QTest::newRow("create: target not a string")
            << QByteArray("POST") << QByteArray(R"({"target":5})");
        QTest::newRow("create: triggers not a list")
            << QByteArray("POST")
            << QByteArray("{\"target\":\"https://a.example/\",\"triggers\":\"postback\"}");
        QTest::newRow("create: unknown trigger")
            << QByteArray("POST")
            << QByteArray("{\"target\":\"https://a.example/\",\"triggers\":[\"message\"]}");
        QTest::newRow("create: includeClient not a bool")
            << QByteArray("POST")
            << QByteArray("{\"target\":\"https://a.example/\",\"includeClient\":\"yes\"}");
        QTest::newRow("update: no body") << QByteArray("PUT") << QByteArray();
        QTest::newRow("update: bad target")
            << QByteArray("PUT") << QByteArray(R"({"target":"mailto:a@example.com"})");
    }

    void webhookBadRequests()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        const QByteArray hooks = "/v1.1/apps/app_sandbox/webhooks";
        const QJsonObject hook =
            call("POST", hooks, "{\"target\":\"https://a.example/\",\"triggers\":[\"postback\"]}")
                .body.value("webhook"_L1)
                .toObject();
        const QByteArray path =
            verb == "PUT" ? hooks + '/' + hook.value("_id"_L1).toString().toLatin1() : hooks;
        const Answer a = call(verb, path, body);
        QCOMPARE(a.status, 400);
        QVERIFY(isErrorBody(a.body, u"bad_request"_s));
        // Nothing was created or changed.
        QCOMPARE(call("GET", hooks).body.value("webhooks"_L1).toArray(), (QJsonArray{hook}));
    }

    void webhooksNeedAuth()
    {
        const QByteArray hooks = "/v1.1/apps/app_sandbox/webhooks";
        const QByteArray create = "{\"target\":\"https://a.example/\"}";
        for (const QByteArray &auth : {QByteArray(), QByteArray("Bearer not.a.jwt")}) {
            const Answer listed = call("GET", hooks, {}, auth);
            QCOMPARE(listed.status, 401);
            QVERIFY(isErrorBody(listed.body, u"unauthorized"_s));
            QCOMPARE(call("POST", hooks, create, auth).status, 401);
        }
        QCOMPARE(call("GET", hooks).body.value("webhooks"_L1).toArray().size(), 0);
        const auto &c = sandbox->server().config();
        const QByteArray basic =
            "Basic " + (c.keyId.toUtf8() + QByteArrayLiteral(":") + c.secret).toBase64();
        QCOMPARE(call("POST", hooks, create, basic).status, 201);
        QCOMPARE(call("GET", hooks, {}, "default").status, 200);
    }

    void tenWebhooksPerApp()
    {
        const QByteArray hooks = "/v1.1/apps/app_sandbox/webhooks";
        QString first;
        for (int i = 0; i < 10; ++i) {
            const Answer a =
                call("POST", hooks, u"{\"target\":\"https://a.example/%1\"}"_s.arg(i).toLatin1());
            QCOMPARE(a.status, 201);
            if (first.isEmpty())
                first = a.body.value("webhook"_L1).toObject().value("_id"_L1).toString();
        }
        const Answer over = call("POST", hooks, "{\"target\":\"https://a.example/10\"}");
        QCOMPARE(over.status, 400);
        QVERIFY(isErrorBody(over.body, u"bad_request"_s));
        QVERIFY(over.body.value("error"_L1)
                    .toObject()
                    .value("description"_L1)
                    .toString()
                    .contains("10"_L1));
        QCOMPARE(call("GET", hooks).body.value("webhooks"_L1).toArray().size(), 10);
        QCOMPARE(call("DELETE", hooks + '/' + first.toLatin1()).status, 200);
        QCOMPARE(call("POST", hooks, "{\"target\":\"https://a.example/10\"}").status, 201);
    }

    void registeredWebhooksReceiveTheirTriggersWithTheirSecret()
    {
        struct Received
        {
            QString path;
            QByteArray key;
            QJsonObject body;
        };
        QList<Received> received;
        QHttpServer receiver;
        const auto keep = [&received](const QHttpServerRequest &request) {
            received.append({request.url().path(), request.value("X-API-Key"),
                             QJsonDocument::fromJson(request.body()).object()});
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        };
        for (const char *path : {"/maker", "/both", "/user", "/implicit"})
            receiver.route(QString::fromLatin1(path), keep);
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const QString base = u"http://127.0.0.1:%1"_s.arg(port);
        // The webhook configured in code stays, subscribed to everything.
        sandbox->server().webhooks().configure(QUrl(base + u"/implicit"_s), "implicit-secret");

        const auto create = [&](const QString &path, const QStringList &triggers) {
            const QJsonObject body{{"target"_L1, base + path},
                                   {"triggers"_L1, QJsonArray::fromStringList(triggers)}};
            const Answer a = call("POST", "/v1.1/apps/app_sandbox/webhooks",
                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
            return a.body.value("webhook"_L1).toObject().value("secret"_L1).toString().toLatin1();
        };
        const QByteArray makerSecret = create(u"/maker"_s, {u"message:appMaker"_s});
        const QByteArray bothSecret =
            create(u"/both"_s, {u"message:appUser"_s, u"message:appMaker"_s});
        const QByteArray userSecret = create(u"/user"_s, {u"message:appUser"_s});
        QVERIFY(!makerSecret.isEmpty() && !bothSecret.isEmpty() && !userSecret.isEmpty());
        QVERIFY(makerSecret != bothSecret);

        QSignalSpy delivered(&sandbox->server().webhooks(), &SandboxWebhooks::delivered);
        QCOMPARE(call("POST", "/v1.1/apps/app_sandbox/appusers/alice/messages",
                      R"({"role":"appMaker","type":"text","text":"hello"})")
                     .status,
                 201);
        QTRY_COMPARE(delivered.count(), 3);
        QTest::qWait(200); // time for a wrong delivery to /user to arrive too
        QCOMPARE(received.size(), 3);
        QMap<QString, Received> byPath;
        for (const Received &r : received)
            byPath.insert(r.path, r);
        QCOMPARE(byPath.keys(), (QStringList{u"/both"_s, u"/implicit"_s, u"/maker"_s}));
        QCOMPARE(byPath[u"/maker"_s].key, makerSecret);
        QCOMPARE(byPath[u"/both"_s].key, bothSecret);
        QCOMPARE(byPath[u"/implicit"_s].key, QByteArray("implicit-secret"));
        for (const Received &r : received) {
            QCOMPARE(r.body.value("trigger"_L1).toString(), u"message:appMaker"_s);
            QCOMPARE(r.body.value("messages"_L1).toArray().first().toObject().value("text"_L1),
                     QJsonValue(u"hello"_s));
        }

        // A deleted webhook receives nothing more.
        const QJsonArray hooks =
            call("GET", "/v1.1/apps/app_sandbox/webhooks").body.value("webhooks"_L1).toArray();
        for (const QJsonValue &h : hooks) {
            if (h.toObject().value("target"_L1).toString().endsWith("/maker"_L1))
                QCOMPARE(call("DELETE", "/v1.1/apps/app_sandbox/webhooks/" +
                                            h.toObject().value("_id"_L1).toString().toLatin1())
                             .status,
                         200);
        }
        received.clear();
        delivered.clear();
        QCOMPARE(call("POST", "/v1.1/apps/app_sandbox/appusers/alice/messages",
                      R"({"role":"appMaker","type":"text","text":"again"})")
                     .status,
                 201);
        QTRY_COMPARE(delivered.count(), 2);
        QTest::qWait(200);
        QCOMPARE(received.size(), 2);
        for (const Received &r : received)
            QVERIFY(r.path != "/maker"_L1 && r.path != "/user"_L1);
    }

    void webhookRoutesAreLoggedAndTakeFaults()
    {
        sandbox->server().clearRequests();
        SandboxFault fault;
        fault.status = 503;
        fault.pathContains = u"/webhooks"_s;
        sandbox->server().addFault(fault);
        QSignalSpy handled(&sandbox->server(), &SandboxServer::requestHandled);
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/webhooks").status, 503);
        QCOMPARE(call("GET", "/v1.1/apps/app_sandbox/webhooks").status, 200);
        QCOMPARE(sandbox->server().requests().size(), 2);
        QCOMPARE(sandbox->server().requests().first().rawPath,
                 QByteArray("/v1.1/apps/app_sandbox/webhooks"));
        QCOMPARE(handled.count(), 2);
        QCOMPARE(handled.last().at(2).toInt(), 200);
    }

    void executableServesSeededDemo()
    {
        QProcess sandboxProcess;
        sandboxProcess.start(
            QStringLiteral(BIN_DIR "/smooch-sandbox"),
            {u"--seed"_s, u"demo"_s, u"--port"_s, u"0"_s, u"--lifetime"_s, u"60"_s});
        QVERIFY(sandboxProcess.waitForStarted());
        QVERIFY(sandboxProcess.waitForReadyRead(20000));
        const QUrl base(QString::fromUtf8(sandboxProcess.readLine().trimmed()));
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);

        // The long demo history, walked through the executable.
        ConversationApi api;
        const auto &config = SandboxServer::Config();
        api.setConnection(
            ApiConnection(base, config.appId, Credentials::signedJwt(config.keyId, config.secret)));
        HistoryWalker walker(&api, QString::fromLatin1(SandboxSeeder::longHistoryUser));
        QSignalSpy walked(&walker, &HistoryWalker::succeeded);
        walker.start();
        QVERIFY(walked.wait(30000));
        QCOMPARE(walker.messages().size(), SandboxSeeder::longHistorySize);

        QNetworkRequest request(
            QUrl(base.toString() + u"/v1.1/apps/app_sandbox/appusers/alice.martin/messages"_s));
        const auto &c = SandboxServer::Config();
        request.setRawHeader("Authorization",
                             "Bearer " +
                                 Credentials::signJwt(c.keyId, c.secret, Credentials::Scope::App));
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        const QJsonArray messages =
            QJsonDocument::fromJson(reply->readAll()).object().value("messages"_L1).toArray();
        QSet<QString> types;
        QSet<QString> roles;
        for (const QJsonValue &m : messages) {
            types.insert(m.toObject().value("type"_L1).toString());
            roles.insert(m.toObject().value("role"_L1).toString());
        }
        QVERIFY(types.contains(u"image"_s) && types.contains(u"file"_s) &&
                types.contains(u"location"_s));
        QCOMPARE(roles, QSet<QString>({u"appUser"_s, u"appMaker"_s, u"whisper"_s}));
        reply->deleteLater();
        sandboxProcess.terminate();
        QVERIFY(sandboxProcess.waitForFinished());
    }

    void databaseFileSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.db"_s);
        QString kept;
        {
            SandboxStore first(path);
            QVERIFY(first.isOpen());
            const auto user = first.ensureUser(u"alice"_s);
            first.ensureConversation(user.smoochId);
            kept = user.smoochId;
            QVERIFY(
                first.insertMessage(user.smoochId, {{"_id"_L1, "m1"_L1}, {"received"_L1, 10.5}}));
        }
        SandboxStore second(path);
        const auto user = second.findUser(u"alice"_s);
        QVERIFY(user);
        QCOMPARE(user->smoochId, kept);
        QCOMPARE(second.messageCount(kept), 1);
    }

    void aFileFromBeforeChannelUsersTakesThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.db"_s);
        {
            // The schema of earlier sandboxes: every user had a userId.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(uR"(CREATE TABLE appusers (
                smooch_id TEXT PRIMARY KEY, user_id TEXT UNIQUE NOT NULL,
                given_name TEXT NOT NULL DEFAULT '', surname TEXT NOT NULL DEFAULT '',
                conversation_id TEXT NOT NULL DEFAULT '', unread INTEGER NOT NULL DEFAULT 0))"_s));
            QVERIFY(q.exec(u"INSERT INTO appusers (smooch_id, user_id, given_name) "
                           "VALUES ('abc', 'alice', 'Alice')"_s));
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        SandboxStore store(path);
        QVERIFY(store.isOpen());
        QCOMPARE(store.findUser(u"alice"_s)->displayName(), u"Alice"_s);
        const auto a = store.ensureChannelUser({}, u"line"_s, u"Aiko"_s);
        const auto b = store.ensureChannelUser({}, u"viber"_s, u"Boris"_s);
        QVERIFY(store.findUser(a.smoochId) && store.findUser(b.smoochId));
        QCOMPARE(store.findUser(b.smoochId)->userId, QString());
        QCOMPARE(store.findUser(b.smoochId)->displayName(), u"Boris"_s);
        QCOMPARE(store.users().size(), 3);
    }

    void demoHasBothShapesOfAppUser()
    {
        SandboxStore store;
        SandboxSeeder::seedDemo(store, 1.8e9);
        int channel = 0;
        for (const auto &user : store.users()) {
            if (!user.userId.isEmpty())
                continue;
            // Known by _id alone, named by the channel's client, and their messages say so.
            ++channel;
            QVERIFY(!user.clientName.isEmpty());
            QVERIFY(user.platform != "web"_L1);
            QCOMPARE(user.id(), user.smoochId);
            const auto page = store.messages(user.smoochId, PageRequest::latest());
            QVERIFY(!page.messages.isEmpty());
            for (const QJsonObject &m : page.messages) {
                if (m.value("role"_L1).toString() == "appUser"_L1) {
                    QCOMPARE(m.value("name"_L1).toString(), user.displayName());
                    QCOMPARE(m.value("source"_L1).toObject().value("type"_L1).toString(),
                             user.platform);
                }
            }
        }
        QVERIFY(channel >= 2);
        QCOMPARE(store.findUser(QString::fromLatin1(SandboxSeeder::whatsAppUser))->displayName(),
                 u"Priya Shah"_s);
    }

    void demoSeedHasEveryMessageType()
    {
        SandboxStore store;
        SandboxSeeder::seedDemo(store, 1.8e9);
        QSet<QString> types;
        for (const auto &user : store.users()) {
            const auto page = store.messages(user.smoochId, PageRequest::latest());
            for (const QJsonObject &m : page.messages)
                types.insert(m.value("type"_L1).toString());
        }
        for (const char *type :
             {"text", "image", "file", "carousel", "list", "location", "form", "formResponse"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), type);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
