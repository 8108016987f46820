#include "apiconnection.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smooch-console"));
    QApplication::setOrganizationName(QStringLiteral("smooch-console"));
    QApplication::setApplicationVersion(QStringLiteral(SMOOCH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/smooch-console.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("smooch-console"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Smooch Agent Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption open(
        QStringLiteral("open"),
        QApplication::translate("main", "Open USER's conversation at start."),
        QStringLiteral("USER"));
    parser.addOption(open);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a picture of the window to FILE after --screenshot-delay, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds before --screenshot."), QStringLiteral("MS"),
        QStringLiteral("3000"));
    parser.addOptions({screenshot, screenshotDelay});
    parser.process(app);

    MainWindow window(ApiConnection::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    window.show();
    if (parser.isSet(open))
        window.openConversation(parser.value(open));
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window,
                           [&window, &parser, &screenshot] {
                               const bool saved = window.grab().save(parser.value(screenshot));
                               QCoreApplication::exit(saved ? 0 : 1);
                           });
    }
    return app.exec();
}
