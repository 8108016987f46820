#pragma once

#include "conversation/banner.h" // banner() hands out the widget itself

#include <QWidget>

#include <chrono>
#include <functional>

class Composer;
struct OutgoingFile;
class ConversationView;
class MediaCache;
class MessageListModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QPushButton;
class SessionController;

/*!
 * \brief The open conversation and what surrounds it: its title, the typing indicator, other
 * agents' presence, the banner, the messages, the undo bar, the send guard's panel and the
 * composer.
 *
 * A send the SessionController's SendGuard holds does not go: the panel above the composer shows
 * what is new (sender and text, plain text) with "Send anyway" and "Keep editing"; the draft
 * stays in the composer either way.
 *
 * It shows what the SessionController of the open profile says about the open conversation
 * (new and outgoing messages, typing, clears, failed deletions) and tells it what the agent sees
 * (the newest message on screen, read up to where). The model, view and composer come with each
 * controller (setController()); without one only the title, the banner and the welcome show.
 */
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(MediaCache *media, QWidget *parent = nullptr);

    QLabel *title() const { return m_title; }
    /*! A button for \a action at the right of the title (the customer panel's toggle). */
    QToolButton *addHeaderAction(QAction *action);
    QLabel *typingLabel() const { return m_typingLabel; }
    /*! What other agents do in the open conversation ("Bob is replying"). */
    QLabel *presenceLabel() const { return m_presenceLabel; }
    /*! The panel that pauses a send: what is new, "Send anyway", "Keep editing". */
    QWidget *guardPanel() const { return m_guardPanel; }
    QLabel *guardText() const { return m_guardText; }
    QPushButton *sendAnywayButton() const { return m_sendAnyway; }
    QPushButton *keepEditingButton() const { return m_keepEditing; }
    Banner *banner() const { return m_banner; }
    QWidget *undoBar() const { return m_undoBar; }
    ConversationView *view() const { return m_view; }
    MessageListModel *model() const { return m_model; }
    Composer *composer() const { return m_composer; }

    /*! What shows below the banner while no profile is open. */
    void setWelcome(QWidget *welcome);
    /*! Shows the conversations of \a controller (null: none); the old model, view and composer
        go first. */
    void setController(SessionController *controller);
    /*! Tab goes from \a previous to the conversation, then to the reply box. */
    void setTabOrderAfter(QWidget *previous);
    /*! Shows \a userId's conversation; false when it is open already or cannot open. */
    bool openConversation(const QString &userId);
    /*! Asks again for what failed or was missed. */
    void catchUp();
    /*! Tells the controller whether the agent sees the newest message now. */
    void updateRead();

    /*! A plain-text banner above the conversation saying what went wrong; empty hides it. */
    void showBanner(const QString &text);
    /*! A banner about \a userId's conversation: it goes when another conversation opens. */
    void showBannerFor(const QString &userId, const QString &text, bool success,
                       const QString &details = {});
    /*! Deletes \a messageId of the open conversation, with the grace period to undo. */
    void deleteMessage(const QString &messageId);
    /*! Sends each of \a paths to the open conversation as a file; says why one cannot go. */
    void sendFiles(const QStringList &paths);
    /*! Sends \a file to the open conversation, or says in the banner why it cannot go. */
    void sendFile(const OutgoingFile &file);
    /*! What "File from computer…" asks with (tests replace the file dialog). */
    void setFileChooser(std::function<QStringList()> choose) { m_chooseFiles = std::move(choose); }
    void setConfirmer(std::function<bool(const QString &title, const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }

Q_SIGNALS:
    /*! A passing message for the status bar. */
    void statusMessage(const QString &text, int timeout);

private:
    void connectController();
    void wireSavedReplies(SessionController *controller);
    /*! How often the open conversation looks for what it missed: often while the window is in
        use, seldom in the background, not while offline or while the relay streams. */
    void updatePolling();
    void rememberSeen();
    void resetConversation(const QString &userId);
    /*! Shows what the send guard says is new; \a paused: a send was just held. */
    void showGuard(bool paused);

    MediaCache *m_media;
    SessionController *m_controller = nullptr;
    MessageListModel *m_model = nullptr;
    ConversationView *m_view = nullptr;
    Composer *m_composer = nullptr;
    QLabel *m_title;
    QHBoxLayout *m_header = nullptr;
    QLabel *m_typingLabel;
    QLabel *m_presenceLabel;
    QWidget *m_guardPanel;
    QLabel *m_guardText;
    QPushButton *m_sendAnyway;
    QPushButton *m_keepEditing;
    Banner *m_banner;
    QString m_bannerUser; //!< whose conversation the banner is about, if one's
    QWidget *m_welcome = nullptr;
    QWidget *m_undoBar;
    QLabel *m_undoText;
    QTimer *m_undoHide;
    std::function<bool(const QString &, const QString &)> m_confirm;
    std::function<QStringList()> m_chooseFiles;
};
