#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/messagelistmodel.h"
#include "dialogs/shortcutsdialog.h"
#include "inbox/inboxmodel.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "storage/inboxstore.h"
#include "storage/localstore.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

/*! The console without a mouse, and as a screen reader sees it. */
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<MainWindow> w;

    /*! Three conversations in the inbox, newest first: alice, bob (2 unread), carol. */
    void seedInbox()
    {
        LocalStore store(dir->filePath(u"console.sqlite"_s));
        InboxStore inbox(&store);
        double t = 1700000000.0;
        for (const QString &user : {u"carol"_s, u"bob"_s, u"alice"_s}) {
            const auto seeded = sandbox->seedHistory(user, 30, 0, t);
            QList<Message> messages;
            for (const QJsonObject &m : seeded)
                messages.append(*Message::fromJson(m));
            inbox.record(user, user, messages, user != "bob"_L1);
            t += 1000;
        }
    }

    QString openUser() const { return w->messageModel()->userId(); }

    /*! Presses \a key on the focused widget, as a keyboard would, and waits for the page. */
    bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QSignalSpy loaded(w->messageModel(), &MessageListModel::initialLoadFinished);
        const QString before = openUser();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w.get(),
                        Qt::Key(key), modifiers);
        return openUser() == before || loaded.count() > 0 || loaded.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        dir = std::make_unique<QTemporaryDir>();
        seedInbox();
        w = UiTest::window(*sandbox, dir->path());
        QCOMPARE(w->inboxModel()->rowCount(), 3);
    }

    void cleanup()
    {
        w.reset();
        dir.reset();
        sandbox.reset();
    }

    void anAgentWorksWithoutAMouse()
    {
        // Next unread: bob is the only one.
        QVERIFY(press(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier));
        QCOMPARE(openUser(), u"bob"_s);
        // Next and previous conversation, in the inbox's order, around its ends.
        QVERIFY(press(Qt::Key_Down, Qt::AltModifier));
        QCOMPARE(openUser(), u"carol"_s);
        QVERIFY(press(Qt::Key_Down, Qt::AltModifier));
        QCOMPARE(openUser(), u"alice"_s);
        QVERIFY(press(Qt::Key_Up, Qt::AltModifier));
        QCOMPARE(openUser(), u"carol"_s);
        QVERIFY(press(Qt::Key_PageUp, Qt::ControlModifier));
        QCOMPARE(openUser(), u"bob"_s);
        // Bob has been read now: no unread conversation is left to jump to.
        QVERIFY(press(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier));
        QCOMPARE(openUser(), u"bob"_s);

        // Search the inbox, then back to the reply box and send with Ctrl+Return.
        QVERIFY(press(Qt::Key_F, Qt::ControlModifier));
        QCOMPARE(QApplication::focusWidget(), w->findChild<QLineEdit *>());
        QVERIFY(press(Qt::Key_L, Qt::ControlModifier));
        QCOMPARE(QApplication::focusWidget(), w->composer()->editor());
        QTest::keyClicks(w->composer()->editor(), u"sent by keyboard"_s);
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QVERIFY(press(Qt::Key_Return, Qt::ControlModifier));
        QVERIFY(delivered.wait());
        QCOMPARE(delivered.first().at(1).value<Message>().text, u"sent by keyboard"_s);

        // Tab walks filter, inbox, conversation, then the reply box's controls.
        w->findChild<QLineEdit *>()->setFocus();
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget(), w->findChild<QListView *>());
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget(), w->conversationView());
        // In the conversation, arrow keys move between messages.
        QVERIFY(press(Qt::Key_Up));
        const QModelIndex current = w->conversationView()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(press(Qt::Key_Up));
        QCOMPARE(w->conversationView()->currentIndex().row(), current.row() - 1);
        QWidget *afterView = nullptr;
        for (int i = 0; i < 4 && afterView != w->composer()->editor(); ++i) {
            QVERIFY(press(Qt::Key_Tab));
            afterView = QApplication::focusWidget();
            QVERIFY2(w->composer()->isAncestorOf(afterView),
                     afterView
                         ? qPrintable(QString::fromLatin1(afterView->metaObject()->className()) +
                                      u" "_s +
                                      (qobject_cast<QPushButton *>(afterView)
                                           ? qobject_cast<QPushButton *>(afterView)->text()
                                           : QString()))
                         : "none");
        }
        QCOMPARE(afterView, w->composer()->editor());
    }

    void theMenuKeyOffersAMessagesLinks()
    {
        // A message with a link, made current from the keyboard; the menu key lists the link.
        Message m;
        m.id = u"with-link"_s;
        m.roleName = u"appUser"_s;
        m.typeName = u"text"_s;
        m.text = u"See https://example.com/drop?a=1&b=2 please"_s;
        m.received = 1800000000.0;
        QVERIFY(UiTest::open(*w, u"alice"_s));
        w->messageModel()->addMessages({m});
        ConversationView *view = w->conversationView();
        view->setFocus();
        view->setCurrentIndex(w->messageModel()->indexOf(u"with-link"_s));
        QStringList entries;
        QTimer::singleShot(0, this, [&entries] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction *action : menu->actions())
                entries.append(action->text());
            menu->close();
        });
        QTest::keyClick(view, Qt::Key_Menu);
        // The "&" of the address is shown, not taken for a mnemonic.
        QVERIFY2(entries.contains(u"Open “https://example.com/drop?a=1&&b=2”"_s),
                 qPrintable(entries.join(u" | "_s)));
        QVERIFY(entries.contains(u"Copy text"_s));
    }

    void theShortcutsSheetListsEveryShortcut()
    {
        QList<QPair<QString, QString>> rows;
        QTimer::singleShot(0, this, [&rows] {
            auto *sheet = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
            if (!sheet)
                return;
            rows = sheet->rows();
            sheet->reject();
        });
        QTest::keyClick(w.get(), Qt::Key_F1);
        QTRY_VERIFY(!rows.isEmpty()); // the sheet opens without an event loop of its own
        const auto keysOf = [&rows](const QString &what) {
            for (const auto &row : rows)
                if (row.first == what)
                    return row.second;
            return QString();
        };
        const QString altDown =
            QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText);
        QVERIFY(keysOf(u"Next conversation"_s).contains(altDown));
        for (const QString &what :
             {u"Previous conversation"_s, u"Next unread conversation"_s, u"Write a reply"_s,
              u"Send reply"_s, u"Jump to newest"_s, u"Search conversations"_s,
              u"Open conversation"_s, u"Settings"_s, u"Keyboard shortcuts"_s})
            QVERIFY2(!keysOf(what).isEmpty(), qPrintable(what));
        // Every action with a shortcut is on the sheet.
        for (const QAction *action : w->findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty())
                QVERIFY2(!keysOf(action->text().remove(u'&').remove(u'…')).isEmpty(),
                         qPrintable(action->text()));
        }
    }

    void everyControlHasAnAccessibleName()
    {
        QVERIFY(UiTest::open(*w, u"alice"_s));
        int checked = 0;
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                     widget->metaObject()->className());
            QVERIFY2(!iface->text(QAccessible::Description).trimmed().isEmpty(),
                     qPrintable(iface->text(QAccessible::Name)));
            ++checked;
        }
        QVERIFY(checked >= 6); // filter, inbox, open, conversation, attach, reply, send
    }

    void aScreenReaderReadsTheConversationAndTheInbox()
    {
        QVERIFY(UiTest::open(*w, u"alice"_s));
        ConversationView *view = w->conversationView();
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->childCount(), view->model()->rowCount());
        QCOMPARE(list->text(QAccessible::Name), u"Conversation"_s);
        const int last = list->childCount() - 1;
        QAccessibleInterface *newest = list->child(last);
        QVERIFY(newest);
        QCOMPARE(newest->role(), QAccessible::ListItem);
        QVERIFY2(newest->text(QAccessible::Name).contains("message 29"_L1),
                 qPrintable(newest->text(QAccessible::Name)));
        QVERIFY(newest->text(QAccessible::Name).contains("Test User"_L1) ||
                newest->text(QAccessible::Name).contains("appMaker"_L1));
        QCOMPARE(list->indexOfChild(newest), last);
        QVERIFY(!newest->state().offscreen);
        QVERIFY(newest->rect().isValid());
        QCOMPARE(list->childAt(newest->rect().center().x(), newest->rect().center().y()), newest);

        // A message added above keeps its item; the item's index follows it.
        Message older;
        older.id = u"older"_s;
        older.roleName = u"appUser"_s;
        older.typeName = u"text"_s;
        older.text = u"from long ago"_s;
        older.received = 1600000000.0;
        w->messageModel()->addMessages({older});
        QCOMPARE(list->child(last + 1), newest);
        QCOMPARE(list->indexOfChild(newest), last + 1);
        QVERIFY(list->child(0)->text(QAccessible::Name).contains("from long ago"_L1));

        // Focus follows the keyboard.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(last + 1, 0));
        QCOMPARE(list->focusChild(), newest);
        QVERIFY(newest->state().focused);

        // The inbox: each conversation with its name, last message and unread count.
        QAccessibleInterface *inbox =
            QAccessible::queryAccessibleInterface(w->findChild<QListView *>());
        QVERIFY(inbox);
        bool bobRead = false;
        for (int i = 0; i < inbox->childCount(); ++i) {
            const QString text = inbox->child(i)->text(QAccessible::Name);
            bobRead = bobRead || (text.contains("bob"_L1) && text.contains("unread"_L1) &&
                                  text.contains("message 29"_L1));
        }
        QVERIFY(bobRead);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
