#include "conversationview.h"

#include "imagedialog.h"
#include "mediacache.h"
#include "messagelistmodel.h"
#include "noautofetchproxymodel.h"
#include "plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
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
    : QListView(parent)
    , m_model(model)
    , m_proxy(new NoAutoFetchProxyModel(this))
    , m_delegate(new MessageDelegate(media, this))
    , m_media(media)
    , m_newButton(new QPushButton(this))
    , m_spinner(new QTimer(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Open link"), question) == QMessageBox::Yes;
    };
    setAccessibleName(tr("Conversation"));
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar that came and went would change the width and every row's layout.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setResizeMode(Adjust);
    setLayoutMode(SinglePass);
    setUniformItemSizes(false);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(24);

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
    // Captured from the model itself, connected before the proxy: QListView forgets where its
    // rows are as soon as it hears of a removal.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, capture);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, capture);
    setItemDelegate(m_delegate);
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this, apply](const QModelIndex &, int, int last) {
                // The row below an insertion may change its separator or grouping: lay it out
                // afresh.
                if (const QString id =
                        m_proxy->index(last + 1, 0).data(MessageListModel::IdRole).toString();
                    !id.isEmpty())
                    m_delegate->invalidate(id);
                apply();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, apply);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_pending.reset();
        m_delegate->invalidateAll();
        m_unseenNew = 0;
        updateNewButton();
    });
    connect(m_model, &MessageListModel::initialLoadFinished, this, [this] {
        doItemsLayout();
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
    doItemsLayout(); // now, not on the next turn of the event loop: no frame shows a jump
    if (anchor.atBottom) {
        scrollToBottom();
    } else if (const int row = m_model->rowOf(anchor.id); row >= 0) {
        const QRect rect = visualRect(m_proxy->index(row, 0));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() - anchor.bottom);
    }
    m_restoring = false;
    maybeFetchOlder();
}

void ConversationView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    // A row whose height changes must not move the reader: compare, then lay out with the anchor.
    bool heightChanged = false;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QString id = index.data(MessageListModel::IdRole).toString();
        const int before = m_delegate->sizeHint(option, index).height();
        m_delegate->invalidate(id);
        heightChanged = heightChanged || m_delegate->sizeHint(option, index).height() != before;
    }
    if (heightChanged && !m_pending)
        relayout(captureAnchor());
    QListView::dataChanged(topLeft, bottomRight, roles);
}

void ConversationView::onMediaChanged(const QUrl &url)
{
    const QStringList ids = m_delegate->idsUsing(url);
    if (ids.isEmpty())
        return;
    const Anchor anchor = captureAnchor();
    for (const QString &id : ids)
        m_delegate->invalidate(id);
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
    QListView::verticalScrollbarValueChanged(value);
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
    m_newButton->setText(tr("%n new message(s) ↓", nullptr, m_unseenNew));
    m_newButton->setVisible(m_unseenNew > 0);
    m_newButton->adjustSize();
    m_newButton->move((width() - m_newButton->width()) / 2, height() - m_newButton->height() - 16);
    m_newButton->raise();
}

void ConversationView::resizeEvent(QResizeEvent *event)
{
    const Anchor anchor = captureAnchor();
    QListView::resizeEvent(event);
    relayout(anchor);
    updateNewButton();
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        const Anchor anchor = captureAnchor();
        m_delegate->invalidateAll();
        relayout(anchor);
    }
    QListView::changeEvent(event);
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
    QListView::keyPressEvent(event);
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
    const QModelIndex index = indexAt(event->pos());
    const Message *m = index.data(MessageListModel::MessageRole).value<const Message *>();
    if (!m)
        return;
    if (!selectionModel()->isSelected(index))
        selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    const QString id = m->id;
    QMenu menu(this);
    menu.addAction(tr("Copy text"), this, &ConversationView::copySelection);
    menu.addAction(tr("Copy message id"), this, [id] { QApplication::clipboard()->setText(id); });
    if (m_adminTools) {
        menu.addSeparator();
        menu.addAction(tr("Delete message…"), this, [this, id] { Q_EMIT deleteRequested(id); });
    }
    menu.exec(event->globalPos());
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
        if (PlainText::isOpenable(target.url))
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
        if (MediaCache::isAllowed(target.url) &&
            m_confirm(
                tr("Open this file in your browser?\n\n%1").arg(target.url.toDisplayString())))
            m_openUrl(target.url);
        return;
    case Kind::Image:
        if (MediaCache::isAllowed(target.url))
            (new ImageDialog(m_media, target.url, target.label, this))->show();
        return;
    case Kind::SaveFile: {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save file"), target.url.fileName());
        if (path.isEmpty())
            return;
        m_media->fetch(target.url, this,
                       [this, path](const QByteArray &data, const QString &error) {
                           QSaveFile file(path);
                           QString why = error;
                           if (why.isEmpty() && (!file.open(QIODevice::WriteOnly) ||
                                                 file.write(data) != data.size() || !file.commit()))
                               why = file.errorString();
                           if (!why.isEmpty())
                               QMessageBox::warning(this, tr("Save file"),
                                                    tr("The file could not be saved: %1").arg(why));
                       });
        return;
    }
    }
}
