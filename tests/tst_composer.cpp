#include "client/templatesapi.h"
#include "conversation/attachmentchip.h"
#include "conversation/composer.h"
#include "conversation/savedreplylistmodel.h"
#include "conversation/savedreplypicker.h"
#include "dialogs/savedrepliesdialog.h"
#include "sandbox/sandboxtemplates.h"
#include "sandboxfixture.h"
#include "session/savedreplies.h"
#include "session/typingnotifier.h"
#include "storage/draftstore.h"
#include "storage/localstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

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

    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<TemplatesApi> templatesApi;
    std::unique_ptr<SavedReplies> replies;
    QHash<QString, QString> variables;
    QNetworkAccessManager network;

    /*! The sandbox with the demo's saved replies, loaded into the composer. */
    void withSavedReplies()
    {
        sandbox = std::make_unique<SandboxFixture>();
        SandboxTemplates(sandbox->store()).seedDemo(u"https://media.example.com"_s);
        templatesApi = std::make_unique<TemplatesApi>();
        templatesApi->setConnection(sandbox->connection());
        replies = std::make_unique<SavedReplies>(templatesApi.get());
        QSignalSpy changed(replies.get(), &SavedReplies::changed);
        replies->refresh();
        QVERIFY(changed.wait());
        composer->setSavedReplies(replies.get());
        variables = {{u"first_name"_s, u"Alice"_s}, {u"agent_name"_s, u"Sam"_s}};
        composer->setVariableProvider([this] { return variables; });
    }

    /*! Previews come from the sandbox's generated pictures, by the file name of the URL. */
    void withPreviews()
    {
        if (!sandbox)
            sandbox = std::make_unique<SandboxFixture>();
        composer->setPreviewFetcher(
            [this](const QUrl &url, QObject *context,
                   std::function<void(const QByteArray &, const QString &)> done) {
                QNetworkReply *reply = network.get(QNetworkRequest(
                    sandbox->baseUrl().resolved(QUrl(u"/media/"_s + url.fileName()))));
                connect(reply, &QNetworkReply::finished, context, [reply, done] {
                    reply->deleteLater();
                    done(reply->error() ? QByteArray() : reply->readAll(), reply->errorString());
                });
            });
    }

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
        replies.reset();
        templatesApi.reset();
        sandbox.reset();
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

    void anImageByUrlIsCheckedAsTypedAndPreviewedBeforeSending()
    {
        withPreviews();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"See the photo"_s);
        composer->addQuickReply(u"Got it"_s);
        AttachmentChip *image = composer->beginMedia(u"image"_s);
        QVERIFY(image->isOpen());
        QVERIFY(image->addressEdit()->hasFocus());
        // While "https://" may still come, nothing is wrong yet.
        QTest::keyClicks(image->addressEdit(), u"http"_s);
        QCOMPARE(image->shownProblem(), QString());
        QTest::keyClicks(image->addressEdit(), u"://example.com/photo-320x200.png"_s);
        QVERIFY2(image->shownProblem().contains("https://"_L1), qPrintable(image->shownProblem()));
        // Nothing is lost: the address, the reply and the other chip stay.
        QCOMPARE(image->addressEdit()->text(), u"http://example.com/photo-320x200.png"_s);
        QCOMPARE(composer->editor()->toPlainText(), u"See the photo"_s);
        QCOMPARE(composer->chips().size(), 2);
        // And it is not sent.
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY(sent.isEmpty());
        QVERIFY2(composer->errorText().contains("https://"_L1), qPrintable(composer->errorText()));
        QVERIFY(image->isOpen());

        image->addressEdit()->setCursorPosition(4);
        QTest::keyClick(image->addressEdit(), Qt::Key_S);
        QCOMPARE(image->addressEdit()->text(), u"https://example.com/photo-320x200.png"_s);
        QCOMPARE(image->shownProblem(), QString());
        QTRY_VERIFY(image->hasPreview()); // before anything is sent
        QVERIFY(sent.isEmpty());

        QTest::keyClick(image->addressEdit(), Qt::Key_Return); // done with the chip
        QVERIFY(!image->isOpen());
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        const NewMessage post = sent.first().second;
        QCOMPARE(post.type, u"image"_s);
        QCOMPARE(post.mediaUrl, u"https://example.com/photo-320x200.png"_s);
        QCOMPARE(post.text, u"See the photo"_s);
        QCOMPARE(post.actions.size(), 1);
        QCOMPARE(post.actions.first().type, u"reply"_s);
        QCOMPARE(post.actions.first().text, u"Got it"_s);
        QVERIFY(composer->chips().isEmpty());
    }

    void buttonsAreTypedInPlaceAndGoExactlyAsShown()
    {
        composer->setConversation(u"alice"_s, u"Alice"_s);
        AttachmentChip *reply = composer->beginQuickReply();
        QVERIFY(reply->labelEdit()->hasFocus());
        QTest::keyClicks(reply->labelEdit(), u"Yes please"_s);
        QTest::keyClick(reply->labelEdit(), Qt::Key_Return);
        QVERIFY(!reply->isOpen());
        QVERIFY(composer->editor()->hasFocus());

        AttachmentChip *link = composer->beginLinkButton();
        QTest::keyClicks(link->labelEdit(), u"Track"_s);
        QTest::keyClick(link->labelEdit(), Qt::Key_Return); // on to the address
        QVERIFY(link->addressEdit()->hasFocus());
        QTest::keyClicks(link->addressEdit(), u"http://shop.example/t/1"_s);
        QVERIFY(link->shownProblem().contains("https://"_L1));
        QTest::keyClick(link->addressEdit(), Qt::Key_Return);
        QVERIFY(link->isOpen()); // refused: it stays open, as typed
        QCOMPARE(link->label(), u"Track"_s);

        // An empty quick reply left open is shown, so it blocks the send too.
        AttachmentChip *empty = composer->beginQuickReply();
        link->addressEdit()->setText(u"https://shop.example/t/1"_s);
        QVERIFY(!composer->send());
        QVERIFY2(composer->errorText().contains("label"_L1), qPrintable(composer->errorText()));
        QTest::mouseClick(empty->removeButton(), Qt::LeftButton);
        QCOMPARE(composer->chips().size(), 2);

        QVERIFY(composer->send()); // buttons alone are a message; the open valid chip goes
        const NewMessage post = sent.last().second;
        QCOMPARE(post.actions.size(), 2);
        QCOMPARE(post.actions.at(0).type, u"reply"_s);
        QCOMPARE(post.actions.at(0).payload, u"Yes please"_s);
        QCOMPARE(post.actions.at(1).type, u"link"_s);
        QCOMPARE(post.actions.at(1).uri, u"https://shop.example/t/1"_s);
    }

    void slashOpensTheSavedRepliesAndEnterInserts()
    {
        withSavedReplies();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QAbstractItemModelTester tester(composer->picker()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(composer->editor(), u"/"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QCOMPARE(composer->picker()->model()->rowCount(), 6);
        QTest::keyClicks(composer->editor(), u"rfnd"_s); // letters of the name, in order
        QCOMPARE(composer->picker()->current()->name, u"refund offer"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY(sent.isEmpty()); // Enter inserted; it did not send
        QVERIFY(!composer->picker()->isVisible());
        QCOMPARE(composer->editor()->toPlainText(),
                 u"Sorry about that, Alice. Would you like a refund or a replacement?"_s);
        const auto chips = composer->chips();
        QCOMPARE(chips.size(), 2);
        QCOMPARE(chips.at(0)->action().text, u"Refund"_s);
        QCOMPARE(chips.at(1)->action().text, u"Replacement"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().second.actions.size(), 2);

        // By text, too; and Escape keeps what was typed.
        QTest::keyClicks(composer->editor(), u"/tracking"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QCOMPARE(composer->picker()->current()->name, u"order status"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Escape);
        QVERIFY(!composer->picker()->isVisible());
        QCOMPARE(composer->editor()->toPlainText(), u"/tracking"_s);
        QTest::keyClicks(composer->editor(), u"x"_s);
        QVERIFY(!composer->picker()->isVisible());

        // "/" inside a reply is just a slash.
        composer->editor()->clear();
        QTest::keyClicks(composer->editor(), u"and/or"_s);
        QVERIFY(!composer->picker()->isVisible());

        // Nothing matches: Enter neither inserts nor sends.
        composer->editor()->clear();
        QTest::keyClicks(composer->editor(), u"/qqqq"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QVERIFY(composer->picker()->statusText().contains("No saved reply"_L1));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(composer->editor()->toPlainText(), u"/qqqq"_s);
    }

    void aVariableWithoutAValueIsNeverSent()
    {
        withSavedReplies();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"/order"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        const QString inserted = composer->editor()->toPlainText();
        QVERIFY2(inserted.startsWith("Hi Alice, your order {{order_number}}"_L1),
                 qPrintable(inserted));
        // Selected, so that typing fills it.
        QCOMPARE(composer->editor()->textCursor().selectedText(), u"{{order_number}}"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY(!composer->send());
        QVERIFY(sent.isEmpty());
        QVERIFY2(composer->errorText().contains("Fill in {{order_number}}"_L1),
                 qPrintable(composer->errorText()));
        QCOMPARE(composer->editor()->toPlainText(), inserted); // nothing lost
        QTest::keyClicks(composer->editor(), u"#4411"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().second.text.startsWith("Hi Alice, your order #4411 is"_L1));
        QVERIFY(!sent.first().second.text.contains("{{"_L1));

        // A value that is empty counts as none: the variable stays, never an empty hole.
        variables.insert(u"first_name"_s, u""_s);
        QTest::keyClicks(composer->editor(), u"/greeting"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY(composer->editor()->toPlainText().startsWith("Hi {{first_name}}, thanks"_L1));
        QVERIFY(composer->editor()->toPlainText().contains("I'm Sam"_L1));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QVERIFY(composer->errorText().contains("{{first_name}}"_L1));
        // Deleting it is filling it too.
        composer->editor()->setPlainText(
            composer->editor()->toPlainText().replace(u"{{first_name}}"_s, u"there"_s));
        QVERIFY(composer->send());
        QCOMPARE(sent.size(), 2);
    }

    void aHostileSavedReplyShowsLiterallyAndBounded()
    {
        withSavedReplies();
        const QString hostile =
            u"<h1>Sale</h1><img src=\"file:///etc/hosts\"> "_s + QString(20000, u'x');
        QVERIFY(SandboxTemplates(sandbox->store())
                    .create(QJsonObject{{"name"_L1, "hostile"_L1},
                                        {"message"_L1, QJsonObject{{"role"_L1, "appMaker"_L1},
                                                                   {"type"_L1, "text"_L1},
                                                                   {"text"_L1, hostile}}}})
                    .status == 201);
        QSignalSpy changed(replies.get(), &SavedReplies::changed);
        replies->refresh();
        QVERIFY(changed.wait());
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"/hostile"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        const SavedReplyListModel *model = composer->picker()->model();
        QModelIndex found;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->templateAt(row)->name == "hostile"_L1)
                found = model->index(row);
        }
        QVERIFY(found.isValid());
        const QString tip = found.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.size() < 3000, qPrintable(QString::number(tip.size())));
        QTextDocument shown;
        if (Qt::mightBeRichText(tip))
            shown.setHtml(tip);
        else
            shown.setPlainText(tip);
        QVERIFY2(shown.toPlainText().startsWith(hostile.left(60)),
                 qPrintable(shown.toPlainText().left(80)));
    }

    void aSavedReplysQuickRepliesKeepTheirPayloads()
    {
        // A bot answers by payload: the saved reply's buttons go with the payloads it holds.
        withSavedReplies();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"/refund offer"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(composer->chips().size(), 2);
        QVERIFY(composer->send());
        QCOMPARE(sent.size(), 1);
        const QList<Action> actions = sent.first().second.actions;
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).text, u"Refund"_s);
        QCOMPARE(actions.at(0).payload, u"REFUND"_s);
        QCOMPARE(actions.at(1).payload, u"REPLACEMENT"_s);
    }

    void aLongSavedReplyRowIsShownWhole()
    {
        // One match whose text is wider than the list: the row is shown, not a scroll bar.
        withSavedReplies();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"/greeting"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        auto *list = composer->picker()->findChild<QListView *>();
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        QVERIFY(list->viewport()->rect().contains(list->visualRect(list->model()->index(0, 0))) ||
                list->visualRect(list->model()->index(0, 0)).height() <=
                    list->viewport()->height());
        QVERIFY(!list->verticalScrollBar()->isVisible());
    }

    void theShortcutSearchesAndInsertsAtTheCursor()
    {
        withSavedReplies();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"Hello! "_s);
        composer->editor()->setFocus();
        QTest::keyClick(composer->editor(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(composer->savedReplySearch()->isVisible());
        QVERIFY(composer->picker()->isVisible());
        QVERIFY(composer->savedReplySearch()->hasFocus());
        QTest::keyClicks(composer->savedReplySearch(), u"hours"_s);
        QCOMPARE(composer->picker()->current()->name, u"opening hours"_s);
        QTest::keyClick(composer->savedReplySearch(), Qt::Key_Return);
        QVERIFY(!composer->savedReplySearch()->isVisible());
        QVERIFY(composer->editor()->toPlainText().startsWith("Hello! We're here Monday"_L1));
        QVERIFY(composer->editor()->toPlainText().contains("Sam or a colleague"_L1));
        QVERIFY(sent.isEmpty());
    }

    void aSavedReplyWithAnImageInsertsAsAChip()
    {
        withSavedReplies();
        withPreviews();
        composer->setConversation(u"alice"_s, u"Alice"_s);
        QTest::keyClicks(composer->editor(), u"/return label"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(composer->chips().size(), 1);
        AttachmentChip *image = composer->chips().first();
        QCOMPARE(image->kind(), AttachmentChip::Kind::Image);
        QTRY_VERIFY(image->hasPreview());
        QVERIFY(composer->send());
        QCOMPARE(sent.first().second.type, u"image"_s);
        QCOMPARE(sent.first().second.mediaUrl,
                 u"https://media.example.com/guides/packing-640x400.png"_s);
    }

    void savedRepliesAreManagedFromTheConsole()
    {
        withSavedReplies();
        SandboxTemplates stored(sandbox->store());
        SavedRepliesDialog dialog(replies.get());
        dialog.setConfirmDeletes(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->count(), 6);
        QSignalSpy finished(&dialog, &SavedRepliesDialog::finished);

        QTest::mouseClick(dialog.newButton(), Qt::LeftButton);
        QTest::keyClicks(dialog.nameEdit(), u"greeting"_s); // taken
        QTest::keyClicks(dialog.textEdit(), u"Thanks {{first_name}}!"_s);
        QTest::keyClicks(dialog.quickRepliesEdit(), u"Bye"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(finished.wait());
        QVERIFY2(dialog.statusText().contains("already exists"_L1),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.textEdit()->toPlainText(), u"Thanks {{first_name}}!"_s); // kept
        QCOMPARE(stored.count(), 6);

        dialog.nameEdit()->setText(u"thanks"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().first().toString(), QString());
        QCOMPARE(stored.count(), 7);
        QCOMPARE(dialog.list()->count(), 7);
        const auto created = std::find_if(replies->all().begin(), replies->all().end(),
                                          [](const auto &t) { return t.name == "thanks"_L1; });
        QVERIFY(created != replies->all().end());
        QCOMPARE(created->message.actions.size(), 1);

        // Edit it.
        QVERIFY(dialog.select(u"thanks"_s));
        dialog.textEdit()->setPlainText(u"Thank you, {{first_name}}!"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().first().toString(), QString());
        const auto answer = stored.handle(u"GET"_s, {created->id}, {}, {});
        QCOMPARE(answer.body.value("template"_L1)
                     .toObject()
                     .value("message"_L1)
                     .toObject()
                     .value("text"_L1)
                     .toString(),
                 u"Thank you, {{first_name}}!"_s);

        // Someone else deleted "closing" meanwhile: the 404 is said in words.
        QVERIFY(dialog.select(u"closing"_s));
        const QString closing = replies->search(u"closing"_s).first().id;
        QCOMPARE(stored.handle(u"DELETE"_s, {closing}, {}, {}).status, 200);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(finished.wait());
        QVERIFY2(dialog.statusText().contains("no longer exists"_L1),
                 qPrintable(dialog.statusText()));

        // Delete for real.
        QVERIFY(dialog.select(u"thanks"_s));
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().first().toString(), QString());
        QCOMPARE(stored.count(), 5);
        QVERIFY(!dialog.select(u"thanks"_s));
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
