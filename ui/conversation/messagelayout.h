#pragma once

#include "conversation/messagedelegate.h"

#include <QFont>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <QUrl>

#include <memory>

class MediaCache;
class QModelIndex;
class QStyleOptionViewItem;
struct Message;

/*!
 * \brief Where everything of one row of a conversation goes: the bubble, its texts, images,
 * cards and buttons, the avatar, date separator, unread marker, or a status row.
 *
 * compute() is the conversation's one layout function: MessageDelegate paints, sizes and
 * hit-tests a row from its result alone. Every text has a Style, and font() is the one place
 * a style becomes a font, for measuring here and for drawing in the delegate alike.
 * Coordinates are relative to the row's top-left corner.
 */
class MessageLayout
{
public:
    using Target = MessageDelegate::Target;

    enum class Side { Left, Right, Center };
    enum class Style { Body, Name, Meta, Title, Italic, Separator, Unread, Status };

    /*! One line of text, drawn in rect with align. */
    struct Text
    {
        QRect rect;
        QString text;
        Style style;
        Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    };
    /*! Wrapped plain text, laid out at origin. */
    struct Block
    {
        std::shared_ptr<QTextLayout> layout;
        QPointF origin;
    };
    struct Image
    {
        QRect rect;
        QUrl url;
        QString alt;
    };

    static constexpr int margin = 12; //!< between the row's edges and avatars or lines
    static constexpr int padH = 10;   //!< inside a bubble, left and right
    static constexpr int padV = 7;    //!< inside a bubble, top and bottom

    /*! Lays out the row \a index drawn in \a option; images are measured by \a media. */
    static std::shared_ptr<MessageLayout> compute(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, MediaCache *media);
    /*! The width a row drawn in \a option is laid out to: the view's viewport, if any. */
    static int rowWidth(const QStyleOptionViewItem &option);
    /*! The font text of \a style is measured and drawn with, for a view whose font is \a base. */
    static QFont font(Style style, const QFont &base);

    /*! Moves the content (not the bubble, avatar and rows' marks) by \a by. */
    void translate(const QPoint &by);

    int width = 0;
    int height = 0;
    bool statusRow = false;
    Side side = Side::Left;
    QRect bubble;
    QRect spinner; //!< the busy indicator of a loading row
    QRect separator;
    QRect unread;
    QRect avatar;
    QUrl avatarUrl;
    QString initials;
    QString textForEditor; //!< the bubble's text as an editor over textArea shows it
    QRect textArea;
    QList<Text> texts;
    QList<Block> blocks;
    QList<Image> images;
    QList<QRect> cards;
    QList<Target> targets;
    QStringList urls; //!< the images and avatar it draws

private:
    /*! Lays out the inside of a bubble at most \a width wide; returns the extent used. */
    static QSize layoutContent(MessageLayout &layout, const Message &m,
                               const QStyleOptionViewItem &option, int width, MediaCache *media);
};
