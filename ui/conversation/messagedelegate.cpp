#include "conversation/messagedelegate.h"

#include "conversation/mediacache.h"
#include "conversation/messagelayout.h"
#include "conversation/messagelistmodel.h"
#include "protocol/message.h"
#include "style/theme.h"
#include "text/plaintext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QImageReader>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QPlainTextEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Target = MessageDelegate::Target;
using Side = MessageLayout::Side;
using Style = MessageLayout::Style;

namespace {
constexpr int margin = MessageLayout::margin;
constexpr int padH = MessageLayout::padH;
constexpr int padV = MessageLayout::padV;

QString richTooltip(const QString &plain)
{
    // QToolTip guesses rich text; escaping makes any message content show literally.
    return u"<qt>"_s + PlainText::asLiteralMarkup(plain) + u"</qt>"_s;
}
} // namespace

MessageDelegate::MessageDelegate(MediaCache *media, QObject *parent)
    : QAbstractItemDelegate(parent)
    , m_media(media)
    , m_layoutCache(600)
{}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::invalidate(const QString &id)
{
    m_heights.remove(id);
    m_layoutCache.remove(id);
}

void MessageDelegate::invalidateAll()
{
    m_heights.clear();
    m_layoutCache.clear();
}

std::shared_ptr<const MessageLayout> MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index) const
{
    const int width = MessageLayout::rowWidth(option);
    const QString id = index.data(MessageListModel::IdRole).toString();
    if (!id.isEmpty()) {
        if (auto *cached = m_layoutCache.object(id); cached && (*cached)->width == width)
            return *cached;
    }
    ++m_layouts;
    std::shared_ptr<const MessageLayout> layout = MessageLayout::compute(option, index, m_media);
    if (const Message *m = index.data(MessageListModel::MessageRole).value<const Message *>()) {
        for (const QString &url : std::as_const(layout->urls))
            m_urlUsers[QUrl(url)].insert(m->id);
    }
    if (!id.isEmpty()) {
        m_layoutCache.insert(id, new std::shared_ptr<const MessageLayout>(layout));
        m_heights.insert(id, {width, layout->height});
    }
    return layout;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = MessageLayout::rowWidth(option);
    const QString id = index.data(MessageListModel::IdRole).toString();
    if (const auto it = m_heights.constFind(id); it != m_heights.cend() && it->first == width)
        return {width, it->second};
    return {width, layoutFor(option, index)->height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const std::shared_ptr<const MessageLayout> l = layoutFor(option, index);
    const QPalette &palette = option.palette;
    const Theme::Colors colors = Theme::colors(palette);
    const auto font = [&](Style style) { return MessageLayout::font(style, option.font); };
    const auto color = [&](Style style) { return MessageLayout::color(style, palette, colors); };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());

    if (l->separator.isValid()) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        const int mid = l->separator.center().y();
        painter->drawLine(margin, mid, l->width / 2 - 80, mid);
        painter->drawLine(l->width / 2 + 80, mid, l->width - margin, mid);
    }
    if (l->spinner.isValid()) {
        // A turning arc; the view repaints the row while a page is in flight.
        const int angle = int(QTime::currentTime().msecsSinceStartOfDay() / 3 % 360);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5, Qt::SolidLine, Qt::RoundCap));
        painter->drawArc(QRectF(l->spinner).adjusted(1, 1, -1, -1), -angle * 16, 270 * 16);
    }
    if (l->unread.isValid()) {
        painter->setPen(QPen(colors.alert, 1));
        const int mid = l->unread.center().y();
        painter->drawLine(margin, mid, l->width - margin - 50, mid);
    }
    if (!l->statusRow) {
        QColor fill;
        if (l->side == Side::Right)
            fill = colors.outgoing;
        else if (l->side == Side::Left)
            fill = colors.incoming;
        else
            fill = palette.color(QPalette::AlternateBase);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(l->bubble).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(l->bubble).adjusted(1, 1, -1, -1), 12, 12);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.card);
        for (const QRect &card : l->cards)
            painter->drawRoundedRect(card, 8, 8);
    }
    if (l->avatar.isValid()) {
        const QPixmap picture =
            l->avatarUrl.isValid() ? m_media->thumbnail(l->avatarUrl) : QPixmap();
        QPainterPath circle;
        circle.addEllipse(QRectF(l->avatar));
        if (!picture.isNull()) {
            painter->save();
            painter->setClipPath(circle);
            painter->drawPixmap(
                l->avatar,
                picture.scaled(l->avatar.size() * painter->device()->devicePixelRatioF(),
                               Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
            painter->restore();
        } else {
            painter->fillPath(circle, Theme::avatarFill(palette, l->initials));
            painter->setPen(color(Style::Initials));
            painter->setFont(font(Style::Initials));
            painter->drawText(l->avatar, Qt::AlignCenter, l->initials);
        }
    }
    for (const auto &image : l->images) {
        const QPixmap picture = m_media->thumbnail(image.url);
        if (!picture.isNull()) {
            painter->drawPixmap(image.rect, picture);
            continue;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Mid));
        painter->drawRoundedRect(image.rect, 6, 6);
        painter->setPen(color(Style::Caption));
        painter->setFont(font(Style::Caption));
        const MediaCache::Status status = m_media->status(image.url);
        QString caption =
            status == MediaCache::Status::Failed ? tr("Image unavailable")
            : status == MediaCache::Status::Blocked
                ? tr("Click to load image from %1").arg(PlainText::oneLine(image.url.host(), 80))
                : tr("Loading image…");
        if (!image.alt.isEmpty())
            caption += u'\n' + PlainText::oneLine(image.alt, 120);
        painter->drawText(image.rect.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                          caption);
    }
    if (!l->thumbnail.isEmpty()) {
        // The agent's own picture, from this computer, scaled once for its size.
        const QString key = u"outgoing:%1:%2x%3"_s.arg(l->thumbnailFile)
                                .arg(l->thumbnail.width())
                                .arg(l->thumbnail.height());
        QPixmap picture;
        if (!QPixmapCache::find(key, &picture)) {
            QImageReader reader(l->thumbnailFile);
            reader.setAutoTransform(true);
            reader.setScaledSize(l->thumbnail.size() * painter->device()->devicePixelRatio());
            picture = QPixmap::fromImage(reader.read());
            picture.setDevicePixelRatio(painter->device()->devicePixelRatio());
            QPixmapCache::insert(key, picture);
        }
        if (!picture.isNull()) {
            painter->drawPixmap(l->thumbnail, picture);
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Mid));
            painter->drawRoundedRect(l->thumbnail, 6, 6);
        }
    }
    if (!l->progress.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Mid));
        painter->drawRoundedRect(l->progress, 3, 3);
        QRect done = l->progress;
        done.setWidth(
            std::max(6, int(l->progress.width() * std::clamp(l->progressValue, 0.0, 1.0))));
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(done, 3, 3);
    }
    painter->setPen(color(Style::Body));
    for (const auto &block : l->blocks)
        block.layout->draw(painter, block.origin);
    for (const auto &t : l->texts) {
        painter->setFont(font(t.style));
        painter->setPen(color(t.style));
        painter->drawText(t.rect, int(t.align), t.text);
    }
    if (option.state & QStyle::State_HasFocus) {
        // Where the keyboard is: a dashed ring inside the bubble (or the status row). Inside, so
        // that it never reaches a neighbouring row, which a move of the focus does not repaint.
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        const QRect ring = l->statusRow ? QRect(0, 0, l->width, l->height) : l->bubble;
        painter->drawRoundedRect(QRectF(ring).adjusted(3.5, 3.5, -3.5, -3.5), 10, 10);
    }
    painter->setFont(font(Style::Button));
    for (const Target &t : l->targets) {
        if (t.kind == Target::Kind::Link || t.kind == Target::Kind::Image)
            continue;
        painter->setPen(QPen(colors.link, 1));
        painter->setBrush(colors.card);
        painter->drawRoundedRect(QRectF(t.rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        painter->setPen(color(Style::Button));
        painter->drawText(t.rect, Qt::AlignCenter, t.label);
    }
    painter->restore();
}

QList<Target> MessageDelegate::targets(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QList<Target> result = layoutFor(option, index)->targets;
    for (Target &t : result)
        t.rect.translate(option.rect.topLeft());
    return result;
}

std::optional<Target> MessageDelegate::targetAt(const QStyleOptionViewItem &option,
                                                const QModelIndex &index, const QPoint &pos) const
{
    const auto l = layoutFor(option, index);
    const QPoint local = pos - option.rect.topLeft();
    for (const Target &t : l->targets) {
        if (t.rect.contains(local)) {
            Target hit = t;
            hit.rect.translate(option.rect.topLeft());
            return hit;
        }
    }
    return std::nullopt;
}

QRect MessageDelegate::bubbleRect(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return layoutFor(option, index)->bubble.translated(option.rect.topLeft());
}

int MessageDelegate::textPositionAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const QPoint &pos) const
{
    const auto l = layoutFor(option, index);
    if (l->blocks.isEmpty())
        return -1;
    const MessageLayout::Block &block = l->blocks.first();
    const QPointF local = QPointF(pos - option.rect.topLeft()) - block.origin;
    for (int i = 0; i < block.layout->lineCount(); ++i) {
        const QTextLine line = block.layout->lineAt(i);
        if (local.y() >= line.y() && local.y() < line.y() + line.height())
            return line.xToCursor(local.x());
    }
    return -1;
}

