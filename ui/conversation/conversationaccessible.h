#pragma once

#include <QAccessibleWidget>
#include <QHash>

class ConversationView;

/*!
 * \brief What screen readers see of a ConversationView: a list whose items are its rows, each
 * with the text of its message (sender, time and content).
 *
 * Qt gives QListView this through its own accessibility plugin, which knows nothing of a view
 * that lays out its rows itself. Items are kept by message id, so one stays the same object
 * for a screen reader while pages are added above it.
 */
class ConversationAccessible : public QAccessibleWidget
{
public:
    explicit ConversationAccessible(ConversationView *view);

    /*! Makes Qt use this class for every ConversationView; called once by the view. */
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    ConversationView *view() const;

    mutable QHash<QString, QAccessible::Id> m_items; //!< by row key: message or status row
};
