#include "accounts/credentialstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

/*!
 * The keychain through a real Secret Service: scripts/test runs the suite inside a private D-Bus
 * session with an unlocked gnome-keyring.
 */
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore store{u"smooch-console-test"_s};

    std::pair<std::optional<QByteArray>, QString> read(const QString &key)
    {
        std::optional<QByteArray> secret;
        QString error;
        bool done = false;
        store.read(key, this, [&](const std::optional<QByteArray> &s, const QString &e) {
            secret = s;
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("the keychain did not answer");
        return {secret, error};
    }

    QString write(const QString &key, const QByteArray &secret)
    {
        QString error = u"pending"_s;
        store.write(key, secret, this, [&](const QString &e) { error = e; });
        if (!QTest::qWaitFor([&] { return error != u"pending"_s; }, 10000))
            qFatal("the keychain did not answer");
        return error;
    }

    QString remove(const QString &key)
    {
        QString error = u"pending"_s;
        store.remove(key, this, [&](const QString &e) { error = e; });
        if (!QTest::qWaitFor([&] { return error != u"pending"_s; }, 10000))
            qFatal("the keychain did not answer");
        return error;
    }

private Q_SLOTS:
    void roundTripThroughTheSecretService()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/secret"_s;
        const QByteArray secret = "s3cr3t-Ω-" + QUuid::createUuid().toByteArray();
        QSignalSpy failed(&store, &CredentialStore::keychainFailed);
        QCOMPARE(write(key, secret), QString());
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(store.isKeychainWorking());
        // A second store (another process would do the same) finds it in the keychain, not in
        // memory.
        CredentialStore other(u"smooch-console-test"_s);
        std::optional<QByteArray> found;
        bool done = false;
        other.read(key, this, [&](const std::optional<QByteArray> &s, const QString &) {
            found = s;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(found, std::optional<QByteArray>(secret));

        QCOMPARE(remove(key), QString());
        const auto [gone, error] = read(key);
        QVERIFY(!gone);
        QVERIFY(error.isEmpty());         // missing is not an error
        QCOMPARE(remove(key), QString()); // deleting a missing entry is success
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
