#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

/*!
 * \brief One value of the customer panel that the agent edits in place: it reads as text until
 * clicked (or focused with Tab), Enter or leaving it saves, Escape puts the saved value back.
 *
 * While a save is on, it says "Saving…"; a failure is shown under the field in words and the
 * text the agent typed stays in it, to correct or to send again. Everything is plain text.
 */
class EditableField : public QWidget
{
    Q_OBJECT

public:
    explicit EditableField(const QString &accessibleName, QWidget *parent = nullptr);

    /*! The value the server has; shown unless the agent is editing or has an unsaved value. */
    void setValue(const QString &value);
    QString value() const { return m_value; }
    /*! What the agent typed and is not saved: shown instead of the value. */
    void setPending(const QString &text);
    void setSaving(bool saving);
    /*! Why the last save failed; empty hides it. */
    void setError(const QString &error);
    QString error() const;
    void setPlaceholder(const QString &text);
    QLineEdit *editor() const { return m_edit; }

Q_SIGNALS:
    /*! The agent finished editing with \a text, different from the value. */
    void committed(const QString &text);
    /*! The agent gave up the edit (Escape). */
    void reverted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    /*! \a again: Enter, which sends what was already sent once more. */
    void commit(bool again);

    QLineEdit *m_edit;
    QLabel *m_status;
    QString m_value;
    QString m_sent; //!< the text last committed, until it is the value
    bool m_saving = false;
};
