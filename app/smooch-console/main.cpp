#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "client/logging.h"
#include "demo/demorelay.h"
#include "demo/demoteammate.h"
#include "inbox/inboxmodel.h"
#include "sandbox/sandboxdemo.h"
#include "session/session.h"
#include "session/singleinstance.h"
#include "session/webhookreceiver.h"
#include "style/theme.h"
#include "text/translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    // --help and --version answer in a terminal without a display, as other programs do.
    const auto textOnly = [](const char *arg) {
        return !std::strcmp(arg, "-h") || !std::strcmp(arg, "--help") ||
               !std::strcmp(arg, "--help-all") || !std::strcmp(arg, "-v") ||
               !std::strcmp(arg, "--version");
    };
    if (std::any_of(argv + 1, argv + argc, textOnly) &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "minimal");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smooch-console"));
    QApplication::setOrganizationName(QStringLiteral("smooch-console"));
    QApplication::setApplicationVersion(QStringLiteral(SMOOCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.smoochconsole.AgentConsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/smooch-console.svg")));

    // The language and theme chosen in Settings, else the system's.
    const QSettings settings;
    Translations::install(settings);
    if (const auto theme = Theme::saved(settings); theme != Theme::Mode::System)
        Theme::apply(theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Smooch Agent Console. Without options it opens the last "
                                        "profile; SMOOCH_BASE_URL, SMOOCH_APP_ID, "
                                        "SMOOCH_KEY_ID with SMOOCH_SECRET (or SMOOCH_JWT) and "
                                        "SMOOCH_AUTH open a temporary profile."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption open(
        QStringLiteral("open"),
        QApplication::translate("main", "Open USER's conversation at start."),
        QStringLiteral("USER"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Try the console on a local demo app."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a picture of the window to FILE after --screenshot-delay, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds before --screenshot."), QStringLiteral("MS"),
        QStringLiteral("3000"));
    QCommandLineOption startupProbe(
        QStringLiteral("startup-probe"),
        QStringLiteral("For the start-up benchmark: print a line once the window is painted with "
                       "the profile's inbox, then quit."));
    startupProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({open, demo, screenshot, screenshotDelay, startupProbe});
    parser.process(app);

    // One console per data folder: a second start brings the first forward and ends, since
    // only one may send the outbox.
    SingleInstance instance(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QStringList forwarded = parser.isSet(open)
                                      ? QStringList{QStringLiteral("open"), parser.value(open)}
                                      : QStringList();
    if (instance.forwardToRunning(forwarded)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "Smooch console is already open: its window was brought forward.")));
        return 0;
    }
    instance.listen();

    // Declared before the window, so that they outlive it: the demo's data and server.
    // Each demo's data, kept while the app runs: a demo session that is closing still uses it.
    std::vector<std::unique_ptr<QTemporaryDir>> demoData;
    std::unique_ptr<SandboxDemo> sandbox;
    std::unique_ptr<DemoRelay> demoRelay; // after the sandbox it registers with, so gone first
    ProfileStore profiles;
    CredentialStore keychain;
    MainWindow window(&profiles, &keychain);
    QObject::connect(&keychain, &CredentialStore::keychainFailed, &window, &MainWindow::showBanner);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     [&window](const QStringList &arguments) {
                         window.show();
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.raise();
                         window.activateWindow();
                         if (arguments.value(0) == QLatin1String("open"))
                             window.openConversation(arguments.value(1));
                     });
    if (parser.isSet(open)) {
        // Profiles open asynchronously (the keychain answers later): open the user once one is.
        QObject::connect(
            &window, &MainWindow::sessionOpened, &window,
            [&window, user = parser.value(open)] { window.openConversation(user); },
            Qt::SingleShotConnection);
    }

    // The demo: an in-process sandbox whose webhook goes to an in-process team relay, which
    // streams to this window; Sam, a simulated teammate, shares the relay. Without the relay,
    // the sandbox's webhook comes straight back to this window.
    const auto startDemo = [&] {
        demoRelay.reset();
        sandbox = std::make_unique<SandboxDemo>();
        if (!sandbox->start()) {
            window.showBanner(
                QApplication::translate("main", "The demo could not start a local server."));
            return;
        }
        demoData.push_back(std::make_unique<QTemporaryDir>());
        const QString dataDirectory = demoData.back()->path();
        const auto &config = sandbox->server().config();
        Profile p;
        p.id = QStringLiteral("demo");
        p.name = QApplication::translate("main", "Demo");
        p.baseUrl = sandbox->server().baseUrl();
        p.appId = config.appId;
        p.keyId = config.keyId;
        p.agentName = QApplication::translate("main", "You (demo)");
        p.adminTools = true;
        p.temporary = true;
        // The session opens once the one before it has gone: perhaps later than this returns.
        const auto whenOpen = [&window, demo = sandbox.get()](std::function<void()> then) {
            QObject::connect(
                &window, &MainWindow::sessionOpened, demo,
                [demo, then = std::move(then)] {
                    then();
                    demo->announceConversations();
                    demo->setActivityInterval(12s);
                },
                Qt::SingleShotConnection);
        };
        demoRelay = std::make_unique<DemoRelay>(*sandbox, dataDirectory);
        QObject::connect(demoRelay.get(), &DemoRelay::ready, &window,
                         [&, p, secret = config.secret, dataDirectory,
                          whenOpen](const QUrl &url, const QByteArray &token) mutable {
                             p.relayUrl = url;
                             whenOpen([&demoRelay] {
                                 if (demoRelay && demoRelay->teammate())
                                     demoRelay->teammate()->setInterval(30s);
                             });
                             window.openSession(p, secret, {}, dataDirectory, token);
                         });
        QObject::connect(
            demoRelay.get(), &DemoRelay::failed, &window,
            [&, p, secret = config.secret, dataDirectory, whenOpen](const QString &reason) mutable {
                qCWarning(lcUi) << "the demo runs without its relay:" << reason;
                p.webhookEnabled = true;
                const QByteArray webhookSecret =
                    QByteArray::number(QRandomGenerator::system()->generate64(), 16);
                whenOpen([&window, demo = sandbox.get(), webhookSecret] {
                    if (WebhookReceiver *receiver = window.controller()->webhooks())
                        demo->connectWebhook(receiver->url(), webhookSecret);
                });
                window.openSession(p, secret, webhookSecret, dataDirectory);
            });
        demoRelay->start();
    };

    QByteArray secret;
    const auto fromEnvironment =
        Profile::fromEnvironment(QProcessEnvironment::systemEnvironment(), &secret);
    window.show();
    if (parser.isSet(demo)) {
        startDemo();
    } else if (fromEnvironment) {
        keychain.remember(fromEnvironment->secretKey(), secret); // memory only, never saved
        window.openSession(*fromEnvironment, secret);
    } else if (const auto current = profiles.profile(profiles.currentId())) {
        window.openProfile(*current);
    } else if (!profiles.profiles().isEmpty()) {
        window.openProfile(profiles.profiles().first());
    }
    // Otherwise the window welcomes a first run itself, with the demo and "connect" side by side,
    // for as long as no profile is open.
    QObject::connect(&window, &MainWindow::demoRequested, &window, startDemo);

    if (parser.isSet(startupProbe)) {
        QObject::connect(
            &window, &MainWindow::sessionOpened, &window,
            [&window] {
                window.repaint(); // the frame that shows the inbox, painted now
                std::printf("painted; %d conversations in the inbox\n",
                            window.inboxModel()->rowCount());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(
            parser.value(screenshotDelay).toInt(), &window, [&window, &parser, &screenshot] {
                const bool saved = window.grab().save(parser.value(screenshot));
                std::printf("screenshot %s; %d conversations in the inbox\n",
                            saved ? "saved" : "failed", window.inboxModel()->rowCount());
                std::fflush(stdout);
                QCoreApplication::exit(saved ? 0 : 1);
            });
    }
    return app.exec();
}
