#include "conversation/savedreplypicker.h"

#include "conversation/savedreplylistmodel.h"
#include "session/savedreplies.h"
#include "text/plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SavedReplyPicker::SavedReplyPicker(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
    , m_model(new SavedReplyListModel(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_manage(new QPushButton(tr("Manage saved replies…"), this))
{
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Saved replies"));
    m_list->setModel(m_model);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    // A row wider than the list is elided: a horizontal scroll bar would cover the only row.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAccessibleName(tr("Saved replies"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setMaximumHeight(90);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_manage->setFocusPolicy(Qt::NoFocus);
    connect(m_manage, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT manageRequested();
    });
    connect(m_list, &QListView::clicked, this, [this] { accept(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SavedReplyPicker::showCurrent);
    auto *hint = new QLabel(tr("↑↓ choose · Enter inserts · Esc closes"), this);
    hint->setTextFormat(Qt::PlainText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_manage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview);
    layout->addLayout(bottom);
}

void SavedReplyPicker::setSavedReplies(SavedReplies *replies)
{
    if (m_replies)
        disconnect(m_replies, nullptr, this, nullptr);
    m_replies = replies;
    if (replies) {
        connect(replies, &SavedReplies::changed, this, &SavedReplyPicker::refill);
        connect(replies, &SavedReplies::loadingChanged, this, &SavedReplyPicker::refill);
    }
    refill();
}

void SavedReplyPicker::popUp(QWidget *anchor)
{
    m_anchor = anchor;
    // What was loaded shows at once; a fresh list (teammates' changes) follows.
    if (m_replies && !m_replies->isLoading())
        m_replies->refresh();
    refill();
    show();
    raise();
    place();
}

void SavedReplyPicker::place()
{
    if (!m_anchor)
        return;
    // As tall as its rows (up to eight), right above what it searches for.
    const int rows = std::clamp(m_model->rowCount(), 1, 8);
    const int row = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * row + 2 * m_list->frameWidth() + 2);
    const int width = std::max(m_anchor->width(), 360);
    const int height =
        layout()->heightForWidth(width) > 0 ? layout()->heightForWidth(width) : sizeHint().height();
    setGeometry(QRect(m_anchor->mapToGlobal(QPoint(0, -height - 4)), QSize(width, height)));
}

void SavedReplyPicker::setQuery(const QString &query)
{
    if (query == m_query && m_model->rowCount() > 0)
        return;
    m_query = query;
    refill();
}

void SavedReplyPicker::refill()
{
    const QString keep = current() ? current()->id : QString();
    m_model->setTemplates(m_replies ? m_replies->search(m_query) : QList<MessageTemplate>{});
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->templateAt(i)->id == keep && !m_query.isEmpty())
            row = i;
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row));
    QString status;
    if (!m_replies)
        status = tr("Saved replies are not available.");
    else if (m_replies->isLoading() && m_replies->all().isEmpty())
        status = tr("Loading saved replies…");
    else if (!m_replies->loadError().isEmpty())
        status = m_replies->loadError();
    else if (m_replies->all().isEmpty())
        status = tr("The team has no saved replies yet.");
    else if (m_model->rowCount() == 0)
        status = tr("No saved reply matches “%1”. Esc keeps what you typed.")
                     .arg(PlainText::oneLine(m_query, 40));
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    showCurrent();
    if (isVisible())
        place();
}

void SavedReplyPicker::showCurrent()
{
    const auto t = current();
    m_preview->setText(t ? PlainText::oneLine(t->message.text, 400) : QString());
    m_preview->setVisible(t.has_value());
}

QString SavedReplyPicker::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void SavedReplyPicker::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

std::optional<MessageTemplate> SavedReplyPicker::current() const
{
    const MessageTemplate *t = m_model->templateAt(m_list->currentIndex().row());
    return t ? std::optional<MessageTemplate>(*t) : std::nullopt;
}

bool SavedReplyPicker::accept()
{
    const auto t = current();
    if (!t)
        return false;
    hide();
    Q_EMIT chosen(*t);
    return true;
}
