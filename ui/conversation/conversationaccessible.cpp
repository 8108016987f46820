#include "conversation/conversationaccessible.h"

#include "conversation/conversationview.h"
#include "conversation/messageaccessible.h"

using namespace Qt::StringLiterals;

namespace {
QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == "ConversationView"_L1)
        if (auto *view = qobject_cast<ConversationView *>(object))
            return new ConversationAccessible(view);
    return nullptr;
}
} // namespace

ConversationAccessible::ConversationAccessible(ConversationView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

void ConversationAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

ConversationView *ConversationAccessible::view() const
{
    return static_cast<ConversationView *>(widget());
}

int ConversationAccessible::childCount() const
{
    // Asked for as soon as the view exists, before it has its model.
    const QAbstractItemModel *model = view()->model();
    return model ? model->rowCount() : 0;
}

QAccessibleInterface *ConversationAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const QString key = MessageAccessible::keyOf(view(), index);
    if (const auto it = m_items.constFind(key); it != m_items.cend()) {
        if (QAccessibleInterface *item = QAccessible::accessibleInterface(*it))
            return item;
    }
    QAccessibleInterface *item = new MessageAccessible(view(), key);
    m_items.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

int ConversationAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *item = dynamic_cast<const MessageAccessible *>(child))
        return item->row();
    return -1;
}

QAccessibleInterface *ConversationAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(local);
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface *ConversationAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return view()->hasFocus() && current.isValid() ? child(current.row())
                                                   : QAccessibleWidget::focusChild();
}
