#include "conversation/conversationview.h"
#include "conversation/mediacache.h"
#include "conversation/messageaccessible.h"
#include "conversation/messagedelegate.h"
#include "conversation/messagelistmodel.h"
#include "sandbox/sandboxseeder.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "style/theme.h"
#include "text/plaintext.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

/*! Stands in for the desktop's browser: what QDesktopServices::openUrl was asked to open. */
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

/*! The conversation view on the offscreen platform, against the sandbox. */
class TestConversationView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> cacheDir;
    std::unique_ptr<ConversationApi> api;
    std::unique_ptr<MediaCache> media;
    std::unique_ptr<MessageListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<ConversationView> view;
    QList<QUrl> opened;

    bool open(const QString &user) { return UiTest::open(model.get(), user); }

    bool waitIdle() { return UiTest::waitIdle(model.get()); }

    struct Anchor
    {
        QString id;
        int bubbleTop; //!< where the reader sees the message
    };
    /*! The message at the middle of the viewport and where its bubble is drawn. */
    Anchor anchorAtMiddle() const
    {
        const QModelIndex index = view->indexAt(QPoint(10, view->viewport()->height() / 2));
        return {index.data(MessageListModel::IdRole).toString(),
                topOf(index.data(MessageListModel::IdRole).toString())};
    }
    int topOf(const QString &id) const
    {
        const QModelIndex index = view->model()->index(model->rowOf(id), 0);
        return view->messageDelegate()->bubbleRect(view->optionsFor(index), index).top();
    }

    /*! Every link, button and image of the row of message \a id, as a click finds them. */
    QList<MessageDelegate::Target> targetsOf(const QString &id)
    {
        QList<MessageDelegate::Target> targets;
        const QModelIndex index = view->model()->index(model->rowOf(id), 0);
        view->scrollTo(index, QAbstractItemView::PositionAtTop);
        const QStyleOptionViewItem option = view->optionsFor(index);
        for (int y = option.rect.top(); y < option.rect.bottom(); y += 3) {
            for (int x = 0; x < option.rect.width(); x += 6) {
                const auto t = view->messageDelegate()->targetAt(option, index, QPoint(x, y));
                if (t && std::none_of(targets.cbegin(), targets.cend(), [&](const auto &known) {
                        return known.kind == t->kind && known.url == t->url;
                    }))
                    targets.append(*t);
            }
        }
        return targets;
    }

    void click(const QString &id, const MessageDelegate::Target &target)
    {
        Q_EMIT view->messageDelegate()->targetActivated(view->model()->index(model->rowOf(id), 0),
                                                        target);
    }

    /*! Paints every row, as a reader scrolling through would have them drawn. */
    void paintAll()
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->scrollTo(view->model()->index(row, 0));
            view->viewport()->repaint();
        }
        view->grab();
    }

    int getCount() const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == "GET"_L1 ? 1 : 0;
        return n;
    }

    /*!
     * Answers the next message box with \a button, as the agent would, and keeps its text in
     * \a text; gives up after a few seconds.
     */
    void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, button, text, tries = 0]() mutable {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                timer->stop();
                timer->deleteLater();
                if (QAbstractButton *answer = box->button(button))
                    answer->click();
                else
                    box->reject();
            } else if (++tries > 500) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        cacheDir = std::make_unique<QTemporaryDir>();
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        media = std::make_unique<MediaCache>(cacheDir->path());
        media->setApiBaseUrl(sandbox->baseUrl());
        model = std::make_unique<MessageListModel>(api.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view = std::make_unique<ConversationView>(model.get(), media.get());
        opened.clear();
        view->setUrlOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        view->setConfirmer([](const QString &) { return true; });
        view->resize(800, 600);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }

    void cleanup()
    {
        view.reset();
        tester.reset();
        model.reset();
        media.reset();
        api.reset();
        cacheDir.reset();
        sandbox.reset();
    }

    void opensAtTheNewestMessage()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 150);
        QVERIFY(open(u"alice"_s));
        QVERIFY(view->isAtBottom());
        const QRect last = view->visualRect(view->model()->index(view->model()->rowCount() - 1, 0));
        QVERIFY(view->viewport()->rect().contains(last));
        QCOMPARE(model->messageAt(view->model()->rowCount() - 1)->id,
                 seeded.last().value("_id"_L1).toString());
    }

    void prependKeepsTheReaderInPlace()
    {
        sandbox->seedHistory(u"alice"_s, 400);
        QVERIFY(open(u"alice"_s));
        QCOMPARE(model->messageCount(), 100);
        // Scroll up into the prefetch zone: an older page starts loading.
        view->verticalScrollBar()->setValue(view->viewport()->height());
        QVERIFY(model->isLoading());
        const Anchor before = anchorAtMiddle();
        QVERIFY(!before.id.isEmpty());
        QVERIFY(waitIdle());
        QCOMPARE(model->messageCount(), 199); // the boundary message comes again and is dropped
        QCOMPARE(topOf(before.id), before.bubbleTop);
        QCOMPARE(anchorAtMiddle().id, before.id);
    }

    void newMessagesDoNotMoveAReaderWhoScrolledUp()
    {
        sandbox->seedHistory(u"alice"_s, 100);
        QVERIFY(open(u"alice"_s));
        QVERIFY(model->isAtStart());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        const Anchor before = anchorAtMiddle();
        const int value = view->verticalScrollBar()->value();

        Message m = *model->messageAt(model->rowCount() - 1);
        QList<Message> fresh;
        for (int i = 0; i < 3; ++i) {
            m.id = u"new-%1"_s.arg(i);
            *m.received += 10;
            fresh.append(m);
        }
        model->addMessages(fresh);
        QCOMPARE(view->verticalScrollBar()->value(), value);
        QCOMPARE(topOf(before.id), before.bubbleTop);
        QCOMPARE(view->unseenNewCount(), 3);
        QVERIFY(view->newMessagesButton()->isVisible());
        QVERIFY(view->newMessagesButton()->text().contains("3"_L1));

        QTest::keyClick(view.get(), Qt::Key_End);
        QVERIFY(view->isAtBottom());
        QVERIFY(!view->newMessagesButton()->isVisible());
        QCOMPARE(view->unseenNewCount(), 0);
    }

    void theBottomSticksWhenTheReaderIsThere()
    {
        sandbox->seedHistory(u"alice"_s, 100);
        QVERIFY(open(u"alice"_s));
        QVERIFY(view->isAtBottom());
        Message m = *model->messageAt(model->rowCount() - 1);
        m.id = u"newest"_s;
        *m.received += 10;
        model->addMessages({m});
        QVERIFY(view->isAtBottom());
        QCOMPARE(view->unseenNewCount(), 0);
        QVERIFY(view->viewport()->rect().contains(
            topOf(u"newest"_s) + 1 > 0 ? QPoint(10, topOf(u"newest"_s) + 1) : QPoint()));
    }

    void whatIsOnScreenIsWhatTheRowsSayAfterARowGrows_data()
    {
        QTest::addColumn<int>("history");
        QTest::newRow("short") << 2;
        QTest::newRow("long") << 100;
    }

    void whatIsOnScreenIsWhatTheRowsSayAfterARowGrows()
    {
        // A bubble that grows (a send that fails and says why) moves the rows around it; every
        // moved row must be drawn again, or the old pixels stay on screen as a ghost bubble.
        // A short conversation sits at the bottom of the window, a long one scrolls: both.
        QFETCH(int, history);
        sandbox->seedHistory(u"alice"_s, history);
        QVERIFY(open(u"alice"_s));
        Message draft = *model->messageAt(model->rowCount() - 1);
        draft.id.clear();
        draft.text = u"Are you there?"_s;
        MessageListModel::Outgoing outgoing{u"c1"_s, draft, Outbox::State::Sending, {}};
        model->setOutgoing(outgoing);
        const auto onScreen = [this] {
            const QPoint origin = view->viewport()->mapTo(view->window(), QPoint(0, 0));
            return view->screen()
                ->grabWindow(view->window()->winId(), origin.x(), origin.y(),
                             view->viewport()->width(), view->viewport()->height())
                .toImage()
                .convertToFormat(QImage::Format_RGB32);
        };
        const auto drawnAfresh = [this] {
            return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        QTRY_VERIFY(onScreen() == drawnAfresh());
        outgoing.state = Outbox::State::Queued;
        outgoing.error =
            u"Retrying in 1 s: Can't reach the server: it refused the connection. "_s.repeated(3);
        model->setOutgoing(outgoing);
        QVERIFY(view->isAtBottom());
        QTRY_VERIFY(onScreen() == drawnAfresh());
    }

    void anImageThatLoadsAboveTheReaderDoesNotMoveThem()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 60);
        const auto user = sandbox->store().findUser(u"alice"_s);
        const QString url = sandbox->baseUrl().toString() + u"/media/tall-400x800.png"_s;
        QJsonObject image{{"_id"_L1, "image"_L1},
                          {"type"_L1, "image"_L1},
                          {"role"_L1, "appUser"_L1},
                          {"mediaUrl"_L1, url},
                          {"received"_L1, seeded.at(5).value("received"_L1).toDouble() + 0.5}};
        QVERIFY(sandbox->store().insertMessage(user->smoochId, image));
        QVERIFY(open(u"alice"_s));
        QVERIFY(model->isAtStart());
        // Read somewhere below the image, which is off screen and not loaded yet.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() - 50);
        QVERIFY(topOf(u"image"_s) < 0);
        const Anchor before = anchorAtMiddle();
        const int heightBefore =
            view->visualRect(view->model()->index(model->rowOf(u"image"_s), 0)).height();
        QSignalSpy changed(media.get(), &MediaCache::changed);
        QVERIFY(media->thumbnail(QUrl(url)).isNull());
        QVERIFY(changed.wait());
        QCOMPARE(media->status(QUrl(url)), MediaCache::Status::Ready);
        const int heightAfter =
            view->visualRect(view->model()->index(model->rowOf(u"image"_s), 0)).height();
        QVERIFY2(heightAfter > heightBefore, "the tall image should make its row taller");
        QCOMPARE(topOf(before.id), before.bubbleTop);
        // The image came from the sandbox without the Authorization header.
        for (const auto &r : sandbox->server().requests()) {
            if (r.rawPath.startsWith("/media/"))
                QVERIFY(r.authorization.isEmpty());
        }
    }

    void everyDemoMessageRendersAsPlainText()
    {
        SandboxSeeder::seedDemo(sandbox->store(),
                                double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                                sandbox->baseUrl().toString() + u"/media"_s);
        QSet<QString> types;
        QStringList texts;
        for (const auto &user : sandbox->store().users()) {
            if (user.userId == QString::fromLatin1(SandboxSeeder::longHistoryUser))
                continue;
            QVERIFY(open(user.id()));
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                QStyleOptionViewItem option = view->optionsFor(index);
                const QSize size = view->messageDelegate()->sizeHint(option, index);
                QVERIFY(size.height() > 0);
                QImage canvas(size.width(), size.height(), QImage::Format_ARGB32);
                canvas.fill(Qt::white);
                QPainter painter(&canvas);
                option.rect = QRect(QPoint(0, 0), size);
                view->messageDelegate()->paint(&painter, option, index);
                painter.end();
                const Message *m = model->messageAt(row);
                types.insert(m->typeName);
                texts.append(index.data().toString());
            }
        }
        for (const char *type : {"text", "image", "file", "carousel", "list", "location", "form",
                                 "formResponse", "sticker"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), type);
        // Hostile content stays literal text.
        QVERIFY(
            texts.contains(u"<b>Is this bold?</b> <a href=\"javascript:alert(1)\">click</a>"_s));
        QVERIFY(texts.contains(u"Invoice for [U+202E]gpj.exe[U+202C] please"_s));
        QVERIFY(texts.contains(u"(empty message)"_s)); // the message with no fields at all
    }

    void lineBreaksStayInBubbles()
    {
        const auto user = sandbox->store().ensureUser(u"alice"_s, u"Alice"_s, u"A"_s);
        sandbox->store().ensureConversation(user.smoochId);
        QString words;
        while (words.size() < 4100)
            words += u"word "_s;
        const auto text = [&](const char *id, const QString &body, double received) {
            return QJsonObject{{"_id"_L1, QLatin1StringView(id)},
                               {"type"_L1, "text"_L1},
                               {"role"_L1, "appUser"_L1},
                               {"name"_L1, "Alice"_L1},
                               {"text"_L1, body},
                               {"received"_L1, received}};
        };
        QVERIFY(sandbox->store().insertMessages(
            user.smoochId,
            {text("two-lines", u"Line one\nLine two"_s, 1700000000.0),
             text("long", u"Start\n"_s + words, 1700000001.0),
             text("address", u"Zoë Example\n\n12 Long Road\nhttps://example.com/map"_s,
                  1700000002.0)}));
        QVERIFY(open(u"alice"_s));
        auto *delegate = view->messageDelegate();
        const auto indexOf = [&](const QString &id) {
            return view->model()->index(model->rowOf(id), 0);
        };

        // Two lines, one under the other, each hit where it is drawn.
        QModelIndex index = indexOf(u"two-lines"_s);
        QStyleOptionViewItem option = view->optionsFor(index);
        const QRect one = delegate->textLineRect(option, index, 0);
        const QRect two = delegate->textLineRect(option, index, 9); // "Line two"
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        QVERIFY2(two.top() >= one.bottom(), "line two is drawn below line one");
        const int hit = delegate->textPositionAt(option, index, two.center());
        QVERIFY2(hit >= 9 && hit <= 17, qPrintable(QString::number(hit)));
        QVERIFY(delegate->textPositionAt(option, index, one.center()) < 9);
        // Selecting part of it: the editor over the text holds both lines, and room for them.
        const std::unique_ptr<QWidget> editor(
            delegate->createEditor(view->viewport(), option, index));
        QVERIFY(editor);
        delegate->updateEditorGeometry(editor.get(), option, index);
        QCOMPARE(qobject_cast<QPlainTextEdit *>(editor.get())->toPlainText(),
                 u"Line one\nLine two"_s);
        QVERIFY(editor->geometry().contains(QRect(one.topLeft(), two.bottomRight())));
        QVERIFY(editor->height() >= 2 * one.height());
        // A screen reader hears the break; the one-line summary (inbox, notifications) has none.
        const QString spoken =
            MessageAccessible(view.get(), u"two-lines"_s).text(QAccessible::Name);
        QVERIFY2(spoken.endsWith(u"Line one\nLine two"_s), qPrintable(spoken));
        QCOMPARE(index.data().toString(), u"Line one Line two"_s);

        // An empty line between paragraphs stays; a link on a later line is hit where it is drawn.
        index = indexOf(u"address"_s);
        option = view->optionsFor(index);
        const QRect name = delegate->textLineRect(option, index, 0);
        const QRect road = delegate->textLineRect(option, index, 13); // "12 Long Road"
        QVERIFY2(road.top() >= name.bottom() + name.height() - 1, "an empty line in between");
        const QRect linkLine = delegate->textLineRect(option, index, 26);
        QVERIFY(linkLine.top() >= road.bottom());
        const auto link = delegate->targetAt(option, index, linkLine.center());
        QVERIFY(link);
        QCOMPARE(link->url, QUrl(u"https://example.com/map"_s));

        // The "more characters" note of a long message starts a line of its own.
        index = indexOf(u"long"_s);
        option = view->optionsFor(index);
        const int more = 4000 + 1; // after the cut and its line break
        const QRect noteLine = delegate->textLineRect(option, index, more);
        QVERIFY(!noteLine.isEmpty());
        QCOMPARE(delegate->textPositionAt(option, index,
                                          QPoint(noteLine.left() + 1, noteLine.center().y())),
                 more);
        QVERIFY(delegate->textLineRect(option, index, 0).top() <
                delegate->textLineRect(option, index, 6).top()); // "Start" alone on its line
    }

    void aWhisperIsAnAutomatedBusinessMessage()
    {
        const auto user = sandbox->store().ensureUser(u"alice"_s, u"Alice"_s, u"A"_s);
        sandbox->store().ensureConversation(user.smoochId);
        const auto message = [&](const char *id, const char *role, double received) {
            return QJsonObject{{"_id"_L1, QLatin1StringView(id)},
                               {"type"_L1, "text"_L1},
                               {"role"_L1, QLatin1StringView(role)},
                               {"text"_L1, "Your order has shipped."_L1},
                               {"received"_L1, received}};
        };
        QVERIFY(sandbox->store().insertMessages(user.smoochId,
                                                {message("reply", "appMaker", 1700000000.0),
                                                 message("whisper", "whisper", 1700000100.0)}));
        QVERIFY(open(u"alice"_s));
        auto *delegate = view->messageDelegate();
        const QModelIndex reply = view->model()->index(model->rowOf(u"reply"_s), 0);
        const QModelIndex whisper = view->model()->index(model->rowOf(u"whisper"_s), 0);
        // On the business's side, like the agent's reply, in the same colour.
        const QRect replyBubble = delegate->bubbleRect(view->optionsFor(reply), reply);
        QStyleOptionViewItem option = view->optionsFor(whisper);
        const QRect bubble = delegate->bubbleRect(option, whisper);
        QCOMPARE(bubble.right(), replyBubble.right());
        QImage canvas(option.rect.size(), QImage::Format_ARGB32);
        canvas.fill(Qt::white);
        {
            QPainter painter(&canvas);
            const QPoint shift = -option.rect.topLeft();
            option.rect.moveTo(0, 0);
            delegate->paint(&painter, option, whisper);
            const QPoint inside =
                bubble.translated(shift).topLeft() + QPoint(7, bubble.height() / 2);
            painter.end();
            QCOMPARE(canvas.pixelColor(inside), Theme::colors(option.palette).outgoing);
        }
        // A screen reader says it was automated, and sent to the customer, not hidden from them.
        const QString spoken = MessageAccessible(view.get(), u"whisper"_s).text(QAccessible::Name);
        QVERIFY2(spoken.startsWith(u"Automated message"_s), qPrintable(spoken));
        QVERIFY(!spoken.contains(u"note"_s, Qt::CaseInsensitive));
    }

    void onlySafeLinksOpen()
    {
        SandboxSeeder::seedDemo(sandbox->store(),
                                double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                                sandbox->baseUrl().toString() + u"/media"_s);
        QVERIFY(open(u"dmitri.volkov"_s));
        auto *delegate = view->messageDelegate();
        QList<MessageDelegate::Target> targets;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            view->scrollTo(index, QAbstractItemView::PositionAtTop);
            const QStyleOptionViewItem option = view->optionsFor(index);
            for (int y = option.rect.top();
                 y < std::min(option.rect.bottom(), option.rect.top() + 400); y += 4) {
                for (int x = 0; x < option.rect.width(); x += 8) {
                    if (const auto t = delegate->targetAt(option, index, QPoint(x, y));
                        t && (targets.isEmpty() || targets.last().label != t->label))
                        targets.append(*t);
                }
            }
        }
        QStringList labels;
        for (const auto &t : std::as_const(targets)) {
            labels.append(t.label);
            Q_EMIT delegate->targetActivated(view->model()->index(0, 0), t);
        }
        QVERIFY2(labels.contains(u"↗ Run script"_s), qPrintable(labels.join(u", ")));
        QVERIFY(labels.contains(u"↗ Local file"_s));
        // Of all the links and buttons, only the web and mail ones left the app.
        QStringList schemes;
        for (const QUrl &url : std::as_const(opened))
            schemes.append(url.scheme());
        QVERIFY(!opened.isEmpty());
        for (const QString &scheme : std::as_const(schemes))
            QVERIFY2(scheme == "https"_L1 || scheme == "mailto"_L1, qPrintable(scheme));
        QVERIFY(opened.contains(QUrl(u"https://example.com/ok"_s)));
        // The plain-http image never loads.
        QVERIFY(!media->isAllowed(QUrl(u"http://media.example.com/plain-http.png"_s)));
    }

    void mediaOfOthersLoadsOnlyFromTrustedHostsOrOnAClick()
    {
        // A listener on loopback counts every connection made to it: a local service, or a
        // host that learns the agent's address and reading time.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = listener.nextPendingConnection()) {
                ++connections;
                socket->close();
                socket->deleteLater();
            }
        });
        const QString other = u"127.0.0.1:%1"_s.arg(listener.serverPort());
        const auto user = sandbox->seedHistory(u"alice"_s, 1);
        const QString smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        const double t = user.first().value("received"_L1).toDouble();
        const auto image = [&](const QString &id, const QString &url, double at) {
            QJsonObject m{
                {"_id"_L1, id},       {"type"_L1, "image"_L1}, {"role"_L1, "appUser"_L1},
                {"mediaUrl"_L1, url}, {"received"_L1, at},     {"avatarUrl"_L1, url + u"?avatar"_s},
                {"authorId"_L1, id}, // each heads its own group, with its avatar
                {"name"_L1, id}};
            QVERIFY(sandbox->store().insertMessage(smoochId, m));
        };
        image(u"local"_s, u"http://"_s + other + u"/router-admin.png"_s, t + 1);
        image(u"elsewhere"_s, u"https://"_s + other + u"/tracker.png"_s, t + 2);
        image(u"own"_s, sandbox->baseUrl().toString() + u"/media/own-40x40.png"_s, t + 3);

        // A profile on the real service: loopback is out of bounds, even on a click.
        media->setApiBaseUrl(QUrl(u"https://api.smooch.io"_s));
        QVERIFY(open(u"alice"_s));
        paintAll();
        for (const auto &target : targetsOf(u"local"_s))
            click(u"local"_s, target);
        paintAll();
        QCOMPARE(media->status(QUrl(u"http://"_s + other + u"/router-admin.png"_s)),
                 MediaCache::Status::Failed);
        QVERIFY(!media->isAllowed(QUrl(u"https://localhost/x.png"_s)));
        QVERIFY(!media->isAllowed(QUrl(u"http://[::1]/x.png"_s)));
        QCOMPARE(connections, 0); // checked again below, after real round trips

        // A local profile (the sandbox): its own media loads by itself; another host's image
        // waits for a click, its avatar too; the click loads that image only.
        model->setConversation({});
        media->setApiBaseUrl(sandbox->baseUrl());
        QSignalSpy changed(media.get(), &MediaCache::changed);
        QVERIFY(open(u"alice"_s));
        paintAll();
        const QUrl own(sandbox->baseUrl().toString() + u"/media/own-40x40.png"_s);
        QTRY_COMPARE(media->status(own), MediaCache::Status::Ready);
        const QUrl elsewhere(u"https://"_s + other + u"/tracker.png"_s);
        QCOMPARE(media->status(elsewhere), MediaCache::Status::Blocked);
        QCOMPARE(media->status(QUrl(elsewhere.toString() + u"?avatar"_s)),
                 MediaCache::Status::Blocked);
        QCOMPARE(connections, 0);
        // The placeholder says where the image would come from.
        QVERIFY(media->loadsByItself(QUrl(u"https://media.smooch.io/apps/a/b.png"_s)));
        QVERIFY(media->loadsByItself(QUrl(u"https://media.eu-1.smooch.io/apps/a/b.png"_s)));
        QVERIFY(!media->loadsByItself(QUrl(u"https://media.smooch.io.evil.example/b.png"_s)));

        const auto targets = targetsOf(u"elsewhere"_s);
        const auto picture = std::find_if(targets.cbegin(), targets.cend(), [](const auto &x) {
            return x.kind == MessageDelegate::Target::Kind::Image;
        });
        QVERIFY(picture != targets.cend());
        QCOMPARE(picture->url, elsewhere);
        click(u"elsewhere"_s, *picture);
        paintAll();
        QTRY_VERIFY(connections >= 1); // requested now (the listener is no image server)
        QTRY_COMPARE(media->status(elsewhere), MediaCache::Status::Failed);
        QCOMPARE(media->status(QUrl(elsewhere.toString() + u"?avatar"_s)),
                 MediaCache::Status::Blocked);

        // The setting trusts every https host: the avatar loads too.
        const int before = connections;
        media->setTrustAnyHttpsHost(true);
        paintAll();
        QTRY_VERIFY(connections > before);
    }

    void theServicesGeneratedTextIsNotDrawnTwice()
    {
        // The sandbox writes "Location shared:\n<maps link>" into a location, as the service
        // does; the bubble draws the place and its map button, not that text as well.
        sandbox->seedHistory(u"alice"_s, 1);
        NewMessage where;
        where.role = u"appUser"_s;
        where.type = u"location"_s;
        where.coordinates.emplace();
        where.coordinates->lat = 45.5261583;
        where.coordinates->lon = -73.595346;
        const QJsonObject generated = sandbox->server().createMessage(u"alice"_s, where);
        QVERIFY(generated.value("text"_L1).toString().contains("maps.google.com"_L1));
        where.text = u"Here: https://maps.google.com/maps?q=1,2"_s; // the sender's own words
        const QJsonObject own = sandbox->server().createMessage(u"alice"_s, where);
        QVERIFY(open(u"alice"_s));
        const auto linksOf = [this](const QString &id) {
            QStringList links;
            const QModelIndex index = view->model()->index(model->rowOf(id), 0);
            for (const auto &t : view->messageDelegate()->targets(view->optionsFor(index), index))
                if (t.kind == MessageDelegate::Target::Kind::Link)
                    links.append(t.url.toString());
            return links;
        };
        QCOMPARE(linksOf(generated.value("_id"_L1).toString()), QStringList());
        QCOMPARE(linksOf(own.value("_id"_L1).toString()),
                 QStringList({u"https://maps.google.com/maps?q=1,2"_s}));
    }

    void mailLinksAskFirstAndShowTheAddress()
    {
        const auto seeded = sandbox->seedHistory(u"alice"_s, 1);
        QJsonObject m{
            {"_id"_L1, "mail"_L1},
            {"type"_L1, "text"_L1},
            {"role"_L1, "appUser"_L1},
            {"text"_L1, "Write mailto:billing@example.com?subject=Hi&attach=/etc/passwd now"_L1},
            {"received"_L1, seeded.first().value("received"_L1).toDouble() + 1}};
        QVERIFY(sandbox->store().insertMessage(sandbox->store().findUser(u"alice"_s)->smoochId, m));
        QVERIFY(open(u"alice"_s));
        QStringList questions;
        bool answer = false;
        view->setConfirmer([&](const QString &question) {
            questions.append(question);
            return answer;
        });
        const auto targets = targetsOf(u"mail"_s);
        const auto link = std::find_if(targets.cbegin(), targets.cend(), [](const auto &t) {
            return t.kind == MessageDelegate::Target::Kind::Link;
        });
        QVERIFY(link != targets.cend());
        QCOMPARE(link->url.scheme(), u"mailto"_s);

        click(u"mail"_s, *link);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().contains("billing@example.com"_L1),
                 qPrintable(questions.first()));
        QVERIFY(opened.isEmpty()); // declined: nothing opens

        answer = true;
        click(u"mail"_s, *link);
        QCOMPARE(questions.size(), 2);
        // The address only: the query someone else wrote stays out of the agent's mail.
        QCOMPARE(opened, QList<QUrl>({QUrl(u"mailto:billing@example.com"_s)}));
    }

    void anHttpsButtonOpensOnlyAfterTheAgentAgrees()
    {
        const QString link = u"https://shop.example/track?order=42"_s;
        const auto user = sandbox->store().ensureUser(u"alice"_s);
        sandbox->store().ensureConversation(user.smoochId);
        QVERIFY(sandbox->store().insertMessage(
            user.smoochId, {{"_id"_L1, "with-button"_L1},
                            {"type"_L1, "text"_L1},
                            {"role"_L1, "appMaker"_L1},
                            {"text"_L1, "Your order is on its way."_L1},
                            {"actions"_L1, QJsonArray{QJsonObject{{"type"_L1, "link"_L1},
                                                                  {"text"_L1, "Track"_L1},
                                                                  {"uri"_L1, link}}}},
                            {"received"_L1, 1700000000.0}}));
        // The view as the console builds it: the real confirmation and the desktop's opener,
        // which a URL handler makes observable.
        view = std::make_unique<ConversationView>(model.get(), media.get());
        view->resize(800, 600);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"https"_s); });
        QVERIFY(open(u"alice"_s));
        const QModelIndex index = view->model()->index(model->rowOf(u"with-button"_s), 0);
        QPoint button;
        for (const auto &t : view->messageDelegate()->targets(view->optionsFor(index), index))
            if (t.kind == MessageDelegate::Target::Kind::Action && t.url == QUrl(link))
                button = t.rect.center();
        QVERIFY(!button.isNull());
        QVERIFY(view->viewport()->rect().contains(button));

        // Declined: asked with the address, nothing opens.
        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button);
        QVERIFY2(question.contains(link), qPrintable(question));
        QVERIFY(browser.urls.isEmpty());

        // Agreed: it opens, once.
        question.clear();
        answerNextMessageBox(QMessageBox::Yes, &question);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button);
        QVERIFY2(question.contains(link), qPrintable(question));
        QCOMPARE(browser.urls, QList<QUrl>{QUrl(link)});
    }

    void scrollsToTheFirstOfFiveThousandWithoutAJump()
    {
        SandboxSeeder::seedDemo(sandbox->store(),
                                double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                                sandbox->baseUrl().toString() + u"/media"_s);
        sandbox->server().clearRequests();
        QVERIFY(open(QString::fromLatin1(SandboxSeeder::longHistoryUser)));
        int pages = 1;
        while (!model->isAtStart()) {
            // The reader drags to the very top; a page is already on its way or starts now.
            view->verticalScrollBar()->setValue(0);
            const Anchor before = anchorAtMiddle();
            QVERIFY(model->isLoading());
            QVERIFY(waitIdle());
            ++pages;
            QCOMPARE(topOf(before.id), before.bubbleTop);
            QVERIFY(pages <= 60);
        }
        QCOMPARE(model->messageCount(), SandboxSeeder::longHistorySize);
        QSet<QString> ids;
        double previous = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Message *m = model->messageAt(row);
            QVERIFY(m);
            ids.insert(m->id);
            QVERIFY(*m->received >= previous);
            previous = *m->received;
        }
        QCOMPARE(ids.size(), SandboxSeeder::longHistorySize);
        // One GET per page and never the same one twice.
        QStringList queries;
        for (const auto &r : sandbox->server().requests())
            queries.append(QString::fromLatin1(r.rawQuery));
        QCOMPARE(queries.size(), pages);
        QCOMPARE(QSet<QString>(queries.begin(), queries.end()).size(), pages);
        view->verticalScrollBar()->setValue(0);
        QCOMPARE(view->indexAt(QPoint(10, 5)).data(MessageListModel::IdRole).toString(),
                 model->messageAt(0)->id);
        QVERIFY(model->messageAt(0)->text.contains("(#1)"_L1));
    }

    void rowsTileTheContentAfterEveryKindOfChange()
    {
        // The view keeps row offsets incrementally; after any change they must be what a layout
        // from scratch gives: every row as tall as the delegate says, with no gap or overlap.
        const auto check = [this] {
            const int top = view->visualRect(view->model()->index(0, 0)).top();
            int y = top;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                const QRect rect = view->visualRect(index);
                const int height =
                    view->messageDelegate()->sizeHint(view->optionsFor(index), index).height();
                if (rect.top() != y || rect.height() != height ||
                    view->indexAt(QPoint(10, rect.center().y())) != index) {
                    qWarning() << "row" << row << rect << "expected top" << y << "height" << height;
                    return false;
                }
                y = rect.bottom() + 1;
            }
            // Scrolled by the scroll bar; a short conversation sits at the bottom.
            const int content = y - top;
            const int room = view->viewport()->height() - content;
            return top == std::max(0, room) - view->verticalScrollBar()->value() &&
                   view->verticalScrollBar()->maximum() == std::max(0, -room);
        };
        sandbox->seedHistory(u"bob"_s, 2);
        QVERIFY(open(u"bob"_s));
        QVERIFY(check());
        QVERIFY(view->visualRect(view->model()->index(0, 0)).top() > 0);
        QCOMPARE(view->visualRect(view->model()->index(1, 0)).bottom(),
                 view->viewport()->height() - 1);
        sandbox->seedHistory(u"alice"_s, 40, 0, 1700000000.0);
        QVERIFY(open(u"alice"_s));
        QVERIFY(check());
        const auto message = [](const QString &id, double received, const QString &text) {
            Message m;
            m.id = id;
            m.roleName = u"appUser"_s;
            m.typeName = u"text"_s;
            m.text = text;
            m.received = received;
            return m;
        };
        // At the top, in the middle (a long one), at the bottom.
        model->addMessages({message(u"top"_s, 1600000000.0, u"oldest"_s)});
        QVERIFY(check());
        model->addMessages({message(u"middle"_s, 1700000010.5, u"a long one "_s.repeated(40))});
        QVERIFY(check());
        model->addMessages({message(u"bottom"_s, 1800000000.0, u"newest"_s)});
        QVERIFY(check());
        // Removed from the middle and the top; brought back.
        model->removeMessage(u"middle"_s);
        QVERIFY(check());
        model->removeMessage(u"top"_s);
        QVERIFY(check());
        model->restoreMessage(message(u"middle"_s, 1700000010.5, u"short now"_s));
        QVERIFY(check());
        // A width change lays out everything again.
        view->resize(500, 600);
        QVERIFY(check());
    }

    void copyAndContextActions()
    {
        sandbox->seedHistory(u"alice"_s, 5);
        QVERIFY(open(u"alice"_s));
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::ClearAndSelect);
        QCOMPARE(view->selectedText(), u"message 2"_s);
        view->selectionModel()->select(view->model()->index(3, 0), QItemSelectionModel::Select);
        const QString two = view->selectedText();
        QVERIFY(two.contains("message 2"_L1) && two.contains("message 3"_L1));
        QVERIFY(two.indexOf("message 2"_L1) < two.indexOf("message 3"_L1));
    }
};

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
