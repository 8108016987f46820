#include "conversation/messagelayout.h"

#include "conversation/mediacache.h"
#include "conversation/messagelistmodel.h"
#include "protocol/message.h"
#include "session/deliverystatus.h"
#include "session/outbox.h"
#include "text/generatedtext.h"
#include "text/plaintext.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyleOptionViewItem>

#include <cmath>

using namespace Qt::StringLiterals;
using Target = MessageDelegate::Target;
using Style = MessageLayout::Style;
using Side = MessageLayout::Side;

namespace {
constexpr int margin = MessageLayout::margin;
constexpr int padH = MessageLayout::padH;
constexpr int padV = MessageLayout::padV;
constexpr int avatarSide = 32;
constexpr int gutter = 8;
constexpr int cardGap = 8;
constexpr int statusRowHeight = 40;
constexpr int maxImageSide = 280;
constexpr qsizetype maxShownText = 4000; // a bubble shows this much; Copy text copies all

QFont scaled(QFont font, qreal factor, bool bold = false, bool italic = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QString dayLabel(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        return MessageDelegate::tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat);
    return QLocale().toString(day, QLocale::LongFormat);
}

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        if (part.at(0).isLetterOrNumber())
            initials += part.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? u"?"_s : initials;
}

QString actionLabel(const Action &a)
{
    static const QHash<QString, QString> hints = {
        {u"link"_s, u"↗ "_s},
        {u"webview"_s, u"↗ "_s},
        {u"reply"_s, u"↩ "_s},
        {u"postback"_s, u"• "_s},
        {u"buy"_s, u"$ "_s},
        {u"share"_s, u"⤴ "_s},
        {u"locationRequest"_s, u"◉ "_s},
    };
    QString text = PlainText::oneLine(a.text, 60);
    if (text.isEmpty())
        text = a.type;
    return hints.value(a.type) + text;
}

// The service writes a text into locations and lists for text-only channels; the bubble draws
// the place and the items already, so that text would say it all twice. A text of the
// sender's own stays.
QString withoutGeneratedText(const Message &m, const QString &text)
{
    return !text.isEmpty() && text == GeneratedText::forMessage(m.toJson()) ? QString() : text;
}

/*! Lays content out top to bottom in a column of a given width, relative to (0, 0). */
class Column
{
public:
    Column(MessageLayout &layout, const QStyleOptionViewItem &option, int width)
        : m_l(layout)
        , m_option(option)
        , m_width(std::max(60, width))
    {}

    int y = 0;
    int usedWidth = 0;

    QFont font(Style style) const { return MessageLayout::font(style, m_option.font); }

    void gap(int pixels) { y += pixels; }

