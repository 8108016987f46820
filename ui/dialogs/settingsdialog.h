#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;

/*!
 * \brief The console's own settings: the language (the system's by default), the theme
 * (the desktop's palette, light or dark) and whether images load from any https host. The
 * theme changes at once; the language at the next start.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *anyHttpsImagesBox() const { return m_anyHttpsImages; }

    void accept() override;

private:
    QSettings *m_settings;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_anyHttpsImages;
};
