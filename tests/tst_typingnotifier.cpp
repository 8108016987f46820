#include "sandboxfixture.h"
#include "session/readtracker.h"
#include "session/typingnotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/*! Typing activity and read receipts, as the sandbox receives them. */
class TestTypingNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ConversationApi> api;
    qint64 now = 0;

    QStringList activities() const { return sandbox->activities(); }

    int reads() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.rawPath.endsWith("/conversation/read") ? 1 : 0;
        return n;
    }

    bool settle()
    {
        // Wait until every request the API started has been answered.
        while (api->pendingCount() > 0) {
            QSignalSpy spy(api.get(), &ConversationApi::finished);
            if (!spy.wait(5000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 3);
        sandbox->seedHistory(u"bob"_s, 3, 0, 1600000000.0);
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        now = 0;
    }

    void cleanup()
    {
        api.reset();
        sandbox.reset();
    }

    void startRefreshAndStopOnIdle()
    {
        TypingNotifier typing(api.get());
        typing.setClock([this] { return now; });
        typing.setRefreshInterval(std::chrono::milliseconds(5000));
        typing.setIdleTimeout(std::chrono::milliseconds(200));
        typing.setConversation(u"alice"_s);

        typing.textEdited(u"H"_s);
        now += 1000;
        typing.textEdited(u"He"_s);
        now += 1000;
        typing.textEdited(u"Hel"_s);
        QVERIFY(settle());
        QCOMPARE(activities(), QStringList({u"alice typing:start"_s}));

        now += 3100; // five seconds after the first start, still typing: refresh once
        typing.textEdited(u"Hell"_s);
        typing.textEdited(u"Hello"_s);
        QVERIFY(settle());
        QCOMPARE(activities(), QStringList({u"alice typing:start"_s, u"alice typing:start"_s}));

        // No keystroke for the idle timeout: stop.
        QSignalSpy handled(&sandbox->server(), &SandboxServer::requestHandled);
        QVERIFY(handled.wait());
        QVERIFY(settle());
        QCOMPARE(activities().last(), u"alice typing:stop"_s);
        QVERIFY(!typing.isTyping());
    }

    void stopsOnClearSendSwitchAndDestruction()
    {
        auto typing = std::make_unique<TypingNotifier>(api.get());
        typing->setClock([this] { return now; });
        typing->setIdleTimeout(std::chrono::seconds(60));
        typing->setConversation(u"alice"_s);
        const auto step = [&](const std::function<void()> &action) {
            action();
            QVERIFY(settle());
        };
        step([&] { typing->textEdited(u"draft"_s); });
        step([&] { typing->textEdited(QString()); }); // cleared
        step([&] { typing->textEdited(u"again"_s); });
        step([&] { typing->stop(); }); // sent
        step([&] { typing->textEdited(u"more"_s); });
        step([&] { typing->setConversation(u"bob"_s); }); // switched: alice stops
        step([&] { typing->textEdited(u"hi bob"_s); });
        step([&] { typing.reset(); }); // window closed
        QCOMPARE(activities(), QStringList({u"alice typing:start"_s, u"alice typing:stop"_s,
                                            u"alice typing:start"_s, u"alice typing:stop"_s,
                                            u"alice typing:start"_s, u"alice typing:stop"_s,
                                            u"bob typing:start"_s, u"bob typing:stop"_s}));
    }

    void aStopNeverOvertakesItsStart()
    {
        // Keystrokes faster than the network: requests go one at a time, the last wish wins.
        TypingNotifier typing(api.get());
        typing.setClock([this] { return now; });
        typing.setConversation(u"alice"_s);
        for (int i = 0; i < 5; ++i) {
            typing.textEdited(u"x"_s);
            typing.textEdited(QString());
        }
        typing.setConversation(u"bob"_s);
        typing.textEdited(u"y"_s);
        typing.stop();
        QSignalSpy idle(&typing, &TypingNotifier::idle);
        QVERIFY(idle.wait());
        QVERIFY(typing.isIdle());
        QCOMPARE(activities(), QStringList({u"alice typing:start"_s, u"alice typing:stop"_s,
                                            u"bob typing:stop"_s}));
    }

    void aFailedActivityIsOnlyLogged()
    {
        TypingNotifier typing(api.get());
        typing.setConversation(u"nobody"_s);
        QSignalSpy failed(api.get(), &ConversationApi::failed);
        typing.textEdited(u"x"_s);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus(), 404);
        typing.stop();
        QVERIFY(settle());
        QCOMPARE(activities(), QStringList({u"nobody typing:start"_s, u"nobody typing:stop"_s}));
    }

    void readOnlyWhenSeenOncePerNewMessage()
    {
        ReadTracker read(api.get());
        QSignalSpy reset(&read, &ReadTracker::unreadCountReset);
        read.setConversation(u"alice"_s);
        read.setNewest(u"alice-00002"_s);
        read.setSeen(false); // window inactive or reader scrolled up
        QVERIFY(settle());
        QCOMPARE(reads(), 0);
        read.setSeen(true);
        read.setSeen(true); // scrolling at the bottom
        read.setNewest(u"alice-00002"_s);
        QVERIFY(reset.wait());
        QCOMPARE(reads(), 1);
        QCOMPARE(reset.first().at(0).toString(), u"alice"_s);

        read.setSeen(false);
        read.setNewest(u"alice-00003"_s); // a new message while away
        QVERIFY(settle());
        QCOMPARE(reads(), 1);
        read.setSeen(true);
        QVERIFY(reset.wait());
        QCOMPARE(reads(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTypingNotifier)
#include "tst_typingnotifier.moc"
