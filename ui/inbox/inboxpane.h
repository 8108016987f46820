#pragma once

#include <QWidget>

class InboxModel;
class InboxPlaceholder;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class SessionController;

/*!
 * \brief The inbox as the agent uses it: a filter field, the conversations latest first, what an
 * empty inbox says, and the button to open a conversation by user id.
 *
 * The highlighted row is always the open conversation (setOpenConversation()), wherever its row
 * moves and whatever the filter hides: Enter on it never opens a neighbour. Clicking a row,
 * Enter, and arrow keys while the list has the focus ask for that conversation
 * (conversationRequested()); stepConversation() goes through the list as it is shown, and
 * askForConversation() asks for a user id.
 */
class InboxPane : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    /*! Shows the inbox of \a controller (null: none). */
    void setController(SessionController *controller);
    /*! The conversation shown now: its row is the highlighted one. */
    void setOpenConversation(const QString &userId);
    /*! Whether a profile is open, whether live updates come in, and whether their settings can
        be changed here: what the empty inbox says and offers. */
    void setSessionState(bool open, bool liveUpdates, bool canChangeSettings);
    /*! Asks the agent for a user id, and for that conversation. */
    void askForConversation();
    /*! Asks for the conversation \a step rows down the list as shown (up if negative), wrapping
        around; with \a unreadOnly the next one with unread messages. */
    void stepConversation(int step, bool unreadOnly);

Q_SIGNALS:
    void conversationRequested(const QString &userId);
    /*! The agent wants to set up live updates. */
    void liveUpdatesRequested();

private:
    void showOpen();
    void updatePlaceholder();

    InboxModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_view;
    InboxPlaceholder *m_empty;
    QPushButton *m_openButton;
    QString m_open;
    bool m_sessionOpen = false;
};
