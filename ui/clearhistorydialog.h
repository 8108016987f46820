#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

/*!
 * \brief Confirms clearing a user's history: the admin types the user id, and by default the
 * whole history is exported to a JSON file first.
 */
class ClearHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ClearHistoryDialog(const QString &userId, QWidget *parent = nullptr);
    /*! Where the export goes, or empty when the admin chose not to export. */
    QString exportPath() const;

private:
    void update();

    QString m_userId;
    QLineEdit *m_confirm;
    QCheckBox *m_export;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};
