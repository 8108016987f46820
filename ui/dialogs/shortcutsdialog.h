#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

/*!
 * \brief The keyboard shortcuts sheet (F1, Ctrl+/): every action of the window that has a
 * shortcut, read from the actions themselves so that the sheet cannot drift from them, and the
 * keys that work inside the conversation and the composer.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /*! Rows of the sheet: what it does, then its keys, as shown. */
    QList<QPair<QString, QString>> rows() const;

private:
    QTreeWidget *m_list;
};
