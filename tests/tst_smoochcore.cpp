#include "sandboxfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/*!
 * The official JavaScript client for v1.1 (npm smooch-core 8.11.4, installed into tests/compat
 * by scripts/test) against the in-process sandbox: the sandbox is faithful enough for it.
 */
class TestSmoochCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialClientWorksAgainstTheSandbox()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node.isEmpty(), "node is missing: run ./scripts/test, which installs it");
        QVERIFY2(QFile::exists(QStringLiteral(TEST_DATA_DIR
                                              "/../compat/node_modules/smooch-core/package.json")),
                 "smooch-core is missing: run ./scripts/test, which installs it with npm ci");

        SandboxFixture sandbox;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SMOOCH_BASE_URL"_s, sandbox.baseUrl().toString());
        env.insert(u"SMOOCH_KEY_ID"_s, sandbox.server().config().keyId);
        env.insert(u"SMOOCH_SECRET"_s, QString::fromUtf8(sandbox.server().config().secret));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(node, {QStringLiteral(TEST_DATA_DIR "/../compat/smoochcore-check.js")});
        QVERIFY(finished.wait(60000));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitCode() == 0, output.constData());
        QVERIFY(output.contains("smooch-core: all checks passed"));
        // smooch-core sends the app-scope path form (no /apps/{appId}); the sandbox saw no other.
        for (const auto &request : sandbox.server().requests())
            QVERIFY2(request.rawPath.startsWith("/v1.1/appusers/") ||
                         request.rawPath.startsWith("/v1.1/templates"),
                     request.rawPath.constData());
    }
};

QTEST_GUILESS_MAIN(TestSmoochCore)
#include "tst_smoochcore.moc"
