#include "conversation/messageaccessible.h"

#include "conversation/conversationview.h"
#include "conversation/messagelistmodel.h"

#include <QItemSelectionModel>
#include <QWindow>

using namespace Qt::StringLiterals;

MessageAccessible::MessageAccessible(ConversationView *view, const QString &key)
    : m_view(view)
    , m_key(key)
{}

QString MessageAccessible::keyOf(const ConversationView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    const QString id = index.data(MessageListModel::IdRole).toString();
    if (!id.isEmpty())
        return id;
    return u"#status-"_s +
           QString::number(
               int(index.data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>()));
}

int MessageAccessible::rowOf(const ConversationView *view, const QString &key)
{
    if (!view)
        return -1;
    if (const int row = view->messageModel()->rowOf(key); row >= 0)
        return row;
    // The other rows sit at the ends: a status row on top, the gap and outgoing rows below.
    const QAbstractItemModel *model = view->model();
    const auto isMessage = [model](int row) {
        return model->index(row, 0)
                   .data(MessageListModel::RowKindRole)
                   .value<MessageListModel::RowKind>() == MessageListModel::RowKind::Message;
    };
    const int rows = model->rowCount();
    if (rows > 0 && keyOf(view, 0) == key)
        return 0;
    for (int row = rows - 1; row > 0 && !isMessage(row); --row) {
        if (keyOf(view, row) == key)
            return row;
    }
    return -1;
}

bool MessageAccessible::isValid() const
{
    return row() >= 0;
}

QWindow *MessageAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *MessageAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
}

QString MessageAccessible::text(QAccessible::Text t) const
{
    const int r = row();
    if (r < 0 || t != QAccessible::Name)
        return {};
    const QModelIndex index = m_view->model()->index(r, 0);
    const QVariant text = index.data(Qt::AccessibleTextRole);
    return text.isValid() ? text.toString() : index.data(Qt::DisplayRole).toString();
}

QRect MessageAccessible::rect() const
{
    const int r = row();
    if (r < 0)
        return {};
    const QRect local = m_view->visualRect(m_view->model()->index(r, 0));
    return {m_view->viewport()->mapToGlobal(local.topLeft()), local.size()};
}

QAccessible::State MessageAccessible::state() const
{
    QAccessible::State s;
    const int r = row();
    if (r < 0) {
        s.invalid = true;
        return s;
    }
    const QModelIndex index = m_view->model()->index(r, 0);
    s.selectable = true;
    s.focusable = true;
    s.multiSelectable = true;
    s.readOnly = true;
    s.selected = m_view->selectionModel()->isSelected(index);
    s.focused = m_view->hasFocus() && m_view->currentIndex() == index;
    const QRect local = m_view->visualRect(index);
    s.offscreen = !m_view->viewport()->rect().intersects(local);
    s.invisible = s.offscreen;
    return s;
}
