// Benchmarks of what agents feel. Not a test: nothing here passes or fails; scripts/bench runs it
// in a Release build and prints the table. Each figure prints one line:
//   FIGURE<TAB>name<TAB>measured<TAB>target<TAB>met
#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "client/appusersapi.h"
#include "client/conversationapi.h"
#include "client/historypaging.h"
#include "conversation/conversationview.h"
#include "conversation/mediacache.h"
#include "conversation/messagelistmodel.h"
#include "customer/customerpanel.h"
#include "sandbox/sandboxseeder.h"
#include "sandboxfixture.h"
#include "session/customercontroller.h"
#include "session/outbox.h"
#include "session/session.h"
#include "session/typingnotifier.h"
#include "storage/customerstore.h"
#include "storage/inboxstore.h"
#include "storage/localstore.h"
#include "uitestutil.h"

#include <QApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char *name, const QString &measured, const QString &target, bool met)
{
    std::printf("FIGURE\t%s\t%s\t%s\t%s\n", name, qPrintable(measured), qPrintable(target),
                met ? "yes" : "NO");
    std::fflush(stdout);
}

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

Message textMessage(int i, double received)
{
    Message m;
    m.id = u"%1"_s.arg(i, 24, 16, QLatin1Char('0'));
    m.authorId = i % 2 ? u"5f3c9a1b2d4e6f708192a3b4"_s : u"c7f6e6d6c3a637261bd9656f"_s;
    m.roleName = i % 2 ? u"appMaker"_s : u"appUser"_s;
    m.typeName = u"text"_s;
    m.name = i % 2 ? u"Sam (Support)"_s : u"Alice Martin"_s;
    m.text = u"Message number %1: thanks, the replacement arrived and works fine."_s.arg(i);
    m.received = received;
    return m;
}

/*! A model holding \a count text messages, one second apart, ending now-ish. */
void fill(MessageListModel &model, int count, double start = 1.6e9)
{
    for (int begin = 0; begin < count; begin += 10000) {
        QList<Message> batch;
        for (int i = begin; i < std::min(count, begin + 10000); ++i)
            batch.append(textMessage(i, start + i));
        model.addMessages(batch);
    }
}

/*! A realistic page: 100 messages of mixed types, about 60 KB. */
QByteArray realisticPage(int run, double start)
{
    QFile carousel(QStringLiteral(TEST_DATA_DIR "/spec-examples/message-carousel-response.json"));
    carousel.open(QIODevice::ReadOnly);
    const QJsonObject card =
        QJsonDocument::fromJson(carousel.readAll()).object().value("message"_L1).toObject();
    QJsonArray messages;
    for (int i = 0; i < 100; ++i) {
        QJsonObject m = textMessage(1'000'000 + run * 100 + i, start + i).toJson();
        m.insert("avatarUrl"_L1, "https://media.example.com/avatars/alice-128x128.png"_L1);
        m.insert("source"_L1,
                 QJsonObject{{"type"_L1, "messenger"_L1},
                             {"originalMessageId"_L1, "mid.1457764197618:41d102a3e1ae206a38"_L1}});
        m.insert("metadata"_L1, QJsonObject{{"clientMessageId"_L1, u"c-%1-%2"_s.arg(run).arg(i)}});
        m.insert("text"_L1, m.value("text"_L1).toString() +
                                " I checked the order page again and the tracking number still "
                                "shows the old address; could you update it before it ships?"_L1);
        if (i % 10 == 3) {
            m.insert("type"_L1, "image"_L1);
            m.insert("mediaUrl"_L1, "https://media.example.com/uploads/photo-800x600.png"_L1);
            m.insert("mediaType"_L1, "image/png"_L1);
        } else if (i % 10 == 7) {
            QJsonObject c = card;
            c.insert("_id"_L1, m.value("_id"_L1));
            c.insert("received"_L1, m.value("received"_L1));
            m = c;
        }
        messages.append(m);
    }
    return QJsonDocument(QJsonObject{{"conversation"_L1,
                                      QJsonObject{{"_id"_L1, "c"_L1}, {"unreadCount"_L1, 0}}},
                                     {"messages"_L1, messages},
                                     {"previous"_L1, "https://api.smooch.io/x?before=1"_L1}})
        .toJson(QJsonDocument::Compact);
}

