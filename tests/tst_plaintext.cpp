#include "protocol/message.h"
#include "text/plaintext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenControlsBecomeVisible_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rlo") << u"Invoice \u202Egpj.exe\u202C"_s
                             << u"Invoice [U+202E]gpj.exe[U+202C]"_s;
        QTest::newRow("isolates") << u"a\u2066b\u2069c"_s << u"a[U+2066]b[U+2069]c"_s;
        QTest::newRow("marks") << u"\u200Fx\u200E"_s << u"[U+200F]x[U+200E]"_s;
        QTest::newRow("zero width") << u"pay\u200Bpal"_s << u"pay[U+200B]pal"_s;
        QTest::newRow("nul and bell")
            << QString::fromUtf16(u"a\u0000b\u0007c", 5) << u"a[U+0000]b[U+0007]c"_s;
        QTest::newRow("newline and tab stay") << u"a\nb\tc\r\n"_s << u"a\nb\tc\n"_s;
        QTest::newRow("html stays text") << u"<b>x</b>&amp;"_s << u"<b>x</b>&amp;"_s;
        QTest::newRow("arabic stays") << u"مرحبا"_s << u"مرحبا"_s;
        QTest::newRow("emoji stays") << u"ok 👍"_s << u"ok 👍"_s;
    }

    void hiddenControlsBecomeVisible()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PlainText::displayable(input), expected);
    }

    void links()
    {
        const QString text =
            u"See https://example.com/a?b=1. Or mailto:x@y.io, help@example.com; "
            "javascript:alert(1) file:///etc/passwd ftp://x.org (http://example.org/p)"_s;
        const auto found = PlainText::links(text);
        QStringList urls;
        for (const auto &link : found) {
            urls.append(link.url.toString());
            QVERIFY(text.mid(link.start, link.length).size() == link.length);
        }
        QCOMPARE(urls, QStringList({u"https://example.com/a?b=1"_s, u"mailto:x@y.io"_s,
                                    u"mailto:help@example.com"_s, u"http://example.org/p"_s}));
        QCOMPARE(text.mid(found.first().start, found.first().length),
                 u"https://example.com/a?b=1"_s);
    }

    void onlyWebAndMailOpen()
    {
        QVERIFY(PlainText::isOpenable(QUrl(u"https://example.com"_s)));
        QVERIFY(PlainText::isOpenable(QUrl(u"http://example.com"_s)));
        QVERIFY(PlainText::isOpenable(QUrl(u"mailto:a@b.c"_s)));
        QVERIFY(!PlainText::isOpenable(QUrl(u"javascript:alert(1)"_s)));
        QVERIFY(!PlainText::isOpenable(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(!PlainText::isOpenable(QUrl(u"data:text/html,<b>x</b>"_s)));
        QVERIFY(!PlainText::isOpenable(QUrl(u"https://"_s)));
        QVERIFY(!PlainText::isOpenable(QUrl(u"smb://server/share"_s)));
    }

    void summaries()
    {
        Message m;
        m.typeName = u"image"_s;
        QCOMPARE(PlainText::summary(m), u"[Image]"_s);
        m.typeName = u"file"_s;
        m.mediaUrl = u"https://x.io/files/label.pdf"_s;
        QCOMPARE(PlainText::summary(m), u"[File] label.pdf"_s);
        m.typeName = u"sticker"_s;
        QCOMPARE(PlainText::summary(m), u"[Unsupported message: sticker]"_s);
        m.typeName = u"text"_s;
        m.text = u"line one\nline \u202Etwo"_s;
        QCOMPARE(PlainText::summary(m), u"line one line [U+202E]two"_s);
        QCOMPARE(PlainText::oneLine(QString(300, u'x'), 10), u"xxxxxxxxx…"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
