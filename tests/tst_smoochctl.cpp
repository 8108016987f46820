#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! Runs the smoochctl executable against an in-process sandbox. */
class TestSmoochCtl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dataHome; //!< XDG_DATA_HOME of every run: audit logs go there

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> result;
            for (const QByteArray &line : out.split('\n'))
                if (!line.isEmpty())
                    result.append(QJsonDocument::fromJson(line).object());
            return result;
        }
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dataHome->path());
        const auto &config = sandbox->server().config();
        env.insert(u"SMOOCH_BASE_URL"_s, sandbox->baseUrl().toString());
        env.insert(u"SMOOCH_APP_ID"_s, config.appId);
        env.insert(u"SMOOCH_KEY_ID"_s, config.keyId);
        env.insert(u"SMOOCH_SECRET"_s, QString::fromUtf8(config.secret));
        return env;
    }

    Run ctl(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(BIN_DIR "/smoochctl"), args);
        // The sandbox lives in this process: keep its event loop turning while smoochctl runs.
        if (!finished.wait(60000))
            qFatal("smoochctl did not finish");
        Run run{process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
        // Nothing secret ever appears in the output.
        if (run.out.contains(sandbox->server().config().secret) ||
            run.err.contains(sandbox->server().config().secret))
            qFatal("smoochctl printed the secret");
        return run;
    }
    Run ctl(const QStringList &args) { return ctl(args, environment()); }

    QString smoochId(const QString &user) { return sandbox->store().findUser(user)->smoochId; }

    /*! The audit rows of the database at \a file: profile, action, user, count, export file. */
    static QStringList auditOf(const QString &file)
    {
        QStringList rows;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit-check"_s);
            db.setDatabaseName(file);
            if (QFile::exists(file) && db.open()) {
                QSqlQuery q(u"SELECT profile, action, user_id, count, export_file FROM audit "
                            "ORDER BY seq"_s,
                            db);
                while (q.next())
                    rows << QStringList{q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toString()}
                                .join(u"|"_s);
            }
        }
        QSqlDatabase::removeDatabase(u"audit-check"_s);
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        dataHome = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        sandbox.reset();
        dataHome.reset();
    }

    void allWalksTheWholeHistoryOnce()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 250, 50);
        const Run run = ctl({u"messages"_s, u"alice"_s, u"--all"_s});
        QCOMPARE(run.exitCode, 0);
        const auto lines = run.lines();
        QCOMPARE(lines.size(), 250);
        QSet<QString> ids;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            ids.insert(lines.at(i).value("_id"_L1).toString());
            if (i > 0)
                QVERIFY(lines.at(i).value("received"_L1).toDouble() >=
                        lines.at(i - 1).value("received"_L1).toDouble());
        }
        QCOMPARE(ids.size(), 250);
        for (const QJsonObject &s : seeded)
            QVERIFY(ids.contains(s.value("_id"_L1).toString()));
        // Four GETs: the latest page, two boundary-inclusive older ones, and the catch-up.
        QCOMPARE(sandbox->server().requests().size(), 4);
    }

    void pages()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 150);
        QCOMPARE(ctl({u"messages"_s, u"alice"_s}).lines().size(), 100);
        const QString t = QString::number(seeded.at(20).value("received"_L1).toDouble(), 'f', 3);
        const auto before = ctl({u"messages"_s, u"alice"_s, u"--before"_s, t}).lines();
        QCOMPARE(before.size(), 20);
        QCOMPARE(before.first().value("_id"_L1).toString(), u"alice-00000"_s);
        const auto after = ctl({u"messages"_s, u"alice"_s, u"--after"_s, t}).lines();
        QCOMPARE(after.size(), 100);
        QCOMPARE(after.first().value("_id"_L1).toString(), u"alice-00021"_s);
    }

    void aSinglePageIsPrintedOldestFirst()
    {
        // The server's order is its own: a page that comes newest first is printed oldest first.
        sandbox->seedHistory(u"alice"_s, 1);
        QJsonArray messages;
        for (const int i : {3, 1, 2})
            messages.append(QJsonObject{{"_id"_L1, u"m%1"_s.arg(i)},
                                        {"type"_L1, "text"_L1},
                                        {"role"_L1, "appUser"_L1},
                                        {"text"_L1, u"message %1"_s.arg(i)},
                                        {"received"_L1, 1700000000.0 + i}});
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Body,
             .status = 200,
             .body = QJsonDocument(QJsonObject{{"conversation"_L1, QJsonObject{{"_id"_L1, "c"_L1}}},
                                               {"messages"_L1, messages}})
                         .toJson(),
             .method = u"GET"_s});
        const Run run = ctl({u"messages"_s, u"alice"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList ids;
        for (const QJsonObject &line : run.lines())
            ids.append(line.value("_id"_L1).toString());
        QCOMPARE(ids, QStringList({u"m1"_s, u"m2"_s, u"m3"_s}));
    }

    void sendTypingReadDelete()
    {
        const Run sent = ctl({u"send"_s, u"we/ird?x=1&y=#ü"_s, u"--text"_s, u"Hello there"_s,
                              u"--name"_s, u"Sam"_s, u"--email"_s, u"sam@example.com"_s});
        QCOMPARE(sent.exitCode, 0);
        const QJsonObject message = sent.lines().value(0);
        QCOMPARE(message.value("text"_L1).toString(), u"Hello there"_s);
        QCOMPARE(message.value("role"_L1).toString(), u"appMaker"_s);
        QCOMPARE(message.value("name"_L1).toString(), u"Sam"_s);
        const QString user = u"we/ird?x=1&y=#ü"_s;
        QCOMPARE(sandbox->store().findUser(user)->unreadCount, 1);

        QCOMPARE(ctl({u"typing"_s, user, u"start"_s}).exitCode, 0);
        QCOMPARE(ctl({u"typing"_s, user, u"stop"_s}).exitCode, 0);
        QCOMPARE(ctl({u"read"_s, user}).exitCode, 0);
        QCOMPARE(sandbox->store().findUser(user)->unreadCount, 0);

        const QString id = message.value("_id"_L1).toString();
        QCOMPARE(ctl({u"delete"_s, user, id}).exitCode, 0);
        QCOMPARE(sandbox->store().messageCount(smoochId(user)), 0);
        const Run again = ctl({u"delete"_s, user, id});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("404"));
        QVERIFY(again.err.contains("not_found"));
        QVERIFY(again.err.contains("Message not found"));
    }

    void clearExportsThenDeletes()
    {
        sandbox->seedHistory(u"alice"_s, 130);
        sandbox->seedHistory(u"bob"_s, 5, 0, 1600000000.0);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"export.json"_s);
        const Run run = ctl({u"clear"_s, u"alice"_s, u"bob"_s, u"--yes"_s, u"--export"_s, file});
        QCOMPARE(run.exitCode, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray users =
            QJsonDocument::fromJson(exported.readAll()).object().value("users"_L1).toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value("userId"_L1).toString(), u"alice"_s);
        QCOMPARE(users.at(0).toObject().value("messages"_L1).toArray().size(), 130);
        QCOMPARE(users.at(1).toObject().value("messages"_L1).toArray().size(), 5);
        QCOMPARE(sandbox->store().messageCount(smoochId(u"alice"_s)), 0);
        QCOMPARE(sandbox->store().messageCount(smoochId(u"bob"_s)), 0);
    }

    void aMessageArrivingDuringTheExportIsExported()
    {
        // The customer writes while the export walks back to the first message: the clear
        // that follows deletes it, so it must be in the file.
        sandbox->seedHistory(u"alice"_s, 130);
        bool written = false;
        connect(&sandbox->server(), &SandboxServer::requestHandled, this,
                [&](const QString &method) {
                    if (method != "GET"_L1 || std::exchange(written, true))
                        return;
                    QVERIFY(sandbox->store().insertMessage(smoochId(u"alice"_s),
                                                           {{"_id"_L1, "late"_L1},
                                                            {"type"_L1, "text"_L1},
                                                            {"role"_L1, "appUser"_L1},
                                                            {"text"_L1, "written meanwhile"_L1},
                                                            {"received"_L1, 1800000000.0}}));
                });
        QTemporaryDir dir;
        const QString file = dir.filePath(u"export.json"_s);
        const Run run = ctl({u"clear"_s, u"alice"_s, u"--yes"_s, u"--export"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(written);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray messages = QJsonDocument::fromJson(exported.readAll())
                                        .object()
                                        .value("users"_L1)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value("messages"_L1)
                                        .toArray();
        QCOMPARE(messages.size(), 131);
        QCOMPARE(messages.last().toObject().value("_id"_L1).toString(), u"late"_s);
        QCOMPARE(sandbox->store().messageCount(smoochId(u"alice"_s)), 0);
    }

    void aMessageForAnEarlierUserDuringALaterWalkIsExported()
    {
        // alice is walked first; she writes while bob's history is read. Her DELETE comes
        // after bob's walk, so her export catches up once more before the file is written.
        sandbox->seedHistory(u"alice"_s, 5);
        sandbox->seedHistory(u"bob"_s, 150, 0, 1600000000.0);
        bool written = false;
        connect(&sandbox->server(), &SandboxServer::requestHandled, this,
                [&](const QString &method, const QString &path) {
                    if (method != "GET"_L1 || !path.contains("/appusers/bob/"_L1) ||
                        std::exchange(written, true))
                        return;
                    QVERIFY(sandbox->store().insertMessage(smoochId(u"alice"_s),
                                                           {{"_id"_L1, "late"_L1},
                                                            {"type"_L1, "text"_L1},
                                                            {"role"_L1, "appUser"_L1},
                                                            {"text"_L1, "written meanwhile"_L1},
                                                            {"received"_L1, 1800000000.0}}));
                });
        QTemporaryDir dir;
        const QString file = dir.filePath(u"export.json"_s);
        const Run run = ctl({u"clear"_s, u"alice"_s, u"bob"_s, u"--yes"_s, u"--export"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(written);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray users =
            QJsonDocument::fromJson(exported.readAll()).object().value("users"_L1).toArray();
        QCOMPARE(users.at(0).toObject().value("messages"_L1).toArray().size(), 6);
        QCOMPARE(users.at(1).toObject().value("messages"_L1).toArray().size(), 150);
        QCOMPARE(sandbox->store().messageCount(smoochId(u"alice"_s)), 0);
    }

    void clearWithoutATerminalNeedsYes()
    {
        sandbox->seedHistory(u"alice"_s, 3);
        const Run run = ctl({u"clear"_s, u"alice"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(sandbox->store().messageCount(smoochId(u"alice"_s)), 3);
        QVERIFY(sandbox->server().requests().isEmpty());
    }

    void failedExportDeletesNothing()
    {
        sandbox->seedHistory(u"alice"_s, 3);
        const Run run =
            ctl({u"clear"_s, u"alice"_s, u"--yes"_s, u"--export"_s, u"/nonexistent-dir/x.json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(sandbox->store().messageCount(smoochId(u"alice"_s)), 3);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList({u"explode"_s});
        QTest::newRow("before and after")
            << QStringList({u"messages"_s, u"a"_s, u"--before"_s, u"1"_s, u"--after"_s, u"2"_s});
        QTest::newRow("all and before")
            << QStringList({u"messages"_s, u"a"_s, u"--all"_s, u"--before"_s, u"1"_s});
        QTest::newRow("option of another command")
            << QStringList({u"messages"_s, u"a"_s, u"--text"_s, u"x"_s});
        QTest::newRow("send without text") << QStringList({u"send"_s, u"a"_s});
        QTest::newRow("typing maybe") << QStringList({u"typing"_s, u"a"_s, u"maybe"_s});
        QTest::newRow("bad timestamp")
            << QStringList({u"messages"_s, u"a"_s, u"--before"_s, u"soon"_s});
        QTest::newRow("unknown option") << QStringList({u"read"_s, u"a"_s, u"--secret"_s, u"x"_s});
        QTest::newRow("insecure url")
            << QStringList({u"--base-url"_s, u"http://example.com"_s, u"read"_s, u"a"_s});
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(sandbox->server().requests().isEmpty());
    }

    void missingCredentialsIsUsage()
    {
        QProcessEnvironment env = environment();
        env.remove(u"SMOOCH_KEY_ID"_s);
        env.remove(u"SMOOCH_SECRET"_s);
        QCOMPARE(ctl({u"read"_s, u"a"_s}, env).exitCode, 2);
    }

    void apiErrorsExitOne()
    {
        QProcessEnvironment env = environment();
        env.insert(u"SMOOCH_SECRET"_s, u"wrong"_s);
        const Run denied = ctl({u"messages"_s, u"alice"_s}, env);
        QCOMPARE(denied.exitCode, 1);
        QVERIFY(denied.err.contains("401"));
        QVERIFY(denied.err.contains("unauthorized"));
        env.insert(u"SMOOCH_AUTH"_s, u"basic"_s);
        QCOMPARE(ctl({u"messages"_s, u"alice"_s}, env).exitCode, 1);
        QCOMPARE(ctl({u"read"_s, u"nobody"_s}).exitCode, 1);
    }

    void escapeSequencesFromTheServerNeverReachTheTerminal()
    {
        // A server error that would clear the screen (ESC [2J) and start a C1 CSI (U+009B).
        const QString hostile = u"gone\u001b[2J\u009b31mRED\u001b]0;owned\u0007"_s;
        const QJsonObject error{
            {"error"_L1, QJsonObject{{"code"_L1, "bad_request"_L1}, {"description"_L1, hostile}}}};
        sandbox->server().addFault({.kind = SandboxFault::Kind::Body,
                                    .status = 400,
                                    .body = QJsonDocument(error).toJson()});
        const Run failed = ctl({u"read"_s, u"alice"_s});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(!failed.err.contains('\x1b') && !failed.err.contains("\xc2\x9b") &&
                     !failed.err.contains('\a'),
                 failed.err.toHex(' '));
        // What was there is still shown, as visible tokens.
        QVERIFY2(failed.err.contains("[U+001B][2J[U+009B]31mRED"), failed.err);

        // Messages print as JSON with every control escaped; the text reads back as written.
        sandbox->seedHistory(u"alice"_s, 1);
        const QString text = u"bell\u0007 esc\u001b[2J csi\u009b31m del\u007f nel\u0085 ü"_s;
        QJsonObject message{{"_id"_L1, "hostile"_L1},
                            {"type"_L1, "text"_L1},
                            {"role"_L1, "appUser"_L1},
                            {"text"_L1, text},
                            {"received"_L1, 1.9e9}};
        QVERIFY(sandbox->store().insertMessage(smoochId(u"alice"_s), message));
        const Run listed = ctl({u"messages"_s, u"alice"_s});
        QCOMPARE(listed.exitCode, 0);
        for (const char *raw : {"\x1b", "\x07", "\x7f", "\xc2\x9b", "\xc2\x85"})
            QVERIFY2(!listed.out.contains(raw), listed.out.toHex(' '));
        QCOMPARE(listed.lines().last().value("text"_L1).toString(), text);
        QVERIFY(listed.out.contains("\\u009b31m"));
    }

    void networkFailureExitsThree()
    {
        sandbox->server().stop();
        const Run run = ctl({u"read"_s, u"alice"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("network error"));
    }

    void timeoutExitsThree()
    {
        sandbox->seedHistory(u"alice"_s, 1);
        sandbox->server().addFault({.kind = SandboxFault::Kind::NoAnswer, .count = 10});
        const Run run = ctl({u"--timeout"_s, u"0.2"_s, u"send"_s, u"alice"_s, u"--text"_s, u"x"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("timed out"));
        // A message post is never retried blindly.
        QCOMPARE(sandbox->server().requests().size(), 1);
    }

    void aClearIsRecordedInTheAuditLog()
    {
        sandbox->seedHistory(u"alice"_s, 12);
        sandbox->seedHistory(u"bob"_s, 3, 0, 1600000000.0);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"export.json"_s);
        QCOMPARE(ctl({u"clear"_s, u"alice"_s, u"bob"_s, u"--yes"_s, u"--export"_s, file}).exitCode,
                 0);
        // Without a profile: smoochctl's own database for the app.
        const QString db = dataHome->filePath(
            u"smoochctl/profiles/"_s + sandbox->server().config().appId + u"/console.sqlite"_s);
        QCOMPARE(auditOf(db), QStringList({u"smoochctl|clear history|alice|12|"_s + file,
                                           u"smoochctl|clear history|bob|3|"_s + file}));
        // A clear that fails is not recorded as done.
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 403, .method = u"DELETE"_s});
        QCOMPARE(ctl({u"clear"_s, u"bob"_s, u"--yes"_s}).exitCode, 1);
        QCOMPARE(auditOf(db).size(), 2);
    }

    void aClearWhoseAuditLogCannotBeWrittenDeletesNothing()
    {
        sandbox->seedHistory(u"alice"_s, 4);
        QFile blocker(dataHome->filePath(u"smoochctl"_s)); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = ctl({u"clear"_s, u"alice"_s, u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("audit log"), run.err.constData());
        QCOMPARE(sandbox->store().messageCount(smoochId(u"alice"_s)), 4);
    }

    void aSavedProfileAndItsKeychainSecret()
    {
        sandbox->seedHistory(u"alice"_s, 7);
        QTemporaryDir config;
        // The console's settings, where smoochctl looks for them (XDG_CONFIG_HOME).
        ProfileStore profiles(config.filePath(u"smooch-console/smooch-console.conf"_s));
        const auto &c = sandbox->server().config();
        Profile p;
        p.name = u"Sandbox app"_s;
        p.baseUrl = sandbox->baseUrl();
        p.appId = c.appId;
        p.keyId = c.keyId;
        p = profiles.save(p);
        CredentialStore keychain(u"smooch-console"_s);
        QString error = u"pending"_s;
        keychain.write(p.secretKey(), c.secret, this, [&](const QString &e) { error = e; });
        QVERIFY(QTest::qWaitFor([&] { return error != u"pending"_s; }, 10000));
        QCOMPARE(error, QString());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"SMOOCH_BASE_URL"_s, u"SMOOCH_APP_ID"_s, u"SMOOCH_KEY_ID"_s, u"SMOOCH_SECRET"_s})
            env.remove(name);
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        const Run run =
            ctl({u"--profile"_s, u"Sandbox app"_s, u"messages"_s, u"alice"_s, u"--all"_s}, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 7);
        QCOMPARE(ctl({u"--profile"_s, u"No such app"_s, u"read"_s, u"alice"_s}, env).exitCode, 2);
        // A clear through the profile lands in the profile's audit log, which the console shows.
        env.insert(u"XDG_DATA_HOME"_s, dataHome->path());
        QCOMPARE(ctl({u"--profile"_s, u"Sandbox app"_s, u"clear"_s, u"alice"_s, u"--yes"_s}, env)
                     .exitCode,
                 0);
        QCOMPARE(auditOf(dataHome->filePath(u"smooch-console/smooch-console/profiles/"_s + p.id +
                                            u"/console.sqlite"_s)),
                 QStringList{u"Sandbox app|clear history|alice|0|"_s});

        keychain.remove(p.secretKey(), this);
    }

    void helpAndVersion()
    {
        const Run help = ctl({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("messages USER"));
        QVERIFY(help.out.contains("SMOOCH_KEY_ID"));
        const Run version = ctl({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("smoochctl "));
    }
};

QTEST_GUILESS_MAIN(TestSmoochCtl)
#include "tst_smoochctl.moc"
