#pragma once

#include "conversation/banner.h" // banner() hands out the widget itself: callers read its text and kind
#include "accounts/profile.h"
#include "protocol/webhookevent.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class Composer;
class ConnectionMonitor;
class ConversationView;
class CredentialStore;
class HistoryExporter;
class InboxModel;
class InboxPlaceholder;
class MediaCache;
class MessageListModel;
class Outbox;
class ProfileStore;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QAction;
class QPushButton;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTimer;
class Session;
class UndoableDelete;
class WelcomePane;

/*!
 * \brief The console: the inbox of the open profile on the left, the open conversation and its
 * composer on the right, profiles, admin tools and live updates around them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /*! \a profiles and \a keychain may be null (tests): then only openSession() opens profiles. */
    MainWindow(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens \a profile with its secrets at hand (demo, environment, tests); the old one closes. */
    void openSession(const Profile &profile, const QByteArray &secret,
                     const QByteArray &webhookSecret = {}, const QString &dataDirectory = {});
    /*! Opens a saved profile, reading its secrets from the keychain. */
    void openProfile(const Profile &profile);
    /*! Shows \a userId's conversation (a userId or a smoochId). */
    void openConversation(const QString &userId);

    Session *session() const { return m_session.get(); }
    ConversationView *conversationView() const { return m_view; }
    MessageListModel *messageModel() const { return m_model; }
    Composer *composer() const { return m_composer; }
    InboxModel *inboxModel() const { return m_inbox; }
    Outbox *outbox() const;
    UndoableDelete *deletions() const { return m_deletions; }
    QWidget *undoBar() const { return m_undoBar; }
    QLabel *typingLabel() const { return m_typingLabel; }
    Banner *banner() const { return m_banner; }
    /*! The window-wide bar that says the server cannot be reached. */
    Banner *connectionBar() const { return m_connectionBar; }

    /*! How the admin is asked to confirm; tests replace it. */
    void setConfirmer(std::function<bool(const QString &title, const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /*! A plain-text banner above the conversation saying what went wrong; empty hides it. */
    void showBanner(const QString &text);
    /*! Deletes \a messageId of the open conversation, with the grace period to undo. */
    void deleteMessage(const QString &messageId);
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

private:
    void buildConversationPane();
    void closeSession();
    void askForConversation();
    /*! Opens the conversation \a step rows down the inbox (up if negative), wrapping around;
        with \a unreadOnly the next one with unread messages. */
    void stepConversation(int step, bool unreadOnly);
    /*! Highlights the open conversation in the inbox, by user id, wherever its row is now. */
    void showOpenInInbox();
    void showShortcuts();
    void showSettings();
    void updatePolling();
    bool isOnline() const;
    void rememberSeen();
    /*! Where the newest message the agent saw in \a userId's conversation is remembered. */
    QString lastSeenKey(const QString &userId) const;
    void updateRead();
    void onWebhook(const WebhookEvent &event);
    /*! The best name known for the delivery's user, never their id; empty when none is. */
    QString nameOf(const WebhookEvent &event) const;
    /*! Records \a messages in the inbox; returns those it had not recorded before. */
    QList<Message> recordInbox(const QString &userId, const QString &name,
                               const QList<Message> &messages);
    void notify(const QString &title, const QString &body);
    void updateTray(int unread);
    void rebuildProfilesMenu();
    void manageProfiles();
    void askClearHistory();
    void showAuditLog();
    /*! A banner about \a userId's conversation: it goes when another conversation opens. */
    void showBannerFor(const QString &userId, const QString &text, bool success,
                       const QString &details = {});
    /*! The welcome while no profile is open, the empty inbox's explanation while it is empty. */
    void updatePlaceholders();
    /*! Marks the inbox rows whose conversations have messages waiting in the outbox. */
    void updateUnsent();
    void waitForTypingStop();
    QString send(const QString &userId, const class MessagePost &post);

    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    std::unique_ptr<Session> m_session;
    MediaCache *m_media;
    MessageListModel *m_model = nullptr;
    ConversationView *m_view = nullptr;
    Composer *m_composer = nullptr;
    InboxModel *m_inbox;
    QSortFilterProxyModel *m_inboxFilter;
    QListView *m_inboxView;
    QLineEdit *m_search;
    QLabel *m_title;
    QLabel *m_typingLabel;
    QTimer *m_typingExpiry;
    Banner *m_banner;
    Banner *m_connectionBar;
    QString m_bannerUser; //!< whose conversation the banner is about, if one's
    WelcomePane *m_welcome;
    QPushButton *m_openButton = nullptr; //!< open by user id: only with a profile open
    QAction *m_openAction = nullptr;
    InboxPlaceholder *m_inboxEmpty;
    ConnectionMonitor *m_connection = nullptr;
    bool m_opening = false; //!< a profile's secrets are being read
    QWidget *m_undoBar;
    QLabel *m_undoText;
    QTimer *m_undoHide;
    QWidget *m_conversationPane;
    UndoableDelete *m_deletions = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QMenu *m_adminMenu = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    std::function<bool(const QString &, const QString &)> m_confirm;
    QHash<QString, Message> m_deletedMessages; //!< for undo
};
