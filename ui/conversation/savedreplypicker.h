#pragma once

#include "protocol/messagetemplate.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;
class SavedReplies;
class SavedReplyListModel;

/*!
 * \brief The list of saved replies over the composer, filtered as the agent types: by the
 * text after "/" in the reply, or in the composer's search field.
 *
 * It never takes the keyboard: the composer keeps it and hands it the keys that move in the
 * list (moveSelection()) and Enter (accept()). A click picks too. It shows the chosen reply's
 * whole text, whether the list is loading or failed to load, and what matched nothing.
 */
class SavedReplyPicker : public QFrame
{
    Q_OBJECT

public:
    explicit SavedReplyPicker(QWidget *parent = nullptr);

    void setSavedReplies(SavedReplies *replies);
    /*! Shows the picker above \a anchor, as wide as it. */
    void popUp(QWidget *anchor);
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void moveSelection(int delta);
    /*! The saved reply under the selection, if any. */
    std::optional<MessageTemplate> current() const;
    /*! Picks the selected reply: chosen(), and the picker closes. False when none is. */
    bool accept();
    SavedReplyListModel *model() const { return m_model; }
    QString statusText() const;

Q_SIGNALS:
    void chosen(const MessageTemplate &reply);
    void manageRequested();

private:
    void refill();
    void showCurrent();
    void place();

    QPointer<SavedReplies> m_replies;
    QPointer<QWidget> m_anchor;
    SavedReplyListModel *m_model;
    QListView *m_list;
    QLabel *m_status;
    QLabel *m_preview;
    QPushButton *m_manage;
    QString m_query;
};
