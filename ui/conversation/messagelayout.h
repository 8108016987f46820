#pragma once

#include "conversation/messagedelegate.h"
#include "style/theme.h"

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
 * hit-tests a row from its result alone. Every text has a Style; font() and color() are the
 * only places a style becomes a font or a colour, for measuring here and for drawing in the
 * delegate alike, so that text is drawn in the font it was measured with.
 * Coordinates are relative to the row's top-left corner.
 */
class MessageLayout
{
public:
    using Target = MessageDelegate::Target;

    enum class Side { Left, Right, Center };
    /*! What a text is; font() and color() say how it looks. */
    enum class Style {
        Body,      //!< message text
        Name,      //!< the author above a group of bubbles
        Meta,      //!< times, media types, small print
        Title,     //!< a file name, a card's or a form field's title
        Italic,    //!< notes about the message: empty, unsupported, why it was not sent
        Separator, //!< the day above the first message of a day
        Unread,    //!< the unread marker's label
        Status,    //!< a status row: loading, or why loading failed
        Button,    //!< the label of a button
        Initials,  //!< an avatar without a picture
        Caption,   //!< on an image that is not shown (yet)
        Failed,    //!< a message the channel did not deliver
    };

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
    /*! The colour text of \a style is drawn with on \a palette, whose colours are \a colors.
        Wrapped text (blocks) is drawn in the colour of Body, whatever its style. */
    static QColor color(Style style, const QPalette &palette, const Theme::Colors &colors);

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
    QRect seen; //!< "Seen 5:21" under the last message the customer read
    QRect avatar;
    QUrl avatarUrl;
    QString initials;
    QString textForEditor; //!< the bubble's text as an editor over textArea shows it
    QRect textArea;
    QList<Text> texts;
    QList<Block> blocks;
    QList<Image> images;
    QList<QRect> cards;
    QRect thumbnail;       //!< an outgoing image from this computer, drawn from thumbnailFile
    QString thumbnailFile; //!< that image's local file
    QRect progress;        //!< an upload's progress bar
    double progressValue = -1;
    QList<Target> targets;
    QStringList urls; //!< the images and avatar it draws

private:
    /*! Lays out the inside of a bubble at most \a width wide; returns the extent used. */
    static QSize layoutContent(MessageLayout &layout, const Message &m,
                               const QStyleOptionViewItem &option, int width, MediaCache *media);
    /*! The same for an outgoing file still on this computer: a thumbnail or a file card. */
    static QSize layoutLocalFile(MessageLayout &layout, const Message &m, const QModelIndex &index,
                                 const QStyleOptionViewItem &option, int width);
};
