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
#include <QNetworkInformation>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
QString lastSeenKey(const QString &userId)
{
    // User ids may hold '/', which QSettings reads as a group separator.
    return u"lastSeen/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

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
    // Offline, the catch-up poll pauses; back online, it catches up at once.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this] {
            updatePolling();
            if (isOnline())
                m_model->catchUp();
        });
    }
    // What the agent has seen: the newest message once they reach it in the active window.
    connect(m_view, &ConversationView::reachedBottom, this, &MainWindow::rememberSeen);
    resize(1100, 760);
}

void MainWindow::openConversation(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty() || !m_connectionProblem.isEmpty())
        return;
    m_title->setText(PlainText::oneLine(id, 120));
    m_model->setConversation(id);
    m_model->setLastSeen(QSettings().value(lastSeenKey(id), -1).toDouble());
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

bool MainWindow::isOnline() const
{
    const auto *info = QNetworkInformation::instance();
    return !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
}

void MainWindow::updatePolling()
{
    if (!isOnline())
        m_model->setPollInterval(0ms);
    else
        m_model->setPollInterval(QGuiApplication::applicationState() == Qt::ApplicationActive
                                     ? activePoll
                                     : inactivePoll);
}

void MainWindow::rememberSeen()
{
    const int last = m_model->rowCount() - 1;
    const Message *newest = m_model->messageAt(last) ? m_model->messageAt(last) : m_model->messageAt(last - 1);
    if (!newest || !isActiveWindow())
        return;
    QSettings().setValue(lastSeenKey(m_model->userId()), *newest->received);
}
