#include "client/attachmentsapi.h"
#include "sandboxfixture.h"
#include "session/outbox.h"
#include "session/outgoingfile.h"
#include "storage/localstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
/*!
 * The child process of the kill tests: an outbox on \a db against the sandbox named by the
 * SMOOCH_* environment. "enqueue FILE USER" stores a file message and prints its client id;
 * both modes print "sent" once every message of the outbox is delivered, and stay until killed
 * or 30 s have passed.
 */
int runDriver(const QStringList &args)
{
    const QString db = args.value(0);
    LocalStore store(db);
    ConversationApi api;
    api.setConnection(ApiConnection::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    api.setTimeout(std::chrono::milliseconds(20000));
    Outbox outbox(&api, &store);
    RetryPolicy fast;
    fast.maxAttempts = 1000;
    fast.baseDelay = std::chrono::milliseconds(20);
    fast.maxDelay = std::chrono::milliseconds(100);
    outbox.setRetryPolicy(fast);
    outbox.setVerifyMargin(std::chrono::seconds(5));
    const auto report = [&outbox] {
        if (outbox.undelivered().isEmpty()) {
            std::printf("sent\n");
            std::fflush(stdout);
        }
    };
    QObject::connect(&outbox, &Outbox::delivered, &outbox, report);
    if (args.value(1) == "enqueue"_L1) {
        const OutgoingFile file = OutgoingFile::fromPath(args.value(2));
        const QString id = outbox.enqueueFile(args.value(3), file);
        std::printf("enqueued %s\n", qPrintable(id));
        std::fflush(stdout);
    }
    QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(2); });
    return QCoreApplication::exec();
}

QByteArray pngOf(const QSize &size, QColor color)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
} // namespace

/*!
 * Files from the desktop through the outbox against the sandbox: the file is uploaded once and
 * its message posted once, through kills of a real process at each step; sizes and types are
 * checked before anything is sent; a cancel leaves nothing behind; bytes arrive as they were.
 */
