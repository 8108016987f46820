#include "smoochctl.h"

#include "text/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smoochctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMOOCH_VERSION));
    // The console's settings decide the language for both.
    Translations::install(
        QSettings(QStringLiteral("smooch-console"), QStringLiteral("smooch-console")));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    std::function<bool(const QString &)> confirm;
    if (isatty(STDIN_FILENO)) {
        confirm = [&err](const QString &question) {
            err.write((question + QStringLiteral(" [y/N] ")).toUtf8());
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            return answer == QLatin1String("y") || answer == QLatin1String("yes");
        };
    }

    SmoochCtl ctl(&out, &err);
    // run() may finish before the event loop starts (usage errors, --help).
    std::optional<int> exitCode;
    QObject::connect(&ctl, &SmoochCtl::done, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    ctl.run(app.arguments(), QProcessEnvironment::systemEnvironment(), confirm);
    return exitCode ? *exitCode : app.exec();
}
