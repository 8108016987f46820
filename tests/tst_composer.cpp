#include "conversation/composer.h"
#include "sandboxfixture.h"
#include "session/typingnotifier.h"
#include "storage/draftstore.h"
#include "storage/localstore.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestComposer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<DraftStore> drafts;
    std::unique_ptr<Composer> composer;
    QList<QPair<QString, NewMessage>> sent;
    QString refusal;

    void make()
    {
        composer.reset();
        drafts.reset();
        store = std::make_unique<LocalStore>(dir->filePath(u"console.sqlite"_s));
        drafts = std::make_unique<DraftStore>(store.get());
        composer = std::make_unique<Composer>(drafts.get(), nullptr);
        composer->setSender([this](const QString &user, const NewMessage &post) {
            if (refusal.isEmpty())
                sent.append({user, post});
            return refusal;
        });
        composer->resize(600, 200);
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
    }

private Q_SLOTS:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        sent.clear();
        refusal.clear();
        make();
    }

    void cleanup()
    {
        composer.reset();
        drafts.reset();
        store.reset();
        dir.reset();
    }

    void enterSendsAndShiftEnterBreaksTheLine()
    {
        composer->setConversation(u"alice"_s, u"Alice Martin"_s);
        QCOMPARE(composer->sendButton()->text(), u"Send to Alice Martin"_s);
        QTest::keyClicks(composer->editor(), u"Hello"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer->editor(), u"World"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first, u"alice"_s);
        const NewMessage post = sent.first().second;
        QCOMPARE(post.text, u"Hello\nWorld"_s);
        QCOMPARE(post.role, u"appMaker"_s);
        QCOMPARE(post.type, u"text"_s);
        QVERIFY(composer->editor()->toPlainText().isEmpty());
    }

    void theAgentsIdentityGoesWithTheMessage()
    {
        composer->setAgent({u"Sam"_s, u"sam@support.example"_s, u"https://example.com/sam.png"_s});
        composer->setConversation(u"alice"_s, u"Alice"_s);
        composer->editor()->setPlainText(u"Hi"_s);
        QVERIFY(composer->send());
        const QJsonObject json = sent.first().second.toJson();
        QCOMPARE(json.value("name"_L1).toString(), u"Sam"_s);
        QCOMPARE(json.value("email"_L1).toString(), u"sam@support.example"_s);
        QCOMPARE(json.value("avatarUrl"_L1).toString(), u"https://example.com/sam.png"_s);
    }

    void checksBeforeSending()
    {
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY(sent.isEmpty());
        QCOMPARE(composer->errorText(), u"Type a message first."_s);
        composer->editor()->setPlainText(u"   \n "_s);
        QVERIFY(!composer->send());
        QVERIFY(!composer->setMedia(u"image"_s, QUrl(u"http://example.com/a.png"_s)));
        QVERIFY(composer->errorText().contains("https"_L1));
        QVERIFY(!composer->addLinkButton(u"Run"_s, QUrl(u"javascript:alert(1)"_s)));
        QVERIFY(!composer->addLinkButton(QString(), QUrl(u"https://example.com"_s)));
        QVERIFY(sent.isEmpty());
    }

    void buttonsAndMedia()
    {
        composer->setConversation(u"alice"_s, u"Alice"_s);
        composer->addQuickReply(u"Yes"_s);
        QVERIFY(composer->addLinkButton(u"Track"_s, QUrl(u"https://example.com/t/1"_s)));
        QVERIFY(composer->send()); // buttons alone are a valid text message
        NewMessage post = sent.last().second;
        QCOMPARE(post.actions.size(), 2);
        QCOMPARE(post.actions.at(0).type, u"reply"_s);
        QCOMPARE(post.actions.at(0).payload, u"Yes"_s);
        QCOMPARE(post.actions.at(1).uri, u"https://example.com/t/1"_s);
        QVERIFY(post.text.isNull());

        QVERIFY(composer->setMedia(u"image"_s, QUrl(u"https://example.com/photo.jpg"_s)));
        composer->editor()->setPlainText(u"Your label"_s);
        QVERIFY(composer->send());
        post = sent.last().second;
        QCOMPARE(post.type, u"image"_s);
        QCOMPARE(post.mediaUrl, u"https://example.com/photo.jpg"_s);
        QCOMPARE(post.text, u"Your label"_s);
        QVERIFY(post.validationError().isEmpty());
    }

    void aRefusedMessageKeepsItsText()
    {
        composer->setConversation(u"alice"_s, u"Alice"_s);
        composer->editor()->setPlainText(u"important"_s);
        refusal = u"The disk is full."_s;
        QVERIFY(!composer->send());
        QCOMPARE(composer->editor()->toPlainText(), u"important"_s);
        QCOMPARE(composer->errorText(), u"The disk is full."_s);
    }

    void draftsStayWithTheirConversationAcrossARestart()
    {
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"for alice"_s);
        composer->setConversation(u"bob"_s, u"Bob"_s);
        QVERIFY(composer->editor()->toPlainText().isEmpty()); // a draft never follows the agent
        QTest::keyClicks(composer->editor(), u"for bob"_s);
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QCOMPARE(composer->editor()->toPlainText(), u"for alice"_s);
        QTest::keyClicks(composer->editor(), u"!"_s);

        make(); // the app restarts
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QCOMPARE(composer->editor()->toPlainText(), u"for alice!"_s);
        composer->setConversation(u"bob"_s, u"Bob"_s);
        QCOMPARE(composer->editor()->toPlainText(), u"for bob"_s);
        QVERIFY(composer->send());
        QCOMPARE(drafts->draft(u"bob"_s), QString()); // a sent message leaves no draft
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
