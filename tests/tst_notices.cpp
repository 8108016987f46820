#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "client/conversationapi.h"
#include "conversation/banner.h"
#include "conversation/composer.h"
#include "conversation/messagelistmodel.h"
#include "dialogs/clearhistorydialog.h"
#include "inbox/inboxmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "session/session.h"
#include "style/theme.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

/*! What the agent is told: first run, an empty inbox, no connection, a clear's outcome. */
class TestNotices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QTemporaryDir> home;
    QByteArray oldHome;

    std::unique_ptr<MainWindow> window() { return UiTest::window(*sandbox, dir->path()); }

    /*! Runs \a answer on the next modal dialog, once it is up (looking for 10 s at most). */
    template<typename Dialog> static void whenModal(std::function<void(Dialog *)> answer)
    {
        auto *timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, ticks = 0]() mutable {
            if (++ticks > 1000) {
                timer->deleteLater();
                return;
            }
            if (auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(d);
            }
        });
        timer->start();
    }

    /*! The visible push button of \a parent labelled \a text (mnemonics ignored), or null. */
    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->isVisibleTo(parent) && QString(b->text()).remove(u'&') == text)
                return b;
        }
        return nullptr;
    }

    static QPushButton *clearButton(ClearHistoryDialog &d)
    {
        return button(&d, u"Clear history"_s);
    }

    static QAction *action(MainWindow &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (QString(a->text()).remove(u'&') == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A home without a Documents folder, as on many fresh machines.
        oldHome = qgetenv("HOME");
        home = std::make_unique<QTemporaryDir>();
        qputenv("HOME", home->path().toLocal8Bit());
    }

    void cleanupTestCase()
    {
        qputenv("HOME", oldHome);
        Theme::apply(Theme::Mode::System);
    }

    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 30);
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    // D13: the clear dialog.

    void theClearDialogExportsFirstToAFolderThatExists()
    {
        QVERIFY(!QFileInfo::exists(home->filePath(u"Documents"_s)));
        ClearHistoryDialog d(u"zoe/1"_s);
        const auto *exportFirst = d.findChild<QCheckBox *>();
        QVERIFY(exportFirst && exportFirst->isChecked());
        const QFileInfo file(d.exportPath());
        QVERIFY2(QFileInfo(file.absolutePath()).isDir(), qPrintable(d.exportPath()));
        QVERIFY(!file.fileName().contains(u'/'));
    }

    void theClearDialogSaysWhatIsWrongWithThePathBeforeDeleting()
    {
        ClearHistoryDialog d(u"zoe"_s);
        d.show();
        auto *path = d.findChild<QLineEdit *>(u"exportPath"_s);
        QVERIFY(path);
        const auto problem = [&d] {
            for (QLabel *l : d.findChildren<QLabel *>()) {
                if (l->isVisibleTo(&d) && l->accessibleName() == "Export problem"_L1)
                    return l->text();
            }
            return QString();
        };
        auto *confirm = d.findChild<QLineEdit *>(u"confirmUserId"_s);
        QVERIFY(confirm);
        QTest::keyClicks(confirm, u"zoe"_s);
        QVERIFY(clearButton(d)->isEnabled());
        QVERIFY(problem().isEmpty());

        path->setText(home->filePath(u"missing/zoe.json"_s));
        QVERIFY(problem().contains("does not exist"_L1));
        QVERIFY(!clearButton(d)->isEnabled());
        path->setText(home->path());
        QVERIFY(problem().contains("folder"_L1));
        QVERIFY(!clearButton(d)->isEnabled());
        path->setText(home->filePath(u"zoe.json"_s));
        QVERIFY(problem().isEmpty());
        QVERIFY(clearButton(d)->isEnabled());
        // An earlier export is never overwritten: it may be the only copy of a cleared history.
        {
            QFile earlier(home->filePath(u"zoe.json"_s));
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("PREVIOUS EXPORT");
        }
        // Found when the admin confirms, though the path was typed before the file appeared.
        QTest::mouseClick(clearButton(d), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(problem().contains("already exists"_L1));
        QVERIFY(!clearButton(d)->isEnabled());
        // The suggested name is one that does not exist yet.
        ClearHistoryDialog again(u"zoe"_s);
        QVERIFY(!QFileInfo::exists(again.exportPath()));
        // Without the export, the path does not matter.
        path->setText(home->filePath(u"missing/zoe.json"_s));
        d.findChild<QCheckBox *>()->setChecked(false);
        QVERIFY(problem().isEmpty());
        QVERIFY(clearButton(d)->isEnabled());
    }

    void enterClearsAndTheButtonLooksDestructive()
    {
        ClearHistoryDialog d(u"zoe"_s);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QPushButton *clear = clearButton(d);
        QPushButton *cancel = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY(clear && cancel);
        // Its colours once it can act (it is disabled until the user id is typed).
        const QColor fill = clear->palette().color(QPalette::Active, QPalette::Button);
        QVERIFY(fill != cancel->palette().color(QPalette::Active, QPalette::Button));
        QVERIFY(fill.red() > fill.green() + 60); // red, in light and dark
        QVERIFY(Theme::contrast(
                    fill, clear->palette().color(QPalette::Active, QPalette::ButtonText)) >= 4.5);

        // Disabled until the id is typed, and it looks it: not the red of a button that acts.
        const auto centre = [clear] {
            const QImage image = clear->grab().toImage();
            return image.pixelColor(image.width() / 2, 3);
        };
        QVERIFY(!clear->isEnabled());
        const QColor idle = centre();
        QVERIFY2(!(idle.red() > idle.green() + 60), qPrintable(idle.name()));

        auto *confirm = d.findChild<QLineEdit *>(u"confirmUserId"_s);
        QVERIFY(confirm->hasFocus());
        QTest::keyClick(confirm, Qt::Key_Return); // not yet confirmed: nothing happens
        QVERIFY(d.isVisible());
        QTest::keyClicks(confirm, u"zoe"_s);
        QVERIFY(clear->isEnabled());
        const QColor ready = centre();
        QVERIFY2(ready.red() > ready.green() + 60, qPrintable(ready.name()));
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.exportPath().isEmpty());
    }

    // D13: the clear from the window, its banners.

    void aClearFromTheWindowIsConfirmedAndItsBannersCanBeDismissed()
    {
        auto w = window();
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QAction *clear = action(*w, u"Clear history…"_s);
        QVERIFY(clear);
        QSignalSpy cleared(w.get(), &MainWindow::historyCleared);
        QString exportPath;
        const auto confirm = [&exportPath](ClearHistoryDialog *d) {
            exportPath = d->exportPath();
            auto *id = d->findChild<QLineEdit *>(u"confirmUserId"_s);
            QTest::keyClicks(id, u"alice"_s);
            // Enter must clear; should it open another dialog (Browse…), close that one.
            QTimer::singleShot(1000, d, [d] {
                auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (other && other != d)
                    other->reject();
            });
            QTest::keyClick(id, Qt::Key_Return);
            if (d->isVisible())
                d->reject(); // Enter did not clear: fail below rather than wait here
        };

        // The server refuses: the banner says why; the agent closes it.
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 400, .method = u"DELETE"_s});
        whenModal<ClearHistoryDialog>(confirm);
        clear->trigger();
        QVERIFY(cleared.wait());
        QVERIFY(!cleared.last().at(1).toString().isEmpty());
        QVERIFY(w->banner()->isVisible());
        QCOMPARE(w->banner()->kind(), Banner::Kind::Error);
        QVERIFY(w->banner()->text().contains("could not be cleared"_L1));
        w->banner()->closeButton()->click();
        QVERIFY(!w->banner()->isVisible());

        // Failed again, then cleared: the failure goes, the success is confirmed.
        sandbox->server().addFault(
            {.kind = SandboxFault::Kind::Status, .status = 400, .method = u"DELETE"_s});
        whenModal<ClearHistoryDialog>(confirm);
        clear->trigger();
        QVERIFY(cleared.wait());
        QVERIFY(w->banner()->isVisible());
        whenModal<ClearHistoryDialog>(confirm);
        clear->trigger();
        QVERIFY(cleared.wait());
        QCOMPARE(cleared.last().at(1).toString(), QString());
        QVERIFY(QFileInfo::exists(exportPath));
        QVERIFY(w->banner()->isVisible());
        QCOMPARE(w->banner()->kind(), Banner::Kind::Success);
        QVERIFY2(w->banner()->text().startsWith("History of "_L1), qPrintable(w->banner()->text()));
        QVERIFY2(w->banner()->text().contains(u" cleared · export saved to "_s),
                 qPrintable(w->banner()->text()));
        QVERIFY(w->banner()->text().contains(QDir::toNativeSeparators(exportPath)));
        QCOMPARE(sandbox->store().messageCount(sandbox->store().findUser(u"alice"_s)->smoochId), 0);
    }

    void bannersTakeTheirColoursFromTheTheme()
    {
        for (const auto mode : {Theme::Mode::Dark, Theme::Mode::Light}) {
            Theme::apply(mode);
            auto w = window();
            w->showBanner(u"Something failed"_s);
            QVERIFY(w->banner()->isVisible());
            const QImage image = w->banner()->grab().toImage();
            const QColor fill = image.pixelColor(2, 2);
            const bool dark = mode == Theme::Mode::Dark;
            QCOMPARE(fill.lightness() < 128, dark);
            const auto *label = w->banner()->findChild<QLabel *>();
            QVERIFY(label);
            QVERIFY(Theme::contrast(fill, label->palette().color(QPalette::WindowText)) >= 4.5);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        Theme::apply(Theme::Mode::System);
    }

    // G25: the first run.

    void theFirstRunWelcomesInTheWindowAndStaysReachable()
    {
        ProfileStore profiles(dir->filePath(u"profiles.ini"_s));
        CredentialStore keychain(u"smooch-console-test-notices"_s);
        MainWindow w(&profiles, &keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QPushButton *demo = button(&w, u"Try the demo"_s);
        QPushButton *connect = button(&w, u"Connect your Smooch app"_s);
        QVERIFY(demo && connect);
        QVERIFY(demo->isVisible() && connect->isVisible());

        // The title is all there, below the menus.
        QLabel *title = nullptr;
        for (QLabel *l : w.findChildren<QLabel *>()) {
            if (l->accessibleName() == "Conversation title"_L1)
                title = l;
        }
        QVERIFY(title && title->isVisible());
        const QRect shown(title->mapTo(&w, QPoint(0, 0)), title->size());
        QVERIFY(shown.top() >= w.menuBar()->geometry().bottom());
        QVERIFY(title->width() >= title->sizeHint().width());
        QVERIFY(title->height() >= title->sizeHint().height());

        // Nothing can be opened without an app: no way in that asks for an id, then does nothing.
        QAction *openById = action(w, u"Open conversation…"_s);
        QVERIFY(openById && !openById->isEnabled());
        QPushButton *openButton = button(&w, u"Open conversation…"_s);
        QVERIFY(openButton && !openButton->isEnabled());

        // Connecting, then changing one's mind: the welcome is still there.
        bool rejected = false;
        whenModal<QDialog>([&rejected](QDialog *d) {
            d->reject();
            rejected = true;
        });
        connect->click();
        QTRY_VERIFY(rejected); // the dialog opens without an event loop of its own
        QVERIFY(demo->isVisible() && connect->isVisible());

        QSignalSpy wanted(&w, SIGNAL(demoRequested()));
        QVERIFY(wanted.isValid());
        demo->click();
        QCOMPARE(wanted.size(), 1);

        // With a profile open it steps aside.
        w.openSession(sandbox->profile(u"p"_s), sandbox->server().config().secret, {},
                      dir->filePath(u"p"_s));
        QVERIFY(!demo->isVisible());
    }

    // G22: an empty inbox.

    void anEmptyInboxSaysWhyAndOffersTheWaysIn()
    {
        auto w = window();
        QAbstractItemModelTester tester(w->inboxModel());
        QCOMPARE(w->inboxModel()->rowCount(), 0);
        QPushButton *live = button(w.get(), u"Set up live updates…"_s);
        QPushButton *open = button(w.get(), u"Open by user id…"_s);
        QVERIFY(live && open);
        QVERIFY(live->isVisible() && open->isVisible());
        QLabel *why = nullptr;
        for (QLabel *l : w->findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains("cannot list conversations"_L1))
                why = l;
        }
        QVERIFY(why);
        QVERIFY(why->text().contains("live updates"_L1));
        QVERIFY(open->toolTip().contains(
            QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));

        QSignalSpy loaded(w->messageModel(), &MessageListModel::initialLoadFinished);
        whenModal<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(u"alice"_s);
            d->accept();
        });
        open->click();
        QVERIFY(loaded.wait());
        QTRY_COMPARE(w->inboxModel()->rowCount(), 1);
        QVERIFY(!open->isVisible());
        QVERIFY(w->findChild<QListView *>()->isVisible());
    }

    // G23: no connection.

    void withoutAConnectionTheWindowSaysSoAndRecovers()
    {
        auto w = window();
        w->session()->api()->setRetryPolicy(RetryPolicy::none());
        const quint16 port = sandbox->server().port();
        sandbox->server().stop();
        w->openConversation(u"alice"_s);
        MessageListModel *model = w->messageModel();
        QAbstractItemModelTester tester(model);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 15000);
        // In plain words, with the details a hover away.
        const QString status = model->index(0).data().toString();
        QVERIFY2(!status.contains("network error"_L1) && !status.contains("Connection refused"_L1),
                 qPrintable(status));
        QVERIFY2(status.contains("reach"_L1), qPrintable(status));

        Banner *bar = w->connectionBar();
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->text(), u"Can't reach Smooch — retrying"_s);

        // The server comes back: the load is tried again by itself and the bar goes.
        QVERIFY(sandbox->server().start(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(model->messageCount(), 30, 30000);
        QTRY_VERIFY(!bar->isVisible());
    }

    void inboxRowsMarkUnsentMessages()
    {
        auto w = window();
        QAbstractItemModelTester tester(w->inboxModel());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        const int unsentRole = w->inboxModel()->roleNames().key("unsent", -1);
        QVERIFY(unsentRole >= 0);
        const auto unsent = [&w, unsentRole] {
            const int row = w->inboxModel()->rowOf(u"alice"_s);
            return row < 0 ? -1 : w->inboxModel()->index(row).data(unsentRole).toInt();
        };
        QTRY_COMPARE(unsent(), 0);
        const quint16 port = sandbox->server().port();
        sandbox->server().stop();
        w->composer()->editor()->setPlainText(u"are you there?"_s);
        QVERIFY(w->composer()->send());
        QTRY_COMPARE(unsent(), 1);
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QVERIFY(sandbox->server().start(QHostAddress::LocalHost, port));
        QVERIFY(delivered.wait(30000));
        QTRY_COMPARE(unsent(), 0);
    }

    void aConversationWrittenToOfflineIsListedWithItsUnsentMark()
    {
        // Opened by id while the server cannot be reached: nothing has been loaded, yet the
        // agent's queued reply must be findable in the inbox, marked as not yet sent.
        auto w = window();
        QAbstractItemModelTester tester(w->inboxModel());
        const quint16 port = sandbox->server().port();
        sandbox->server().stop();
        w->openConversation(u"nobody.yet"_s);
        QCOMPARE(w->inboxModel()->rowOf(u"nobody.yet"_s), -1);
        w->composer()->editor()->setPlainText(u"are you there?"_s);
        QVERIFY(w->composer()->send());
        const int unsentRole = w->inboxModel()->roleNames().key("unsent", -1);
        QTRY_VERIFY(w->inboxModel()->rowOf(u"nobody.yet"_s) >= 0);
        const QModelIndex row = w->inboxModel()->index(w->inboxModel()->rowOf(u"nobody.yet"_s));
        QTRY_COMPARE(row.data(unsentRole).toInt(), 1);
        QVERIFY(sandbox->server().start(QHostAddress::LocalHost, port));
    }
};

QTEST_MAIN(TestNotices)
#include "tst_notices.moc"
