#include "inbox/inboxplaceholder.h"

#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

InboxPlaceholder::InboxPlaceholder(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_live(new QPushButton(this))
    , m_open(new QPushButton(tr("Open by user id…"), this))
{
    setAccessibleName(tr("No conversations yet"));
    auto *heading = new QLabel(tr("No conversations yet"), this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_open->setToolTip(
        tr("Opens the conversation of a user id (%1).")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_open->setAccessibleDescription(m_open->toolTip());
    connect(m_live, &QPushButton::clicked, this, &InboxPlaceholder::liveUpdatesRequested);
    connect(m_open, &QPushButton::clicked, this, &InboxPlaceholder::openRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 16, 8, 8);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_live);
    layout->addWidget(m_open);
    layout->addStretch();
    setLiveUpdates(false);
}

void InboxPlaceholder::setLiveUpdates(bool on)
{
    m_text->setText(
        on ? tr("Smooch v1.1 cannot list conversations: they appear here as customers write, "
                "through live updates. To answer someone now, open their conversation by user "
                "id.")
           : tr("Smooch v1.1 cannot list conversations, and live updates are off, so none "
                "appear here by themselves. Turn on live updates (a webhook) to see customers "
                "as they write, or open a conversation by user id."));
    m_live->setText(on ? tr("Live update settings…") : tr("Set up live updates…"));
    m_live->setAccessibleDescription(
        tr("Opens the profile's settings, where live updates (webhooks) are set up."));
}

void InboxPlaceholder::setCanChangeSettings(bool can)
{
    m_live->setEnabled(can);
    m_live->setToolTip(can ? QString()
                           : tr("This profile is temporary: its settings cannot be changed "
                                "here."));
}