    /*! Wrapped plain text; links become targets. */
    void text(const QString &raw, Style style = Style::Body, bool withLinks = true)
    {
        QString shown = PlainText::displayable(raw);
        if (shown.size() > maxShownText)
            shown = shown.left(maxShownText) +
                    MessageDelegate::tr("\n… (%Ln more characters; Copy text copies all)", nullptr,
                                        int(shown.size() - maxShownText));
        // QTextLayout breaks lines only at a line separator, not at '\n': the same length keeps
        // every position (links, hit-tests) the same in the text and in its layout.
        shown.replace(u'\n', QChar::LineSeparator);
        auto layout = std::make_shared<QTextLayout>(shown, font(style));
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(textOption);
        const QList<PlainText::Link> links =
            withLinks ? PlainText::links(shown) : QList<PlainText::Link>{};
        if (!links.isEmpty()) {
            QList<QTextLayout::FormatRange> formats;
            for (const auto &link : links) {
                QTextCharFormat format;
                format.setForeground(m_option.palette.link());
                format.setFontUnderline(true);
                formats.append({int(link.start), int(link.length), format});
            }
            layout->setFormats(formats);
        }
        layout->beginLayout();
        qreal height = 0;
        qreal widest = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(m_width);
            line.setPosition(QPointF(0, height));
            height += line.height();
            widest = std::max(widest, line.naturalTextWidth());
        }
        layout->endLayout();
        for (const auto &link : links) {
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const qsizetype lineEnd = line.textStart() + line.textLength();
                if (link.start >= lineEnd || link.start + link.length <= line.textStart())
                    continue;
                const qreal x1 =
                    line.cursorToX(int(std::max(link.start, qsizetype(line.textStart()))));
                const qreal x2 = line.cursorToX(int(std::min(link.start + link.length, lineEnd)));
                m_l.targets.append(
                    {Target::Kind::Link,
                     QRectF(x1, y + line.y(), x2 - x1, line.height()).toAlignedRect(),
                     link.url,
                     link.url.toDisplayString(),
                     {}});
            }
        }
        m_l.blocks.append({layout, QPointF(0, y)});
        y += int(std::ceil(height));
        usedWidth = std::max(usedWidth, int(std::ceil(widest)) + 1);
    }

    /*! One line, elided to the column. */
    void line(const QString &raw, Style style)
    {
        const QFontMetrics fm(font(style));
        const QString shown = fm.elidedText(PlainText::oneLine(raw, 500), Qt::ElideRight, m_width);
        const int w = fm.horizontalAdvance(shown);
        m_l.texts.append({QRect(0, y, w + 1, fm.height()), shown, style});
        y += fm.height();
        usedWidth = std::max(usedWidth, w + 1);
    }

    /*! Buttons in rows that wrap. */
    void buttons(const QList<Target> &targets)
    {
        if (targets.isEmpty())
            return;
        const QFontMetrics fm(font(Style::Button));
        const int h = fm.height() + 10;
        int x = 0;
        y += 6;
        for (Target t : targets) {
            const QString label = fm.elidedText(t.label, Qt::ElideRight, m_width - 20);
            const int w = fm.horizontalAdvance(label) + 20;
            if (x > 0 && x + w > m_width) {
                x = 0;
                y += h + 6;
            }
            t.rect = QRect(x, y, w, h);
            t.label = label;
            m_l.targets.append(t);
            x += w + 6;
            usedWidth = std::max(usedWidth, x - 6);
        }
        y += h;
    }

    void image(const QUrl &url, const QString &alt, QSize natural, int maxWidth)
    {
        const int side = std::min(maxWidth, maxImageSide);
        const QSize size = natural.isValid() ? natural.scaled(side, side, Qt::KeepAspectRatio)
                                                   .boundedTo(natural.expandedTo(QSize(48, 48)))
                                             : QSize(side, side * 2 / 3);
        const QRect rect(0, y, size.width(), size.height());
        m_l.images.append({rect, url, alt});
        m_l.targets.append({Target::Kind::Image, rect, url, alt, {}});
        m_l.urls.append(url.toString());
        y += size.height();
        usedWidth = std::max(usedWidth, size.width());
    }

    int width() const { return m_width; }

private:
    MessageLayout &m_l;
    const QStyleOptionViewItem &m_option;
    int m_width;
};
} // namespace

int MessageLayout::rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QFont MessageLayout::font(Style style, const QFont &base)
{
    switch (style) {
    case Style::Body:
    case Style::Button:
        return base;
    case Style::Title:
        return scaled(base, 1.0, true);
    case Style::Italic:
        return scaled(base, 1.0, false, true);
    case Style::Status:
        return scaled(base, 0.9);
    case Style::Meta:
    case Style::Separator:
    case Style::Caption:
        return scaled(base, 0.85);
    case Style::Failed:
        return scaled(base, 0.85, true);
    case Style::Name:
    case Style::Unread:
    case Style::Initials:
        return scaled(base, 0.85, true);
    }
    return base;
}

QColor MessageLayout::color(Style style, const QPalette &palette, const Theme::Colors &colors)
{
    switch (style) {
    case Style::Body:
    case Style::Title:
        return colors.text;
    case Style::Name:
    case Style::Meta:
    case Style::Separator:
    case Style::Status:
    case Style::Italic:
        return colors.muted;
    case Style::Unread:
    case Style::Failed:
        return colors.alert;
    case Style::Button:
        return colors.link;
    case Style::Initials:
        return colors.avatarText;
    case Style::Caption:
        return palette.color(QPalette::Window);
    }
    return colors.text;
}

