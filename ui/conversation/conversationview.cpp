#include "conversation/conversationview.h"

#include "conversation/conversationaccessible.h"
#include "conversation/mediacache.h"
#include "conversation/messagelistmodel.h"
#include "conversation/noautofetchproxymodel.h"
#include "dialogs/imagedialog.h"
#include "text/plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int bottomSlack = 4;     // pixels from the end that still count as "at the bottom"
constexpr int prefetchScreens = 3; // older pages load when the top is this many screens away
} // namespace

ConversationView::ConversationView(MessageListModel *model, MediaCache *media, QWidget *parent)
    : QAbstractItemView(parent)
    , m_model(model)
    , m_proxy(new NoAutoFetchProxyModel(this))
    , m_delegate(new MessageDelegate(media, this))
    , m_media(media)
    , m_newButton(new QPushButton(this))
    , m_spinner(new QTimer(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_confirm = [this](const QString &question) {
        // The question quotes links someone else wrote: never read as markup.
        QMessageBox box(QMessageBox::Question, tr("Open link"), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setTextFormat(Qt::PlainText);
        return box.exec() == QMessageBox::Yes;
    };
    ConversationAccessible::install();
    setAccessibleName(tr("Conversation"));
    setAccessibleDescription(tr("The messages of the open conversation, oldest first. Arrow keys "
                                "move between messages, F2 selects text, the menu key offers "
                                "Copy."));
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar that came and went would change the width and every row's layout.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);

    m_newButton->hide();
    m_newButton->setCursor(Qt::PointingHandCursor);
    connect(m_newButton, &QPushButton::clicked, this, &ConversationView::scrollToNewest);

    // Every change of rows goes through one anchor: captured before, applied after.
    const auto capture = [this] {
        if (!m_pending)
            m_pending = captureAnchor();
    };
    const auto apply = [this] {
        if (auto anchor = std::exchange(m_pending, std::nullopt))
            relayout(*anchor);
    };
    // Captured from the model itself, before the proxy tells the view and the layout changes.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, capture);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, capture);
    setItemDelegate(m_delegate);
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    // The layout follows in rowsInserted() and rowsAboutToBeRemoved(), which run first.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, apply);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, apply);
    connect(m_model, &MessageListModel::initialLoadFinished, this, [this] {
        updateGeometries();
        scrollToBottom();
        maybeFetchOlder();
    });
    connect(m_model, &MessageListModel::newerMessagesArrived, this, [this](int count) {
        if (!isAtBottom()) {
            m_unseenNew += count;
            updateNewButton();
        }
    });
    connect(m_model, &MessageListModel::loadingChanged, this, [this] {
        if (m_model->isLoading())
            m_spinner->start();
        else
            m_spinner->stop();
        maybeFetchOlder();
    });
    m_spinner->setInterval(50);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        const QModelIndex top = m_proxy->index(0, 0);
        if (top.data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>() ==
            MessageListModel::RowKind::LoadingOlder)
            viewport()->update(visualRect(top));
    });
    connect(m_delegate, &MessageDelegate::targetActivated, this,
            &ConversationView::onTargetActivated);
    connect(m_media, &MediaCache::changed, this, &ConversationView::onMediaChanged);
}

bool ConversationView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - bottomSlack;
}

void ConversationView::scrollToNewest()
{
    scrollToBottom();
    m_unseenNew = 0;
    updateNewButton();
    Q_EMIT reachedBottom();
}

ConversationView::Anchor ConversationView::captureAnchor() const
{
    Anchor anchor;
    anchor.atBottom = isAtBottom();
    // The message in the middle of the viewport is the one the reader is looking at. Its bottom
    // edge is kept: its bubble sits there, whatever happens to a date separator above it.
    const int middle = viewport()->height() / 2;
    for (QModelIndex index = indexAt(QPoint(0, middle)); index.isValid();
         index = m_proxy->index(index.row() + 1, 0)) {
        const QString id = index.data(MessageListModel::IdRole).toString();
        if (!id.isEmpty()) {
            anchor.id = id;
            anchor.bottom = visualRect(index).bottom();
            break;
        }
    }
    return anchor;
}

void ConversationView::relayout(const Anchor &anchor)
{
    m_restoring = true;
    updateGeometries(); // now, not on the next turn of the event loop: no frame shows a jump
    if (anchor.atBottom) {
        scrollToBottom();
    } else if (const int row = m_model->rowOf(anchor.id); row >= 0) {
        const QRect rect = visualRect(m_proxy->index(row, 0));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() - anchor.bottom);
    }
    m_restoring = false;
    // Rows other than the changed ones moved (below it, or all of them while a short
    // conversation sits at the bottom): Qt repaints only the changed ones, the rest would stay
    // on screen where they were.
    viewport()->update();
    maybeFetchOlder();
}

