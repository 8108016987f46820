#include "inbox/inboxpane.h"

#include "inbox/inboxdelegate.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxplaceholder.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "storage/draftstore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

InboxPane::InboxPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new InboxModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new InboxPlaceholder(this))
    , m_openButton(new QPushButton(tr("Open conversation…"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(InboxModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new InboxDelegate(m_view));
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setUniformItemSizes(true);
    m_search->setPlaceholderText(tr("Filter conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter conversations"));
    m_search->setAccessibleDescription(tr("Shows only the conversations whose name, user id or "
                                          "last message contains the text."));
    m_view->setAccessibleDescription(
        tr("Conversations, latest activity first. Enter opens the selected one."));
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    const auto request = [this](const QModelIndex &index) {
        Q_EMIT conversationRequested(index.data(InboxModel::UserIdRole).toString());
    };
    connect(m_view, &QListView::activated, this, request);
    connect(m_view, &QListView::clicked, this, request);
    // The highlight is the open conversation: arrow keys in the list open the row they reach,
    // and the list keeps the focus so the agent can go on. Only while the list has the focus:
    // the filter and the model move the current row too, and must never open a neighbour.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, request](const QModelIndex &current) {
                if (!current.isValid() || !m_view->hasFocus())
                    return;
                request(current);
                m_view->setFocus();
            });
    // Whatever the list does (a row moves, the filter hides or shows rows), the highlight stays
    // on the open conversation: Enter on it must never open a neighbour.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &InboxPane::showOpen);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InboxPane::showOpen);
    connect(m_filter, &QAbstractItemModel::rowsMoved, this, &InboxPane::showOpen);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &InboxPane::showOpen);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InboxPane::showOpen);
    m_openButton->setAccessibleDescription(tr("Opens the conversation of a user id."));
    connect(m_openButton, &QPushButton::clicked, this, &InboxPane::askForConversation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_openButton);
    // v1.1 cannot list conversations: an empty inbox says so, and how conversations come in.
    connect(m_empty, &InboxPlaceholder::liveUpdatesRequested, this,
            &InboxPane::liveUpdatesRequested);
    connect(m_empty, &InboxPlaceholder::openRequested, this, &InboxPane::askForConversation);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxPane::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPane::updatePlaceholder);
    updatePlaceholder();
}

void InboxPane::setController(SessionController *controller)
{
    m_model->setEntries(controller ? controller->inboxEntries() : QList<InboxStore::Entry>());
    m_model->setUnsent(controller ? controller->unsent() : QHash<QString, int>());
    m_model->clearPresence();
    DraftStore *drafts = controller ? controller->session()->drafts() : nullptr;
    m_model->setDrafts(drafts ? drafts->drafts() : QHash<QString, QString>());
    setOpenConversation({});
    if (!controller)
        return;
    connect(drafts, &DraftStore::draftChanged, m_model, &InboxModel::setDraft);
    connect(controller, &SessionController::inboxChanged, m_model, &InboxModel::update);
    connect(controller, &SessionController::typingChanged, m_model, &InboxModel::setTyping);
    connect(controller, &SessionController::unsentChanged, m_model, &InboxModel::setUnsent);
    connect(controller, &SessionController::presenceChanged, m_model, &InboxModel::setPresence);
}

void InboxPane::setOpenConversation(const QString &userId)
{
    m_open = userId;
    showOpen();
}

void InboxPane::showOpen()
{
    const int row = m_open.isEmpty() ? -1 : m_model->rowOf(m_open);
    const QModelIndex shown =
        row >= 0 ? m_filter->mapFromSource(m_model->index(row)) : QModelIndex();
    if (shown == m_view->currentIndex())
        return;
    if (shown.isValid()) {
        m_view->setCurrentIndex(shown);
    } else {
        // Hidden by the filter (or not in the inbox yet): no other row may look open.
        m_view->selectionModel()->clear();
    }
}

void InboxPane::setSessionState(bool open, bool liveUpdates, bool canChangeSettings)
{
    m_sessionOpen = open;
    // Opening by id needs an app: without one the dialog would ask, then do nothing.
    m_openButton->setEnabled(open);
    if (open) {
        m_empty->setLiveUpdates(liveUpdates);
        m_empty->setCanChangeSettings(canChangeSettings);
    }
    updatePlaceholder();
}

void InboxPane::updatePlaceholder()
{
    const bool empty = m_sessionOpen && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void InboxPane::stepConversation(int step, bool unreadOnly)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    // From the open conversation's row in the inbox as shown (filtered), around the end.
    int from = step > 0 ? -1 : 0;
    for (int row = 0; row < rows; ++row) {
        if (m_filter->index(row, 0).data(InboxModel::UserIdRole).toString() == m_open)
            from = row;
    }
    for (int k = 1; k <= rows; ++k) {
        const QModelIndex index = m_filter->index(((from + step * k) % rows + rows) % rows, 0);
        if (!unreadOnly || index.data(InboxModel::UnreadRole).toInt() > 0) {
            Q_EMIT conversationRequested(index.data(InboxModel::UserIdRole).toString());
            return;
        }
    }
}

void InboxPane::askForConversation()
{
    // Modal to the window, without an event loop of its own.
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Open conversation"));
    dialog->setLabelText(tr("User id or smoochId:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, &InboxPane::conversationRequested);
    dialog->open();
}
