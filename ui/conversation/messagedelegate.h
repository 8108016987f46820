#pragma once

#include <QAbstractItemDelegate>
#include <QCache>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <memory>

class MediaCache;
class MessageLayout;

/*!
 * \brief Draws a conversation: chat bubbles for every v1.1 message type, date separators,
 * the unread marker, grouping, and the status rows of MessageListModel.
 *
 * One function, MessageLayout::compute(), decides where everything goes; paint(), sizeHint()
 * and hit-testing all use its result, which is cached per (message id, width). Message text is
 * laid out as plain text with QTextLayout: it is never interpreted as HTML or rich text.
 */
class MessageDelegate : public QAbstractItemDelegate
{
    Q_OBJECT

public:
    /*! Something in a row that reacts to a click. */
    struct Target
    {
        enum class Kind {
            Link,
            Action,
            Image,
            OpenFile,
            SaveFile,
            OpenMap,
            Retry,
            RetrySend,
            CancelSend
        };
        Kind kind = Kind::Link;
        QRect rect;
        QUrl url;
        QString label;
        QString actionType; //!< for Action: link, webview, reply, postback, ...
    };

    explicit MessageDelegate(MediaCache *media, QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    /*! Everything in the row \a index that reacts to a click, in viewport coordinates. */
    QList<Target> targets(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /*! What is under \a pos (viewport coordinates) in the row \a index drawn in \a option. */
    std::optional<Target> targetAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QPoint &pos) const;
    /*! The rectangle of the bubble of \a index, in viewport coordinates. */
    QRect bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /*! The position in the bubble's first text (the message's text, as shown) under \a pos
        (viewport coordinates), or -1 when \a pos is on no line of it. */
    int textPositionAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                       const QPoint &pos) const;
    /*! Where the line holding \a position of the bubble's first text is drawn (viewport
        coordinates); empty if there is no such text. */
    QRect textLineRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                       int position) const;

    /*! Forgets the layout of message \a id (its content or neighbours changed). */
    void invalidate(const QString &id);
    void invalidateAll();
    /*! The ids of messages whose layout uses \a url (an image or avatar). */
    QStringList idsUsing(const QUrl &url) const { return m_urlUsers.value(url).values(); }
    /*! How many layouts were computed, for tests and benchmarks. */
    int layoutCount() const { return m_layouts; }

Q_SIGNALS:
    /*! A clickable part of a row was activated with the mouse. */
    void targetActivated(const QModelIndex &index, const MessageDelegate::Target &target);

private:
    /*! The layout of \a index drawn in \a option: the cached one while its width holds. */
    std::shared_ptr<const MessageLayout> layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index) const;

    MediaCache *m_media;
    mutable QHash<QString, QPair<int, int>> m_heights; //!< id -> (width, height)
    mutable QCache<QString, std::shared_ptr<const MessageLayout>> m_layoutCache;
    mutable QHash<QUrl, QSet<QString>> m_urlUsers;
    mutable int m_layouts = 0;
};
