#include "client/logging.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smooch-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMOOCH_VERSION));

    const SandboxServer::Config defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local server that speaks the Smooch v1.1 conversation API, for tests and demos.\n"
        "The first line printed is its base URL."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port; 0 picks a free one."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption appId(QStringLiteral("app-id"),
                                   QStringLiteral("The app id it serves."), QStringLiteral("ID"),
                                   defaults.appId);
    const QCommandLineOption keyId(QStringLiteral("key-id"),
                                   QStringLiteral("The key id it accepts."), QStringLiteral("ID"),
                                   defaults.keyId);
    const QCommandLineOption secret(
        QStringLiteral("secret"),
        QStringLiteral("The key's secret (a test value, not a real one)."),
        QStringLiteral("SECRET"), QString::fromUtf8(defaults.secret));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("demo or none."),
                                  QStringLiteral("SEED"), QStringLiteral("none"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite file to keep data in (default: in memory)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption lifetime(
        QStringLiteral("lifetime"),
        QStringLiteral("Stop by itself after this many seconds (0: never)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption webhook(
        QStringLiteral("webhook"), QStringLiteral("Send message, read and typing webhooks to URL."),
        QStringLiteral("URL"));
    const QCommandLineOption webhookSecret(
        QStringLiteral("webhook-secret"),
        QStringLiteral("The X-API-Key of the webhook (a test value)."), QStringLiteral("SECRET"));
    parser.addOptions(
        {host, port, appId, keyId, secret, seed, db, lifetime, webhook, webhookSecret});
    parser.process(app);

    const QString seedName = parser.value(seed);
    if (seedName != QLatin1String("demo") && seedName != QLatin1String("none")) {
        std::fprintf(stderr, "smooch-sandbox: --seed takes demo or none\n");
        return 2;
    }
    SandboxStore store(parser.value(db));
    if (!store.isOpen()) {
        std::fprintf(stderr, "smooch-sandbox: cannot open the database: %s\n",
                     qPrintable(store.lastError()));
        return 1;
    }
    SandboxServer server({parser.value(appId), parser.value(keyId), parser.value(secret).toUtf8()},
                         &store);
    const QHostAddress address(parser.value(host));
    if (address.isNull() || !server.start(address, parser.value(port).toUShort())) {
        std::fprintf(stderr, "smooch-sandbox: cannot listen on %s:%s\n",
                     qPrintable(parser.value(host)), qPrintable(parser.value(port)));
        return 1;
    }
    if (parser.isSet(webhook))
        server.webhooks().configure(QUrl(parser.value(webhook)),
                                    parser.value(webhookSecret).toUtf8());
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(address.toString());
    base.setPort(server.port());
    if (seedName == QLatin1String("demo") && store.users().isEmpty())
        SandboxSeeder::seedDemo(store, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                                base.toString() + QStringLiteral("/media"));
    std::printf("%s\n", base.toString().toUtf8().constData());
    std::fflush(stdout);

    if (const int seconds = parser.value(lifetime).toInt(); seconds > 0)
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
