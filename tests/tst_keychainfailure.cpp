#include "accounts/credentialstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/*!
 * The keychain unavailable: ctest runs this one with a session bus address that leads nowhere.
 * The secret must stay usable for the session, the failure must be said, and nothing may fall
 * back to a plain-text file.
 */
class TestKeychainFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureIsSaidAndTheSecretStaysInMemory()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"_L1));
        CredentialStore store(u"smooch-console-test"_s);
        QSignalSpy failed(&store, &CredentialStore::keychainFailed);
        QString writeError = u"pending"_s;
        store.write(u"p/secret"_s, "in-memory-only", this,
                    [&](const QString &e) { writeError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(writeError != u"pending"_s, 15000);
        QVERIFY(!writeError.isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains("memory"_L1));
        QVERIFY(!store.isKeychainWorking());

        std::optional<QByteArray> secret;
        bool done = false;
        store.read(u"p/secret"_s, this, [&](const std::optional<QByteArray> &s, const QString &) {
            secret = s;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(secret, std::optional<QByteArray>("in-memory-only"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainFailure)
#include "tst_keychainfailure.moc"
