#include "protocol/conversationactivity.h"
#include "protocol/jsondocument.h"
#include "protocol/messageresponse.h"
#include "protocol/messagespage.h"
#include "protocol/newmessage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageParsing : public QObject
{
    Q_OBJECT

private:
    static QJsonObject load(const QString &name)
    {
        QFile file(QStringLiteral(TEST_DATA_DIR "/spec-examples/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(name));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    // Every example of the official docs parses into our types, and writes back unchanged.
    void everyExampleRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(TEST_DATA_DIR "/spec-examples"))
                                      .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 40);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void everyExampleRoundTrips()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(TEST_DATA_DIR "/spec-examples/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto object = JsonDocument::parseObject(f.readAll(), &error);
        QVERIFY2(object, qPrintable(error));

        int checked = 0;
        if (object->value("messages"_L1).isArray()) {
            const auto page = MessagesPage::fromJson(*object, &error);
            QVERIFY2(page, qPrintable(error));
            const QJsonArray raw = object->value("messages"_L1).toArray();
            QCOMPARE(page->messages.size() + page->rejected.size(), raw.size());
            for (qsizetype i = 0; i < page->messages.size(); ++i)
                QCOMPARE(page->messages.at(i).toJson(), raw.at(i).toObject());
            checked += int(page->messages.size());
        }
        if (object->value("message"_L1).isObject()) {
            const QJsonObject raw = object->value("message"_L1).toObject();
            QString reason;
            const auto message = Message::fromJson(raw, &reason);
            if (raw.contains("received"_L1)) {
                QVERIFY2(message, qPrintable(reason));
                QCOMPARE(message->toJson(), raw);
            } else {
                // The docs' own example lacks received: it is rejected, with a reason.
                QVERIFY(!message);
                QVERIFY(reason.contains("received"_L1));
            }
            ++checked;
        }
        if (object->value("conversation"_L1).isObject()) {
            const QJsonObject raw = object->value("conversation"_L1).toObject();
            QCOMPARE(Conversation::fromJson(raw).toJson(), raw);
            ++checked;
        }
        if (object->contains("role"_L1) && object->contains("type"_L1)) {
            if (object->value("type"_L1).toString().startsWith("typing:"_L1)) {
                QCOMPARE(ConversationActivity::fromJson(*object).toJson(), *object);
            } else {
                const NewMessage post = NewMessage::fromJson(*object);
                QCOMPARE(post.toJson(), *object);
                QVERIFY2(post.validationError().isEmpty(), qPrintable(post.validationError()));
            }
            ++checked;
        }
        // Files that hold none of the conversation objects (JWT parts, webhook management,
        // conversation webhooks) only need to parse.
        static const QStringList others = {
            u"error-401-unauthorized.json"_s,        u"jwt-header.json"_s,
            u"jwt-payload-account-scope.json"_s,     u"jwt-payload-app-scope.json"_s,
            u"upload-attachment-response.json"_s,    u"webhook-conversation-read.json"_s,
            u"webhook-conversation-referral.json"_s, u"webhook-conversation-start.json"_s,
            u"webhook-create-request.json"_s,        u"webhook-create-response.json"_s,
            u"webhook-list-response.json"_s,         u"webhook-postback.json"_s,
        };
        QCOMPARE(checked == 0, others.contains(file));
    }

    void typedFieldsAreRead()
    {
        const auto page = MessagesPage::fromJson(load(u"webhook-message-appmaker-carousel.json"_s));
        QVERIFY(page);
        QCOMPARE(page->messages.size(), 1);
        const Message &m = page->messages.first();
        QCOMPARE(m.type(), Message::Type::Carousel);
        QCOMPARE(m.role(), Message::Role::AppMaker);
        QCOMPARE(m.items.size(), 1);
        QCOMPARE(m.items.first().title, u"Tacos"_s);
        QVERIFY(!m.items.first().actions.isEmpty());

        const auto location =
            MessagesPage::fromJson(load(u"webhook-message-appuser-location.json"_s));
        QVERIFY(location);
        QCOMPARE(location->messages.first().type(), Message::Type::Location);
        QVERIFY(location->messages.first().coordinates->lat.has_value());
    }

    void unknownTypeRoleAndFieldsSurvive()
    {
        const QByteArray body = R"({"messages":[
            {"_id":"a","received":1.5,"type":"sticker","role":"bot","stickerId":"42",
             "actions":[{"type":"teleport","text":"Go","glow":true}],
             "source":{"type":"carrier-pigeon","feathers":3}}],
            "previous":"p","cursor":{"x":1}})";
        const auto page = MessagesPage::fromJson(body);
        QVERIFY(page);
        QCOMPARE(page->messages.size(), 1);
        const Message &m = page->messages.first();
        QCOMPARE(m.type(), Message::Type::Unknown);
        QCOMPARE(m.role(), Message::Role::Unknown);
        QCOMPARE(m.extra.value("stickerId"_L1).toString(), u"42"_s);
        QCOMPARE(m.actions.first().extra.value("glow"_L1).toBool(), true);
        QCOMPARE(m.source->extra.value("feathers"_L1).toInt(), 3);
        QCOMPARE(page->toJson(), QJsonDocument::fromJson(body).object());
    }

    void badMessagesAreRejectedAndTheRestKept()
    {
        const QByteArray body = R"({"messages":[
            {"_id":"ok1","received":10.001,"type":"text","text":"first"},
            {"received":11,"type":"text","text":"no id"},
            {"_id":"noreceived","type":"text"},
            {"_id":"strreceived","received":"12.5","type":"text"},
            42,
            {"_id":"ok2","received":13,"type":"text","text":"last","metadata":"not an object"}]})";
        const auto page = MessagesPage::fromJson(body);
        QVERIFY(page);
        QCOMPARE(page->messages.size(), 2);
        QCOMPARE(page->messages.at(0).id, u"ok1"_s);
        QCOMPARE(page->messages.at(1).id, u"ok2"_s);
        // A mistyped optional field does not fail the message; it is kept as it came.
        QCOMPARE(page->messages.at(1).extra.value("metadata"_L1).toString(), u"not an object"_s);
        QCOMPARE(page->rejected.size(), 4);
        QVERIFY(page->rejected.at(0).contains("_id"_L1));
        QVERIFY(page->rejected.at(2).contains("received"_L1));
        QVERIFY(page->rejected.at(3).contains("not an object"_L1));
    }

    void wrongShapesFailThePageWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"messages\": [") << u"malformed JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
        QTest::newRow("no messages") << QByteArray(R"({"conversation":{}})") << u"messages"_s;
        QTest::newRow("messages not array") << QByteArray(R"({"messages":{}})") << u"messages"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"messages\":[{\"_id\":\"\xff\xfe\"}]}") << u"malformed JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"malformed JSON"_s;
    }

    void wrongShapesFailThePageWithAReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!MessagesPage::fromJson(body, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void messageResponseNeedsAMessage()
    {
        QString error;
        QVERIFY(
            !MessageResponse::fromJson(R"({"conversation":{"_id":"c","unreadCount":1}})", &error));
        QVERIFY(error.contains("_id"_L1));
        const auto ok = MessageResponse::fromJson(
            R"({"message":{"_id":"m","received":2,"type":"text","text":"hi"},"conversation":{"_id":"c","unreadCount":1}})");
        QVERIFY(ok);
        QCOMPARE(ok->message.text, u"hi"_s);
        QCOMPARE(ok->conversation->unreadCount, 1);
    }

    void postValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("text ok") << QByteArray(R"({"role":"appMaker","type":"text","text":"hi"})")
                                 << QString();
        QTest::newRow("actions only")
            << QByteArray(
                   R"({"role":"appMaker","type":"text","actions":[{"type":"reply","text":"a","payload":"A"}]})")
            << QString();
        QTest::newRow("blank text")
            << QByteArray(R"({"role":"appMaker","type":"text","text":"  "})") << u"text"_s;
        QTest::newRow("no role") << QByteArray(R"({"type":"text","text":"hi"})") << u"role"_s;
        QTest::newRow("no type") << QByteArray(R"({"role":"appMaker","text":"hi"})") << u"type"_s;
        QTest::newRow("image no url")
            << QByteArray(R"({"role":"appMaker","type":"image"})") << u"mediaUrl"_s;
        QTest::newRow("location no coords")
            << QByteArray(R"({"role":"appMaker","type":"location"})") << u"coordinates"_s;
        QTest::newRow("carousel no items")
            << QByteArray(R"({"role":"appMaker","type":"carousel"})") << u"items"_s;
    }

    void postValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        // A JSON object without role or type must not pick up the defaults of a new post.
        const QString why =
            NewMessage::fromJson(QJsonDocument::fromJson(json).object()).validationError();
        if (error.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(error), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestMessageParsing)
#include "tst_messageparsing.moc"
