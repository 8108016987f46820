#pragma once

#include "protocol/action.h"
#include "protocol/newmessage.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class DraftStore;
class TypingNotifier;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

/*!
 * \brief Where the agent writes: a multi-line editor under the conversation.
 *
 * Enter sends, Shift+Enter starts a new line. Besides text, quick replies and link buttons can
 * go with a message, or an image or file by https URL. The composer checks a message before it
 * goes and says what is wrong. Drafts are saved per conversation as the agent types, and the
 * typing activity follows the keystrokes.
 */
class Composer : public QWidget
{
    Q_OBJECT

public:
    struct Agent
    {
        QString name;
        QString email;
        QString avatarUrl;
    };
    /*! Hands a checked message on (to the outbox); returns why it was not accepted, or empty. */
    using Sender = std::function<QString(const QString &userId, const NewMessage &post)>;

    Composer(DraftStore *drafts, TypingNotifier *typing, QWidget *parent = nullptr);
    ~Composer() override;

    void setSender(Sender sender) { m_sender = std::move(sender); }
    void setAgent(const Agent &agent) { m_agent = agent; }
    /*! Saves the draft of the conversation being left and shows \a userId's. */
    void setConversation(const QString &userId, const QString &displayName);
    QString userId() const { return m_userId; }
    /*! Names the recipient on the send button ("Send to Alice"). */
    void setRecipientName(const QString &name);

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *attachButton() const { return m_attach; }
    QString errorText() const;
    /*! Takes away the note under the reply (why the last send did not go). */
    void clearError();

    void addQuickReply(const QString &label);
    /*! Adds a link button; false (and the reason shown) for a URL that is not http, https or
     * mailto. */
    bool addLinkButton(const QString &label, const QUrl &url);
    /*! Sends an image or a file ("image" or "file") by https URL, with the text as its caption. */
    bool setMedia(const QString &type, const QUrl &url);
    void clearAttachments();

    /*! Why the message as it stands cannot be sent, or an empty string. */
    QString validationError() const;
    /*! Checks the message and hands it to the sender; true when it was accepted. */
    bool send();
    /*! Writes the draft now instead of after the pause in typing. */
    void flushDraft();

Q_SIGNALS:
    void sent();
    /*! The agent changed the text to \a text (not a loaded draft, not the clear after a send). */
    void edited(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NewMessage buildPost() const;
    void showError(const QString &message);
    void rebuildChips();
    void onTextChanged();
    void askQuickReply();
    void askLinkButton();
    void askMedia(const QString &type);

    DraftStore *m_drafts;
    TypingNotifier *m_typing;
    Sender m_sender;
    Agent m_agent;
    QString m_userId;
    QString m_displayName;
    QList<Action> m_actions;
    QString m_mediaType;
    QUrl m_mediaUrl;
    QLabel *m_error;
    QWidget *m_chips;
    QHBoxLayout *m_chipsLayout;
    QToolButton *m_attach;
    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QTimer m_draftTimer;
    bool m_loading = false;
};
