#include "window/welcomepane.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePane::WelcomePane(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Try the demo"), this))
    , m_connect(new QPushButton(tr("Connect your Smooch app"), this))
{
    setAccessibleName(tr("Welcome"));
    auto *heading = new QLabel(tr("Welcome to the Smooch Agent Console"), this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("No Smooch app is connected. Try the console on a local demo app "
                               "with a few customers, or connect your own app with its app id "
                               "and an API key."),
                            this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_demo->setAccessibleDescription(
        tr("Opens a demo app on this computer; nothing reaches Smooch."));
    m_connect->setAccessibleDescription(
        tr("Sets up a profile with your app's base URL, app id and API key."));
    m_connect->setDefault(true);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePane::demoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePane::connectRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_demo);
    buttons->addWidget(m_connect);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 12, 48, 12);
    layout->addStretch(1); // a third of the way down
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text); // no alignment: a wrapped label needs the full width to get its height
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

void WelcomePane::setCanConnect(bool canConnect)
{
    m_connect->setEnabled(canConnect);
}