QRect MessageDelegate::textLineRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                    int position) const
{
    const auto l = layoutFor(option, index);
    if (l->blocks.isEmpty())
        return {};
    const MessageLayout::Block &block = l->blocks.first();
    const QTextLine line = block.layout->lineForTextPosition(position);
    if (!line.isValid())
        return {};
    return QRectF(line.naturalTextRect())
        .translated(block.origin + QPointF(option.rect.topLeft()))
        .toAlignedRect();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const auto target = targetAt(option, index, mouse->position().toPoint());
    if (!target)
        return false;
    if (event->type() == QEvent::MouseButtonRelease)
        Q_EMIT targetActivated(index, *target);
    return true;
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractItemDelegate::helpEvent(event, view, option, index);
    QString tip;
    if (const auto target = targetAt(option, index, event->pos())) {
        tip = target->url.isValid() ? target->url.toDisplayString() : target->label;
    } else if (const Message *m =
                   index.data(MessageListModel::MessageRole).value<const Message *>();
               m && bubbleRect(option, index).contains(event->pos())) {
        tip = tr("%1 · %2").arg(PlainText::oneLine(m->name.isEmpty() ? m->roleName : m->name, 80),
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(m->receivedMs()),
                                                   QLocale::LongFormat));
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    QToolTip::showText(event->globalPos(), richTooltip(tip), view);
    return true;
}

QWidget *MessageDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    // A read-only plain-text editor over the bubble's text lets the reader select part of it.
    const auto l = layoutFor(option, index);
    if (l->textForEditor.isEmpty())
        return nullptr;
    auto *editor = new QPlainTextEdit(parent);
    editor->setReadOnly(true);
    editor->setFrameShape(QFrame::NoFrame);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setPlainText(l->textForEditor);
    editor->setFont(option.font);
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    editor->setAccessibleName(tr("Message text"));
    editor->selectAll();
    return editor;
}

void MessageDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const auto l = layoutFor(option, index);
    const QRect area =
        l->textArea.isValid() ? l->textArea : l->bubble.adjusted(padH, padV, -padH, -padV);
    editor->setGeometry(area.translated(option.rect.topLeft()).adjusted(-4, -4, 4, 4));
}
