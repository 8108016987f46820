#include "apiconnection.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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
    parser.process(app);

    MainWindow window(ApiConnection::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    window.show();
    return app.exec();
}
