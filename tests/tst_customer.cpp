#include "client/appusersapi.h"
#include "sandboxfixture.h"
#include "session/customercontroller.h"
#include "storage/customerstore.h"
#include "storage/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

/*! The spec's example client, with its avatar and time zone. */
QJsonObject messengerClient()
{
    return parse("{\"id\": \"5A7F8343-DF41-46A8-96EC-8583FCB422FB\", \"platform\": \"messenger\", "
                 "\"integrationId\": \"5a3174bd2bbc3a0022e2fa83\", \"status\": \"active\", "
                 "\"active\": true, "
                 "\"primary\": true, \"externalId\": \"1843756199012345\", \"displayName\": "
                 "\"Steve Brule\", "
                 "\"lastSeen\": \"2016-03-09T19:09:01.431Z\", "
                 "\"info\": {\"avatarUrl\": \"https://example.com/p.jpg\", \"locale\": \"en_US\", "
                 "\"timezone\": -5}, "
                 "\"raw\": {\"first_name\": \"Steve\", \"last_name\": \"Brule\", "
                 "\"profile_pic\": \"https://example.com/q.jpg\"}}");
}
} // namespace

/*!
 * The customer panel's data over loopback: the sandbox's app user endpoints as the spec shapes
 * them, AppUsersApi, the per-profile cache and the CustomerController that decides what the panel
 * shows.
 */
