#pragma once

#include <QStyledItemDelegate>

/*!
 * \brief Draws an inbox row: name and time, the last message, an unread badge, and a mark
 * when messages of the agent wait in the outbox. One layout
 * function decides where each goes, for painting and sizing alike.
 */
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect title;
        QRect time;
        QRect preview;
        QRect prefix; //!< "Draft:", "You:", "Sam:" before the preview
        QRect badge;
        QRect unsent;   //!< "1 not yet sent", left of the badge
        QRect presence; //!< other agents there, left of the time
        int height = 0;
    };
    Layout doLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
