#include "mainwindow.h"

#include "conversationapi.h"
#include "conversationview.h"
#include "mediacache.h"
#include "messagelistmodel.h"
#include "plaintext.h"

#include <QAction>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {
constexpr auto activePoll = 3s;    // catch-up interval while the window is in use
constexpr auto inactivePoll = 15s; // and while it is in the background
} // namespace

MainWindow::MainWindow(const ApiConnection &connection, QWidget *parent)
    : QMainWindow(parent)
    , m_api(new ConversationApi(this))
    , m_media(new MediaCache({}, this))
    , m_model(new MessageListModel(m_api, this))
    , m_view(new ConversationView(m_model, m_media, this))
    , m_title(new QLabel(this))
    , m_connectionProblem(connection.validationError())
{
    setWindowTitle(tr("Smooch Agent Console"));
    m_api->setConnection(connection);

    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(12, 8, 12, 8);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setText(m_connectionProblem.isEmpty()
                         ? tr("No conversation open")
                         : tr("Not connected: %1").arg(m_connectionProblem));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    QAction *open =
        conversation->addAction(tr("&Open conversation…"), this, &MainWindow::askForConversation);
    open->setShortcut(QKeySequence::Open);
    QAction *newest =
        conversation->addAction(tr("Jump to &newest"), m_view, &ConversationView::scrollToNewest);
    newest->setShortcut(Qt::CTRL | Qt::Key_End);
    conversation->addSeparator();
    QAction *quit = conversation->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_model, &MessageListModel::initialLoadFinished, this, [this] {
        statusBar()->showMessage(tr("%n message(s) loaded", nullptr, m_model->messageCount()),
                                 4000);
    });
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &MainWindow::updatePolling);
    resize(1100, 760);
}

void MainWindow::openConversation(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty() || !m_connectionProblem.isEmpty())
        return;
    m_title->setText(PlainText::oneLine(id, 120));
    m_model->setConversation(id);
    updatePolling();
    m_view->setFocus();
}

void MainWindow::askForConversation()
{
    bool ok = false;
    const QString id = QInputDialog::getText(
        this, tr("Open conversation"), tr("User id or smoochId:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        openConversation(id);
}

void MainWindow::updatePolling()
{
    m_model->setPollInterval(
        QGuiApplication::applicationState() == Qt::ApplicationActive ? activePoll : inactivePoll);
}
