#include "auditlog.h"
#include "composer.h"
#include "conversationview.h"
#include "credentialstore.h"
#include "inboxmodel.h"
#include "localstore.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "outbox.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "session.h"
#include "uitestutil.h"
#include "undoabledelete.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QStringList capturedLog;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s +
                       message);
}
} // namespace

/*! The console as agents and admins use it: profiles, admin tools, secrets, the demo. */
class TestConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    Profile profileFor(SandboxFixture &s, const QString &id) const { return s.profile(id); }
    std::unique_ptr<MainWindow> window(SandboxFixture &s, const QString &id = u"a"_s)
    {
        return UiTest::window(s, dir->filePath(id), id);
    }
    static bool open(MainWindow &w, const QString &user) { return UiTest::open(w, user); }

    int deletes(SandboxFixture &s) const
    {
        int n = 0;
        for (const auto &r : s.server().requests())
            n += r.method == "DELETE"_L1 ? 1 : 0;
        return n;
    }

    int auditRows(MainWindow &w) const
    {
        QSqlQuery q(w.session()->store()->database());
        return q.exec(u"SELECT COUNT(*) FROM audit"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    int stored(const QString &user)
    {
        return sandbox->store().messageCount(sandbox->store().findUser(user)->smoochId);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    void aDeletionUndoneNeverReachesTheServer()
    {
        auto w = window(*sandbox);
        QVERIFY(open(*w, u"alice"_s));
        w->deletions()->setGracePeriod(300ms);
        const QString id = u"alice-00010"_s;
        w->deleteMessage(id);
        QCOMPARE(w->messageModel()->rowOf(id), -1);
        QVERIFY(w->undoBar()->isVisible());
        auto *undo = w->undoBar()->findChild<QPushButton *>();
        QVERIFY(undo);
        undo->click();
        QVERIFY(w->messageModel()->rowOf(id) >= 0);
        QSignalSpy requests(&sandbox->server(), &SandboxServer::requestHandled);
        while (requests.wait(600)) {
        } // whatever comes in the grace period and after it
        QCOMPARE(deletes(*sandbox), 0);
        QCOMPARE(stored(u"alice"_s), 30);

        // Not undone: the DELETE goes after the grace period, and the audit log says so.
        QSignalSpy deleted(w->deletions(), &UndoableDelete::deleted);
        w->deleteMessage(u"alice-00011"_s);
        QVERIFY(deleted.wait());
        QCOMPARE(deletes(*sandbox), 1);
        QCOMPARE(stored(u"alice"_s), 29);
        QCOMPARE(auditRows(*w), 1);
        // A later page does not bring it back.
        w->messageModel()->catchUp();
        QCOMPARE(w->messageModel()->rowOf(u"alice-00011"_s), -1);
    }

    void clearingNeedsASuccessfulExport()
    {
        auto w = window(*sandbox);
        QVERIFY(open(*w, u"alice"_s));
        QSignalSpy cleared(w.get(), &MainWindow::historyCleared);
        w->clearHistory(u"alice"_s, u"/nonexistent-folder/alice.json"_s);
        QVERIFY(cleared.wait());
        QVERIFY(!cleared.last().at(1).toString().isEmpty());
        QCOMPARE(deletes(*sandbox), 0);
        QCOMPARE(stored(u"alice"_s), 30);
        QCOMPARE(auditRows(*w), 0);

        const QString path = dir->filePath(u"alice.json"_s);
        w->clearHistory(u"alice"_s, path);
        QVERIFY(cleared.wait());
        QCOMPARE(cleared.last().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray users =
            QJsonDocument::fromJson(file.readAll()).object().value("users"_L1).toArray();
        QCOMPARE(users.first().toObject().value("messages"_L1).toArray().size(), 30);
        QCOMPARE(stored(u"alice"_s), 0);
        QCOMPARE(auditRows(*w), 1);
        QTRY_COMPARE(w->messageModel()->messageCount(), 0);
    }

    void switchingProfileCancelsWhatWasInFlight()
    {
        SandboxFixture other;
        other.seedHistory(u"bob"_s, 4, 0, 1600000000.0);
        auto w = window(*sandbox);
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Delay, .delayMs = 500, .method = u"GET"_s});
        QSignalSpy asked(&sandbox->server(), &SandboxServer::requestHandled);
        w->openConversation(u"alice"_s);
        QVERIFY(asked.wait()); // alice's first page is on its way, slowly
        const ConversationApi *oldApi = w->session()->api();
        QCOMPARE(oldApi->pendingCount(), 1);

        w->openSession(profileFor(other, u"b"_s), other.server().config().secret, {},
                       dir->filePath(u"b"_s));
        QVERIFY(open(*w, u"bob"_s));
        QSignalSpy late(w->messageModel(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!late.wait(800)); // alice's answer, were it still wanted, would have come by now
        QCOMPARE(w->messageModel()->userId(), u"bob"_s);
        QCOMPARE(w->messageModel()->messageCount(), 4);
    }

    void noSecretReachesDiskOrLogs()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const QString settingsPath = dir->filePath(u"settings.conf"_s);
        const QByteArray secret = sandbox->server().config().secret;
        const QByteArray token =
            Credentials::signJwt(sandbox->server().config().keyId, secret, Credentials::Scope::App);
        QStringList places = {dir->path(), QSettings().fileName()};
        {
            ProfileStore profiles(settingsPath);
            CredentialStore keychain(u"smooch-console-test"_s);
            Profile p = profileFor(*sandbox, {});
            p.temporary = false;
            p.webhookEnabled = true;
            p = profiles.save(p);
            places.append(Session::dataDirectoryFor(p));
            bool written = false;
            keychain.write(p.secretKey(), secret, this, [&](const QString &) { written = true; });
            keychain.write(p.webhookSecretKey(), "webhook-very-secret", this,
                           [&](const QString &) {});
            QTRY_VERIFY(written);

            MainWindow w(&profiles, &keychain);
            QSignalSpy opened(&w, &MainWindow::sessionOpened);
            w.openProfile(p);
            QVERIFY(opened.wait());
            QVERIFY(w.session()->webhooks());
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QVERIFY(open(w, u"alice"_s));
            QSignalSpy delivered(w.outbox(), &Outbox::delivered);
            w.composer()->editor()->setPlainText(u"secrets stay secret"_s);
            QVERIFY(w.composer()->send());
            QVERIFY(delivered.wait());
            w.close();
            keychain.remove(p.secretKey(), this);
            keychain.remove(p.webhookSecretKey(), this);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!capturedLog.isEmpty()); // the logging really was on
        for (const QByteArray &needle : {secret, token, QByteArray("webhook-very-secret")}) {
            for (const QString &line : std::as_const(capturedLog))
                QVERIFY2(!line.toUtf8().contains(needle), qPrintable(line));
            int scanned = 0;
            for (const QString &place : std::as_const(places)) {
                QStringList paths = {place};
                if (QFileInfo(place).isDir()) {
                    paths.clear();
                    QDirIterator files(place, QDir::Files | QDir::Hidden,
                                       QDirIterator::Subdirectories);
                    while (files.hasNext())
                        paths.append(files.next());
                }
                for (const QString &path : std::as_const(paths)) {
                    QFile file(path);
                    if (!file.open(QIODevice::ReadOnly))
                        continue;
                    QVERIFY2(!file.readAll().contains(needle), qPrintable(path));
                    ++scanned;
                }
            }
            QVERIFY(scanned >= 3); // the profiles, the settings and the profile's database at least
        }
    }

    void testConnectionTellsWorkingFromRefusedCredentials()
    {
        ProfileStore profiles(dir->filePath(u"profiles.conf"_s));
        CredentialStore keychain(u"smooch-console-test"_s);
        ProfileDialog dialog(&profiles, &keychain);
        Profile p = profileFor(*sandbox, {});
        p.name = u"Sandbox"_s;
        dialog.setFormProfile(p);
        auto *secret = dialog.findChild<QLineEdit *>(u"secret"_s);
        QVERIFY(secret);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QSignalSpy tested(&dialog, &ProfileDialog::testFinished);

        secret->setText(QString::fromUtf8(sandbox->server().config().secret));
        dialog.testConnection();
        QVERIFY(tested.wait());
        QCOMPARE(tested.last().at(0).toBool(), true); // 404 for a user that cannot exist
        QCOMPARE(dialog.statusText(), u"The credentials work."_s);

        secret->setText(u"wrong"_s);
        dialog.testConnection();
        QVERIFY(tested.wait());
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY(dialog.statusText().contains("refused"_L1));
        QVERIFY(dialog.statusText().contains("401"_L1));
    }

    void aSecondStartBringsTheFirstForward()
    {
        SandboxFixture sandbox;
        const auto &config = sandbox.server().config();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir->filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir->filePath(u"cache"_s));
        env.insert(u"SMOOCH_BASE_URL"_s, sandbox.baseUrl().toString());
        env.insert(u"SMOOCH_APP_ID"_s, config.appId);
        env.insert(u"SMOOCH_KEY_ID"_s, config.keyId);
        env.insert(u"SMOOCH_SECRET"_s, QString::fromUtf8(config.secret)); // the sandbox's own
        const auto asked = [&sandbox](const QByteArray &user) {
            for (const auto &r : sandbox.server().requests())
                if (r.method == "GET"_L1 && r.rawPath.contains("/appusers/" + user + "/messages"))
                    return true;
            return false;
        };
        // (A QProcess ends its process when it goes out of scope, whatever fails here.)
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(BIN_DIR "/smooch-console"), {u"--open"_s, u"alice"_s});
        QTRY_VERIFY_WITH_TIMEOUT(asked("alice"), 20000); // up, and showing alice

        // A second start on the same data: the first comes forward and opens bob; it ends.
        QProcess second;
        second.setProcessEnvironment(env);
        QSignalSpy finished(&second, &QProcess::finished);
        second.start(QStringLiteral(BIN_DIR "/smooch-console"), {u"--open"_s, u"bob"_s});
        QVERIFY2(finished.wait(20000), "the second console stayed open beside the first");
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardError().contains("already open"));
        QTRY_VERIFY_WITH_TIMEOUT(asked("bob"), 10000); // the first one opened it
        QCOMPARE(first.state(), QProcess::Running);
    }

    void theDemoStartsHeadlessWithConversations()
    {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir->filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir->filePath(u"cache"_s));
        for (const QString &name :
             {u"SMOOCH_BASE_URL"_s, u"SMOOCH_APP_ID"_s, u"SMOOCH_KEY_ID"_s, u"SMOOCH_SECRET"_s})
            env.remove(name);
        console.setProcessEnvironment(env);
        const QString picture = dir->filePath(u"demo.png"_s);
        QSignalSpy finished(&console, &QProcess::finished);
        console.start(QStringLiteral(BIN_DIR "/smooch-console"),
                      {u"--demo"_s, u"--open"_s, u"alice.martin"_s, u"--screenshot"_s, picture,
                       u"--screenshot-delay"_s, u"3000"_s});
        QVERIFY(finished.wait(30000));
        const QByteArray out = console.readAllStandardOutput();
        QCOMPARE(console.exitCode(), 0);
        QVERIFY2(out.contains("conversations in the inbox"), out.constData());
        const int conversations = out.split(';').value(1).trimmed().split(' ').value(0).toInt();
        QVERIFY2(conversations >= 5, out.constData());
        QVERIFY(QImage(picture).width() > 0);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
