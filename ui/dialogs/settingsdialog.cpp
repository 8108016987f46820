#include "dialogs/settingsdialog.h"

#include "conversation/mediacache.h"
#include "style/theme.h"
#include "text/translations.h"

#include <QCheckBox>
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
    , m_anyHttpsImages(new QCheckBox(tr("Load images from any https host"), this))
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

    m_theme->addItem(tr("Like the desktop"), int(Theme::Mode::System));
    m_theme->addItem(tr("Light"), int(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Mode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::saved(*m_settings))));

    auto *note = new QLabel(tr("A new language shows when the console starts again."), this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    m_language->setAccessibleDescription(note->text());
    m_anyHttpsImages->setChecked(
        m_settings->value(QLatin1String(MediaCache::trustAnyHttpsKey), false).toBool());
    auto *imagesNote = new QLabel(tr("Otherwise images from hosts other than Smooch's and your "
                                     "server's wait for a click: loading one tells its host "
                                     "your address and when you read the message."),
                                  this);
    imagesNote->setWordWrap(true);
    imagesNote->setTextFormat(Qt::PlainText);
    m_anyHttpsImages->setAccessibleDescription(imagesNote->text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Images:"), m_anyHttpsImages);
    form->addRow(QString(), imagesNote);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setValue(QLatin1String(Translations::languageKey),
                         m_language->currentData().toString());
    const auto theme = Theme::Mode(m_theme->currentData().toInt());
    if (theme != Theme::saved(*m_settings))
        Theme::apply(theme);
    m_settings->setValue(QLatin1String(Theme::settingsKey), Theme::toString(theme));
    m_settings->setValue(QLatin1String(MediaCache::trustAnyHttpsKey),
                         m_anyHttpsImages->isChecked());
    QDialog::accept();
}
