#include "mainwindow.h"

#include "composer.h"
#include "conversationapi.h"
#include "conversationview.h"
#include "draftstore.h"
#include "localstore.h"
#include "mediacache.h"
#include "messagelistmodel.h"
#include "outbox.h"
#include "plaintext.h"
#include "readtracker.h"
#include "typingnotifier.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkInformation>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
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
constexpr auto quitGrace = 1500ms; // how long closing waits for typing:stop to go out

MessageListModel::Outgoing outgoingOf(const Outbox::Entry &e)
{
    Message m;
    m.id = e.clientId;
    m.roleName = e.post.role;
    m.typeName = e.post.type;
    m.name = e.post.name;
    m.text = e.post.text;
    m.mediaUrl = e.post.mediaUrl;
    m.mediaType = e.post.mediaType;
    m.actions = e.post.actions;
    m.avatarUrl = e.post.avatarUrl;
    m.metadata = e.post.metadata;
    m.received = e.createdAt;
    return {e.clientId, m, int(e.state), e.error};
}
} // namespace

MainWindow::MainWindow(const ApiConnection &connection, const QString &dataDirectory,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_api(new ConversationApi(this))
    , m_media(new MediaCache({}, this))
    , m_store(std::make_unique<LocalStore>(
          (dataDirectory.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               : dataDirectory) +
          u"/console.sqlite"_s))
    , m_drafts(std::make_unique<DraftStore>(m_store.get()))
    , m_outbox(new Outbox(m_api, m_store.get(), this))
    , m_typing(new TypingNotifier(m_api, this))
    , m_read(new ReadTracker(m_api, this))
    , m_model(new MessageListModel(m_api, this))
    , m_view(new ConversationView(m_model, m_media, this))
    , m_composer(new Composer(m_drafts.get(), m_typing, this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_connectionProblem(connection.validationError())
{
    setWindowTitle(tr("Smooch Agent Console"));
    m_api->setConnection(connection);

    QSettings settings;
    const Composer::Agent agent{settings.value(u"agent/name"_s).toString(),
                                settings.value(u"agent/email"_s).toString(),
                                settings.value(u"agent/avatarUrl"_s).toString()};
    m_composer->setAgent(agent);
    m_typing->setAgent(agent.name, agent.avatarUrl);
    m_composer->setSender(
        [this](const QString &userId, const MessagePost &post) { return send(userId, post); });

    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(12, 8, 12, 8);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setText(m_connectionProblem.isEmpty()
                         ? tr("No conversation open")
                         : tr("Not connected: %1").arg(m_connectionProblem));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(12, 6, 12, 6);
    m_banner->setStyleSheet(u"background: #fdecea; color: #8a1c1c;"_s);
    m_banner->hide();
    if (!m_store->isOpen()) {
        m_banner->setText(
            tr("The local database could not be opened (%1): messages cannot be sent.")
                .arg(m_store->errorString()));
        m_banner->show();
    } else if (!m_outbox->canSend()) {
        m_banner->setText(
            tr("Another Smooch console is open with this profile: send from that one."));
        m_banner->show();
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_composer);
    setCentralWidget(central);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    QAction *open =
        conversation->addAction(tr("&Open conversation…"), this, &MainWindow::askForConversation);
    open->setShortcut(QKeySequence::Open);
    QAction *newest =
        conversation->addAction(tr("Jump to &newest"), m_view, &ConversationView::scrollToNewest);
    newest->setShortcut(Qt::CTRL | Qt::Key_End);
    QAction *focus = conversation->addAction(tr("&Write a reply"), this,
                                             [this] { m_composer->editor()->setFocus(); });
    focus->setShortcut(Qt::CTRL | Qt::Key_L);
    conversation->addSeparator();
    QAction *quit = conversation->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The outbox's messages of the open conversation show below its history.
    connect(m_outbox, &Outbox::entryChanged, this, [this](const Outbox::Entry &e) {
        if (e.userId == m_model->userId() && e.state != Outbox::State::Sent)
            m_model->setOutgoing(outgoingOf(e));
    });
    connect(m_outbox, &Outbox::entryRemoved, m_model, &MessageListModel::removeOutgoing);
    connect(m_outbox, &Outbox::delivered, this,
            [this](const Outbox::Entry &e, const Message &message) {
                if (e.userId != m_model->userId())
                    return;
                m_model->removeOutgoing(e.clientId);
                m_model->addMessages({message});
            });
    connect(m_outbox, &Outbox::heldChanged, this, [this](bool held, const ApiError &error) {
        m_banner->setText(tr("The server refused the credentials (%1). Messages wait in the outbox "
                             "until they are fixed.")
                              .arg(error.message()));
        m_banner->setVisible(held);
    });
    connect(m_view, &ConversationView::retrySendRequested, m_outbox, &Outbox::retry);
    connect(m_view, &ConversationView::cancelSendRequested, m_outbox, &Outbox::cancel);

    connect(m_model, &MessageListModel::initialLoadFinished, this, [this] {
        statusBar()->showMessage(tr("%n message(s) loaded", nullptr, m_model->messageCount()),
                                 4000);
        // Name the recipient after the newest message the app user wrote.
        for (int row = m_model->rowCount() - 1; row >= 0; --row) {
            const Message *m = m_model->messageAt(row);
            if (m && m->role() == Message::Role::AppUser && !m->name.isEmpty()) {
                m_composer->setRecipientName(m->name);
                break;
            }
        }
        updateRead();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRead);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::updateRead);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &MainWindow::updatePolling);
    // Offline, the catch-up poll and the outbox pause; back online, both go at once.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this] {
                    updatePolling();
                    m_outbox->setOnline(isOnline());
                    if (isOnline())
                        m_model->catchUp();
                });
        m_outbox->setOnline(isOnline());
    }
    connect(m_view, &ConversationView::reachedBottom, this, &MainWindow::rememberSeen);
    resize(1100, 800);
}

