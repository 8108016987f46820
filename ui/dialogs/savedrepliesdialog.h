#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class SavedReplies;

/*!
 * \brief Creates, edits and deletes the team's saved replies (the app's message templates).
 *
 * A saved reply is a name, a text that may hold variables ({{first_name}}, {{agent_name}}...),
 * optional quick replies (one label a line) and an optional image by https URL. What the server
 * refuses (a name another reply has, a reply someone deleted meanwhile) is said in words under
 * the form, and what the agent typed stays.
 */
class SavedRepliesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SavedRepliesDialog(SavedReplies *replies, QWidget *parent = nullptr);

    /*! Deleting asks first; tests turn that off. */
    void setConfirmDeletes(bool confirm) { m_confirmDeletes = confirm; }

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *quickRepliesEdit() const { return m_quickReplies; }
    QLineEdit *imageEdit() const { return m_image; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *newButton() const { return m_new; }
    QString statusText() const;
    /*! Selects the saved reply named \a name; false when there is none. */
    bool select(const QString &name);

Q_SIGNALS:
    /*! A create, edit or delete was answered (\a error empty on success). */
    void finished(const QString &error);

private:
    void reload();
    void showSelected();
    void save();
    void remove();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error);

    QPointer<SavedReplies> m_replies;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_quickReplies;
    QLineEdit *m_image;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QString m_editingId;
    bool m_confirmDeletes = true;
};
