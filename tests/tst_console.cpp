#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/messagelistmodel.h"
#include "dialogs/clearhistorydialog.h"
#include "dialogs/profiledialog.h"
#include "inbox/inboxmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "session/session.h"
#include "session/undoabledelete.h"
#include "storage/auditlog.h"
#include "storage/localstore.h"
#include "uitestutil.h"
#include "window/mainwindow.h"
#include "window/profileswitcher.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

    /*! Every file under \a places (files or folders) whose bytes contain \a needle. */
    static QStringList filesContaining(const QStringList &places, const QByteArray &needle,
                                       int *scanned)
    {
        QStringList found;
        for (const QString &place : places) {
            QStringList paths = {place};
            if (QFileInfo(place).isDir()) {
                paths.clear();
                QDirIterator files(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (files.hasNext())
                    paths.append(files.next());
            }
            for (const QString &path : std::as_const(paths)) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++*scanned;
                if (file.readAll().contains(needle))
                    found.append(path);
            }
        }
        return found;
    }

    /*! What the keychain itself holds under \a key (a fresh store: nothing from memory). */
    std::optional<QByteArray> inKeychain(const QString &key)
    {
        CredentialStore keychain(u"smooch-console-test"_s);
        std::optional<QByteArray> value;
        bool done = false;
        keychain.read(key, this, [&](const std::optional<QByteArray> &secret, const QString &) {
            value = secret;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the keychain did not answer");
        return value;
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

    void aMessageWrittenDuringTheExportIsExportedAndCounted()
    {
        auto w = window(*sandbox);
        QVERIFY(open(*w, u"alice"_s));
        // The customer writes just after the export's first page was answered.
        bool written = false;
        connect(
            &sandbox->server(), &SandboxServer::requestHandled, this, [&](const QString &method) {
                if (method != "GET"_L1 || written ||
                    !sandbox->server().requests().last().rawQuery.isEmpty())
                    return;
                written = true;
                QVERIFY(
                    sandbox->store().insertMessage(sandbox->store().findUser(u"alice"_s)->smoochId,
                                                   {{"_id"_L1, "late"_L1},
                                                    {"type"_L1, "text"_L1},
                                                    {"role"_L1, "appUser"_L1},
                                                    {"text"_L1, "written meanwhile"_L1},
                                                    {"received"_L1, 1800000000.0}}));
            });
        QSignalSpy cleared(w.get(), &MainWindow::historyCleared);
        const QString path = dir->filePath(u"alice.json"_s);
        w->clearHistory(u"alice"_s, path);
        QVERIFY(cleared.wait());
        QCOMPARE(cleared.last().at(1).toString(), QString());
        QVERIFY(written);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray messages = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value("users"_L1)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value("messages"_L1)
                                        .toArray();
        QCOMPARE(messages.size(), 31);
        QCOMPARE(messages.last().toObject().value("_id"_L1).toString(), u"late"_s);
        QCOMPARE(stored(u"alice"_s), 0);
        // The audit log records what the file holds.
        QSqlQuery q(w->session()->store()->database());
        QVERIFY(q.exec(u"SELECT count, export_file FROM audit"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 31);
        QCOMPARE(q.value(1).toString(), path);
    }

    void theClearDialogExportsFirstByDefault()
    {
        ClearHistoryDialog dialog(u"alice"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.exportPath().isEmpty());
        // Confirming the user id leaves the export on.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"User id to confirm"_s)
                QTest::keyClicks(edit, u"alice"_s);
        }
        QVERIFY(!dialog.exportPath().isEmpty());
        QVERIFY(dialog.exportPath().endsWith(".json"_L1));
    }

    void onlyTheLatestChosenProfileOpens()
    {
        ProfileStore profiles(dir->filePath(u"latest.conf"_s));
        CredentialStore keychain(u"smooch-console-test"_s);
        Profile a = profileFor(*sandbox, {});
        a.name = u"A"_s;
        a.webhookEnabled = true; // two keychain reads: its answer comes last
        a = profiles.save(a);
        Profile b = profileFor(*sandbox, {});
        b.name = u"B"_s;
        b = profiles.save(b);
        int written = 0;
        const auto count = [&written](const QString &) { ++written; };
        keychain.write(a.secretKey(), "secret-a", this, count);
        keychain.write(a.webhookSecretKey(), "hook-a", this, count);
        keychain.write(b.secretKey(), "secret-b", this, count);
        QTRY_COMPARE(written, 3);
        const auto forget = qScopeGuard([&] {
            for (const QString &key : {a.secretKey(), a.webhookSecretKey(), b.secretKey()})
                keychain.remove(key, this);
        });

        // The agent picks A, then changes their mind before its secrets are read.
        ProfileSwitcher switcher(&profiles, &keychain, nullptr);
        QStringList opened;
        connect(&switcher, &ProfileSwitcher::opened, this,
                [&opened](const Profile &p) { opened << p.name; });
        switcher.read(a);
        switcher.read(b);
        QTRY_VERIFY(!opened.isEmpty());
        QTest::qWait(300);
        QCOMPARE(opened, QStringList{u"B"_s});
    }

    void aSecretTypedInTheProfileDialogGoesToTheKeychainOnly()
    {
        const QString settingsPath = dir->filePath(u"profiles.conf"_s);
        const QByteArray secret = sandbox->server().config().secret;
        const QByteArray webhookSecret = "typed-webhook-secret";
        const QByteArray relayToken = "srt_typed-relay-token";
        ProfileStore profiles(settingsPath);
        CredentialStore keychain(u"smooch-console-test"_s);
        MainWindow w(&profiles, &keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto action = [&w](const QString &text) -> QAction * {
            for (QAction *a : w.findChildren<QAction *>())
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        QAction *manage = action(u"&Manage profiles…"_s);
        QVERIFY(manage && manage->isEnabled());

        // Console ▸ Manage profiles: the agent fills in a profile, types both secrets, clicks
        // Save and closes the dialog.
        QString savedStatus;
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
            const auto close = qScopeGuard([] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close(); // also when a check failed: nothing may be left waiting
            });
            QVERIFY(dialog);
            Profile p = profileFor(*sandbox, {});
            p.name = u"Typed"_s;
            p.webhookEnabled = true;
            dialog->setFormProfile(p);
            QLineEdit *secretField = dialog->findChild<QLineEdit *>(u"secret"_s);
            QLineEdit *webhookField = dialog->findChild<QLineEdit *>(u"webhookSecret"_s);
            QLineEdit *relayField = dialog->findChild<QLineEdit *>(u"relayToken"_s);
            QVERIFY(secretField && webhookField && relayField);
            for (QLineEdit *field : {secretField, webhookField, relayField})
                QCOMPARE(field->echoMode(), QLineEdit::Password);
            QTest::keyClicks(secretField, QString::fromUtf8(secret));
            QTest::keyClicks(webhookField, QString::fromUtf8(webhookSecret));
            QTest::keyClicks(relayField, QString::fromUtf8(relayToken));
            QPushButton *save = nullptr;
            for (QPushButton *button : dialog->findChildren<QPushButton *>())
                if (button->text() == u"Save"_s)
                    save = button;
            QVERIFY(save);
            QTest::mouseClick(save, Qt::LeftButton);
            savedStatus = dialog->statusText();
            QVERIFY(secretField->text().isEmpty()); // not left lying in the form either
            QVERIFY(relayField->text().isEmpty());
            filled = true;
        });
        manage->trigger();
        QTRY_VERIFY(filled); // the dialog opens without an event loop of its own
        QCOMPARE(savedStatus, u"Saved."_s);
        QCOMPARE(profiles.profiles().size(), 1);
        const Profile p = profiles.profiles().first();
        const auto forget = qScopeGuard([&] {
            CredentialStore cleanup(u"smooch-console-test"_s);
            bool removed = false;
            cleanup.remove(p.secretKey(), this);
            cleanup.remove(p.relayTokenKey(), this);
            cleanup.remove(p.webhookSecretKey(), this, [&](const QString &) { removed = true; });
            if (!QTest::qWaitFor([&] { return removed; }, 10000))
                qWarning("the keychain entries may remain");
            QDir(Session::dataDirectoryFor(p)).removeRecursively();
        });
        QCoreApplication::processEvents(); // settings reach the disk on their next turn
        int scanned = 0;
        for (const QByteArray &needle : {secret, webhookSecret, relayToken}) {
            const QStringList found =
                filesContaining({settingsPath, QSettings().fileName()}, needle, &scanned);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        }
        QVERIFY(QFile(settingsPath).size() > 0);
        QCOMPARE(inKeychain(p.secretKey()).value_or("(none)"), secret);
        QCOMPARE(inKeychain(p.webhookSecretKey()).value_or("(none)"), webhookSecret);
        QCOMPARE(inKeychain(p.relayTokenKey()).value_or("(none)"), relayToken);

        // Console ▸ Profile ▸ Typed opens it with the secrets from the keychain; a reply goes out
        // with them, and the profile's database does not hold them either.
        QAction *typed = action(u"Typed"_s);
        QVERIFY(typed);
        QSignalSpy opened(&w, &MainWindow::sessionOpened);
        typed->trigger();
        QVERIFY(opened.wait());
        QVERIFY(w.session()->webhooks());
        QVERIFY(open(w, u"alice"_s));
        QSignalSpy delivered(w.outbox(), &Outbox::delivered);
        w.composer()->editor()->setPlainText(u"sent with the typed secret"_s);
        QVERIFY(w.composer()->send());
        QVERIFY(delivered.wait());
        const QString data = Session::dataDirectoryFor(p);
        w.close();
        QVERIFY(QFileInfo::exists(data + u"/console.sqlite"_s));
        for (const QByteArray &needle : {secret, webhookSecret}) {
            scanned = 0;
            const QStringList found =
                filesContaining({settingsPath, QSettings().fileName(), data}, needle, &scanned);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
            QVERIFY(scanned >= 3); // the profiles, the settings and the profile's database
        }
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
        // The tokens the console really sent (each has its own exp), not one signed here.
        QByteArrayList needles = {secret, QByteArray("webhook-very-secret")};
        for (const auto &r : sandbox->server().requests()) {
            if (r.authorization.startsWith("Bearer ") && !needles.contains(r.authorization.mid(7)))
                needles.append(r.authorization.mid(7));
        }
        QVERIFY(needles.size() > 2);
        for (const QByteArray &needle : std::as_const(needles)) {
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
        SandboxFixture fixture;
        const auto &config = fixture.server().config();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir->filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir->filePath(u"cache"_s));
        env.insert(u"SMOOCH_BASE_URL"_s, fixture.baseUrl().toString());
        env.insert(u"SMOOCH_APP_ID"_s, config.appId);
        env.insert(u"SMOOCH_KEY_ID"_s, config.keyId);
        env.insert(u"SMOOCH_SECRET"_s, QString::fromUtf8(config.secret)); // the sandbox's own
        const auto asked = [&fixture](const QByteArray &user) {
            for (const auto &r : fixture.server().requests())
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