class TestCustomer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<LocalStore> local;
    std::unique_ptr<CustomerStore> cache;
    std::unique_ptr<AppUsersApi> api;
    std::unique_ptr<CustomerController> controller;

    /*! steve: the spec's example user, with a Zendesk ticket. */
    void seedSteve()
    {
        const auto user =
            sandbox->store().ensureUser(u"steveb@channel5.com"_s, u"Steve"_s, u"Brule"_s);
        sandbox->store().setProfile(
            user.smoochId,
            QJsonObject{
                {"email"_L1, "steveb@channel5.com"_L1},
                {"signedUpAt"_L1, "2015-10-08T23:52:11.677Z"_L1},
                {"properties"_L1, QJsonObject{{"plan"_L1, "gold"_L1}, {"seats"_L1, 5}}},
                {"clients"_L1, QJsonArray{messengerClient()}},
                {"channels"_L1, QJsonArray{QJsonObject{{"type"_L1, "messenger"_L1},
                                                       {"userId"_L1, "198273192387"_L1}}}},
                {"businessSystems"_L1,
                 QJsonArray{QJsonObject{{"type"_L1, "zendesk"_L1}, {"ticketId"_L1, "4821"_L1}}}}});
    }

    QByteArray lastBody(const QString &method)
    {
        const auto &requests = sandbox->server().requests();
        for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
            if (it->method == method)
                return it->body;
        }
        return {};
    }

    int count(const QString &method, const QString &pathEnd)
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == method && QUrl::fromPercentEncoding(r.rawPath).endsWith(pathEnd);
        return n;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!controller->isLoading(), 10000); }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        dir = std::make_unique<QTemporaryDir>();
        local = std::make_unique<LocalStore>(dir->filePath(u"console.sqlite"_s));
        cache = std::make_unique<CustomerStore>(local.get());
        api = std::make_unique<AppUsersApi>();
        api->setConnection(sandbox->connection());
        controller = std::make_unique<CustomerController>(api.get(), cache.get());
        seedSteve();
    }

    void cleanup()
    {
        controller.reset();
        api.reset();
        cache.reset();
        local.reset();
        dir.reset();
        sandbox.reset();
    }

    void specExampleParses()
    {
        const auto user = AppUser::fromJson(parse(
            "{\"_id\": \"deb920657bbc3adc3fec7963\", "
            "\"userId\": \"steveb@channel5.com\", \"givenName\": \"Steve\", \"surname\": "
            "\"Brule\", "
            "\"email\": \"steveb@channel5.com\", \"signedUpAt\": \"2015-10-08T23:52:11.677Z\", "
            "\"properties\": {\"plan\": \"gold\"}, \"conversationStarted\": true, "
            "\"pendingClients\": [], "
            "\"somethingNew\": {\"kept\": true}}"));
        QVERIFY(user);
        QCOMPARE(user->displayName(), u"Steve Brule"_s);
        QCOMPARE(user->firstName(), u"Steve"_s);
        QCOMPARE(user->signedUpAt, QDateTime(QDate(2015, 10, 8), QTime(23, 52, 11, 677), Qt::UTC));
        QCOMPARE(user->json.value("somethingNew"_L1).toObject().value("kept"_L1), true);
        const auto client = AppUserClient::fromJson(messengerClient());
        QVERIFY(client);
        QCOMPARE(client->avatarUrl, u"https://example.com/p.jpg"_s); // info first
        QCOMPARE(client->timezoneOffset, -5.0);
        QVERIFY(client->primary.value_or(false));
        QCOMPARE(client->lastSeen.date(), QDate(2016, 3, 9));
        // Tolerant: only _id is required; a WhatsApp user is named by the channel.
        const auto bare = AppUser::fromJson(parse(
            "{\"_id\": \"x\", \"clients\": [{\"id\": \"c\", "
            "\"platform\": \"whatsapp\", \"raw\": {\"profile\": {\"name\": \"Rafael Souza\"}, "
            "\"timezone\": \"not a number\"}}, {\"platform\": \"no id\"}], \"properties\": 7}"));
        QVERIFY(bare);
        QCOMPARE(bare->clients.size(), 1);
        QCOMPARE(bare->displayName(), u"Rafael Souza"_s);
        QCOMPARE(bare->firstName(), u"Rafael"_s);
        QVERIFY(!bare->timezoneOffset());
        QVERIFY(!AppUser::fromJson(parse("{\"givenName\": \"no id\"}")));
    }

    void sandboxAnswersAsTheSpecShapesIt()
    {
        AppUser user;
        {
            auto *reply = api->getAppUser(u"steveb@channel5.com"_s, this);
            connect(reply, &ApiReply::succeeded, this, [&] { user = reply->result(); });
            QSignalSpy done(reply, &ApiReply::finished);
            QVERIFY(done.wait());
        }
        QCOMPARE(user.email, u"steveb@channel5.com"_s);
        QCOMPARE(user.properties.value("plan"_L1).toString(), u"gold"_s);
        QCOMPARE(user.clients.size(), 1);
        QCOMPARE(user.timezoneOffset(), -5.0);
        // The raw answer: {"appUser": {...}} with the spec's required fields.
        const QJsonObject raw = user.json;
        for (const char *key : {"_id", "properties", "conversationStarted", "clients"})
            QVERIFY2(raw.contains(QLatin1String(key)), key);
        QList<ChannelEntity> channels;
        QList<BusinessSystem> systems;
        auto *c = api->getChannels(user.id, this); // the smoochId reaches the same user
        connect(c, &ApiReply::succeeded, this, [&] { channels = c->result(); });
        auto *b = api->getBusinessSystems(u"steveb@channel5.com"_s, this);
        connect(b, &ApiReply::succeeded, this, [&] { systems = b->result(); });
        QTRY_COMPARE(systems.size(), 1);
        QTRY_COMPARE(channels.size(), 1);
        QCOMPARE(channels.first().address, u"198273192387"_s);
        QCOMPARE(systems.first().systemName(), u"Zendesk"_s);
        QCOMPARE(systems.first().reference, u"4821"_s);

        std::optional<ApiError> error;
        auto *missing = api->getAppUser(u"nobody"_s, this);
        connect(missing, &ApiReply::failed, this, [&](const ApiError &e) { error = e; });
        QTRY_VERIFY(error);
        QCOMPARE(error->httpStatus(), 404);
    }

    void editSendsOnlyThatFieldAndIsMerged()
    {
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        QSignalSpy saved(controller.get(), &CustomerController::editSucceeded);
        QVERIFY(controller->edit(u"properties.plan"_s, u"platinum"_s));
        QVERIFY(controller->isSaving(u"properties.plan"_s));
        QVERIFY(saved.wait());
        QCOMPARE(parse(lastBody(u"PUT"_s)), parse("{\"properties\": {\"plan\": \"platinum\"}}"));
        // Additive: the other property and the names stay.
        QCOMPARE(controller->appUser()->properties.value("seats"_L1).toInt(), 5);
        QCOMPARE(controller->valueOf(u"properties.plan"_s), u"platinum"_s);
        // A number stays a number.
        QVERIFY(controller->edit(u"properties.seats"_s, u"12"_s));
        QVERIFY(saved.wait());
        QCOMPARE(parse(lastBody(u"PUT"_s)), parse("{\"properties\": {\"seats\": 12}}"));
        QVERIFY(controller->edit(u"email"_s, u"steve@example.org"_s));
        QVERIFY(saved.wait());
        QCOMPARE(parse(lastBody(u"PUT"_s)), parse("{\"email\": \"steve@example.org\"}"));
        const auto stored = sandbox->store().findUser(u"steveb@channel5.com"_s);
        const QJsonObject profile = sandbox->store().profile(stored->smoochId);
        QCOMPARE(profile.value("properties"_L1).toObject(),
                 parse("{\"plan\": \"platinum\", \"seats\": 12}"));
        QCOMPARE(stored->givenName, u"Steve"_s);
        QVERIFY(!controller->edit(u"userId"_s, u"x"_s)); // not editable: nothing sent
        QVERIFY(!controller->edit(u"clients"_s, u"x"_s));
    }

    void failedEditSaysWhyAndKeepsWhatWasTyped_data()
    {
        QTest::addColumn<bool>("serverError");
        QTest::newRow("refused by the server (400)") << false;
        QTest::newRow("server error (500)") << true;
    }

    void failedEditSaysWhyAndKeepsWhatWasTyped()
    {
        QFETCH(bool, serverError);
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        if (serverError)
            sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                        .status = 500,
                                        .count = 10,
                                        .method = u"PUT"_s});
        QSignalSpy failed(controller.get(), &CustomerController::editFailed);
        const QString typed = serverError ? u"steve@example.org"_s : u"not an address"_s;
        controller->edit(u"email"_s, typed);
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().at(0).toString(), u"email"_s);
        const QString reason = controller->editError(u"email"_s);
        QVERIFY(!reason.isEmpty());
        if (serverError)
            QVERIFY2(reason.contains(u"500"_s), qPrintable(reason));
        else
            QVERIFY2(reason.contains(u"email must be an email address"_s), qPrintable(reason));
        QCOMPARE(controller->pendingValue(u"email"_s), typed);
        QVERIFY(!controller->isSaving(u"email"_s));
        // The profile still shows what the server has.
        QCOMPARE(controller->valueOf(u"email"_s), u"steveb@channel5.com"_s);
        // Only the failed field carries the failure.
        QVERIFY(controller->editError(u"givenName"_s).isEmpty());
    }

    void cacheShowsAtOnceThenRefreshes()
    {
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        QVERIFY(!controller->isFromCache());
        controller->open({});
        QVERIFY(!controller->appUser());
        // The server changed meanwhile and is slow to say so.
        const auto user = sandbox->store().findUser(u"steveb@channel5.com"_s);
        sandbox->store().setNames(user->smoochId, u"Stephen"_s, u"Brule"_s);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .count = 3, .delayMs = 300, .method = u"GET"_s});
        QSignalSpy changed(controller.get(), &CustomerController::changed);
        controller->open(u"steveb@channel5.com"_s);
        // At once, from the cache, before any answer.
        QVERIFY(!changed.isEmpty());
        QVERIFY(controller->appUser());
        QVERIFY(controller->isFromCache());
        QVERIFY(controller->isLoading());
        QCOMPARE(controller->appUser()->givenName, u"Steve"_s);
        QCOMPARE(controller->businessSystems()->size(), 1);
        waitIdle();
        QCOMPARE(controller->appUser()->givenName, u"Stephen"_s);
        QVERIFY(!controller->isFromCache());
        QVERIFY(controller->problem().isEmpty());
    }

    void cacheSurvivesRestart()
    {
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        controller.reset();
        cache.reset();
        local.reset();
        sandbox->server().stop(); // nobody answers now
        local = std::make_unique<LocalStore>(dir->filePath(u"console.sqlite"_s));
        cache = std::make_unique<CustomerStore>(local.get());
        controller = std::make_unique<CustomerController>(api.get(), cache.get());
        controller->open(u"steveb@channel5.com"_s);
        QVERIFY(controller->appUser());
        QCOMPARE(controller->appUser()->email, u"steveb@channel5.com"_s);
        QCOMPARE(controller->channels()->size(), 1);
        waitIdle();
        QVERIFY(!controller->problem().isEmpty());
        QCOMPARE(controller->appUser()->email, u"steveb@channel5.com"_s); // kept
    }

    void cacheIsNotShownForAnotherApp()
    {
        // The profile is pointed at another app (same user id there): what app A said of the
        // user is not shown for app B, even when app B cannot be reached.
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        controller.reset();
        cache.reset();
        sandbox->server().stop();
        cache = std::make_unique<CustomerStore>(local.get(), u"http://other.example/v1.1 app-b"_s);
        controller = std::make_unique<CustomerController>(api.get(), cache.get());
        controller->open(u"steveb@channel5.com"_s);
        QVERIFY(!controller->appUser());
        QVERIFY(!controller->channels());
        QVERIFY(!controller->businessSystems());
        waitIdle();
        QVERIFY(!controller->appUser());
    }

    void profileThatFailsToLoadSaysSo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(SandboxFault::Kind::Status);
        QTest::newRow("garbage body") << int(SandboxFault::Kind::MalformedJson);
        QTest::newRow("no answer (timeout)") << int(SandboxFault::Kind::NoAnswer);
        QTest::newRow("dropped mid-body") << int(SandboxFault::Kind::DropMidBody);
    }

    void profileThatFailsToLoadSaysSo()
    {
        QFETCH(int, kind);
        api->setTimeout(std::chrono::milliseconds(500));
        api->setRetryPolicy(RetryPolicy::none());
        sandbox->server().addFault({.kind = SandboxFault::Kind(kind),
                                    .status = 500,
                                    .count = 100,
                                    .method = u"GET"_s,
                                    .pathEndsWith = u"/steveb@channel5.com"_s});
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        QVERIFY(!controller->appUser());
        QVERIFY2(controller->problem().contains(u"profile"_s), qPrintable(controller->problem()));
        // What did load is shown.
        QVERIFY(controller->businessSystems());
        QCOMPARE(controller->businessSystems()->size(), 1);
        // Editing without a profile still works and goes to the server.
        QVERIFY(controller->edit(u"properties.note"_s, u"VIP"_s));
        QSignalSpy saved(controller.get(), &CustomerController::editSucceeded);
        QVERIFY(saved.wait());
    }

    void answersForAnotherConversationAreDropped()
    {
        sandbox->store().ensureUser(u"other"_s, u"Olga"_s, u"Other"_s);
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay,
                                    .count = 3,
                                    .delayMs = 400,
                                    .method = u"GET"_s,
                                    .pathContains = u"steveb"_s});
        controller->open(u"steveb@channel5.com"_s);
        controller->open(u"other"_s);
        waitIdle();
        QCOMPARE(controller->appUser()->givenName, u"Olga"_s);
        QTest::qWait(600); // the slow answers for steve arrive now, and are ignored
        QCOMPARE(controller->appUser()->givenName, u"Olga"_s);
        QVERIFY(!controller->businessSystems() || controller->businessSystems()->isEmpty());
    }

    void latestEditOfAFieldWins()
    {
        controller->open(u"steveb@channel5.com"_s);
        waitIdle();
        // The first edit answers late, after the second one.
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .count = 1, .delayMs = 500, .method = u"PUT"_s});
        QSignalSpy saved(controller.get(), &CustomerController::editSucceeded);
        controller->edit(u"givenName"_s, u"First"_s);
        controller->edit(u"givenName"_s, u"Second"_s);
        QVERIFY(saved.wait());
        QCOMPARE(controller->valueOf(u"givenName"_s), u"Second"_s);
        QTest::qWait(700);
        QCOMPARE(saved.size(), 1); // the late first answer changed nothing on screen
        QCOMPARE(controller->valueOf(u"givenName"_s), u"Second"_s);
    }

    void hostileProfileStaysBounded()
    {
        const auto user = sandbox->store().ensureUser(u"hostile"_s, u"<b>Mallory</b>"_s,
                                                      u"<img src=x onerror=alert(1)>"_s);
        QJsonArray clients;
        for (int i = 0; i < 10000; ++i)
            clients.append(QJsonObject{{"id"_L1, u"client-%1"_s.arg(i)},
                                       {"platform"_L1, "web"_L1},
                                       {"displayName"_L1, QString(300, u'x')}});
        QJsonObject properties;
        for (int i = 0; i < 1000; ++i)
            properties.insert(u"key%1"_s.arg(i), QString(2000, u'y'));
        properties.insert("nested"_L1, QJsonObject{{"deep"_L1, QJsonArray{1, 2, 3}}});
        sandbox->store().setProfile(user.smoochId,
                                    {{"properties"_L1, properties}, {"clients"_L1, clients}});
        controller->open(u"hostile"_s);
        waitIdle();
        QVERIFY2(controller->problem().isEmpty(), qPrintable(controller->problem()));
        const AppUser &shown = *controller->appUser();
        QCOMPARE(shown.givenName, u"<b>Mallory</b>"_s); // as text, never markup
        QCOMPARE(shown.clients.size(), AppUser::maxClients);
        QCOMPARE(shown.omittedClients, 10000 - AppUser::maxClients);
        QCOMPARE(shown.properties.size(), AppUser::maxProperties);
        for (const QJsonValue &v : shown.properties)
            QVERIFY(v.toString().size() <= AppUser::maxTextLength);
        // The cache holds no more than what is shown.
        QSqlQuery q(local->database());
        QVERIFY(q.exec(u"SELECT length(app_user) FROM customers WHERE user_id = 'hostile'"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() < 200 * 1024, qPrintable(q.value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_customer.moc"
