#include "credentials.h"

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
        const Credentials c = Credentials::signedJwt(u"app_5963c0d6"_s, u"sekrit-Ω"_s.toUtf8());
        QCOMPARE(c.authorizationHeader(), "Bearer " + expected);
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
