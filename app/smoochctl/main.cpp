#include "smoochctl.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smoochctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMOOCH_VERSION));

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
    int exitCode = 0;
    QObject::connect(&ctl, &SmoochCtl::done, &app, [&](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    bool finishedEarly = false;
    QObject::connect(&ctl, &SmoochCtl::done, &app, [&] { finishedEarly = true; });
    ctl.run(app.arguments(), QProcessEnvironment::systemEnvironment(), confirm);
    return finishedEarly ? exitCode : app.exec();
}
