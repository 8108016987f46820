#pragma once

#include "conversation/messagedelegate.h"

#include <QAbstractItemView>

#include <functional>

class MediaCache;
class MessageListModel;
class NoAutoFetchProxyModel;
class QPushButton;
class QTimer;

/*!
 * \brief The conversation on screen, with an explicit scroll policy.
 *
 * - Opening a conversation shows its newest messages at the bottom.
 * - The view sticks to the bottom only if the reader was already there.
 * - When rows are added or resized above the reader (older pages, images that finish loading,
 *   a date separator that moves), the message in the middle of the viewport stays at the same
 *   pixel.
 * - Older pages load ahead of the reader when the top comes within a few screens.
 * - New messages that arrive while the reader is up in the history show a "N new messages"
 *   button; it and the End key jump to the newest.
 *
 * It lays out its rows itself, as one column of full-width rows whose tops it keeps in a list:
 * a page of older messages costs the layout of its own rows and one pass of additions over the
 * list, not a layout of the whole history (QListView lays out every row on any insertion).
 */
class ConversationView : public QAbstractItemView
{
    Q_OBJECT

public:
    ConversationView(MessageListModel *model, MediaCache *media, QWidget *parent = nullptr);

    MessageDelegate *messageDelegate() const { return m_delegate; }
    MessageListModel *messageModel() const { return m_model; }
    bool isAtBottom() const;
    void scrollToNewest();
    /*! Messages that arrived below while the reader was up in the history. */
    int unseenNewCount() const { return m_unseenNew; }
    QPushButton *newMessagesButton() const { return m_newButton; }
    /*! Shows Delete in the context menu. */
    void setAdminTools(bool enabled) { m_adminTools = enabled; }

    /*! How URLs leave the app (the desktop's browser by default); tests replace it. */
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    /*! How the reader is asked before a button opens a browser; tests replace it. */
    void setConfirmer(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    /*! The plain text of the selected messages, oldest first, as Copy puts it on the clipboard. */
    QString selectedText() const;
    /*! The options a row is drawn with, for hit tests. */
    QStyleOptionViewItem optionsFor(const QModelIndex &index) const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    /*! Lays out every row afresh (the width, font or palette changed). */
    void doItemsLayout() override;

Q_SIGNALS:
    void deleteRequested(const QString &messageId);
    /*! The agent asked to send a failed outgoing message again, or to drop it. */
    void retrySendRequested(const QString &clientId);
    void cancelSendRequested(const QString &clientId);
    /*! The reader reached the newest message (scrolled there or jumped). */
    void reachedBottom();

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void paintEvent(QPaintEvent *event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int first, int last) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int first, int last) override;
    void reset() override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void verticalScrollbarValueChanged(int value) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    struct Anchor
    {
        QString id;
        int bottom = 0; //!< of the anchor's row, in viewport coordinates
        bool atBottom = true;
    };
    Anchor captureAnchor() const;
    /*! Sets the scroll range and puts the reader back at \a anchor. */
    void relayout(const Anchor &anchor);
    /*!
     * Replaces the layout of \a oldCount rows from \a first by that of the model's \a newCount
     * rows there; the rows below move by the difference. Returns whether any height changed.
     */
    bool layoutRows(int first, int oldCount, int newCount);
    /*! The row at content height \a y, or -1. */
    int rowAtY(int y) const;
    void maybeFetchOlder();
    void onTargetActivated(const QModelIndex &index, const MessageDelegate::Target &target);
    void onMediaChanged(const QUrl &url);
    void updateNewButton();
    void copySelection() const;

    MessageListModel *m_model;
    NoAutoFetchProxyModel *m_proxy;
    MessageDelegate *m_delegate;
    MediaCache *m_media;
    QPushButton *m_newButton;
    QTimer *m_spinner;
    std::optional<Anchor> m_pending; //!< captured before a model change, applied after it
    QList<int> m_tops{0};   //!< the top of every row in content coordinates, then the bottom
    int m_layoutWidth = -1; //!< the viewport width the rows were laid out for
    int m_unseenNew = 0;
    bool m_adminTools = false;
    bool m_restoring = false;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<bool(const QString &)> m_confirm;
};