void pageIngest(ConversationApi &api)
{
    MessageListModel model(&api);
    fill(model, 100'000);
    QList<double> times;
    qsizetype bytes = 0;
    for (int run = 0; run < 60; ++run) {
        const QByteArray body = realisticPage(run, 1.7e9 + run * 1000);
        bytes = body.size();
        QElapsedTimer t;
        t.start();
        const auto page = MessagesPage::fromJson(body);
        const auto batch =
            HistoryPaging::accept(*page, HistoryPaging::newerThan(1.7e9 + run * 1000 - 1),
                                  [&](const QString &id) { return model.rowOf(id) >= 0; });
        model.addMessages(batch.fresh);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    report("1. page ingest (100 msgs, ~60 KB, into 100,000)",
           u"%1 ms median (page %2 KB)"_s.arg(median(times), 0, 'f', 3).arg(bytes / 1024),
           u"<= 1 ms"_s, median(times) <= 1.0);
}

double scrollFrames(ConversationApi &api, MediaCache &media, int count)
{
    MessageListModel model(&api);
    ConversationView view(&model, &media);
    view.resize(1280, 800);
    view.show();
    fill(model, count);
    view.doItemsLayout();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    QScrollBar *bar = view.verticalScrollBar();
    const int steps = 300;
    const int start = std::max(0, bar->maximum() - steps * 40);
    for (int i = 0; i < steps; ++i) {
        bar->setValue(start + i * 40);
        QElapsedTimer t;
        t.start();
        QPainter painter(&frame);
        view.viewport()->render(&painter);
        painter.end();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void scroll(ConversationApi &api, MediaCache &media)
{
    const double small = scrollFrames(api, media, 1000);
    const double large = scrollFrames(api, media, 100'000);
    report("2. scroll frame, 1280x800 (1,000 / 100,000 messages)",
           u"%1 / %2 ms median (%3x)"_s.arg(small, 0, 'f', 2)
               .arg(large, 0, 'f', 2)
               .arg(large / small, 0, 'f', 2),
           u"<= 4 ms, 100k <= 1.2x 1k"_s, large <= 4.0 && large <= 1.2 * small);
}

void prepend(ConversationApi &api, MediaCache &media)
{
    MessageListModel model(&api);
    ConversationView view(&model, &media);
    view.resize(1280, 800);
    view.show();
    fill(model, 100'000, 1.7e9);
    view.doItemsLayout();
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QList<double> times;
    for (int run = 0; run < 60; ++run) {
        QList<Message> older;
        for (int i = 0; i < 100; ++i)
            older.append(textMessage(2'000'000 + run * 100 + i, 1.6e9 - (run + 1) * 1000 + i));
        QElapsedTimer t;
        t.start();
        model.addMessages(older); // rows go on top; the view keeps its anchor before returning
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    report("3. prepend a page at 100,000, view anchored",
           u"%1 ms median"_s.arg(median(times), 0, 'f', 2), u"<= 4 ms"_s, median(times) <= 4.0);
}

void memory(ConversationApi &api)
{
    const long before = residentKiB();
    MessageListModel model(&api);
    fill(model, 100'000);
    const long after = residentKiB();
    const double perMessage = double(after - before) * 1024.0 / 100'000;
    report("4. memory per loaded text message (100,000)", u"%1 bytes"_s.arg(perMessage, 0, 'f', 0),
           u"<= 1024 bytes"_s, perMessage <= 1024);
}

void requests()
{
    SandboxFixture sandbox;
    SandboxSeeder::seedDemo(sandbox.store(), 1.8e9, sandbox.baseUrl().toString() + u"/media"_s);
    ConversationApi api;
    api.setConnection(sandbox.connection());
    MessageListModel model(&api);
    QSignalSpy loaded(&model, &MessageListModel::initialLoadFinished);
    model.setConversation(QString::fromLatin1(SandboxSeeder::longHistoryUser));
    loaded.wait(10000);
    while (model.canFetchMore({})) {
        QSignalSpy done(&model, &MessageListModel::loadingChanged);
        model.fetchMore({});
        while (model.isLoading() && done.wait(10000)) {
        }
    }
    QStringList queries;
    for (const auto &r : sandbox.server().requests())
        queries.append(QString::fromLatin1(r.rawQuery));
    const qsizetype unique = QSet<QString>(queries.begin(), queries.end()).size();

    TypingNotifier typing(&api);
    qint64 now = 0;
    typing.setClock([&now] { return now; });
    typing.setConversation(QString::fromLatin1(SandboxSeeder::longHistoryUser));
    sandbox.server().clearRequests();
    QString text;
    for (int i = 0; i < 200; ++i) { // 200 characters at 5 a second
        text += u'a';
        typing.textEdited(text);
        now += 200;
        if (!typing.isIdle()) { // the request answers, as it would between two keystrokes
            QSignalSpy idle(&typing, &TypingNotifier::idle);
            idle.wait(5000);
        }
    }
    typing.stop();
    QSignalSpy idle(&typing, &TypingNotifier::idle);
    if (!typing.isIdle())
        idle.wait(5000);
    const int activity = int(sandbox.server().requests().size());
    // The target is ceil(N / 99): a cursor of exactly the oldest held timestamp would skip any
    // unseen message that shares it (the demo history has such ties), so HistoryPaging's cursor
    // reaches one millisecond past it and brings one held message again per page.
    const int target = (5000 + 98) / 99;
    report("6a. requests: newest to oldest of 5,000",
           u"%1 GETs (%2 distinct)"_s.arg(queries.size()).arg(unique),
           u"%1 GETs (ceil(N/99)), no duplicate"_s.arg(target),
           queries.size() <= target && unique == queries.size());
    report("6b. requests: typing 200 characters at 5 a second",
           u"%1 activity requests"_s.arg(activity), u"<= 3"_s, activity <= 3);
}

void startup()
{
    // A saved profile of a sandbox, its secret in the keychain, and an inbox of 500
    // conversations cached from an earlier run: what an agent's console opens every morning.
    SandboxFixture sandbox;
    QTemporaryDir home;
    const QString config = home.filePath(u"config"_s);
    const QString data = home.filePath(u"data"_s);
    ProfileStore profiles(config + u"/smooch-console/smooch-console.conf"_s);
    Profile p = sandbox.profile(u"bench"_s);
    p.temporary = false;
    p.name = u"Bench"_s;
    p = profiles.save(p);
    profiles.setCurrentId(p.id);
    CredentialStore keychain;
    QEventLoop written;
    QString keychainError;
    keychain.write(p.secretKey(), sandbox.server().config().secret, &keychain,
                   [&](const QString &error) {
                       keychainError = error;
                       written.quit();
                   });
    written.exec();
    if (!keychainError.isEmpty()) {
        report("5. start-up to the first painted window, cached inbox",
               u"failed: keychain: %1"_s.arg(keychainError), u"<= 300 ms median"_s, false);
        return;
    }
    {
        LocalStore store(Session::dataDirectoryFor(p, data + u"/smooch-console/smooch-console"_s) +
                         u"/console.sqlite"_s);
        InboxStore inbox(&store);
        for (int i = 0; i < 500; ++i) {
            Message m = textMessage(i, 1.8e9 - i * 600.0);
            inbox.record(u"user-%1"_s.arg(i), u"Customer %1"_s.arg(i), {m}, i % 7 != 0);
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    env.insert(u"XDG_DATA_HOME"_s, data);
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    QList<double> times;
    QString shown;
    for (int run = 0; run < 15; ++run) {
        QProcess console;
        console.setProcessEnvironment(env);
        QSignalSpy finished(&console, &QProcess::finished);
        QElapsedTimer t;
        t.start();
        console.start(QStringLiteral(BIN_DIR "/smooch-console"), {u"--startup-probe"_s});
        while (!console.canReadLine() && console.state() != QProcess::NotRunning)
            console.waitForReadyRead(10000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        shown = QString::fromLocal8Bit(console.readLine()).trimmed();
        if (!shown.startsWith("painted"_L1))
            break;
        times.append(ms);
        if (console.state() != QProcess::NotRunning)
            finished.wait(10000);
    }
    QEventLoop removed;
    keychain.remove(p.secretKey(), &keychain, [&removed](const QString &) { removed.quit(); });
    removed.exec();
    if (times.size() < 15) {
        report("5. start-up to the first painted window, cached inbox", u"failed: %1"_s.arg(shown),
               u"<= 300 ms median"_s, false);
        return;
    }
    report("5. start-up to the first painted window, cached inbox",
           u"%1 ms median (%2)"_s.arg(median(times), 0, 'f', 0).arg(shown.section(u"; "_s, 1)),
           u"<= 300 ms median"_s, median(times) <= 300);
}

/*! Waits (bounded) until \a controller has every answer of its refresh. */
bool waitRefreshed(CustomerController &controller)
{
    QElapsedTimer waited;
    waited.start();
    while (controller.isLoading() && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return !controller.isLoading();
}

void panelOpen()
{
    // The demo's customers on a loopback sandbox, into the real panel (painted each time).
    SandboxFixture sandbox;
    SandboxSeeder::seedDemo(sandbox.store(), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                            sandbox.baseUrl().toString() + u"/media"_s);
    QTemporaryDir dir;
    LocalStore local(dir.filePath(u"console.sqlite"_s));
    CustomerStore cache(&local);
    AppUsersApi users;
    users.setConnection(sandbox.connection());
    CustomerController controller(&users, &cache);
    MediaCache media(dir.filePath(u"media"_s));
    CustomerPanel panel(&media);
    panel.resize(320, 800);
    panel.setController(&controller);
    panel.show();
    const QStringList ids = {u"alice.martin"_s, u"bob.nguyen"_s, u"carla.rossi"_s,
                             QString::fromLatin1(SandboxSeeder::whatsAppUser),
                             QString::fromLatin1(SandboxSeeder::closedWindowUser)};
    QList<double> network, cached;
    bool ok = true;
    for (int run = 0; run < 25 && ok; ++run) {
        const QString id = ids.at(run % ids.size());
        QSqlQuery(local.database()).exec(u"DELETE FROM customers"_s);
        controller.open({});
        QElapsedTimer timer;
        timer.start();
        controller.open(id); // nothing cached: everything from the network
        ok = waitRefreshed(controller) && controller.appUser();
        panel.grab();
        network << double(timer.nsecsElapsed()) / 1e6;
        controller.open({});
        timer.restart();
        controller.open(id); // from the cache, before any answer
        ok = ok && controller.appUser();
        panel.grab();
        cached << double(timer.nsecsElapsed()) / 1e6;
        ok = ok && waitRefreshed(controller);
    }
    if (!ok) {
        report("12. customer panel open (cached / from the network)", u"failed"_s,
               u"<= 16 ms / <= 100 ms median"_s, false);
        return;
    }
    report("12. customer panel open (cached / from the network)",
           u"%1 ms / %2 ms median"_s.arg(median(cached), 0, 'f', 1).arg(median(network), 0, 'f', 1),
           u"<= 16 ms / <= 100 ms median"_s, median(cached) <= 16 && median(network) <= 100);
}

/*! Time from dropping a 5 MB file on the conversation to its message posted, on loopback. */
void dropFile()
{
    QStandardPaths::setTestModeEnabled(true);
    SandboxFixture sandbox;
    sandbox.seedHistory(u"alice"_s, 20);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"manual.pdf"_s);
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        QByteArray data = "%PDF-1.4\n";
        data += QByteArray(5 * 1024 * 1024 - data.size(), 'x');
        file.write(data);
    }
    auto w = UiTest::window(sandbox, dir.path());
    if (!UiTest::open(*w, u"alice"_s)) {
        report("13. drop a 5 MB file to its message posted, loopback", u"failed"_s, u"< 1 s"_s,
               false);
        return;
    }
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QWidget *target = w->conversationView()->viewport();
        QSignalSpy delivered(w->outbox(), &Outbox::delivered);
        QElapsedTimer t;
        t.start();
        QDragEnterEvent enter(target->rect().center(), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(target->rect().center(), Qt::CopyAction, &data, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        if (!delivered.wait(30000))
            break;
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double ms = median(times);
    report("13. drop a 5 MB file to its message posted, loopback",
           times.size() == 5 ? u"%1 ms (median of 5)"_s.arg(ms, 0, 'f', 0) : u"failed"_s,
           u"< 1 s"_s, times.size() == 5 && ms < 1000);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ConversationApi api; // never sends: the models below are fed directly
    QTemporaryDir cache;
    MediaCache media(cache.path());
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (only.isEmpty() || only == "ingest"_L1)
        pageIngest(api);
    if (only.isEmpty() || only == "scroll"_L1)
        scroll(api, media);
    if (only.isEmpty() || only == "prepend"_L1)
        prepend(api, media);
    if (only.isEmpty() || only == "memory"_L1)
        memory(api);
    if (only.isEmpty() || only == "requests"_L1)
        requests();
    if (only.isEmpty() || only == "startup"_L1)
        startup();
    if (only.isEmpty() || only == "panel"_L1)
        panelOpen();
    if (only.isEmpty() || only == "dropfile"_L1)
        dropFile();
    return 0;
}
