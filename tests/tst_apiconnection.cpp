#include "client/apiconnection.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApiConnection : public QObject
{
    Q_OBJECT

private:
    static ApiConnection make(const QString &base)
    {
        return ApiConnection(QUrl(base), u"app 1"_s, Credentials::signedJwt(u"k"_s, "s"));
    }

private Q_SLOTS:
    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("default") << u"https://api.smooch.io"_s << true;
        QTest::newRow("eu") << u"https://api.eu-1.smooch.io"_s << true;
        QTest::newRow("any https") << u"https://smooch.example.com:8443/prefix"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:4000"_s << true;
        QTest::newRow("http loopback 127/8") << u"http://127.1.2.3:4000"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:4000"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:4000"_s << true;
        QTest::newRow("http remote") << u"http://api.smooch.io"_s << false;
        QTest::newRow("http private range") << u"http://192.168.1.10"_s << false;
        QTest::newRow("http lookalike") << u"http://127.0.0.1.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://api.smooch.io"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }

    void baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiConnection::baseUrlError(QUrl(url)).isEmpty(), allowed);
        QCOMPARE(make(url).validationError().isEmpty(), allowed);
    }

    void everySegmentIsEncodedOnce()
    {
        const QUrl url = make(u"https://api.smooch.io/"_s)
                             .userUrl(u"we/ird?x=1&y=#ü"_s, {u"messages"_s, u"id/1%"_s});
        QCOMPARE(url.toEncoded(),
                 "https://api.smooch.io/v1.1/apps/app%201/appusers/we%2Fird%3Fx%3D1%26y%3D%23%C3%BC"
                 "/messages/id%2F1%25");
        QCOMPARE(
            url.path(QUrl::FullyEncoded),
            u"/v1.1/apps/app%201/appusers/we%2Fird%3Fx%3D1%26y%3D%23%C3%BC/messages/id%2F1%25"_s);
    }

    void queryKeepsMilliseconds()
    {
        QUrlQuery query;
        query.addQueryItem(u"before"_s, u"1439220041.587"_s);
        const QUrl url = make(u"https://api.smooch.io"_s).userUrl(u"u"_s, {u"messages"_s}, query);
        QCOMPARE(url.query(QUrl::FullyEncoded), u"before=1439220041.587"_s);
    }

    void sameOrigin()
    {
        const ApiConnection c = make(u"https://api.smooch.io"_s);
        QVERIFY(c.isSameOrigin(QUrl(u"https://api.smooch.io:443/x"_s)));
        QVERIFY(!c.isSameOrigin(QUrl(u"https://media.smooch.io/x"_s)));
        QVERIFY(!c.isSameOrigin(QUrl(u"http://api.smooch.io/x"_s)));
        QVERIFY(!c.isSameOrigin(QUrl(u"https://api.smooch.io:8443/x"_s)));
    }

    void fromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u"SMOOCH_BASE_URL"_s, u"http://127.0.0.1:9"_s);
        env.insert(u"SMOOCH_APP_ID"_s, u"app_env"_s);
        env.insert(u"SMOOCH_KEY_ID"_s, u"act_key"_s);
        env.insert(u"SMOOCH_SECRET"_s, u"sec"_s);
        ApiConnection c = ApiConnection::fromEnvironment(env);
        QCOMPARE(c.baseUrl(), QUrl(u"http://127.0.0.1:9"_s));
        QCOMPARE(c.appId(), u"app_env"_s);
        QCOMPARE(c.credentials().kind(), Credentials::Kind::SignedJwt);
        QCOMPARE(c.credentials().scope(), Credentials::Scope::Account);

        env.insert(u"SMOOCH_AUTH"_s, u"basic"_s);
        QCOMPARE(ApiConnection::fromEnvironment(env).credentials().kind(),
                 Credentials::Kind::Basic);
        env.insert(u"SMOOCH_JWT"_s, u"a.b.c"_s);
        QCOMPARE(ApiConnection::fromEnvironment(env).credentials().kind(), Credentials::Kind::Jwt);

        c = ApiConnection::fromEnvironment(env, u"https://api.eu-1.smooch.io"_s, u"app_cli"_s);
        QCOMPARE(c.baseUrl(), ApiConnection::euBaseUrl());
        QCOMPARE(c.appId(), u"app_cli"_s);

        QCOMPARE(ApiConnection::fromEnvironment({}).baseUrl(), ApiConnection::defaultBaseUrl());
        QVERIFY(!ApiConnection::fromEnvironment({}).validationError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiConnection)
#include "tst_apiconnection.moc"
