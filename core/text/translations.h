#pragma once

#include <QString>

class QSettings;

/*!
 * \brief Which language the console and smoochctl speak: the one chosen in the console's
 * Settings, else the system's. Dates, times and numbers follow the same locale.
 */
namespace Translations {
/*! The settings key of the chosen language ("de", "fr", "en"); empty for the system's. */
inline constexpr const char *languageKey = "ui/language";

/*!
 * Sets the default locale and installs the catalogues of Qt and of the console for it,
 * over the English one, which gives the sources' plural forms ("1 message", "2 messages")
 * wherever no other catalogue has the string. Call once, after the application object
 * exists; \a directory holds the console's catalogues (tests pass the build's).
 */
void install(const QSettings &settings, const QString &directory = QStringLiteral(":/i18n"));
} // namespace Translations
