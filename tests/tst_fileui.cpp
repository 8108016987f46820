#include "conversation/banner.h"
#include "conversation/composer.h"
#include "conversation/conversationpane.h"
#include "conversation/conversationview.h"
#include "conversation/messagedelegate.h"
#include "conversation/messagelistmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

/*!
 * Files from the desktop, as the agent gives them: dropped on the conversation, pasted into the
 * reply box, chosen from the attach menu; the bubble's progress and Cancel. Against the sandbox.
 */
class TestFileUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    static QByteArray jpeg()
    {
        QImage photo(320, 240, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 90);
        return bytes;
    }

    /*! Drops \a paths on \a target as a drag from a file manager would. */
    static void drop(QWidget *target, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        data.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }

    /*! The upload stored by the sandbox behind the message that arrived with \a clientId. */
    std::optional<SandboxStore::Attachment> uploadOf(const Message &m)
    {
        return sandbox->store().attachment(QUrl(m.mediaUrl).path().mid(u"/media/"_s.size()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 5);
        sandbox->seedHistory(u"bob"_s, 5);
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    void aFileDroppedOnTheConversationIsSentAsItIs()
    {
        auto w = UiTest::window(*sandbox, dir->path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QAbstractItemModelTester tester(w->messageModel());
        const QByteArray bytes = jpeg();
        const QString path = writeFile(u"photo.jpg"_s, bytes);
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        drop(w->conversationView()->viewport(), {path});
        // Until it is delivered, its row shows the picture from this computer.
        const int row = w->messageModel()->rowCount() - 1;
        QCOMPARE(w->messageModel()
                     ->index(row)
                     .data(MessageListModel::LocalFileRole)
                     .toString()
                     .isEmpty(),
                 false);
        QCOMPARE(w->messageModel()->index(row).data(MessageListModel::ImageSizeRole).toSize(),
                 QSize(320, 240));
        QVERIFY(delivered.wait());
        const Message m = delivered.first().at(1).value<Message>();
        QCOMPARE(m.type(), Message::Type::Image);
        QCOMPARE(m.mediaType, u"image/jpeg"_s);
        QCOMPARE(uploadOf(m)->data, bytes); // nothing recompressed
        QCOMPARE(uploadOf(m)->smoochId, sandbox->store().findUser(u"alice"_s)->smoochId);
    }

    void aFileDroppedOnTheComposerGoesToThatConversationEvenAfterASwitch()
    {
        auto w = UiTest::window(*sandbox, dir->path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay,
                                    .delayMs = 500,
                                    .method = u"POST"_s,
                                    .pathContains = u"/attachments"_s});
        const QString path = writeFile(u"notes.txt"_s, "the steps to reset the router\n");
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        drop(w->composer()->editor()->viewport(), {path});
        QVERIFY(UiTest::open(*w, u"bob"_s)); // the agent moves on while it uploads
        QVERIFY(delivered.wait());
        const Message m = delivered.first().at(1).value<Message>();
        QCOMPARE(delivered.first().at(0).value<Outbox::Entry>().userId, u"alice"_s);
        QCOMPARE(m.type(), Message::Type::File);
        QCOMPARE(uploadOf(m)->smoochId, sandbox->store().findUser(u"alice"_s)->smoochId);
    }

    void aPastedImageIsSentAsPngOnce()
    {
        auto w = UiTest::window(*sandbox, dir->path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QImage shot(200, 100, QImage::Format_ARGB32);
        shot.fill(QColor(10, 120, 200));
        QApplication::clipboard()->setImage(shot);
        if (!QApplication::clipboard()->mimeData() ||
            !QApplication::clipboard()->mimeData()->hasImage())
            QSKIP("this platform has no clipboard");
        // A paste is confirmed first: declined, nothing goes.
        QStringList asked;
        bool answer = false;
        w->setConfirmer([&](const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        w->composer()->editor()->setFocus();
        QTest::keyClick(w->composer()->editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"200 × 100"_s), qPrintable(asked.first()));
        QVERIFY(!delivered.wait(500));
        QVERIFY(sandbox->store().attachments().isEmpty());
        QVERIFY(w->outbox()->undelivered().isEmpty());
        answer = true;
        QTest::keyClick(w->composer()->editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(asked.size(), 2);
        QVERIFY(delivered.wait());
        const Message m = delivered.first().at(1).value<Message>();
        QCOMPARE(m.mediaType, u"image/png"_s);
        const QByteArray png = uploadOf(m)->data;
        QVERIFY(png.startsWith("\x89PNG"));
        QCOMPARE(QImage::fromData(png).convertToFormat(QImage::Format_ARGB32), shot);
        QCOMPARE(sandbox->store().attachments().size(), 1);
        QVERIFY(w->composer()->editor()->toPlainText().isEmpty()); // nothing pasted as text
    }

    void aTooLargeFileIsExplainedAndNothingIsSent()
    {
        auto w = UiTest::window(*sandbox, dir->path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        const QString path = writeFile(u"video.mp4"_s, QByteArray(10 * 1024 * 1024 + 1, 'v'));
        const int before = int(sandbox->server().requests().size());
        drop(w->conversationView()->viewport(), {path});
        auto *pane = w->findChild<ConversationPane *>();
        QVERIFY(pane);
        QVERIFY2(pane->banner()->text().contains("10 MB"_L1), qPrintable(pane->banner()->text()));
        QVERIFY(pane->banner()->text().contains("video.mp4"_L1));
        QVERIFY(w->outbox()->undelivered().isEmpty());
        for (qsizetype i = before; i < sandbox->server().requests().size(); ++i)
            QVERIFY(!sandbox->server().requests().at(i).rawPath.contains("attachments"));
    }

    void theBubbleShowsProgressAndCancelRemovesTheUpload()
    {
        auto w = UiTest::window(*sandbox, dir->path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        auto *pane = w->findChild<ConversationPane *>();
        const QString path = writeFile(u"invoice.pdf"_s, "%PDF-1.4\n" + QByteArray(200000, 'x'));
        pane->setFileChooser([path] { return QStringList{path}; });
        // The sandbox stores the file but answers late: all bytes out, the answer not in yet.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay,
                                    .delayMs = 1500,
                                    .method = u"POST"_s,
                                    .pathContains = u"/attachments"_s});
        QMenu *menu = w->composer()->attachButton()->menu();
        QAction *fromComputer = menu->findChild<QAction *>(u"fileFromComputer"_s);
        QVERIFY(fromComputer);
        QCOMPARE(menu->actions().first(), fromComputer);
        fromComputer->trigger();
        MessageListModel *model = w->messageModel();
        const int row = model->rowCount() - 1;
        QTRY_COMPARE(model->index(row).data(MessageListModel::UploadProgressRole).toDouble(), 1.0);
        ConversationView *view = w->conversationView();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        const auto targets = view->messageDelegate()->targets(view->optionsFor(index), index);
        const auto cancel = std::find_if(targets.cbegin(), targets.cend(), [](const auto &t) {
            return t.kind == MessageDelegate::Target::Kind::CancelSend;
        });
        QVERIFY(cancel != targets.cend());
        QSignalSpy removed(w->outbox(), &Outbox::entryRemoved);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cancel->rect.center());
        // Waiting for the answer, the bubble says so and offers no second Cancel.
        QTRY_VERIFY(model->index(row).data(MessageListModel::CancellingRole).toBool());
        const auto after = view->messageDelegate()->targets(view->optionsFor(index), index);
        QVERIFY(std::none_of(after.cbegin(), after.cend(), [](const auto &t) {
            return t.kind == MessageDelegate::Target::Kind::CancelSend;
        }));
        QVERIFY(removed.wait(10000)); // once the answer came, the upload was removed
        QTRY_COMPARE(sandbox->store().attachments().size(), 0);
        QCOMPARE(sandbox->store().messageCount(sandbox->store().findUser(u"alice"_s)->smoochId), 5);
        QVERIFY(w->outbox()->undelivered().isEmpty());
    }
};

QTEST_MAIN(TestFileUi)
#include "tst_fileui.moc"