bool ConversationView::layoutRows(int first, int oldCount, int newCount)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    m_layoutWidth = viewport()->width();
    const int oldBottom = m_tops.at(first + oldCount);
    QList<int> bottoms(newCount);
    int y = m_tops.at(first);
    bool changed = oldCount != newCount;
    for (int i = 0; i < newCount; ++i) {
        y += m_delegate->sizeHint(option, m_proxy->index(first + i, 0)).height();
        bottoms[i] = y;
        changed = changed || (i < oldCount && m_tops.at(first + i + 1) != y);
    }
    // The rows below keep their heights and move by the difference: one pass of additions.
    if (const int delta = y - oldBottom; delta != 0) {
        for (auto it = m_tops.begin() + first + oldCount + 1; it != m_tops.end(); ++it)
            *it += delta;
    }
    if (newCount != oldCount) {
        m_tops.remove(first + 1, oldCount);
        m_tops.insert(first + 1, newCount, 0);
    }
    std::copy(bottoms.cbegin(), bottoms.cend(), m_tops.begin() + first + 1);
    return changed;
}

void ConversationView::doItemsLayout()
{
    m_tops = {0};
    layoutRows(0, 0, m_proxy->rowCount());
    updateGeometries();
    viewport()->update();
}

void ConversationView::reset()
{
    m_pending.reset();
    m_delegate->invalidateAll();
    m_unseenNew = 0;
    QAbstractItemView::reset();
    doItemsLayout();
    updateNewButton();
}

void ConversationView::rowsInserted(const QModelIndex &parent, int first, int last)
{
    // The row below may now start its day or group differently: the model says so with
    // dataChanged(), which lays it out again.
    layoutRows(first, 0, last - first + 1);
    QAbstractItemView::rowsInserted(parent, first, last);
}

void ConversationView::rowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, first, last);
    const int count = last - first + 1;
    const int delta = m_tops.at(last + 1) - m_tops.at(first);
    m_tops.remove(first + 1, count);
    for (auto it = m_tops.begin() + first + 1; it != m_tops.end(); ++it)
        *it -= delta;
}

int ConversationView::rowAtY(int y) const
{
    if (y < 0 || y >= m_tops.last())
        return -1;
    return int(std::upper_bound(m_tops.cbegin(), m_tops.cend(), y) - m_tops.cbegin()) - 1;
}

int ConversationView::verticalOffset() const
{
    // A conversation shorter than the viewport sits at its bottom, by the composer.
    return verticalScrollBar()->value() - std::max(0, viewport()->height() - m_tops.last());
}

QRect ConversationView::visualRect(const QModelIndex &index) const
{
    const int row = index.row();
    if (!index.isValid() || row + 1 >= m_tops.size())
        return {};
    return {0, m_tops.at(row) - verticalOffset(), viewport()->width(),
            m_tops.at(row + 1) - m_tops.at(row)};
}

QModelIndex ConversationView::indexAt(const QPoint &point) const
{
    const int row = rowAtY(point.y() + verticalOffset());
    return row >= 0 && point.x() >= 0 && point.x() < viewport()->width() ? m_proxy->index(row, 0)
                                                                         : QModelIndex();
}

void ConversationView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (!rect.isValid())
        return;
    const int height = viewport()->height();
    int delta = 0;
    switch (hint) {
    case EnsureVisible:
        if (rect.top() < 0 || rect.height() > height)
            delta = rect.top();
        else if (rect.bottom() >= height)
            delta = rect.bottom() - height + 1;
        break;
    case PositionAtTop:
        delta = rect.top();
        break;
    case PositionAtBottom:
        delta = rect.bottom() - height + 1;
        break;
    case PositionAtCenter:
        delta = rect.center().y() - height / 2;
        break;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
}

QModelIndex ConversationView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() : rows;
    const int page = viewport()->height();
    switch (action) {
    case MoveUp:
    case MovePrevious:
        return m_proxy->index(std::max(0, row - 1), 0);
    case MoveDown:
    case MoveNext:
        return m_proxy->index(std::min(rows - 1, row + (current.isValid() ? 1 : -1)), 0);
    case MoveHome:
        return m_proxy->index(0, 0);
    case MoveEnd:
        return m_proxy->index(rows - 1, 0);
    case MovePageUp:
    case MovePageDown: {
        const QRect rect = visualRect(m_proxy->index(std::min(row, rows - 1), 0));
        const int y = rect.center().y() + verticalOffset() + (action == MovePageUp ? -page : page);
        const int target = rowAtY(std::clamp(y, 0, m_tops.last() - 1));
        return m_proxy->index(target, 0);
    }
    case MoveLeft:
    case MoveRight:
        return current;
    }
    return current;
}