void MessageLayout::translate(const QPoint &by)
{
    textArea.translate(by);
    for (Text &t : texts)
        t.rect.translate(by);
    for (Block &b : blocks)
        b.origin += by;
    for (Image &i : images)
        i.rect.translate(by);
    for (QRect &c : cards)
        c.translate(by);
    thumbnail.translate(by);
    progress.translate(by);
    for (Target &t : targets)
        t.rect.translate(by);
}

std::shared_ptr<MessageLayout> MessageLayout::compute(const QStyleOptionViewItem &option,
                                                      const QModelIndex &index, MediaCache *media)
{
    auto l = std::make_shared<MessageLayout>();
    const int width = rowWidth(option);
    l->width = width;
    const auto kind = index.data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>();
    const Message *m = index.data(MessageListModel::MessageRole).value<const Message *>();
    const bool outgoing = kind == MessageListModel::RowKind::Outgoing;
    if ((kind != MessageListModel::RowKind::Message && !outgoing) || !m) {
        l->statusRow = true;
        l->height = statusRowHeight;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QFontMetrics fm(font(Style::Status, option.font));
        const QFontMetrics buttonFm(font(Style::Button, option.font));
        const bool retry = kind != MessageListModel::RowKind::LoadingOlder;
        const QString retryLabel = MessageDelegate::tr("Retry");
        const int retryWidth = retry ? buttonFm.horizontalAdvance(retryLabel) + 24 : 0;
        const QString shown =
            fm.elidedText(text, Qt::ElideRight, width - 2 * margin - retryWidth - gutter);
        const int textWidth = fm.horizontalAdvance(shown) + 2;
        const int x = (width - textWidth - (retry ? retryWidth + gutter : 0)) / 2;
        l->texts.append({QRect(x, 0, textWidth, statusRowHeight), shown, Style::Status});
        if (!retry)
            l->spinner = QRect(x - 24, (statusRowHeight - 16) / 2, 16, 16);
        if (retry)
            l->targets.append(
                {Target::Kind::Retry,
                 QRect(x + textWidth + gutter, (statusRowHeight - buttonFm.height() - 10) / 2,
                       retryWidth, buttonFm.height() + 10),
                 {},
                 retryLabel,
                 {}});
        return l;
    }

    int y = 0;
    const QFontMetrics metaFm(font(Style::Meta, option.font));
    if (index.data(MessageListModel::StartsDayRole).toBool()) {
        l->separator =
            QRect(0, y, width, QFontMetrics(font(Style::Separator, option.font)).height() + 16);
        l->texts.append(
            {l->separator, dayLabel(m->receivedLocal().date()), Style::Separator, Qt::AlignCenter});
        y += l->separator.height();
    }
    if (index.data(MessageListModel::UnreadMarkerRole).toBool()) {
        l->unread =
            QRect(0, y, width, QFontMetrics(font(Style::Unread, option.font)).height() + 10);
        l->texts.append({l->unread.adjusted(margin, 0, -margin, 0), MessageDelegate::tr("New"),
                         Style::Unread, Qt::AlignRight | Qt::AlignVCenter});
        y += l->unread.height();
    }
    const bool grouped = index.data(MessageListModel::GroupedRole).toBool();
    y += grouped ? 2 : 8;

    switch (m->role()) {
    case Message::Role::AppUser:
        l->side = Side::Left;
        break;
    case Message::Role::AppMaker:
    case Message::Role::Whisper: // an automated message from the business: the customer sees it
        l->side = Side::Right;
        break;
    default:
        l->side = Side::Center;
    }
    const int maxBubble =
        l->side == Side::Center
            ? std::min(int(width * 0.8), 760)
            : std::min(int((width - 2 * (margin + avatarSide + gutter)) * 0.85), 640);
    const bool automated = m->role() == Message::Role::Whisper;
    const QString author = !m->name.isEmpty()                     ? m->name
                           : automated                            ? MessageDelegate::tr("Business")
                           : m->role() == Message::Role::AppMaker ? MessageDelegate::tr("Agent")
                                                                  : MessageDelegate::tr("Customer");

    // The header: author and avatar, once per group.
    int bubbleTop = y;
    QString header;
    if (!grouped) {
        header = automated ? MessageDelegate::tr("%1 · automated").arg(author)
                 : m->role() == Message::Role::Unknown && !m->roleName.isEmpty()
                     ? MessageDelegate::tr("%1 (%2)").arg(author, m->roleName)
                     : author;
        bubbleTop += QFontMetrics(font(Style::Name, option.font)).height() + 2;
        if (l->side != Side::Center) {
            l->initials = initialsOf(PlainText::oneLine(author, 80));
            const QUrl avatar(m->avatarUrl);
            // Whether it may load is the cache's to decide when it is drawn, not fixed here.
            if (avatar.isValid() && !avatar.host().isEmpty()) {
                l->avatarUrl = avatar;
                l->urls.append(avatar.toString());
            }
        }
    }

    // The content, relative to (0, 0), then moved into the bubble.
    MessageLayout content;
    // A file of the agent's on its way: drawn from this computer's copy until it is delivered.
    const QString localFile =
        outgoing ? index.data(MessageListModel::LocalFileRole).toString() : QString();
    const QSize extent = localFile.isEmpty()
                             ? layoutContent(content, *m, option, maxBubble - 2 * padH, media)
                             : layoutLocalFile(content, *m, index, option, maxBubble - 2 * padH);
    int contentHeight = extent.height();
    int contentWidth = extent.width();
    QString footer = QLocale().toString(m->receivedLocal().time(), QLocale::ShortFormat);
    if (outgoing) {
        // Not delivered yet: say where it stands, and offer what can be done about it.
        const auto state = index.data(MessageListModel::OutgoingStateRole).value<Outbox::State>();
        Column more(content, option, maxBubble - 2 * padH);
        more.y = contentHeight;
        more.usedWidth = contentWidth;
        const double progress = index.data(MessageListModel::UploadProgressRole).toDouble();
        const bool uploading =
            !localFile.isEmpty() && state == Outbox::State::Sending && progress >= 0;
        if (uploading) {
            more.gap(6);
            const QFontMetrics fm(font(Style::Meta, option.font));
            const QString label =
                progress >= 1
                    ? MessageDelegate::tr("Uploaded; waiting for the server…")
                    : MessageDelegate::tr("Uploading… %1%").arg(int(std::floor(progress * 100)));
            const int barWidth = std::max(160, more.usedWidth);
            content.progress = QRect(0, more.y, std::min(barWidth, more.width()), 6);
            content.progressValue = progress;
            more.gap(6 + 3);
            more.line(label, Style::Meta);
            more.usedWidth = std::max(more.usedWidth, content.progress.width());
        }
        if (const QString why = index.data(MessageListModel::ErrorRole).toString();
            !why.isEmpty()) {
            more.gap(4);
            more.text(why, Style::Italic, false);
        }
        if (uploading && !index.data(MessageListModel::CancellingRole).toBool())
            more.buttons({{Target::Kind::CancelSend, {}, {}, MessageDelegate::tr("Cancel"), {}}});
        else if (state == Outbox::State::Failed || state == Outbox::State::Unknown)
            more.buttons({{Target::Kind::RetrySend, {}, {}, MessageDelegate::tr("Retry"), {}},
                          {Target::Kind::CancelSend, {}, {}, MessageDelegate::tr("Cancel"), {}}});
        else if (state == Outbox::State::Queued || state == Outbox::State::OtherApp)
            more.buttons({{Target::Kind::CancelSend, {}, {}, MessageDelegate::tr("Cancel"), {}}});
        contentHeight = more.y;
        contentWidth = more.usedWidth;
        switch (state) {
        case Outbox::State::Failed:
            footer = MessageDelegate::tr("Not sent");
            break;
        case Outbox::State::Sending:
            footer = MessageDelegate::tr("Sending…");
            break;
        case Outbox::State::Unknown:
            footer = MessageDelegate::tr("Delivery unknown");
            break;
        case Outbox::State::OtherApp:
            footer = MessageDelegate::tr("For another app");
            break;
        default:
            footer = MessageDelegate::tr("Queued");
        }
    }

    Style footerStyle = Style::Meta;
    const auto delivery = index.data(MessageListModel::DeliveryRole).value<DeliveryStatus>();
    if (!outgoing && delivery.state == DeliveryStatus::State::Failed) {
        // Not delivered: the channel's reason, in words, where the agent looks.
        Column more(content, option, maxBubble - 2 * padH);
        more.y = contentHeight;
        more.usedWidth = contentWidth;
        more.gap(4);
        more.text(delivery.reason(), Style::Italic, false);
        contentHeight = more.y;
        contentWidth = more.usedWidth;
        footer = MessageDelegate::tr("%1 · %2").arg(footer, delivery.label());
        footerStyle = Style::Failed;
    } else if (!outgoing && !delivery.isNone()) {
        footer = MessageDelegate::tr("%1 · %2").arg(footer, delivery.label());
    }

    // The footer: the time (or the sending state), right-aligned in the bubble.
    const QString time = footer;
    const QFontMetrics footerFm(font(footerStyle, option.font));
    const int timeWidth = footerFm.horizontalAdvance(time) + 2;
    const int footerTop = contentHeight + 2;
    contentWidth = std::max(contentWidth, timeWidth);
    const int bubbleWidth = std::min(maxBubble, contentWidth + 2 * padH);
    const int bubbleHeight = footerTop + footerFm.height() + 2 * padV;
    int bubbleX = 0;
    switch (l->side) {
    case Side::Left:
        bubbleX = margin + avatarSide + gutter;
        break;
    case Side::Right:
        bubbleX = width - margin - avatarSide - gutter - bubbleWidth;
        break;
    case Side::Center:
        bubbleX = (width - bubbleWidth) / 2;
    }
    l->bubble = QRect(bubbleX, bubbleTop, bubbleWidth, bubbleHeight);
    if (!header.isEmpty()) {
        const QFontMetrics nameFm(font(Style::Name, option.font));
        const QString shown =
            nameFm.elidedText(PlainText::oneLine(header, 200), Qt::ElideRight, maxBubble);
        const int w = nameFm.horizontalAdvance(shown) + 2;
        const int x = l->side == Side::Right    ? l->bubble.right() + 1 - w
                      : l->side == Side::Center ? (width - w) / 2
                                                : bubbleX;
        l->texts.append({QRect(x, y, w, nameFm.height()), shown, Style::Name});
        if (l->side != Side::Center)
            l->avatar = QRect(l->side == Side::Left ? margin : width - margin - avatarSide,
                              bubbleTop, avatarSide, avatarSide);
    }
    for (QRect &card : content.cards)
        card.setWidth(bubbleWidth - padH);
    content.translate(QPoint(bubbleX + padH, bubbleTop + padV));
    l->texts += content.texts;
    l->blocks = content.blocks;
    l->images = content.images;
    l->cards = content.cards;
    l->thumbnail = content.thumbnail;
    l->thumbnailFile = content.thumbnailFile;
    l->progress = content.progress;
    l->progressValue = content.progressValue;
    l->targets += content.targets;
    l->urls += content.urls;
    l->textForEditor = content.textForEditor;
    l->textArea = content.textArea;
    l->texts.append({QRect(l->bubble.right() + 1 - padH - timeWidth, bubbleTop + padV + footerTop,
                           timeWidth, footerFm.height()),
                     time, footerStyle, Qt::AlignRight | Qt::AlignVCenter});
    l->height = l->bubble.bottom() + 1 + 2;
    if (const QVariant seen = index.data(MessageListModel::SeenRole); seen.isValid()) {
        // The last message the customer read says when, under it.
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(qint64(seen.toDouble() * 1000.0)).toLocalTime();
        const QString at = when.date() == QDate::currentDate()
                               ? QLocale().toString(when.time(), QLocale::ShortFormat)
                               : QLocale().toString(when, QLocale::ShortFormat);
        const QString text = MessageDelegate::tr("Seen %1").arg(at);
        const int w = metaFm.horizontalAdvance(text) + 2;
        const int x = l->side == Side::Left ? l->bubble.left() : l->bubble.right() + 1 - w;
        l->seen = QRect(x, l->height, w, metaFm.height());
        l->texts.append({l->seen, text, Style::Meta, Qt::AlignRight | Qt::AlignVCenter});
        l->height = l->seen.bottom() + 1 + 4;
    }
    return l;
}

