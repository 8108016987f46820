#pragma once

#include <QAccessibleInterface>
#include <QPointer>

class ConversationView;

/*!
 * \brief One row of a ConversationView for screen readers: a list item named after its
 * message. It finds its row again by \a key (the message id, or the kind of a status row), so
 * it stays valid while rows move and becomes invalid when its row goes.
 */
class MessageAccessible : public QAccessibleInterface
{
public:
    MessageAccessible(ConversationView *view, const QString &key);

    /*! The key a row is known by: its id, or its kind for a status row. */
    static QString keyOf(const ConversationView *view, int row);
    /*! The row of \a key, or -1. */
    static int rowOf(const ConversationView *view, const QString &key);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

    int row() const { return rowOf(m_view, m_key); }

private:
    QPointer<ConversationView> m_view;
    QString m_key;
};
