#include "inbox/inboxdelegate.h"

#include "inbox/inboxmodel.h"
#include "style/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace {
QString shortTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDate today = QDate::currentDate();
    if (when.date() == today)
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    if (when.date() > today.addDays(-7))
        return QLocale().dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

QString unsentText(int unsent)
{
    return InboxDelegate::tr("%Ln not yet sent", nullptr, unsent);
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

InboxDelegate::Layout InboxDelegate::doLayout(const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int pad = 8;
    Layout l;
    const QRect r = option.rect.isValid() ? option.rect : QRect(0, 0, 280, 0);
    const QString time = shortTime(index.data(InboxModel::TimeRole).toDateTime());
    const int timeWidth = fm.horizontalAdvance(time) + 2;
    l.time = QRect(r.right() - pad - timeWidth, r.top() + pad, timeWidth, fm.height());
    l.title = QRect(r.left() + pad, r.top() + pad, l.time.left() - r.left() - 2 * pad, fm.height());
    // Other agents there ("Bob is viewing"): before the time, taking at most half the title's room.
    if (const QString presence = index.data(InboxModel::PresenceRole).toString();
        !presence.isEmpty()) {
        const int width = std::min(fm.horizontalAdvance(presence) + 2, l.title.width() / 2);
        l.presence = QRect(l.time.left() - pad - width, l.title.top(), width, fm.height());
        l.title.setRight(l.presence.left() - pad);
    }
    const int unread = index.data(InboxModel::UnreadRole).toInt();
    const int badgeWidth =
        unread > 0 ? std::max(fm.height() + 4, fm.horizontalAdvance(QString::number(unread)) + 12)
                   : 0;
    l.badge = unread > 0 ? QRect(r.right() - pad - badgeWidth, l.title.bottom() + 4, badgeWidth,
                                 fm.height() + 2)
                         : QRect();
    const int unsent = index.data(InboxModel::UnsentRole).toInt();
    const int unsentWidth = unsent > 0 ? fm.horizontalAdvance(unsentText(unsent)) + 2 : 0;
    const int right = r.right() - pad - (badgeWidth ? badgeWidth + pad : 0);
    l.unsent = unsent > 0
                   ? QRect(right - unsentWidth, l.title.bottom() + 4, unsentWidth, fm.height() + 2)
                   : QRect();
    l.preview =
        QRect(r.left() + pad, l.title.bottom() + 4,
              right - r.left() - pad - (unsentWidth ? unsentWidth + pad : 0), fm.height() + 2);
    if (const QString prefix = index.data(InboxModel::PreviewPrefixRole).toString();
        !prefix.isEmpty()) {
        const int width = std::min(fm.horizontalAdvance(prefix) + 2, l.preview.width() / 2);
        l.prefix = QRect(l.preview.left(), l.preview.top(), width, l.preview.height());
        l.preview.setLeft(l.prefix.right() + 1 + fm.horizontalAdvance(u' '));
    }
    l.height = 2 * pad + 2 * fm.height() + 6;
    return l;
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {option.rect.width(), doLayout(option, index).height};
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
    const Layout l = doLayout(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const int unread = index.data(InboxModel::UnreadRole).toInt();
    painter->save();
    painter->setFont(unread > 0 ? bold(option.font) : option.font);
    painter->setPen(option.palette.color(textRole));
    const QFontMetrics fm(painter->font());
    painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(InboxModel::TitleRole).toString(), Qt::ElideRight,
                                    l.title.width()));
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(textRole)
                             : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter,
                      shortTime(index.data(InboxModel::TimeRole).toDateTime()));
    if (l.presence.isValid()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->drawText(
            l.presence, Qt::AlignRight | Qt::AlignVCenter,
            QFontMetrics(italic).elidedText(index.data(InboxModel::PresenceRole).toString(),
                                            Qt::ElideRight, l.presence.width()));
    }
    if (l.prefix.isValid()) {
        // A draft waits here: said in the alert colour, as where the agent's work stands.
        const QPen pen = painter->pen();
        if (!selected)
            painter->setPen(index.data(InboxModel::DraftRole).toBool()
                                ? Theme::colors(option.palette).alert
                                : option.palette.color(QPalette::Text));
        painter->drawText(l.prefix, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(option.font)
                              .elidedText(index.data(InboxModel::PreviewPrefixRole).toString(),
                                          Qt::ElideRight, l.prefix.width()));
        painter->setPen(pen);
    }
    QFont preview = option.font;
    preview.setItalic(index.data(InboxModel::TypingRole).toBool());
    painter->setFont(preview);
    painter->drawText(
        l.preview, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(preview).elidedText(index.data(InboxModel::PreviewRole).toString(),
                                         Qt::ElideRight, l.preview.width()));
    if (l.unsent.isValid()) {
        // The outbox still holds messages of this conversation: say so where the eye goes.
        painter->setFont(option.font);
        painter->setPen(selected ? option.palette.color(textRole)
                                 : Theme::colors(option.palette).alert);
        painter->drawText(l.unsent, Qt::AlignRight | Qt::AlignVCenter,
                          unsentText(index.data(InboxModel::UnsentRole).toInt()));
    }
    if (l.badge.isValid()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const Theme::Colors colors = Theme::colors(option.palette);
        painter->setBrush(colors.badge);
        painter->drawRoundedRect(l.badge, l.badge.height() / 2.0, l.badge.height() / 2.0);
        painter->setPen(colors.badgeText);
        painter->setFont(bold(option.font));
        painter->drawText(l.badge, Qt::AlignCenter, QString::number(unread));
    }
    painter->restore();
}
