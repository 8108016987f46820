#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/*!
 * \brief Confirms clearing a user's history: the admin types the user id, and by default the
 * whole history is exported to a JSON file first.
 *
 * The export path is checked here, before anything is deleted: its folder must exist and be
 * writable, and the default is in a folder that exists. Enter clears once the user id is typed;
 * the clear button is drawn in the theme's destructive colour.
 */
class ClearHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ClearHistoryDialog(const QString &userId, QWidget *parent = nullptr);
    /*! Where the export goes, or empty when the admin chose not to export. */
    QString exportPath() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    /*! What is wrong with the export path, in words; empty when it can be written. */
    QString pathProblem() const;
    void styleClearButton();

    QString m_userId;
    QLineEdit *m_confirm;
    QCheckBox *m_export;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_clear;
    QDialogButtonBox *m_buttons;
};