MainWindow::~MainWindow()
{
    // The children that use the local store go before it does (members die before children).
    delete m_composer;
    delete m_outbox;
}

QString MainWindow::send(const QString &userId, const MessagePost &post)
{
    if (!m_store->isOpen())
        return tr("The local database is not available, so the message cannot be kept safe: %1")
            .arg(m_store->errorString());
    if (!m_outbox->canSend())
        return tr("Another Smooch console is open with this profile: send from that one.");
    if (m_outbox->enqueue(userId, post).isEmpty())
        return tr("The message could not be saved to the outbox; it was not sent.");
    m_view->scrollToNewest();
    return {};
}

void MainWindow::openConversation(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty() || !m_connectionProblem.isEmpty())
        return;
    m_title->setText(PlainText::oneLine(id, 120));
    m_model->setConversation(id);
    m_model->setLastSeen(QSettings().value(lastSeenKey(id), -1).toDouble());
    for (const Outbox::Entry &e : m_outbox->undelivered(id))
        m_model->setOutgoing(outgoingOf(e));
    m_read->setConversation(id);
    m_composer->setConversation(id, id);
    updatePolling();
    m_composer->editor()->setFocus();
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

void MainWindow::updateRead()
{
    // The newest message of the history (outgoing rows are the agent's own).
    const Message *newest = nullptr;
    for (int row = m_model->rowCount() - 1; row >= 0 && !newest; --row)
        newest = m_model->messageAt(row);
    if (newest)
        m_read->setNewest(newest->id);
    m_read->setSeen(isActiveWindow() && m_view->isAtBottom());
}

void MainWindow::rememberSeen()
{
    const Message *newest = nullptr;
    for (int row = m_model->rowCount() - 1; row >= 0 && !newest; --row)
        newest = m_model->messageAt(row);
    if (!newest || !isActiveWindow())
        return;
    QSettings().setValue(lastSeenKey(m_model->userId()), *newest->received);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange)
        updateRead();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_composer->flushDraft();
    m_typing->stop();
    // typing:stop should reach the server before the app goes; wait for it a little.
    if (!m_typing->isIdle()) {
        QEventLoop loop;
        connect(m_typing, &TypingNotifier::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(quitGrace, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QMainWindow::closeEvent(event);
}
