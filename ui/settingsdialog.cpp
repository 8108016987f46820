#include "settingsdialog.h"

#include "theme.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    // Language names stay in their own language, so that anyone can find theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(
                        m_settings->value(QLatin1String(Translations::languageKey)).toString())));
    m_language->setAccessibleDescription(tr("Takes effect when the console starts again."));

    m_theme->addItem(tr("Like the desktop"), Theme::toString(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::toString(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::toString(Theme::Mode::Dark));
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(Theme::toString(Theme::fromString(
                        m_settings->value(QLatin1String(themeKey)).toString())))));

    auto *note = new QLabel(tr("A new language shows when the console starts again."), this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setValue(QLatin1String(Translations::languageKey),
                         m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    if (theme !=
        Theme::toString(Theme::fromString(m_settings->value(QLatin1String(themeKey)).toString())))
        Theme::apply(Theme::fromString(theme));
    m_settings->setValue(QLatin1String(themeKey), theme);
    QDialog::accept();
}
