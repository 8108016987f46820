#include "text/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

void Translations::install(const QSettings &settings, const QString &directory)
{
    const QString language = settings.value(QLatin1String(languageKey)).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    // Owned by the application: they live as long as it does.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The sources are English with "(s)" plurals: the English catalogue holds their plural
    // forms. Installed first, it is asked last, after the language's own catalogue.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("smooch-console_en"), directory))
        QCoreApplication::installTranslator(english);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QLocale(), QStringLiteral("smooch-console"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(own);
}
