#include "client/credentials.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedJwtMatchesAnIndependentSigner()
    {
        // Signed by Python's hmac and base64 modules over the same header and payload.
        const QByteArray expected =
            "eyJhbGciOiJIUzI1NiIsImtpZCI6ImFwcF81OTYzYzBkNiIsInR5cCI6IkpXVCJ9."
            "eyJzY29wZSI6ImFwcCJ9.eHTxLbIzZkiSC4AJ69KWxoQwH7Bda-yYUowv7xxluX0";
        QCOMPARE(Credentials::signJwt(u"app_5963c0d6"_s, u"sekrit-Ω"_s.toUtf8(),
                                      Credentials::Scope::App),
                 expected);
        // The header a connection sends carries an exp, signed the same way.
        Credentials c = Credentials::signedJwt(u"app_5963c0d6"_s, u"sekrit-Ω"_s.toUtf8());
        c.setClock([] { return qint64(1700000000); });
        QCOMPARE(c.authorizationHeader(),
                 "Bearer eyJhbGciOiJIUzI1NiIsImtpZCI6ImFwcF81OTYzYzBkNiIsInR5cCI6IkpXVCJ9."
                 "eyJleHAiOjE3MDAwMDA2MDAsInNjb3BlIjoiYXBwIn0."
                 "HUZVCCy2arxy8rJ38ee8fSB3TgX_SroqTsPacUxCe5s");
    }

    void signedJwtExpiresSoonAndIsSignedAgain()
    {
        qint64 now = QDateTime::currentSecsSinceEpoch();
        Credentials c = Credentials::signedJwt(u"app_1"_s, "s");
        c.setClock([&now] { return now; });
        const auto claims = [](const QByteArray &header) {
            const QList<QByteArray> parts = header.mid(7).split('.');
            return QJsonDocument::fromJson(
                       QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding))
                .object();
        };
        const QByteArray first = c.authorizationHeader();
        QVERIFY(first.startsWith("Bearer "));
        const QJsonObject decoded = claims(first);
        QCOMPARE(decoded.value("scope"_L1).toString(), u"app"_s);
        QVERIFY(decoded.value("exp"_L1).isDouble());
        const qint64 exp = qint64(decoded.value("exp"_L1).toDouble());
        // Short: minutes, not hours.
        QVERIFY2(exp > now + 60 && exp <= now + 600, qPrintable(QString::number(exp - now)));
        // The same token while it has a while to live, a new one before it runs out.
        now += 60;
        QCOMPARE(c.authorizationHeader(), first);
        now = exp - 30;
        const QByteArray second = c.authorizationHeader();
        QVERIFY(second != first);
        QVERIFY(qint64(claims(second).value("exp"_L1).toDouble()) > now + 60);
        now = exp + 3600;
        QVERIFY(qint64(claims(c.authorizationHeader()).value("exp"_L1).toDouble()) > now);
        // Basic and pasted JWTs are sent as they are.
        QCOMPARE(Credentials::jwt("a.b.c").authorizationHeader(), "Bearer a.b.c");
    }

    void accountScopeChangesThePayload()
    {
        const QByteArray token = Credentials::signJwt(u"act_1"_s, "s", Credentials::Scope::Account);
        const QByteArray payload =
            QByteArray::fromBase64(token.split('.').at(1), QByteArray::Base64UrlEncoding);
        QCOMPARE(payload, R"({"scope":"account"})");
        QCOMPARE(Credentials::scopeForKeyId(u"act_5963"_s), Credentials::Scope::Account);
        QCOMPARE(Credentials::scopeForKeyId(u"app_5963"_s), Credentials::Scope::App);
    }

    void basicAndPastedJwt()
    {
        QCOMPARE(Credentials::basic(u"app_1"_s, "s3cr:et").authorizationHeader(),
                 "Basic " + QByteArray("app_1:s3cr:et").toBase64());
        QCOMPARE(Credentials::jwt(" a.b.c \n").authorizationHeader(), "Bearer a.b.c");
    }

    void incompleteCredentialsSendNothing()
    {
        QVERIFY(!Credentials().isValid());
        QVERIFY(Credentials().authorizationHeader().isEmpty());
        QVERIFY(!Credentials::jwt("not-a-jwt").isValid());
        QVERIFY(Credentials::jwt("not-a-jwt").authorizationHeader().isEmpty());
        QVERIFY(!Credentials::signedJwt(u"app_1"_s, {}).isValid());
        QVERIFY(!Credentials::basic({}, "secret").isValid());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