void ConversationView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QRect r = rect.normalized();
    const int first = rowAtY(std::max(0, r.top() + verticalOffset()));
    int last = rowAtY(r.bottom() + verticalOffset());
    if (first < 0) {
        selectionModel()->select(QItemSelection(), command);
        return;
    }
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    selectionModel()->select(QItemSelection(m_proxy->index(first, 0), m_proxy->index(last, 0)),
                             command);
}

QRegion ConversationView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection)
        region += visualRect(range.topLeft()).united(visualRect(range.bottomRight()));
    return region;
}

void ConversationView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QRect area = event->rect();
    const int first = rowAtY(std::max(0, area.top() + verticalOffset()));
    if (first < 0)
        return;
    const QModelIndex current = currentIndex();
    const QModelIndex hover = viewport()->underMouse()
                                  ? indexAt(viewport()->mapFromGlobal(QCursor::pos()))
                                  : QModelIndex();
    const QStyle::State base = option.state;
    for (int row = first; row + 1 < m_tops.size(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        option.rect = visualRect(index);
        if (option.rect.top() > area.bottom())
            break;
        option.state = base;
        if (selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            option.state |= QStyle::State_HasFocus;
        if (index == hover)
            option.state |= QStyle::State_MouseOver;
        m_delegate->paint(&painter, option, index);
    }
}

void ConversationView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setSingleStep(24);
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, m_tops.last() - viewport()->height()));
    QAbstractItemView::updateGeometries();
}

void ConversationView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy); // moves an open editor along
}

void ConversationView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    // A row whose height changes must not move the reader: lay out with the anchor.
    const Anchor anchor = captureAnchor();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_delegate->invalidate(m_proxy->index(row, 0).data(MessageListModel::IdRole).toString());
    const int count = bottomRight.row() - topLeft.row() + 1;
    if (layoutRows(topLeft.row(), count, count) && !m_pending)
        relayout(anchor);
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void ConversationView::onMediaChanged(const QUrl &url)
{
    const QStringList ids = m_delegate->idsUsing(url);
    if (ids.isEmpty())
        return;
    const Anchor anchor = captureAnchor();
    for (const QString &id : ids) {
        m_delegate->invalidate(id);
        if (const int row = m_model->rowOf(id); row >= 0)
            layoutRows(row, 1, 1);
    }
    relayout(anchor);
    viewport()->update();
}

void ConversationView::maybeFetchOlder()
{
    if (!m_model->canFetchMore({}))
        return;
    if (verticalScrollBar()->value() < prefetchScreens * viewport()->height())
        m_model->fetchMore({});
}

void ConversationView::verticalScrollbarValueChanged(int value)
{
    QAbstractItemView::verticalScrollbarValueChanged(value);
    if (m_restoring)
        return;
    maybeFetchOlder();
    if (m_unseenNew > 0 && isAtBottom()) {
        m_unseenNew = 0;
        updateNewButton();
    }
    if (isAtBottom())
        Q_EMIT reachedBottom();
}

void ConversationView::updateNewButton()
{
    m_newButton->setText(tr("%Ln new message(s) ↓", nullptr, m_unseenNew));
    m_newButton->setVisible(m_unseenNew > 0);
    m_newButton->adjustSize();
    m_newButton->move((width() - m_newButton->width()) / 2, height() - m_newButton->height() - 16);
    m_newButton->raise();
}

void ConversationView::resizeEvent(QResizeEvent *event)
{
    const Anchor anchor = captureAnchor();
    QAbstractItemView::resizeEvent(event);
    if (viewport()->width() != m_layoutWidth)
        doItemsLayout();
    relayout(anchor);
    updateNewButton();
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        const Anchor anchor = captureAnchor();
        doItemsLayout();
        relayout(anchor);
    }
    QAbstractItemView::changeEvent(event);
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_End && !(event->modifiers() & Qt::ShiftModifier)) {
        scrollToNewest();
        return;
    }
    if (event->key() == Qt::Key_Home && !(event->modifiers() & Qt::ShiftModifier)) {
        scrollToTop();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    // The menu key and Shift+F10 open the current message's menu: Qt leaves them to the view.
    if (event->key() == Qt::Key_Menu ||
        (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
        const QPoint at = visualRect(currentIndex()).center();
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menu);
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

QStyleOptionViewItem ConversationView::optionsFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

QString ConversationView::selectedText() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList parts;
    for (const QModelIndex &index : std::as_const(rows)) {
        const Message *m = index.data(MessageListModel::MessageRole).value<const Message *>();
        if (!m)
            continue;
        const QString text =
            PlainText::displayable(!m->text.isEmpty() ? m->text : PlainText::summary(*m));
        if (rows.size() == 1) {
            parts.append(text);
            continue;
        }
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m->receivedMs()),
                                                QLocale::ShortFormat);
        parts.append(u"[%1] %2: %3"_s.arg(when, PlainText::oneLine(m->name, 80), text));
    }
    return parts.join(u'\n');
}

