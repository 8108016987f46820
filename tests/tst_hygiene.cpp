#include "client/conversationapi.h"
#include "conversation/mediacache.h"
#include "inbox/inboxmodel.h"
#include "text/plaintext.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

/*! Secret and content hygiene that the other suites do not already prove. */
class TestHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsErrorsAreNeverIgnored()
    {
        // A TLS server on loopback with a self-signed certificate nobody trusts.
        QFile certFile(QStringLiteral(TEST_DATA_DIR "/tls-test.crt"));
        QFile keyFile(QStringLiteral(TEST_DATA_DIR "/tls-test.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl base(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));

        ConversationApi api;
        api.setRetryPolicy(RetryPolicy::none());
        api.setConnection(ApiConnection(base, u"app"_s, Credentials::signedJwt(u"k"_s, "s")));
        QSignalSpy failed(&api, &ConversationApi::failed);
        api.getMessages(u"alice"_s, PageRequest::latest(), &api);
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Tls);

        // Media and avatars refuse it the same way.
        QTemporaryDir cache;
        MediaCache media(cache.path());
        media.setApiBaseUrl(base); // a loopback profile: its own host may be reached
        QString mediaError;
        bool done = false;
        media.fetch(QUrl(base.toString() + u"/a.png"_s), this,
                    [&](const QByteArray &, const QString &e) {
                        mediaError = e;
                        done = true;
                    });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QVERIFY2(mediaError.contains("SSL"_L1, Qt::CaseInsensitive) ||
                     mediaError.contains("certificate"_L1, Qt::CaseInsensitive),
                 qPrintable(mediaError));
    }

    void markupShowsLiterally()
    {
        const QString hostile = u"<b>bold</b> <img src=x onerror=alert(1)> &amp; \u202Eevil"_s;
        QTextDocument doc;
        doc.setHtml(u"<qt>"_s + PlainText::asLiteralMarkup(hostile) + u"</qt>"_s);
        // Rendered as markup, it reads exactly as the displayable text: nothing was interpreted.
        QCOMPARE(doc.toPlainText(), PlainText::displayable(hostile));
    }

    void inboxPreviewsAreText()
    {
        InboxModel inbox;
        inbox.setEntries({{u"u1"_s,
                           u"<i>Mallory</i>"_s,
                           PlainText::oneLine(u"<script>x</script>\u202Eabc"_s),
                           1,
                           1,
                           {}}});
        const QModelIndex row = inbox.index(0);
        QCOMPARE(row.data(InboxModel::TitleRole).toString(), u"<i>Mallory</i>"_s);
        QCOMPARE(row.data(InboxModel::PreviewRole).toString(), u"<script>x</script>[U+202E]abc"_s);
    }

    // The layers stay visible: every include of the project names its folder, and no class
    // listens to the API's request-wide signals to pick out its own answers (replies do that).
    void sourcesKeepTheirShape()
    {
        const QRegularExpression flatInclude(u"#include \"([^\"/]+\\.h)\""_s);
        const QRegularExpression apiWide(
            u"&ConversationApi::(finished|failed|messagesReceived|messagePosted|activitySent|"
            "messageDeleted|messagesDeleted|unreadCountReset)\\b"_s);
        // Observers of every request, not callers waiting for theirs.
        const QStringList observers = {u"core/session/connectionmonitor.cpp"_s};
        QStringList offences;
        int files = 0;
        for (const QString &folder : {u"core"_s, u"ui"_s, u"sandbox"_s, u"app/smooch-console"_s}) {
            QDirIterator it(QStringLiteral(SOURCE_DIR "/") + folder, {u"*.cpp"_s, u"*.h"_s},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(qsizetype(sizeof(SOURCE_DIR)));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                ++files;
                if (const auto m = flatInclude.match(text); m.hasMatch())
                    offences << relative + u": #include \""_s + m.captured(1) + u"\""_s;
                if (!observers.contains(relative) && apiWide.match(text).hasMatch())
                    offences << relative + u": listens to the API-wide signals"_s;
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestHygiene)
#include "tst_hygiene.moc"
