#pragma once

#include "protocol/action.h"
#include "protocol/messagetemplate.h"
#include "protocol/newmessage.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class AttachmentChip;
class DraftStore;
class SavedReplies;
class SavedReplyPicker;
class TypingNotifier;
class QLineEdit;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

/*!
 * \brief Where the agent writes: a multi-line editor under the conversation.
 *
 * Enter sends, Shift+Enter starts a new line. Besides text, quick replies and link buttons can
 * go with a message, or an image or file by https URL: each is a chip edited in place above the
 * reply (AttachmentChip), checked as it is typed, an image previewed before it goes; the post
 * carries exactly the chips shown. The composer checks a message before it goes and says what
 * is wrong. Drafts are saved per conversation as the agent types, and the typing activity
 * follows the keystrokes.
 *
 * Saved replies: "/" at the start of an empty reply, or Ctrl+Shift+S, opens the picker; Enter
 * inserts the chosen reply with its variables filled from the variables provider, and its
 * buttons and media as chips. A variable with no value stays highlighted, and the reply is not
 * sent while one remains.
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
    /*! The values of saved-reply variables now: "first_name", "agent_name", "property.KEY"... */
    using VariableProvider = std::function<QHash<QString, QString>()>;
    /*! Fetches the bytes of \a url for a preview and hands them to \a done (or an error);
     *  nothing is called once \a context is gone. */
    using PreviewFetcher =
        std::function<void(const QUrl &url, QObject *context,
                           std::function<void(const QByteArray &data, const QString &error)>)>;

    Composer(DraftStore *drafts, TypingNotifier *typing, QWidget *parent = nullptr);
    ~Composer() override;

    void setSender(Sender sender) { m_sender = std::move(sender); }
    void setAgent(const Agent &agent) { m_agent = agent; }
    void setVariableProvider(VariableProvider provider) { m_variables = std::move(provider); }
    void setPreviewFetcher(PreviewFetcher fetcher) { m_fetchPreview = std::move(fetcher); }
    /*! Media by plain http on a loopback host is accepted (the profile's server is local). */
    void setLoopbackMediaAllowed(bool allowed) { m_loopbackMedia = allowed; }
    void setSavedReplies(SavedReplies *replies);
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

    /*! The chips above the reply, media first, then the buttons in order. */
    QList<AttachmentChip *> chips() const;
    /*! Opens a new empty chip to type in (the attach menu's entries). */
    AttachmentChip *beginQuickReply();
    AttachmentChip *beginLinkButton();
    AttachmentChip *beginMedia(const QString &type);

    SavedReplyPicker *picker() const { return m_picker; }
    /*! The search field of the picker opened by the shortcut (null until first opened). */
    QLineEdit *savedReplySearch() const { return m_search; }
    /*! Opens the saved replies with their own search field (the shortcut). */
    void openSavedReplies();
    /*! Puts \a reply into the composer: text (variables filled) at the cursor, or in place of
     *  the "/" search; its buttons and media as chips. */
    void insertSavedReply(const MessageTemplate &reply);

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
    /*! The agent asked to create, edit or delete saved replies. */
    void manageSavedRepliesRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NewMessage buildPost() const;
    void showError(const QString &message);
    AttachmentChip *addChip(int kind);
    void removeChip(AttachmentChip *chip);
    void updateChipsVisibility();
    void onTextChanged();
    void closePicker();
    QLineEdit *ensureSearch();
    void openChip(AttachmentChip *chip);
    bool pickerKey(QKeyEvent *key);
    void selectFirstVariable();

    DraftStore *m_drafts;
    TypingNotifier *m_typing;
    Sender m_sender;
    Agent m_agent;
    QString m_userId;
    QString m_displayName;
    VariableProvider m_variables;
    PreviewFetcher m_fetchPreview;
    bool m_loopbackMedia = false;
    QList<AttachmentChip *> m_chipList;
    QLabel *m_error;
    QWidget *m_chips;
    QHBoxLayout *m_chipsLayout;
    QLineEdit *m_search = nullptr;
    SavedReplyPicker *m_picker;
    enum class PickerMode { Closed, Slash, Search } m_pickerMode = PickerMode::Closed;
    bool m_slashDismissed = false;
    QToolButton *m_attach;
    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QTimer m_draftTimer;
    bool m_loading = false;
};
