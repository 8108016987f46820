#pragma once

#include "protocol/action.h"

#include <QFrame>
#include <QTimer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QToolButton;

/*!
 * \brief One thing that goes with a reply besides its text, edited in place in the composer: a
 * quick reply, a link button, or an image or file by URL.
 *
 * A chip starts open (its fields shown) or closed (one button with its label; a click opens
 * it). Each field is checked as the agent types, by ReplyRules: the reason shows under the
 * fields at once and the typed text stays, so nothing is lost. commit() closes a chip whose
 * fields are valid; problem() says why the chip could not go as it stands. An image chip asks
 * for a preview (previewWanted()) once its address is valid and shows it, open or closed.
 */
class AttachmentChip : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { QuickReply, Link, Image, File };

    AttachmentChip(Kind kind, bool loopbackHttpAllowed, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    bool isMedia() const { return m_kind == Kind::Image || m_kind == Kind::File; }
    QString label() const;
    QString address() const;
    void setValues(const QString &label, const QString &address);
    /*! The payload a quick reply sends (a saved reply's, for the bot that reads it); without
     * one, the label is the payload. */
    void setPayload(const QString &payload) { m_payload = payload; }

    bool isOpen() const { return m_open; }
    /*! Shows the fields and puts the cursor in the first one. */
    void open();
    /*! Closes the chip when its fields are valid; else shows why and returns false. */
    bool commit();
    /*! Why the chip cannot go as it stands, or empty. */
    QString problem() const;
    /*! The reason shown under the fields now (empty while the agent is still typing). */
    QString shownProblem() const;
    /*! The button of a quick reply or link chip. */
    Action action() const;
    QUrl mediaUrl() const;

    /*! Shows \a preview (an image) or \a note (why there is none) beside the address. */
    void setPreview(const QPixmap &preview, const QString &note = {});
    bool hasPreview() const;

    QLineEdit *labelEdit() const { return m_labelEdit; }
    QLineEdit *addressEdit() const { return m_addressEdit; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void removeRequested();
    /*! Enter in a field: the agent is done with this chip. */
    void done();
    void escaped();
    void previewWanted(const QUrl &url);
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check(bool finalCheck);
    void updateFace();

    Kind m_kind;
    bool m_loopbackHttp;
    QString m_payload;
    bool m_open = true;
    QToolButton *m_face;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problem;
    QToolButton *m_remove;
    QTimer m_previewTimer;
    QUrl m_previewed;
};
