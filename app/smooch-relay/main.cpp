#include "smooch-relay/smoochrelay.h"
#include "text/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smooch-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMOOCH_VERSION));
    // The system's language: a service has no console settings.
    Translations::install(
        QSettings(QStringLiteral("smooch-relay"), QStringLiteral("smooch-relay")));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    SmoochRelay relay(&out, &err);
    // run() may finish before the event loop starts (usage errors, agent commands).
    std::optional<int> exitCode;
    QObject::connect(&relay, &SmoochRelay::done, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    relay.run(app.arguments(), QProcessEnvironment::systemEnvironment());
    return exitCode ? *exitCode : app.exec();
}
