#include "composer.h"
#include "conversationview.h"
#include "draftstore.h"
#include "localstore.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "outbox.h"
#include "sandboxfixture.h"
#include "session.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! The window's pieces together, against the sandbox, on the offscreen platform. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<MainWindow> window() { return UiTest::window(*sandbox, dir->path()); }
    static bool open(MainWindow &w, const QString &user) { return UiTest::open(w, user); }

    /*! The typing activity types the sandbox received for alice. */
    QStringList activities() const
    {
        QStringList types;
        for (const QString &a : sandbox->activities())
            if (a.startsWith("alice "_L1))
                types.append(a.mid(6));
        return types;
    }

    int posts() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "POST"_L1 && r.rawPath.endsWith("/messages") ? 1 : 0;
        return n;
    }

    int reads() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.rawPath.endsWith("/conversation/read") ? 1 : 0;
        return n;
    }

    bool waitFor(const std::function<bool()> &condition, QObject *sender, const char *signal)
    {
        for (int i = 0; i < 100 && !condition(); ++i) {
            QSignalSpy spy(sender, signal);
            if (!spy.wait(10000))
                return condition();
        }
        return condition();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and data stay out of the user's
    }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 30);
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    void typeSendAndSeeItOnce()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QVERIFY(w->composer()->editor()->hasFocus());
        QTest::keyClicks(w->composer()->editor(), u"On its way!"_s);
        QTRY_VERIFY(activities().contains(u"typing:start"_s));
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QVERIFY(delivered.wait());
        const Message m = delivered.first().at(1).value<Message>();
        QCOMPARE(m.text, u"On its way!"_s);
        QCOMPARE(sandbox->store().countByClientMessageId(
                     sandbox->store().findUser(u"alice"_s)->smoochId,
                     m.metadata.value("clientMessageId"_L1).toString()),
                 1);
        // It shows once in the conversation, as a delivered message, not as an outgoing row.
        int shown = 0;
        for (int row = 0; row < w->messageModel()->rowCount(); ++row) {
            const QModelIndex index = w->messageModel()->index(row);
            shown += index.data().toString() == u"On its way!"_s ? 1 : 0;
            QVERIFY(index.data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>() !=
                    MessageListModel::RowKind::Outgoing);
        }
        QCOMPARE(shown, 1);
        QTRY_COMPARE(activities().last(), u"typing:stop"_s);
    }

    void closingStopsTyping()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QTest::keyClicks(w->composer()->editor(), u"half a thought"_s);
        w->close(); // waits for typing:stop to go out
        QCOMPARE(activities(), QStringList({u"typing:start"_s, u"typing:stop"_s}));
    }

    void aDraftSurvivesARestart()
    {
        {
            auto w = window();
            QVERIFY(open(*w, u"alice"_s));
            QTest::keyClicks(w->composer()->editor(), u"unfinished"_s);
            w->close();
        }
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QCOMPARE(w->composer()->editor()->toPlainText(), u"unfinished"_s);
    }

    void readResetsOnlyWhenTheNewestIsSeen()
    {
        const auto user = sandbox->store().findUser(u"alice"_s);
        sandbox->store().setUnreadCount(user->smoochId, 4);
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QTRY_COMPARE(reads(), 1); // open, active, at the newest message
        QCOMPARE(sandbox->store().findUser(u"alice"_s)->unreadCount, 0);

        // Scrolling at the bottom is not a new arrival.
        w->conversationView()->verticalScrollBar()->setValue(
            w->conversationView()->verticalScrollBar()->maximum() - 1);
        w->conversationView()->scrollToNewest();
        QCOMPARE(reads(), 1);

        // A new message while the agent reads further up: nothing until they come down.
        w->conversationView()->verticalScrollBar()->setValue(0);
        QList<QJsonObject> fresh = {{{"_id"_L1, "late"_L1},
                                     {"type"_L1, "text"_L1},
                                     {"role"_L1, "appUser"_L1},
                                     {"text"_L1, "one more thing"_L1},
                                     {"received"_L1, 1800000000.0}}};
        QVERIFY(sandbox->store().insertMessages(user->smoochId, fresh));
        w->messageModel()->catchUp();
        QVERIFY(waitFor([&] { return w->messageModel()->rowOf(u"late"_s) >= 0; }, w->messageModel(),
                        SIGNAL(rowsInserted(QModelIndex, int, int))));
        QCOMPARE(reads(), 1);
        w->conversationView()->scrollToNewest();
        QTRY_COMPARE(reads(), 2);
    }

    void aSentMessageAndItsDraftAreOneWrite()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QAbstractItemModelTester tester(w->messageModel());
        QTest::keyClicks(w->composer()->editor(), u"sent once"_s);
        w->composer()->flushDraft();
        DraftStore *drafts = w->session()->drafts();
        QCOMPARE(drafts->draft(u"alice"_s), u"sent once"_s);
        // The process dies right after the outbox row is written: the draft's delete never
        // happens (here it aborts, as a kill would leave it).
        QSqlQuery kill(w->session()->store()->database());
        QVERIFY(kill.exec(u"CREATE TEMP TRIGGER killed BEFORE DELETE ON drafts "
                          "BEGIN SELECT RAISE(ABORT, 'killed'); END"_s));
        const int before = posts();
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QSqlQuery rows(w->session()->store()->database());
        QVERIFY(rows.exec(u"SELECT COUNT(*) FROM outbox"_s) && rows.next());
        // Both or neither: a queued message never comes back as a draft after a restart.
        QCOMPARE(rows.value(0).toInt(), 0);
        QCOMPARE(drafts->draft(u"alice"_s), u"sent once"_s);
        QCOMPARE(w->composer()->editor()->toPlainText(), u"sent once"_s);
        QVERIFY(!w->composer()->errorText().isEmpty());
        QCOMPARE(posts(), before);

        QVERIFY(kill.exec(u"DROP TRIGGER killed"_s));
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QCOMPARE(drafts->draft(u"alice"_s), QString());
        QVERIFY(delivered.wait());
    }

    void aClearWhileASendIsUnresolvedAsksTheAgent()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        QAbstractItemModelTester tester(w->messageModel());
        w->session()->api()->setTimeout(std::chrono::milliseconds(300));
        // The server stores the reply but answers too late: the console cannot know.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay,
                                    .delayMs = 1500,
                                    .method = u"POST"_s,
                                    .pathContains = u"/messages"_s});
        QSignalSpy handled(&sandbox->server(), &SandboxServer::requestHandled);
        w->composer()->editor()->setPlainText(u"stored, then cleared"_s);
        QVERIFY(w->composer()->send());
        QVERIFY(waitFor([this] { return posts() == 1; }, &sandbox->server(),
                        SIGNAL(requestHandled(QString, QString, int))));
        QSignalSpy cleared(w.get(), &MainWindow::historyCleared);
        w->clearHistory(u"alice"_s, {});
        QVERIFY(cleared.wait());
        QCOMPARE(cleared.first().at(1).toString(), QString());
        MessageListModel *model = w->messageModel();
        QVERIFY(UiTest::waitIdle(model));
        const QString clientId = w->outbox()->undelivered(u"alice"_s).value(0).clientId;
        QVERIFY(!clientId.isEmpty());
        const auto stateShown = [model, clientId] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row);
                if (index.data(MessageListModel::IdRole).toString() == clientId)
                    return index.data(MessageListModel::OutgoingStateRole).toInt();
            }
            return -1;
        };
        // Still in view after the clear, as a message whose delivery the agent decides.
        QVERIFY(stateShown() >= 0);
        QTRY_COMPARE(stateShown(), int(Outbox::State::Unknown));
        QSignalSpy more(&sandbox->server(), &SandboxServer::requestHandled);
        for (int i = 0; i < 10 && more.wait(500); ++i)
            continue;         // until the outbox is quiet
        QCOMPARE(posts(), 1); // not posted again behind the agent's back
    }

    void aFailedMessageShowsWhyAndCanBeCancelled()
    {
        auto w = window();
        QVERIFY(open(*w, u"alice"_s));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                    .status = 413,
                                    .method = u"POST"_s,
                                    .pathContains = u"/messages"_s});
        w->composer()->editor()->setPlainText(u"too big"_s);
        QVERIFY(w->composer()->send());
        MessageListModel *model = w->messageModel();
        const auto lastRow = [model] { return model->index(model->rowCount() - 1); };
        QTRY_COMPARE(lastRow().data(MessageListModel::OutgoingStateRole).toInt(),
                     int(Outbox::State::Failed));
        QVERIFY(lastRow().data(MessageListModel::ErrorRole).toString().contains("413"_L1));
        const QString clientId = lastRow().data(MessageListModel::IdRole).toString();
        Q_EMIT w->conversationView()->cancelSendRequested(clientId);
        QCOMPARE(model->rowOf(clientId), -1);
        QCOMPARE(lastRow().data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>(),
                 MessageListModel::RowKind::Message);
        QVERIFY(w->outbox()->undelivered().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
