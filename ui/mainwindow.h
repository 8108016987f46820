#pragma once

#include "apiconnection.h"

#include <QMainWindow>

class ConversationApi;
class ConversationView;
class MediaCache;
class MessageListModel;
class QLabel;

/*! \brief The console's main window: the open conversation and how to open another. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ApiConnection &connection, QWidget *parent = nullptr);

    /*! Shows \a userId's conversation (a userId or a smoochId). */
    void openConversation(const QString &userId);
    ConversationView *conversationView() const { return m_view; }
    MessageListModel *messageModel() const { return m_model; }

private:
    void askForConversation();
    void updatePolling();
    bool isOnline() const;
    void rememberSeen();

    ConversationApi *m_api;
    MediaCache *m_media;
    MessageListModel *m_model;
    ConversationView *m_view;
    QLabel *m_title;
    QString m_connectionProblem;
};