QSize MessageLayout::layoutLocalFile(MessageLayout &l, const Message &m, const QModelIndex &index,
                                     const QStyleOptionViewItem &option, int width)
{
    Column c(l, option, width);
    const QString file = index.data(MessageListModel::LocalFileRole).toString();
    const QSize natural = index.data(MessageListModel::ImageSizeRole).toSize();
    const qint64 size = index.data(MessageListModel::FileSizeRole).toLongLong();
    if (natural.isValid() && !natural.isEmpty()) {
        // A thumbnail of the picture as it will arrive (the bytes are sent as they are).
        const int side = std::min(c.width(), maxImageSide);
        const QSize shown = natural.scaled(side, side, Qt::KeepAspectRatio)
                                .boundedTo(natural.expandedTo(QSize(48, 48)));
        l.thumbnail = QRect(0, c.y, shown.width(), shown.height());
        l.thumbnailFile = file;
        c.y += shown.height();
        c.usedWidth = std::max(c.usedWidth, shown.width());
    } else {
        // A file card: its name, its size and type.
        const int top = c.y;
        c.gap(6);
        c.line(QFileInfo(file).fileName(), Style::Title);
        c.line(
            MessageDelegate::tr("%1 · %2").arg(
                QLocale().formattedDataSize(size),
                m.mediaType.isEmpty()
                    ? QMimeDatabase().mimeTypeForFile(file, QMimeDatabase::MatchExtension).comment()
                    : m.mediaType),
            Style::Meta);
        c.gap(6);
        c.usedWidth = std::max(c.usedWidth, 180);
        l.cards.append(QRect(-6, top, c.usedWidth + 12, c.y - top));
    }
    if (!m.text.isEmpty()) {
        c.gap(6);
        c.text(m.text);
    }
    return {c.usedWidth, c.y};
}

