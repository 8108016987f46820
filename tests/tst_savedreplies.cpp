#include "client/templatesapi.h"
#include "sandbox/sandboxtemplates.h"
#include "sandboxfixture.h"
#include "session/replyrules.h"
#include "session/savedreplies.h"
#include "storage/localstore.h"
#include "storage/savedreplycache.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

/*!
 * Saved replies: the v1.1 Templates API against the sandbox (paging, create, get, update,
 * delete, the errors), the SavedReplies controller over it (every page, fuzzy search, changes
 * in words) and the rules for variables and chip addresses.
 */
class TestSavedReplies : public QObject
{
    Q_OBJECT

private:
    template<typename T = int>
    static std::optional<ApiError> outcome(ApiReply *reply, T *result = nullptr)
    {
        std::optional<ApiError> error;
        bool done = false;
        connect(reply, &ApiReply::succeeded, reply, [&] {
            if constexpr (!std::is_same_v<T, int>) {
                if (result)
                    *result = static_cast<ApiReplyOf<T> *>(reply)->result();
            }
            done = true;
        });
        connect(reply, &ApiReply::failed, reply, [&](const ApiError &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("no answer");
        return error;
    }

    static MessageTemplate textTemplate(const QString &name, const QString &text)
    {
        return {{}, name, NewMessage::appMakerText(text)};
    }

    static void seed(SandboxFixture &sandbox, int count)
    {
        SandboxTemplates templates(sandbox.store());
        for (int i = 0; i < count; ++i) {
            const auto answer = templates.create(
                {{"name"_L1, u"reply %1"_s.arg(i, 3, 10, QChar(u'0'))},
                 {"message"_L1, QJsonObject{{"role"_L1, "appMaker"_L1},
                                            {"type"_L1, "text"_L1},
                                            {"text"_L1, u"Text number %1"_s.arg(i)}}}});
            QCOMPARE(answer.status, 201);
        }
    }

    static QString outcomeOf(const std::function<void(SavedReplies::Done)> &call)
    {
        std::optional<QString> result;
        call([&](const QString &error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("no answer");
        return *result;
    }

private Q_SLOTS:
    void createGetUpdateDeleteAgainstTheSandbox()
    {
        SandboxFixture sandbox;
        TemplatesApi api;
        api.setConnection(sandbox.connection());
        QObject context;

        MessageTemplate created;
        MessageTemplate t = textTemplate(u"greeting"_s, u"Hi {{first_name}}!"_s);
        Action yes;
        yes.type = u"reply"_s;
        yes.text = u"Yes"_s;
        yes.payload = u"YES"_s;
        t.message.actions = {yes};
        QVERIFY(!outcome(api.createTemplate(t, &context), &created));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.name, u"greeting"_s);
        QCOMPARE(created.message.text, u"Hi {{first_name}}!"_s);
        QCOMPARE(created.message.actions.size(), 1);
        const auto &posted = sandbox.server().requests().last();
        QCOMPARE(posted.method, u"POST"_s);
        QCOMPARE(posted.rawPath, QByteArray("/v1.1/apps/app_sandbox/templates"));
        const QJsonObject body = QJsonDocument::fromJson(posted.body).object();
        QCOMPARE(body.keys(), QStringList({u"message"_s, u"name"_s}));
        QCOMPARE(body.value("message"_L1).toObject().value("role"_L1).toString(), u"appMaker"_s);

        MessageTemplate got;
        QVERIFY(!outcome(api.getTemplate(created.id, &context), &got));
        QCOMPARE(got.id, created.id);
        // The stored message is a Message, as the spec types it.
        QVERIFY(!got.message.extra.value("_id"_L1).toString().isEmpty());

        MessageTemplate changed = got;
        changed.name = u"welcome"_s;
        changed.message.text = u"Welcome!"_s;
        MessageTemplate updated;
        QVERIFY(!outcome(api.updateTemplate(created.id, changed, &context), &updated));
        QCOMPARE(updated.name, u"welcome"_s);
        QCOMPARE(updated.message.text, u"Welcome!"_s);
        // What the server added is not sent back as if it were the agent's.
        const QJsonObject put = QJsonDocument::fromJson(sandbox.server().requests().last().body)
                                    .object()
                                    .value("message"_L1)
                                    .toObject();
        QVERIFY(!put.contains("_id"_L1));
        QVERIFY(!put.contains("received"_L1));

        QVERIFY(!outcome(api.deleteTemplate(created.id, &context)));
        const auto gone = outcome(api.getTemplate(created.id, &context));
        QVERIFY(gone);
        QCOMPARE(gone->httpStatus(), 404);
    }

    void theSandboxRefusesWhatTheSpecDoesNotAllow()
    {
        SandboxFixture sandbox;
        TemplatesApi api;
        api.setConnection(sandbox.connection());
        QObject context;
        QVERIFY(!outcome(api.createTemplate(textTemplate(u"dup"_s, u"one"_s), &context)));
        const auto duplicate =
            outcome(api.createTemplate(textTemplate(u"dup"_s, u"two"_s), &context));
        QVERIFY(duplicate);
        QCOMPARE(duplicate->httpStatus(), 409);
        MessageTemplate other;
        QVERIFY(!outcome(api.createTemplate(textTemplate(u"other"_s, u"x"_s), &context), &other));
        const auto renamed =
            outcome(api.updateTemplate(other.id, textTemplate(u"dup"_s, u"x"_s), &context));
        QVERIFY(renamed);
        QCOMPARE(renamed->httpStatus(), 409);
        const auto unknown = outcome(api.updateTemplate(u"5f0000000000000000000000"_s,
                                                        textTemplate(u"z"_s, u"z"_s), &context));
        QCOMPARE(unknown->httpStatus(), 404);
        QCOMPARE(outcome(api.deleteTemplate(u"nope"_s, &context))->httpStatus(), 404);

        // The client refuses an incomplete template before sending it.
        const qsizetype before = sandbox.server().requests().size();
        const auto noName = outcome(api.createTemplate(textTemplate({}, u"x"_s), &context));
        QCOMPARE(noName->kind(), ApiError::Kind::Refused);
        const auto noText = outcome(api.createTemplate(textTemplate(u"n"_s, {}), &context));
        QCOMPARE(noText->kind(), ApiError::Kind::Refused);
        QCOMPARE(sandbox.server().requests().size(), before);

        // A raw request without a message, or with a bad page, is a 400.
        SandboxTemplates raw(sandbox.store());
        QCOMPARE(raw.handle(u"POST"_s, {}, {}, R"({"name":"x"})").status, 400);
        QCOMPARE(raw.handle(u"GET"_s, {}, QUrlQuery(u"limit=0"_s), {}).status, 400);
        QCOMPARE(raw.handle(u"GET"_s, {}, QUrlQuery(u"offset=-1"_s), {}).status, 400);
        QCOMPARE(raw.handle(u"GET"_s, {}, {}, R"({"a":1})").status, 415);
    }

    void everyPageIsReadFollowingHasMore()
    {
        SandboxFixture sandbox;
        seed(sandbox, 60); // three pages of 25
        TemplatesApi api;
        api.setConnection(sandbox.connection());
        SavedReplies replies(&api);
        QSignalSpy changed(&replies, &SavedReplies::changed);
        replies.refresh();
        QVERIFY(changed.wait());
        QCOMPARE(replies.all().size(), 60);
        QCOMPARE(replies.all().first().name, u"reply 000"_s);
        QCOMPARE(replies.all().last().name, u"reply 059"_s);
        QVERIFY(replies.loadError().isEmpty());
        QStringList pages;
        for (const auto &r : sandbox.server().requests()) {
            if (r.rawPath.endsWith("/templates"))
                pages.append(QString::fromLatin1(r.rawQuery));
        }
        QCOMPARE(pages, QStringList({u"limit=25&offset=0"_s, u"limit=25&offset=25"_s,
                                     u"limit=25&offset=50"_s}));
    }

    void aPageThatClaimsMoreButBringsNothingEndsTheWalk()
    {
        SandboxFixture sandbox;
        seed(sandbox, 30);
        TemplatesApi api;
        api.setConnection(sandbox.connection());
        SavedReplies replies(&api);
        SandboxFault lying;
        lying.kind = SandboxFault::Kind::Body;
        lying.status = 200;
        lying.body = R"({"templates":[],"hasMore":true,"offset":25})";
        lying.pathContains = u"/templates"_s;
        lying.count = 1000;
        // The first page is real; the pages after it claim more and bring nothing.
        QSignalSpy changed(&replies, &SavedReplies::changed);
        QSignalSpy failed(&replies, &SavedReplies::loadFailed);
        replies.refresh();
        QVERIFY(QTest::qWaitFor([&] { return sandbox.server().requests().size() >= 1; }));
        sandbox.server().addFault(lying);
        QVERIFY(changed.wait());
        QCOMPARE(replies.all().size(), 25);
        QCOMPARE(failed.size(), 1); // "only the first 25"
        QCOMPARE(sandbox.server().requests().size(), 2);
    }

    void aFailedRefreshKeepsTheListShown()
    {
        SandboxFixture sandbox;
        seed(sandbox, 3);
        TemplatesApi api;
        api.setConnection(sandbox.connection());
        api.setRetryPolicy(RetryPolicy::none());
        SavedReplies replies(&api);
        QSignalSpy changed(&replies, &SavedReplies::changed);
        replies.refresh();
        QVERIFY(changed.wait());
        SandboxFault down;
        down.status = 503;
        down.count = 10;
        sandbox.server().addFault(down);
        QSignalSpy failed(&replies, &SavedReplies::loadFailed);
        replies.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(replies.all().size(), 3);
        QVERIFY(replies.loadError().contains("could not be loaded"_L1));
        QVERIFY(!replies.isLoading());
    }

    void changesAreSaidInWords()
    {
        SandboxFixture sandbox;
        seed(sandbox, 2);
        TemplatesApi api;
        api.setConnection(sandbox.connection());
        SavedReplies replies(&api);
        QSignalSpy changed(&replies, &SavedReplies::changed);
        replies.refresh();
        QVERIFY(changed.wait());
        QObject context;
        const NewMessage text = NewMessage::appMakerText(u"Thanks!"_s);
        QCOMPARE(outcomeOf([&](auto done) { replies.create(u"thanks"_s, text, &context, done); }),
                 QString());
        QCOMPARE(replies.all().size(), 3);
        const QString duplicate =
            outcomeOf([&](auto done) { replies.create(u"thanks"_s, text, &context, done); });
        QVERIFY2(duplicate.contains("already exists"_L1), qPrintable(duplicate));
        QCOMPARE(replies.all().size(), 3);

        // Someone else deletes a reply this console still shows.
        const QString id = replies.all().first().id;
        QCOMPARE(SandboxTemplates(sandbox.store()).handle(u"DELETE"_s, {id}, {}, {}).status, 200);
        const QString edited =
            outcomeOf([&](auto done) { replies.update(id, u"renamed"_s, text, &context, done); });
        QVERIFY2(edited.contains("no longer exists"_L1), qPrintable(edited));
        const QString removed = outcomeOf([&](auto done) { replies.remove(id, &context, done); });
        QVERIFY2(removed.contains("no longer exists"_L1), qPrintable(removed));
        QVERIFY(!replies.find(id));

        const QString kept = replies.all().last().id;
        QCOMPARE(outcomeOf([&](auto done) { replies.remove(kept, &context, done); }), QString());
        QVERIFY(!replies.find(kept));
        QCOMPARE(SandboxTemplates(sandbox.store()).count(), 1);
    }

    void theLastListShowsAtOnceOnTheNextStart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"console.sqlite"_s);
        {
            SandboxFixture sandbox;
            SandboxTemplates(sandbox.store()).seedDemo(u"https://media.example.com"_s);
            TemplatesApi api;
            api.setConnection(sandbox.connection());
            LocalStore store(file);
            SavedReplyCache cache(&store, u"app one"_s);
            SavedReplies replies(&api);
            replies.setCache(&cache);
            QVERIFY(replies.all().isEmpty());
            QSignalSpy changed(&replies, &SavedReplies::changed);
            replies.refresh();
            QVERIFY(changed.wait());
            QCOMPARE(replies.all().size(), 6);
        }
        // The console restarts; the server is gone.
        TemplatesApi api;
        api.setConnection(ApiConnection(QUrl(u"http://127.0.0.1:9"_s), u"app"_s,
                                        Credentials::basic(u"k"_s, "s")));
        api.setRetryPolicy(RetryPolicy::none());
        LocalStore store(file);
        {
            // The same profile pointed at another app never shows the first one's.
            SavedReplyCache other(&store, u"app two"_s);
            SavedReplies elsewhere(&api);
            elsewhere.setCache(&other);
            QVERIFY(elsewhere.all().isEmpty());
        }
        SavedReplyCache cache(&store, u"app one"_s);
        SavedReplies replies(&api);
        replies.setCache(&cache);
        QCOMPARE(replies.all().size(), 6);
        const auto refund = replies.search(u"refund"_s);
        QCOMPARE(refund.first().name, u"refund offer"_s);
        QCOMPARE(refund.first().message.actions.size(), 2);
        QSignalSpy failed(&replies, &SavedReplies::loadFailed);
        replies.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(replies.all().size(), 6); // kept
    }

    void fuzzySearchByNameAndText()
    {
        SavedReplies replies(nullptr);
        const auto t = [](const QString &name, const QString &text) {
            return MessageTemplate{u"id-"_s + name, name, NewMessage::appMakerText(text)};
        };
        const QList<MessageTemplate> all = {
            t(u"refund offer"_s, u"Would you like a refund or a replacement?"_s),
            t(u"greeting"_s, u"Hi {{first_name}}, thanks for reaching out!"_s),
            t(u"order status"_s, u"Your order {{order_number}} is on its way."_s),
            t(u"Öffnungszeiten"_s, u"Wir sind Montag bis Freitag da."_s),
        };
        QCOMPARE(SavedReplies::score(u"refund"_s, all[0]) >
                     SavedReplies::score(u"refund"_s, all[2]),
                 true);
        QVERIFY(SavedReplies::score(u"rfnd"_s, all[0]) > 0);       // letters in order, in the name
        QVERIFY(SavedReplies::score(u"replacment"_s, all[0]) > 0); // a typo, in the text
        QVERIFY(SavedReplies::score(u"way"_s, all[2]) > 0);        // a word of the text
        QCOMPARE(SavedReplies::score(u"xyz"_s, all[1]), -1);
        QVERIFY(SavedReplies::score(u"offnung"_s, all[3]) > 0); // accents do not matter
        QVERIFY(SavedReplies::score(u"ORDER way"_s, all[2]) > 0);
        QCOMPARE(SavedReplies::score(u"order refund"_s, all[2]), -1); // every word must match
    }

    void variablesAreFilledOrLeftForTheAgent()
    {
        const QHash<QString, QString> values{{u"first_name"_s, u"Alice"_s},
                                             {u"agent_name"_s, u"Sam"_s},
                                             {u"email"_s, u"  "_s},
                                             {u"property.plan"_s, u"Growth"_s}};
        QCOMPARE(ReplyRules::expand(u"Hi {{first_name}}, I'm {{ agent_name }}."_s, values),
                 u"Hi Alice, I'm Sam."_s);
        QCOMPARE(ReplyRules::expand(u"Plan {{property.plan}}"_s, values), u"Plan Growth"_s);
        // No value, or a blank one: the variable stays, never an empty hole.
        const QString left = ReplyRules::expand(u"Mail {{email}} re {{order_number}}"_s, values);
        QCOMPARE(left, u"Mail {{email}} re {{order_number}}"_s);
        QCOMPARE(ReplyRules::variables(left), QStringList({u"{{email}}"_s, u"{{order_number}}"_s}));
        QVERIFY(ReplyRules::unfilledProblem(left).contains("{{email}}"_L1));
        QVERIFY(ReplyRules::unfilledProblem(u"Hi Alice"_s).isEmpty());
        // A value that looks like a variable is inserted as it is, not expanded again.
        QCOMPARE(ReplyRules::expand(u"{{first_name}}"_s, {{u"first_name"_s, u"{{x}}"_s}}),
                 u"{{x}}"_s);
        // The shorthand for server-side templates is not a variable.
        QVERIFY(ReplyRules::variables(u"%{{template: greeting}}%"_s).isEmpty());
    }

    void addressesAreCheckedAsTyped()
    {
        QVERIFY(ReplyRules::mediaProblem(u"http://example.com/a.png"_s).contains("https"_L1));
        QVERIFY(ReplyRules::mediaProblem(u"https://example.com/a.png"_s).isEmpty());
        QVERIFY(!ReplyRules::mediaProblem(u"https://"_s).isEmpty());
        QVERIFY(!ReplyRules::mediaProblem(u"javascript:alert(1)"_s).isEmpty());
        QVERIFY(!ReplyRules::mediaProblem(u"http://127.0.0.1:9/a.png"_s).isEmpty());
        QVERIFY(ReplyRules::mediaProblem(u"http://127.0.0.1:9/a.png"_s, true).isEmpty());
        QVERIFY(!ReplyRules::mediaProblem(u"http://example.com/a.png"_s, true).isEmpty());
        QVERIFY(ReplyRules::linkProblem(u"http://example.com"_s).contains("https"_L1));
        QVERIFY(ReplyRules::linkProblem(u"mailto:help@example.com"_s).isEmpty());
        QVERIFY(!ReplyRules::linkProblem(u"file:///etc/passwd"_s).isEmpty());
        QVERIFY(ReplyRules::isUnfinishedAddress(u"htt"_s));
        QVERIFY(ReplyRules::isUnfinishedAddress(u"https:/"_s));
        QVERIFY(!ReplyRules::isUnfinishedAddress(u"http:/"_s));
        QVERIFY(!ReplyRules::labelProblem(QString(200, u'x')).isEmpty());
        QVERIFY(!ReplyRules::mediaProblem(u"https://e.com/"_s + QString(5000, u'a')).isEmpty());
    }
};

QTEST_MAIN(TestSavedReplies)
#include "tst_savedreplies.moc"