void ConversationView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ConversationView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key, Shift+F10) the menu is of the current message.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    // Every link and button of the row, so that none of them needs the mouse.
    for (const MessageDelegate::Target &target : m_delegate->targets(optionsFor(index), index)) {
        const QString label =
            target.url.isValid()
                ? tr("Open “%1”").arg(PlainText::oneLine(target.url.toDisplayString(), 60))
                : PlainText::oneLine(target.label, 60);
        // "&" in a URL or label is text, not a mnemonic.
        menu.addAction(QString(label).replace(u'&', "&&"_L1), this,
                       [this, index = QPersistentModelIndex(index), target] {
                           if (index.isValid())
                               onTargetActivated(index, target);
                       });
    }
    if (const Message *m = index.data(MessageListModel::MessageRole).value<const Message *>()) {
        if (!menu.isEmpty())
            menu.addSeparator();
        const QString id = m->id;
        menu.addAction(tr("Copy text"), this, &ConversationView::copySelection);
        menu.addAction(tr("Copy message id"), this,
                       [id] { QApplication::clipboard()->setText(id); });
        if (m_adminTools) {
            menu.addSeparator();
            menu.addAction(tr("Delete message…"), this, [this, id] { Q_EMIT deleteRequested(id); });
        }
    }
    if (menu.isEmpty())
        return;
    menu.exec(keyboard ? viewport()->mapToGlobal(visualRect(index).center()) : event->globalPos());
}

void ConversationView::onTargetActivated(const QModelIndex &index,
                                         const MessageDelegate::Target &target)
{
    using Kind = MessageDelegate::Target::Kind;
    switch (target.kind) {
    case Kind::RetrySend:
        Q_EMIT retrySendRequested(index.data(MessageListModel::IdRole).toString());
        return;
    case Kind::CancelSend:
        Q_EMIT cancelSendRequested(index.data(MessageListModel::IdRole).toString());
        return;
    case Kind::Retry:
        m_model->retry(
            index.data(MessageListModel::RowKindRole).value<MessageListModel::RowKind>());
        return;
    case Kind::Link:
    case Kind::OpenMap:
        if (!PlainText::isOpenable(target.url))
            return;
        if (target.url.scheme().compare("mailto"_L1, Qt::CaseInsensitive) == 0) {
            // A mail link opens the mail program with a mail someone else began: ask first,
            // showing the address. Its query (subject, body, cc, and in some mail programs
            // attach= with a local file) is left out: the agent writes the mail.
            const QString address = target.url.path();
            QUrl mail;
            mail.setScheme(u"mailto"_s);
            mail.setPath(address);
            if (m_confirm(tr("Write an email to %1?").arg(PlainText::oneLine(address, 200))))
                m_openUrl(mail);
            return;
        }
        m_openUrl(target.url);
        return;
    case Kind::Action:
        // Buttons were written by someone else: say where they lead before leaving the app.
        if (PlainText::isOpenable(target.url) &&
            m_confirm(
                tr("Open this link in your browser?\n\n%1").arg(target.url.toDisplayString())))
            m_openUrl(target.url);
        return;
    case Kind::OpenFile:
        if (m_media->isAllowed(target.url) &&
            m_confirm(
                tr("Open this file in your browser?\n\n%1").arg(target.url.toDisplayString())))
            m_openUrl(target.url);
        return;
    case Kind::Image:
        // An image from a host not trusted by itself loads on the first click; the next opens it.
        if (m_media->status(target.url) == MediaCache::Status::Blocked)
            m_media->allow(target.url);
        else if (m_media->isAllowed(target.url))
            (new ImageDialog(m_media, target.url, target.label, this))->show();
        return;
    case Kind::SaveFile: {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save file"), target.url.fileName());
        if (path.isEmpty())
            return;
        m_media->fetch(
            target.url, this, [this, path](const QByteArray &bytes, const QString &error) {
                QSaveFile file(path);
                QString why = error;
                if (why.isEmpty() && (!file.open(QIODevice::WriteOnly) ||
                                      file.write(bytes) != bytes.size() || !file.commit()))
                    why = file.errorString();
                if (!why.isEmpty())
                    QMessageBox::warning(this, tr("Save file"),
                                         tr("The file could not be saved: %1").arg(why));
            });
        return;
    }
    }
}