QSize MessageLayout::layoutContent(MessageLayout &l, const Message &m,
                                   const QStyleOptionViewItem &option, int width, MediaCache *media)
{
    using S = Style;
    Column c(l, option, width);
    const QString text = !m.text.isEmpty() ? m.text : m.textFallback;
    const auto addText = [&](const QString &body) {
        if (body.isEmpty())
            return;
        if (c.y > 0)
            c.gap(6);
        const int top = c.y;
        c.text(body);
        if (l.textForEditor.isEmpty()) {
            l.textForEditor = PlainText::displayable(body);
            l.textArea = QRect(0, top, c.width(), c.y - top);
        }
    };
    const auto actionTargets = [](const QList<Action> &actions) {
        QList<Target> targets;
        for (const Action &a : actions) {
            const QUrl uri(a.uri);
            targets.append(
                {Target::Kind::Action, {}, a.opensUri() ? uri : QUrl(), actionLabel(a), a.type});
        }
        return targets;
    };

    switch (m.type()) {
    case Message::Type::Text:
        if (text.isEmpty() && m.actions.isEmpty())
            c.line(MessageDelegate::tr("(empty message)"), S::Italic);
        addText(text);
        break;
    case Message::Type::Image: {
        const QUrl url(m.mediaUrl);
        c.image(url, m.altText, media->naturalSize(url), width);
        addText(text);
        break;
    }
    case Message::Type::File: {
        const QUrl url(m.mediaUrl);
        const QString name =
            url.fileName().isEmpty() ? MessageDelegate::tr("File") : url.fileName();
        c.line(name, S::Title);
        if (!m.mediaType.isEmpty())
            c.line(m.mediaType, S::Meta);
        c.buttons({{Target::Kind::OpenFile, {}, url, MessageDelegate::tr("Open"), {}},
                   {Target::Kind::SaveFile, {}, url, MessageDelegate::tr("Save…"), {}}});
        addText(text);
        break;
    }
    case Message::Type::Location: {
        const QString name = m.location && !m.location->name.isEmpty()
                                 ? m.location->name
                                 : MessageDelegate::tr("Shared location");
        c.line(name, S::Title);
        if (m.location && !m.location->address.isEmpty())
            c.text(m.location->address, S::Body, false);
        if (m.coordinates && m.coordinates->lat && m.coordinates->lon) {
            const double lat = *m.coordinates->lat;
            const double lon = *m.coordinates->lon;
            c.line(
                u"%1, %2"_s.arg(QLocale().toString(lat, 'f', 5), QLocale().toString(lon, 'f', 5)),
                S::Meta);
            QUrl map(u"https://www.openstreetmap.org/"_s);
            map.setQuery(u"mlat=%1&mlon=%2"_s.arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6));
            map.setFragment(u"map=16/%1/%2"_s.arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6));
            c.buttons({{Target::Kind::OpenMap, {}, map, MessageDelegate::tr("Open in map"), {}}});
        } else {
            c.line(MessageDelegate::tr("(no coordinates)"), S::Italic);
        }
        addText(withoutGeneratedText(m, text));
        break;
    }
    case Message::Type::Carousel:
    case Message::Type::List:
        addText(withoutGeneratedText(m, text));
        for (const MessageItem &item : m.items) {
            if (c.y > 0)
                c.gap(cardGap);
            const int top = c.y;
            c.gap(padV);
            if (!item.mediaUrl.isEmpty()) {
                const QUrl url(item.mediaUrl);
                c.image(url, item.altText.isEmpty() ? item.title : item.altText,
                        media->naturalSize(url), std::min(width, 220));
                c.gap(4);
            }
            c.line(item.title.isEmpty() ? MessageDelegate::tr("(untitled)") : item.title, S::Title);
            if (!item.description.isEmpty())
                c.text(item.description, S::Body, false);
            c.buttons(actionTargets(item.actions));
            c.gap(padV);
            l.cards.append(QRect(-padH / 2, top, 0, c.y - top)); // width: the bubble's, set later
        }
        if (m.items.isEmpty())
            c.line(MessageDelegate::tr("(no items)"), S::Italic);
        break;
    case Message::Type::Form:
        c.line(m.submitted.value_or(false) ? MessageDelegate::tr("Form (submitted)")
                                           : MessageDelegate::tr("Form"),
               S::Meta);
        for (const FormField &f : m.fields) {
            c.gap(4);
            c.line(f.label.isEmpty() ? f.name : f.label, S::Title);
            QStringList options;
            for (const FormOption &o : f.options)
                options.append(o.label.isEmpty() ? o.name : o.label);
            c.line(options.isEmpty()
                       ? MessageDelegate::tr("%1 field").arg(f.type)
                       : MessageDelegate::tr("%1 field: %2").arg(f.type, options.join(u" / "_s)),
                   S::Meta);
        }
        addText(m.text);
        break;
    case Message::Type::FormResponse:
        c.line(MessageDelegate::tr("Form response"), S::Meta);
        for (const FormField &f : m.fields) {
            c.gap(4);
            c.line(f.label.isEmpty() ? f.name : f.label, S::Title);
            QStringList chosen;
            for (const FormOption &o : f.select)
                chosen.append(o.label.isEmpty() ? o.name : o.label);
            const QString answer = !f.text.isEmpty()    ? f.text
                                   : !f.email.isEmpty() ? f.email
                                                        : chosen.join(u", "_s);
            c.text(answer.isEmpty() ? MessageDelegate::tr("(no answer)") : answer);
        }
        if (m.fields.isEmpty())
            addText(text);
        else if (l.textForEditor.isEmpty())
            l.textForEditor = PlainText::displayable(text);
        break;
    case Message::Type::Unknown:
        c.line(MessageDelegate::tr("Unsupported message type “%1”").arg(m.typeName), S::Italic);
        addText(text);
        break;
    }
    c.buttons(actionTargets(m.actions));
    return {c.usedWidth, c.y};
}
