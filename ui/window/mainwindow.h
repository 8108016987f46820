#pragma once

#include "accounts/profile.h"
#include "conversation/banner.h" // banner() hands out the widget itself: callers read its text and kind
#include "conversation/conversationpane.h"
#include "session/sessioncontroller.h"

#include <QMainWindow>

#include <functional>

class Composer;
class CustomerPanel;
class ConversationView;
class CredentialStore;
class InboxModel;
class InboxPane;
class MediaCache;
class MessageListModel;
class Outbox;
class ProfileStore;
class ProfileSwitcher;
class QAction;
class QDialog;
class QLabel;
class QMenu;
class Session;
class TrayIcon;
class UndoableDelete;
class WelcomePane;

/*!
 * \brief The console: the inbox of the open profile on the left, the open conversation and its
 * composer on the right, profiles, admin tools and live updates around them.
 *
 * It composes the panes (InboxPane, ConversationPane, TrayIcon) around the SessionController of
 * the open profile, which decides what the session does; the window only shows it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /*! \a profiles and \a keychain may be null (tests): then only openSession() opens profiles. */
    MainWindow(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens \a profile with its secrets at hand (demo, environment, tests); the old one closes
        first, once its typing stop went out. \a relayToken is the agent's token for the
        profile's relay, if it has one. */
    void openSession(const Profile &profile, const QByteArray &secret,
                     const QByteArray &webhookSecret = {}, const QString &dataDirectory = {},
                     const QByteArray &relayToken = {});
    /*! Opens a saved profile, reading its secrets from the keychain. */
    void openProfile(const Profile &profile);
    /*! Shows \a userId's conversation (a userId or a smoochId). */
    void openConversation(const QString &userId);

    SessionController *controller() const { return m_controller; }
    Session *session() const { return m_controller ? m_controller->session() : nullptr; }
    ConversationView *conversationView() const { return m_conversation->view(); }
    MessageListModel *messageModel() const { return m_conversation->model(); }
    Composer *composer() const { return m_conversation->composer(); }
    InboxModel *inboxModel() const;
    Outbox *outbox() const { return m_controller ? m_controller->outbox() : nullptr; }
    UndoableDelete *deletions() const { return m_controller ? m_controller->deletions() : nullptr; }
    QWidget *undoBar() const { return m_conversation->undoBar(); }
    QLabel *typingLabel() const { return m_conversation->typingLabel(); }
    Banner *banner() const { return m_conversation->banner(); }
    /*! The window-wide bar that says the server cannot be reached. */
    Banner *connectionBar() const { return m_connectionBar; }
    /*! The window-wide bar that says the relay's live updates stopped. */
    Banner *relayBar() const { return m_relayBar; }
    /*! The customer beside the conversation. */
    CustomerPanel *customerPanel() const { return m_customer; }
    /*! Shows or hides the customer panel ("Customer details", Ctrl+I); remembered. */
    QAction *customerPanelAction() const { return m_customerAction; }

    /*! How the admin is asked to confirm; tests replace it. */
    void setConfirmer(std::function<bool(const QString &title, const QString &text)> confirm)
    {
        m_conversation->setConfirmer(std::move(confirm));
    }
    /*! A plain-text banner above the conversation saying what went wrong; empty hides it. */
    void showBanner(const QString &text) { m_conversation->showBanner(text); }
    /*! Deletes \a messageId of the open conversation, with the grace period to undo. */
    void deleteMessage(const QString &messageId) { m_conversation->deleteMessage(messageId); }
    /*! Clears \a userId's history; with \a exportPath set, only after that export succeeded. */
    void clearHistory(const QString &userId, const QString &exportPath);

Q_SIGNALS:
    void sessionOpened();
    /*! The agent chose to try the demo (the welcome offers it while no profile is open). */
    void demoRequested();
    /*! A history clear ended: \a error is empty on success. */
    void historyCleared(const QString &userId, const QString &error);
    /*! A desktop notification was shown (or would have been, without a system tray). */
    void notified(const QString &title, const QString &body);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /*! Every action and menu of the window. */
    void createActions();
    void startSession(const Profile &profile, const QByteArray &secret,
                      const QByteArray &webhookSecret, const QString &dataDirectory,
                      const QByteArray &relayToken);
    /*! Shows the controller's session: the panes and the window's own bars follow it. */
    void connectController();
    /*! Closes the session; \a then runs once it is gone (after its typing stop went out). */
    void closeSession(std::function<void()> then = {});
    /*! Opens \a dialog modal to the window; it goes when closed. */
    QDialog *showDialog(QDialog *dialog);
    void showShortcuts();
    void showSettings();
    void rebuildProfilesMenu();
    void askClearHistory();
    void showAuditLog();
    /*! The welcome while no profile is open, the empty inbox's explanation while it is empty. */
    void updatePlaceholders();
    /*! Remembers whether the customer panel is shown, and how wide. */
    void saveCustomerPanel();

    ProfileSwitcher *m_profiles;
    SessionController *m_controller = nullptr;
    bool m_closing = false;             //!< a closed session has not let go of its database yet
    std::function<void()> m_afterClose; //!< what waits for it: only the latest wish
    bool m_closeWhenReady = false;      //!< the window closes once typing stopped
    MediaCache *m_media;
    InboxPane *m_inbox;
    ConversationPane *m_conversation;
    CustomerPanel *m_customer;
    class QSplitter *m_splitter = nullptr;
    QAction *m_customerAction = nullptr;
    bool m_customerForced = false; //!< shown by the agent while the window is narrow
    /*! Narrower windows hide the customer panel until the agent asks for it. */
    static constexpr int customerPanelMinWindowWidth = 1100;
    Banner *m_connectionBar;
    Banner *m_relayBar;
    WelcomePane *m_welcome;
    TrayIcon *m_tray;
    QAction *m_openAction = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QMenu *m_adminMenu = nullptr;
    bool m_opening = false; //!< a profile's secrets are being read
};