class TestAttachments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ConversationApi> api;
    std::unique_ptr<Outbox> outbox;

    QString dbPath() const { return dir->filePath(u"console.sqlite"_s); }

    void start()
    {
        store = std::make_unique<LocalStore>(dbPath());
        QVERIFY(store->isOpen());
        api = std::make_unique<ConversationApi>();
        api->setConnection(sandbox->connection());
        api->setTimeout(std::chrono::milliseconds(2000));
        outbox = std::make_unique<Outbox>(api.get(), store.get());
        outbox->attachments()->setTimeout(std::chrono::milliseconds(2000));
        RetryPolicy fast;
        fast.maxAttempts = 1000;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(100);
        outbox->setRetryPolicy(fast);
    }

    void stop()
    {
        outbox.reset();
        api.reset();
        store.reset();
    }

    bool waitForState(const QString &clientId, Outbox::State state, int ms = 15000)
    {
        QDeadlineTimer deadline(ms);
        while (true) {
            const auto e = outbox->entry(clientId);
            if (e && e->state == state)
                return true;
            QSignalSpy spy(outbox.get(), &Outbox::entryChanged);
            if (!spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return false;
        }
    }

    int requestsTo(const QByteArray &method, const QByteArray &pathEnd) const
    {
        int n = 0;
        for (const auto &r : sandbox->server().requests())
            n += r.method == QLatin1String(method) && r.rawPath.endsWith(pathEnd) ? 1 : 0;
        return n;
    }

    /*! The user's messages that carry \a clientId. */
    QList<QJsonObject> messagesOf(const QString &user, const QString &clientId)
    {
        QList<QJsonObject> found;
        const auto u = sandbox->store().findUser(user);
        if (!u)
            return found;
        for (const QJsonObject &m :
             sandbox->store().messages(u->smoochId, PageRequest::latest()).messages)
            if (m.value("metadata"_L1).toObject().value("clientMessageId"_L1).toString() ==
                clientId)
                found.append(m);
        return found;
    }

    /*! The stored upload behind \a mediaUrl. */
    std::optional<SandboxStore::Attachment> uploadOf(const QString &mediaUrl)
    {
        const QString path = QUrl(mediaUrl).path();
        return sandbox->store().attachment(path.mid(u"/media/"_s.size()));
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    bool noCopiesLeft() const
    {
        return QDir(dir->filePath(u"outbox-files"_s))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
            .isEmpty();
    }

    QProcessEnvironment driverEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto &config = sandbox->server().config();
        env.insert(u"SMOOCH_BASE_URL"_s, sandbox->baseUrl().toString());
        env.insert(u"SMOOCH_APP_ID"_s, config.appId);
        env.insert(u"SMOOCH_KEY_ID"_s, config.keyId);
        env.insert(u"SMOOCH_SECRET"_s, QString::fromUtf8(config.secret)); // the sandbox's own
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;console.store.info=true"_s);
        return env;
    }

    /*!
     * Starts the driver on the test's database with \a args, waits until the sandbox has
     * handled (or swallowed) \a method \a pathEnd, then kills it with SIGKILL.
     */
    void runAndKill(const QStringList &args, const QString &method, const QString &pathEnd,
                    QString *clientId)
    {
        QProcess child;
        child.setProcessEnvironment(driverEnvironment());
        QSignalSpy handled(&sandbox->server(), &SandboxServer::requestHandled);
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{u"--driver"_s, dbPath()} + args);
        QVERIFY(child.waitForStarted());
        const auto reached = [&] {
            for (const auto &call : handled)
                if (call.at(0).toString() == method && call.at(1).toString().endsWith(pathEnd))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reached(), 20000);
        child.kill(); // SIGKILL: no goodbye
        QVERIFY(child.waitForFinished(5000));
        const QByteArray out = child.readAllStandardOutput();
        if (clientId && out.startsWith("enqueued "))
            *clientId = QString::fromLatin1(out.mid(9).split('\n').first());
        QVERIFY2(!out.contains("sent"), out.constData());
    }

    /*! Restarts the driver undisturbed until everything is delivered. */
    void runUntilSent()
    {
        QProcess child;
        child.setProcessEnvironment(driverEnvironment());
        child.start(QCoreApplication::applicationFilePath(), {u"--driver"_s, dbPath()});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("sent"),
                                  (out + child.readAllStandardError()).constData(), 20000);
        child.kill();
        child.waitForFinished(5000);
    }

    /*! The kill scenario: \a fault at \a method \a pathEnd, a kill there, a restart. */
    void killAt(const SandboxFault &fault, const QString &method, const QString &pathEnd,
                int expectedUploads)
    {
        stop(); // the child owns the database now
        sandbox->store().ensureUser(u"alice"_s);
        const QByteArray bytes = pngOf({300, 200}, Qt::darkCyan);
        const QString file = writeFile(u"chart.png"_s, bytes);
        sandbox->server().addFault(fault);
        QString id;
        runAndKill({u"enqueue"_s, file, u"alice"_s}, method, pathEnd, &id);
        QVERIFY(!id.isEmpty());
        sandbox->server().clearFaults();
        runUntilSent();
        const auto arrived = messagesOf(u"alice"_s, id);
        QCOMPARE(arrived.size(), 1); // exactly once
        const auto uploads = sandbox->store().attachments();
        QCOMPARE(uploads.size(), expectedUploads);
        const auto used = uploadOf(arrived.first().value("mediaUrl"_L1).toString());
        QVERIFY(used);
        QCOMPARE(used->data, bytes);
        QCOMPARE(arrived.first().value("type"_L1).toString(), u"image"_s);
        start();
        QCOMPARE(outbox->entry(id)->state, Outbox::State::Sent);
        QVERIFY(noCopiesLeft());
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->store().ensureUser(u"alice"_s);
        sandbox->store().ensureUser(u"bob"_s);
        dir = std::make_unique<QTemporaryDir>();
        start();
    }

    void cleanup()
    {
        stop();
        dir.reset();
        sandbox.reset();
    }

    void aFileGoesUpThenItsMessageOnce()
    {
        const QByteArray pdf = "%PDF-1.4\n% a small document\n" + QByteArray(5000, 'x');
        const QString path = writeFile(u"report q3.pdf"_s, pdf);
        const OutgoingFile file = OutgoingFile::fromPath(path);
        QVERIFY2(file.isValid(), qPrintable(file.error));
        QCOMPARE(file.mimeType, u"application/pdf"_s);
        QSignalSpy progress(outbox.get(), &Outbox::uploadProgressed);
        NewMessage post;
        post.text = u"Here is the report"_s;
        post.name = u"Sam"_s;
        const QString id = outbox->enqueueFile(u"alice"_s, file, post);
        QVERIFY(!id.isEmpty());
        // Stored with its own copy before anything went out.
        QVERIFY(QFile::exists(outbox->entry(id)->filePath));
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(requestsTo("POST", "/attachments"), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
        const auto upload = sandbox->server().requests().first();
        QVERIFY(upload.rawQuery.contains("access=public"));
        QVERIFY(upload.rawQuery.contains("for=message"));
        QVERIFY(upload.rawQuery.contains("appUserId=alice"));
        QVERIFY(upload.contentType.startsWith("multipart/form-data; boundary="));
        const auto arrived = messagesOf(u"alice"_s, id);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().value("type"_L1).toString(), u"file"_s);
        QCOMPARE(arrived.first().value("mediaType"_L1).toString(), u"application/pdf"_s);
        QCOMPARE(arrived.first().value("text"_L1).toString(), u"Here is the report"_s);
        QCOMPARE(arrived.first().value("name"_L1).toString(), u"Sam"_s);
        QCOMPARE(uploadOf(arrived.first().value("mediaUrl"_L1).toString())->data, pdf);
        QVERIFY(noCopiesLeft()); // the server has it: the local copy went
    }

    void killedDuringTheUploadItArrivesOnceWithOneUpload()
    {
        // The sandbox takes the upload and never answers: stored nowhere, like a body cut off.
        SandboxFault swallow{.kind = SandboxFault::Kind::NoAnswer,
                             .method = u"POST"_s,
                             .pathContains = u"/attachments"_s};
        killAt(swallow, u"POST"_s, u"/attachments"_s, 1);
    }

    void killedAfterTheUploadItIsNotUploadedAgain()
    {
        // The upload answered; the POST of the message is swallowed; killed there.
        SandboxFault swallow{.kind = SandboxFault::Kind::NoAnswer,
                             .method = u"POST"_s,
                             .pathContains = u"/messages"_s};
        killAt(swallow, u"POST"_s, u"/messages"_s, 1);
    }

    void killedAfterThePostArrivedItIsFoundNotSentAgain()
    {
        // The message is stored, its answer comes too late: the restart finds it.
        SandboxFault late{.kind = SandboxFault::Kind::Delay,
                          .delayMs = 60000,
                          .method = u"POST"_s,
                          .pathContains = u"/messages"_s};
        killAt(late, u"POST"_s, u"/messages"_s, 1);
    }

    void killedBetweenStoredAndAnsweredTheFileIsUploadedTwice()
    {
        // The one window the outbox cannot close: the server stored the file, its answer never
        // came. The message still arrives once; the first copy stays on the server, unused.
        SandboxFault late{.kind = SandboxFault::Kind::Delay,
                          .delayMs = 60000,
                          .method = u"POST"_s,
                          .pathContains = u"/attachments"_s};
        killAt(late, u"POST"_s, u"/attachments"_s, 2);
    }

    void aLocalFileOverTenMegabytesIsRefusedBeforeUpload()
    {
        const QString path =
            writeFile(u"big.bin"_s, QByteArray(AttachmentsApi::maxFileSize + 1, 'b'));
        const OutgoingFile file = OutgoingFile::fromPath(path);
        QVERIFY(!file.isValid());
        QVERIFY2(file.error.contains("10 MB"_L1), qPrintable(file.error));
        QVERIFY(file.data.isEmpty()); // never read
        QVERIFY(outbox->enqueueFile(u"alice"_s, file).isEmpty());
        QVERIFY(!OutgoingFile::fromPath(writeFile(u"empty.txt"_s, {})).isValid());
        QVERIFY(sandbox->server().requests().isEmpty());
        // Exactly the limit is fine.
        QVERIFY(OutgoingFile::fromPath(
                    writeFile(u"limit.bin"_s, QByteArray(AttachmentsApi::maxFileSize, 'b')))
                    .isValid());
    }

    void theSandboxAnswers413AndTheOutboxSaysWhy()
    {
        // The sandbox itself, over the wire: 10 MB and one byte is 413.
        QNetworkAccessManager network;
        auto [type, body] =
            AttachmentsApi::multipart(QByteArray(AttachmentsApi::maxFileSize + 1, 'b'),
                                      u"big.bin"_s, u"application/octet-stream"_s);
        QNetworkRequest request(QUrl(sandbox->baseUrl().toString() +
                                     u"/v1.1/apps/app_sandbox/attachments?access=public"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        request.setRawHeader("Authorization",
                             sandbox->connection().credentials().authorizationHeader(0));
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        reply->deleteLater();
        QCOMPARE(sandbox->store().attachments().size(), 0);

        // A 413 to the outbox (a service with a smaller limit): failed, in words, not retried.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                    .status = 413,
                                    .method = u"POST"_s,
                                    .pathContains = u"/attachments"_s});
        const QString id = outbox->enqueueFile(
            u"alice"_s, OutgoingFile::fromData(pngOf({40, 40}, Qt::red), u"red.png"_s));
        QVERIFY(waitForState(id, Outbox::State::Failed));
        QVERIFY2(outbox->entry(id)->error.contains("10 MB"_L1),
                 qPrintable(outbox->entry(id)->error));
        QVERIFY(outbox->entry(id)->error.contains("413"_L1));
        QCOMPARE(requestsTo("POST", "/messages"), 0);
    }

    void aWrongOrUnknownTypeIsHandled()
    {
        // Named as a picture, a PDF inside: refused with the reason, nothing stored or sent.
        const OutgoingFile liar =
            OutgoingFile::fromData("%PDF-1.4\n" + QByteArray(200, 'x'), u"holiday.jpg"_s);
        QVERIFY(!liar.isValid());
        QVERIFY2(liar.error.contains("holiday.jpg"_L1), qPrintable(liar.error));
        QVERIFY(outbox->enqueueFile(u"alice"_s, liar).isEmpty());
        // Bytes nobody knows: sent as a file of application/octet-stream.
        QByteArray unknown;
        for (int i = 0; i < 4096; ++i)
            unknown.append(char((i * 7919) % 251));
        const OutgoingFile blob = OutgoingFile::fromData(unknown, u"data.xyz123"_s);
        QVERIFY(blob.isValid());
        QCOMPARE(blob.mimeType, u"application/octet-stream"_s);
        QCOMPARE(blob.messageType(), u"file"_s);
        const QString id = outbox->enqueueFile(u"alice"_s, blob);
        QVERIFY(waitForState(id, Outbox::State::Sent));
        const auto arrived = messagesOf(u"alice"_s, id);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().value("type"_L1).toString(), u"file"_s);
        QCOMPARE(arrived.first().value("mediaType"_L1).toString(), u"application/octet-stream"_s);
        // An SVG is an image to the desktop but goes as a file: channels do not show it.
        QCOMPARE(
            OutgoingFile::fromData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", u"logo.svg"_s)
                .messageType(),
            u"file"_s);
    }

    void cancelDuringTheUploadLeavesNothing()
    {
        // Cancelled before its bytes went out: aborted, nothing posted, nothing stored.
        const QString id = outbox->enqueueFile(
            u"alice"_s, OutgoingFile::fromData(QByteArray(4 * 1024 * 1024, 'z'), u"big.txt"_s));
        QVERIFY(!id.isEmpty());
        QSignalSpy removed(outbox.get(), &Outbox::entryRemoved);
        QVERIFY(outbox->cancel(id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!outbox->entry(id));
        QVERIFY(noCopiesLeft());
        QTest::qWait(300); // nothing that was aborted may still arrive
        QCOMPARE(sandbox->store().attachments().size(), 0);
        QCOMPARE(requestsTo("POST", "/messages"), 0);

        // Cancelled once every byte went out, the answer not in yet: it waits for it; the
        // sandbox swallowed the upload, so there is nothing to remove, and nothing is posted.
        sandbox->server().addFault({.kind = SandboxFault::Kind::NoAnswer,
                                    .method = u"POST"_s,
                                    .pathContains = u"/attachments"_s});
        const QString second = outbox->enqueueFile(
            u"alice"_s, OutgoingFile::fromData(pngOf({50, 50}, Qt::blue), u"b.png"_s));
        QTRY_VERIFY(outbox->uploadProgress(second) && outbox->uploadProgress(second)->first ==
                                                          outbox->uploadProgress(second)->second);
        QSignalSpy gone(outbox.get(), &Outbox::entryRemoved);
        QVERIFY(!outbox->cancel(second)); // not at once
        QVERIFY(gone.wait(10000));        // the upload timed out: dropped
        QVERIFY(!outbox->entry(second));
        QCOMPARE(requestsTo("POST", "/messages"), 0);
        QVERIFY(noCopiesLeft());
    }

    void cancelAfterTheUploadRemovesTheFile()
    {
        // Uploaded, then the POST is refused: failed, with the file on the server.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                    .status = 400,
                                    .method = u"POST"_s,
                                    .pathContains = u"/messages"_s});
        const QString id = outbox->enqueueFile(
            u"alice"_s, OutgoingFile::fromData(pngOf({60, 60}, Qt::green), u"g.png"_s));
        QVERIFY(waitForState(id, Outbox::State::Failed));
        QCOMPARE(sandbox->store().attachments().size(), 1);
        const QString mediaUrl = outbox->entry(id)->post.mediaUrl;
        QVERIFY(!mediaUrl.isEmpty());
        QVERIFY(outbox->cancel(id));
        QTRY_COMPARE(sandbox->store().attachments().size(), 0);
        QCOMPARE(requestsTo("POST", "/attachments/remove"), 1);
        const auto removal = sandbox->server().requests().last();
        QCOMPARE(QJsonDocument::fromJson(removal.body).object().value("mediaUrl"_L1).toString(),
                 mediaUrl);
        QVERIFY(noCopiesLeft());

        // Cancelled while the removal cannot reach the server: kept, and done after a restart.
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                    .status = 400,
                                    .method = u"POST"_s,
                                    .pathContains = u"/messages"_s});
        const QString again = outbox->enqueueFile(
            u"alice"_s, OutgoingFile::fromData(pngOf({61, 61}, Qt::green), u"h.png"_s));
        QVERIFY(waitForState(again, Outbox::State::Failed));
        sandbox->server().addFault({.kind = SandboxFault::Kind::Status,
                                    .status = 503,
                                    .count = 100,
                                    .method = u"POST"_s,
                                    .pathContains = u"/attachments/remove"_s});
        outbox->attachments()->setRetryPolicy(RetryPolicy{.maxAttempts = 1});
        QVERIFY(outbox->cancel(again));
        QTRY_VERIFY(requestsTo("POST", "/attachments/remove") >= 2);
        QCOMPARE(sandbox->store().attachments().size(), 1);
        stop();
        sandbox->server().clearFaults();
        start();
        QTRY_COMPARE(sandbox->store().attachments().size(), 0);
    }

    void aPastedImageIsSentAsPngOnce()
    {
        const QByteArray png = pngOf({320, 180}, QColor(200, 120, 40));
        const OutgoingFile pasted = OutgoingFile::fromData(png, u"Pasted image.png"_s);
        QCOMPARE(pasted.mimeType, u"image/png"_s);
        QCOMPARE(pasted.messageType(), u"image"_s);
        const QString id = outbox->enqueueFile(u"alice"_s, pasted);
        QVERIFY(waitForState(id, Outbox::State::Sent));
        QCOMPARE(requestsTo("POST", "/attachments"), 1);
        const auto arrived = messagesOf(u"alice"_s, id);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().value("type"_L1).toString(), u"image"_s);
        QCOMPARE(arrived.first().value("mediaType"_L1).toString(), u"image/png"_s);
        QCOMPARE(uploadOf(arrived.first().value("mediaUrl"_L1).toString())->data, png);
    }

    void aDroppedJpegArrivesByteIdentical()
    {
        QImage photo(640, 480, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 97);
        const QString path = writeFile(u"photo.jpg"_s, jpeg);
        const OutgoingFile file = OutgoingFile::fromPath(path);
        QCOMPARE(file.mimeType, u"image/jpeg"_s);
        const QString id = outbox->enqueueFile(u"alice"_s, file);
        QVERIFY(waitForState(id, Outbox::State::Sent));
        const QString mediaUrl = messagesOf(u"alice"_s, id).first().value("mediaUrl"_L1).toString();
        // Served back by the sandbox's /media exactly as it was on disk.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(mediaUrl)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"image/jpeg"_s);
        QCOMPARE(reply->readAll(), jpeg);
        reply->deleteLater();
    }

    void theUploadGoesToTheUserItWasDroppedOn()
    {
        // While alice's upload is slow, the agent moves on and sends bob a file.
        sandbox->store().ensureUser(u"alice"_s);
        sandbox->store().ensureUser(u"bob"_s);
        sandbox->server().addFault({.kind = SandboxFault::Kind::Delay,
                                    .delayMs = 400,
                                    .method = u"POST"_s,
                                    .pathContains = u"/attachments"_s});
        const QByteArray forAlice = pngOf({30, 30}, Qt::red);
        const QByteArray forBob = pngOf({31, 31}, Qt::blue);
        const QString a =
            outbox->enqueueFile(u"alice"_s, OutgoingFile::fromData(forAlice, u"a.png"_s));
        const QString b = outbox->enqueueFile(u"bob"_s, OutgoingFile::fromData(forBob, u"b.png"_s));
        QVERIFY(waitForState(a, Outbox::State::Sent));
        QVERIFY(waitForState(b, Outbox::State::Sent));
        const auto alice = sandbox->store().findUser(u"alice"_s);
        const auto bob = sandbox->store().findUser(u"bob"_s);
        const auto aliceUpload =
            uploadOf(messagesOf(u"alice"_s, a).first().value("mediaUrl"_L1).toString());
        const auto bobUpload =
            uploadOf(messagesOf(u"bob"_s, b).first().value("mediaUrl"_L1).toString());
        QCOMPARE(aliceUpload->smoochId, alice->smoochId);
        QCOMPARE(aliceUpload->data, forAlice);
        QCOMPARE(bobUpload->smoochId, bob->smoochId);
        QCOMPARE(bobUpload->data, forBob);
        QVERIFY(aliceUpload->path.startsWith(u"apps/app_sandbox/"_s));
    }

    void theSandboxRefusesBadUploads()
    {
        QNetworkAccessManager network;
        const auto post = [&](const QString &query, const QByteArray &type,
                              const QByteArray &body) {
            QNetworkRequest request(QUrl(sandbox->baseUrl().toString() +
                                         u"/v1.1/apps/app_sandbox/attachments"_s + query));
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
            request.setRawHeader("Authorization",
                                 sandbox->connection().credentials().authorizationHeader(0));
            QNetworkReply *reply = network.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait();
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        auto [type, body] = AttachmentsApi::multipart("hello", u"a.txt"_s, u"text/plain"_s);
        QCOMPARE(post(u""_s, type, body), 400);                                     // no access
        QCOMPARE(post(u"?access=private"_s, type, body), 400);                      // not public
        QCOMPARE(post(u"?access=public"_s, "application/json", "{}"), 400);         // not multipart
        QCOMPARE(post(u"?access=public"_s, type, body.left(body.size() / 2)), 400); // cut
        auto [otherType, other] = AttachmentsApi::multipart("x", u"a.txt"_s, u"text/plain"_s);
        other.replace("name=\"source\"", "name=\"file\"");
        QCOMPARE(post(u"?access=public"_s, otherType, other), 400); // no source part
        QCOMPARE(post(u"?access=public&appUserId=nobody"_s, type, body), 404);
        // A hostile file name stays one path element.
        auto [evilType, evil] =
            AttachmentsApi::multipart("x", u"../../etc/pa\"ss\r\nwd"_s, u"text/plain"_s);
        QCOMPARE(post(u"?access=public"_s, evilType, evil), 201);
        const auto stored = sandbox->store().attachments();
        QCOMPARE(stored.size(), 1);
        QVERIFY(!stored.first().fileName.contains(u'/'));
        QCOMPARE(stored.first().path.count(u'/'), 3);
    }
};

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--driver") == 0) {
        QCoreApplication app(argc, argv);
        return runDriver(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestAttachments test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_attachments.moc"
