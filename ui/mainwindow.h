#pragma once

#include "apiconnection.h"

#include <QMainWindow>

class Composer;
class ConversationApi;
class ConversationView;
class DraftStore;
class LocalStore;
class MediaCache;
class MessageListModel;
class Outbox;
class QLabel;
class ReadTracker;
class TypingNotifier;

/*!
 * \brief The console's main window: the open conversation, its composer, and the pieces that
 * keep them honest (outbox, drafts, typing activity, read receipts).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /*! \a dataDirectory holds the local database; empty: the platform's app data location. */
    explicit MainWindow(const ApiConnection &connection, const QString &dataDirectory = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Shows \a userId's conversation (a userId or a smoochId). */
    void openConversation(const QString &userId);
    ConversationView *conversationView() const { return m_view; }
    MessageListModel *messageModel() const { return m_model; }
    Composer *composer() const { return m_composer; }
    Outbox *outbox() const { return m_outbox; }
    TypingNotifier *typingNotifier() const { return m_typing; }
    ReadTracker *readTracker() const { return m_read; }
    ConversationApi *api() const { return m_api; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void askForConversation();
    void updatePolling();
    bool isOnline() const;
    void rememberSeen();
    void updateRead();
    void showOutgoing(const QString &clientId);
    QString send(const QString &userId, const class MessagePost &post);

    ConversationApi *m_api;
    MediaCache *m_media;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DraftStore> m_drafts;
    Outbox *m_outbox;
    TypingNotifier *m_typing;
    ReadTracker *m_read;
    MessageListModel *m_model;
    ConversationView *m_view;
    Composer *m_composer;
    QLabel *m_title;
    QLabel *m_banner;
    QString m_connectionProblem;
};
