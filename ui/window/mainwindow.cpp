#include "window/mainwindow.h"

#include "storage/auditlog.h"
#include "dialogs/auditlogdialog.h"
#include "conversation/banner.h"
#include "dialogs/clearhistorydialog.h"
#include "conversation/composer.h"
#include "session/connectionmonitor.h"
#include "client/conversationapi.h"
#include "conversation/conversationview.h"
#include "accounts/credentialstore.h"
#include "storage/draftstore.h"
#include "session/historyexporter.h"
#include "inbox/inboxdelegate.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxplaceholder.h"
#include "storage/inboxstore.h"
#include "storage/localstore.h"
#include "client/logging.h"
#include "conversation/mediacache.h"
#include "conversation/messagelistmodel.h"
#include "session/outbox.h"
#include "text/plaintext.h"
#include "dialogs/profiledialog.h"
#include "accounts/profilestore.h"
#include "session/readtracker.h"
#include "session/session.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "session/typingnotifier.h"
#include "session/undoabledelete.h"
#include "session/webhookreceiver.h"
#include "window/welcomepane.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
constexpr auto activePoll = 3s;    // catch-up interval while the window is in use
constexpr auto inactivePoll = 15s; // and while it is in the background
constexpr auto quitGrace = 1500ms; // how long closing waits for typing:stop to go out
constexpr auto typingExpiry = 10s; // "is typing" goes away if no stop arrives

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

const Message *newestOf(const MessageListModel *model)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (const Message *m = model->messageAt(row))
            return m;
    }
    return nullptr;
}
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_media(new MediaCache({}, this))
    , m_inbox(new InboxModel(this))
    , m_inboxFilter(new QSortFilterProxyModel(this))
    , m_inboxView(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_title(new QLabel(this))
    , m_typingLabel(new QLabel(this))
    , m_typingExpiry(new QTimer(this))
    , m_banner(new Banner(this))
    , m_connectionBar(new Banner(this))
    , m_welcome(new WelcomePane(this))
    , m_inboxEmpty(new InboxPlaceholder(this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(m_undoBar))
    , m_undoHide(new QTimer(this))
    , m_conversationPane(new QWidget(this))
{
    setWindowTitle(tr("Smooch Agent Console"));
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    m_media->setTrustAnyHttpsHost(
        QSettings().value(QLatin1String(MediaCache::trustAnyHttpsKey), false).toBool());

    // The inbox.
    m_inboxFilter->setSourceModel(m_inbox);
    m_inboxFilter->setFilterRole(InboxModel::SearchRole);
    m_inboxFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_inboxView->setModel(m_inboxFilter);
    m_inboxView->setItemDelegate(new InboxDelegate(m_inboxView));
    m_inboxView->setAccessibleName(tr("Conversations"));
    m_inboxView->setUniformItemSizes(true);
    m_search->setPlaceholderText(tr("Filter conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter conversations"));
    m_search->setAccessibleDescription(tr("Shows only the conversations whose name, user id or "
                                          "last message contains the text."));
    m_inboxView->setAccessibleDescription(
        tr("Conversations, latest activity first. Enter opens the selected one."));
    connect(m_search, &QLineEdit::textChanged, m_inboxFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_inboxView, &QListView::activated, this, [this](const QModelIndex &index) {
        openConversation(index.data(InboxModel::UserIdRole).toString());
    });
    connect(m_inboxView, &QListView::clicked, this, [this](const QModelIndex &index) {
        openConversation(index.data(InboxModel::UserIdRole).toString());
    });
    // The highlight is the open conversation: arrow keys in the list open the row they reach,
    // and the list keeps the focus so the agent can go on. Only while the list has the focus:
    // the filter and the model move the current row too, and must never open a neighbour.
    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || !m_inboxView->hasFocus())
                    return;
                openConversation(current.data(InboxModel::UserIdRole).toString());
                m_inboxView->setFocus();
            });
    // Whatever the list does (a row moves, the filter hides or shows rows), the highlight stays
    // on the open conversation: Enter on it must never open a neighbour.
    connect(m_inboxFilter, &QAbstractItemModel::rowsInserted, this, &MainWindow::showOpenInInbox);
    connect(m_inboxFilter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showOpenInInbox);
    connect(m_inboxFilter, &QAbstractItemModel::rowsMoved, this, &MainWindow::showOpenInInbox);
    connect(m_inboxFilter, &QAbstractItemModel::layoutChanged, this, &MainWindow::showOpenInInbox);
    connect(m_inboxFilter, &QAbstractItemModel::modelReset, this, &MainWindow::showOpenInInbox);
    m_openButton = new QPushButton(tr("Open conversation…"), this);
    m_openButton->setAccessibleDescription(tr("Opens the conversation of a user id."));
    connect(m_openButton, &QPushButton::clicked, this, &MainWindow::askForConversation);
    auto *inboxPane = new QWidget(this);
    auto *inboxLayout = new QVBoxLayout(inboxPane);
    inboxLayout->setContentsMargins(6, 6, 0, 6);
    inboxLayout->addWidget(m_search);
    inboxLayout->addWidget(m_inboxEmpty, 1);
    inboxLayout->addWidget(m_inboxView, 1);
    // v1.1 cannot list conversations: an empty inbox says so, and how conversations come in.
    connect(m_inboxEmpty, &InboxPlaceholder::liveUpdatesRequested, this,
            &MainWindow::manageProfiles);
    connect(m_inboxEmpty, &InboxPlaceholder::openRequested, this, &MainWindow::askForConversation);
    connect(m_inbox, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaceholders);
    connect(m_inbox, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaceholders);
    connect(m_inbox, &QAbstractItemModel::modelReset, this, &MainWindow::updatePlaceholders);
    inboxLayout->addWidget(m_openButton);

    // The conversation pane: its model, view and composer come with each session.
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(12, 8, 12, 2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_typingLabel->setTextFormat(Qt::PlainText);
    m_typingLabel->setContentsMargins(12, 0, 12, 4);
    m_typingLabel->setAccessibleName(tr("Typing indicator"));
    m_title->setAccessibleName(tr("Conversation title"));
    m_undoBar->setAccessibleName(tr("Undo deletion"));
    m_typingExpiry->setSingleShot(true);
    m_typingExpiry->setInterval(typingExpiry);
    connect(m_typingExpiry, &QTimer::timeout, m_typingLabel, &QLabel::clear);
    m_banner->setObjectName(u"banner"_s);
    connect(m_banner, &Banner::dismissed, this, [this] { m_bannerUser.clear(); });
    m_connectionBar->setAccessibleName(tr("Connection"));
    m_connectionBar->setDismissible(false); // it goes by itself when the server answers
    m_undoText->setTextFormat(Qt::PlainText);
    auto *undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setAccessibleDescription(tr("Brings back the deleted message; nothing reaches the "
                                      "server until the undo time is over."));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(12, 4, 12, 4);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undo);
    m_undoBar->hide();
    m_undoHide->setSingleShot(true);
    connect(m_undoHide, &QTimer::timeout, m_undoBar, &QWidget::hide);
    connect(undo, &QPushButton::clicked, this, [this] {
        // Undo every deletion still waiting: none of them reaches the server.
        for (auto it = m_deletedMessages.begin(); it != m_deletedMessages.end();) {
            if (m_deletions && m_deletions->undo(it.key())) {
                if (m_model)
                    m_model->restoreMessage(*it);
                it = m_deletedMessages.erase(it);
            } else {
                ++it;
            }
        }
        m_undoBar->hide();
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(inboxPane);
    splitter->addWidget(m_conversationPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    auto *paneLayout = new QVBoxLayout(m_conversationPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    // Before any profile opens: the title, notices and the welcome, with both ways to start.
    paneLayout->addWidget(m_title);
    paneLayout->addWidget(m_banner);
    paneLayout->addWidget(m_welcome, 1);
    m_welcome->setCanConnect(m_profiles && m_keychain);
    connect(m_welcome, &WelcomePane::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePane::connectRequested, this, &MainWindow::manageProfiles);

    // Menus.
    QMenu *file = menuBar()->addMenu(tr("&Console"));
    m_profilesMenu = file->addMenu(tr("&Profile"));
    QAction *manage = file->addAction(tr("&Manage profiles…"), this, &MainWindow::manageProfiles);
    manage->setEnabled(m_profiles && m_keychain);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *conversation = menuBar()->addMenu(tr("C&onversation"));
    m_openAction =
        conversation->addAction(tr("&Open conversation…"), this, &MainWindow::askForConversation);
    m_openAction->setShortcut(QKeySequence::Open);
    QAction *newest = conversation->addAction(tr("Jump to &newest"), this, [this] {
        if (m_view)
            m_view->scrollToNewest();
    });
    newest->setShortcut(Qt::CTRL | Qt::Key_End);
    QAction *focus = conversation->addAction(tr("&Write a reply"), this, [this] {
        if (m_composer)
            m_composer->editor()->setFocus();
    });
    focus->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction *send = conversation->addAction(tr("Sen&d reply"), this, [this] {
        if (m_composer)
            m_composer->send();
    });
    send->setShortcut(Qt::CTRL | Qt::Key_Return);
    QAction *search = conversation->addAction(tr("&Search conversations"), this,
                                              [this] { m_search->setFocus(); });
    search->setShortcut(QKeySequence::Find);
    conversation->addSeparator();
    QAction *next = conversation->addAction(tr("Ne&xt conversation"), this,
                                            [this] { stepConversation(1, false); });
    next->setShortcuts({Qt::ALT | Qt::Key_Down, Qt::CTRL | Qt::Key_PageDown});
    QAction *previous = conversation->addAction(tr("P&revious conversation"), this,
                                                [this] { stepConversation(-1, false); });
    previous->setShortcuts({Qt::ALT | Qt::Key_Up, Qt::CTRL | Qt::Key_PageUp});
    QAction *unread = conversation->addAction(tr("Next &unread conversation"), this,
                                              [this] { stepConversation(1, true); });
    unread->setShortcut(Qt::ALT | Qt::SHIFT | Qt::Key_Down);
    m_adminMenu = menuBar()->addMenu(tr("&Admin"));
    m_adminMenu->addAction(tr("&Clear history…"), this, &MainWindow::askClearHistory);
    m_adminMenu->addAction(tr("&Audit log…"), this, &MainWindow::showAuditLog);
    m_adminMenu->menuAction()->setVisible(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcuts({Qt::Key_F1, Qt::CTRL | Qt::Key_Slash});
    help->addAction(tr("&About Smooch Agent Console"), this, [this] {
        QMessageBox::about(this, tr("About Smooch Agent Console"),
                           tr("Smooch Agent Console %1\n\nA desktop console for support agents "
                              "on the Smooch (Sunshine Conversations) v1.1 API.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    rebuildProfilesMenu();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    connect(m_inbox, &InboxModel::unreadTotalChanged, this, &MainWindow::updateTray);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &MainWindow::updatePolling);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this] {
                    updatePolling();
                    if (!m_session)
                        return;
                    m_session->outbox()->setOnline(isOnline());
                    if (isOnline() && m_model) {
                        m_model->retry(MessageListModel::RowKind::OlderFailed);
                        m_model->catchUp();
                    }
                });
    }
    m_title->setText(tr("No profile open"));
    updatePlaceholders();
    resize(1200, 800);
}

MainWindow::~MainWindow()
{
    closeSession();
}

Outbox *MainWindow::outbox() const
{
    return m_session ? m_session->outbox() : nullptr;
}

void MainWindow::showBanner(const QString &text)
{
    m_bannerUser.clear();
    m_banner->showMessage(text);
}

void MainWindow::showBannerFor(const QString &userId, const QString &text, bool success,
                               const QString &details)
{
    m_banner->showMessage(text, success ? Banner::Kind::Success : Banner::Kind::Error, details);
    m_bannerUser = userId;
}

void MainWindow::updatePlaceholders()
{
    m_welcome->setVisible(!m_session && !m_opening);
    // Opening by id needs an app: without one the dialog would ask, then do nothing.
    m_openButton->setEnabled(m_session != nullptr);
    if (m_openAction) // made after the first call
        m_openAction->setEnabled(m_session != nullptr);
    const bool empty = m_session && m_inbox->rowCount() == 0;
    m_inboxEmpty->setVisible(empty);
    m_inboxView->setVisible(!empty);
    if (m_session) {
        m_inboxEmpty->setLiveUpdates(m_session->webhooks() != nullptr);
        m_inboxEmpty->setCanChangeSettings(m_profiles && m_keychain &&
                                           !m_session->profile().temporary);
    }
}

void MainWindow::updateUnsent()
{
    QHash<QString, int> unsent;
    if (m_session) {
        for (const Outbox::Entry &e : m_session->outbox()->undelivered())
            ++unsent[e.userId];
    }
    m_inbox->setUnsent(unsent);
}

void MainWindow::waitForTypingStop()
{
    if (!m_session)
        return;
    if (m_composer)
        m_composer->flushDraft();
    TypingNotifier *typing = m_session->typing();
    typing->stop();
    // typing:stop should reach the server before the session goes; wait for it a little.
    if (!typing->isIdle()) {
        QEventLoop loop;
        connect(typing, &TypingNotifier::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(quitGrace, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    waitForTypingStop();
    // The widgets and models of the old profile go first; the session, with every request in
    // flight, after them.
    delete m_composer;
    delete m_view;
    delete m_model;
    delete m_deletions;
    delete m_connection;
    m_connection = nullptr;
    m_connectionBar->showMessage({});
    m_composer = nullptr;
    m_view = nullptr;
    m_model = nullptr;
    m_deletions = nullptr;
    m_deletedMessages.clear();
    m_undoBar->hide();
    m_typingLabel->clear();
    m_inbox->setEntries({});
    m_inbox->setUnsent({});
    m_session.reset();
    updatePlaceholders();
}

void MainWindow::openProfile(const Profile &profile)
{
    if (!m_keychain)
        return;
    m_opening = true; // no welcome while the profile opens
    updatePlaceholders();
    // Both secrets come from the keychain, one after the other.
    m_keychain->read(
        profile.secretKey(), this,
        [this, profile](const std::optional<QByteArray> &secret, const QString &error) {
            if (!secret) {
                m_opening = false;
                updatePlaceholders();
                showBanner(error.isEmpty() ? tr("No secret is stored for the profile “%1”: enter "
                                                "it under Manage profiles.")
                                                 .arg(profile.name)
                                           : tr("The keychain could not be read (%1).").arg(error));
                return;
            }
            if (!profile.webhookEnabled) {
                openSession(profile, *secret);
                return;
            }
            m_keychain->read(
                profile.webhookSecretKey(), this,
                [this, profile, secret](const std::optional<QByteArray> &webhook, const QString &) {
                    openSession(profile, *secret, webhook.value_or(QByteArray()));
                });
        });
}

void MainWindow::openSession(const Profile &profile, const QByteArray &secret,
                             const QByteArray &webhookSecret, const QString &dataDirectory)
{
    closeSession();
    m_opening = false;
    m_session = std::make_unique<Session>(
        profile, secret, webhookSecret,
        dataDirectory.isEmpty() ? Session::dataDirectoryFor(profile) : dataDirectory);
    if (m_profiles && !profile.temporary)
        m_profiles->setCurrentId(profile.id);
    // Media trust follows the profile: its own origin, and loopback only for a local one.
    m_media->setApiBaseUrl(profile.baseUrl);
    m_media->allow(QUrl(profile.agentAvatarUrl)); // the agent chose it
    setWindowTitle(tr("%1 — Smooch Agent Console").arg(PlainText::oneLine(profile.name, 60)));
    m_adminMenu->menuAction()->setVisible(profile.adminTools);
    buildConversationPane();

    QString problem = profile.connection(secret).validationError();
    if (problem.isEmpty() && !m_session->store()->isOpen())
        problem = tr("The local database could not be opened (%1): messages cannot be sent.")
                      .arg(m_session->store()->errorString());
    else if (problem.isEmpty() && !m_session->outbox()->canSend())
        problem = tr("Another Smooch console is open with this profile: send from that one.");
    else if (problem.isEmpty() && !m_session->webhookError().isEmpty())
        problem = tr("Live updates are off: %1. The open conversation still refreshes by itself.")
                      .arg(m_session->webhookError());
    showBanner(problem);
    m_title->setText(tr("No conversation open"));
    m_inbox->setEntries(m_session->inbox()->entries());
    if (WebhookReceiver *webhooks = m_session->webhooks())
        connect(webhooks, &WebhookReceiver::eventReceived, this, &MainWindow::onWebhook);
    m_session->outbox()->setOnline(isOnline());
    rebuildProfilesMenu();
    updatePlaceholders();
    updateUnsent();
    Q_EMIT sessionOpened();
}

void MainWindow::buildConversationPane()
{
    Session *s = m_session.get();
    m_model = new MessageListModel(s->api(), this);
    m_view = new ConversationView(m_model, m_media, m_conversationPane);
    m_view->setAdminTools(s->profile().adminTools);
    m_composer = new Composer(s->drafts(), s->typing(), m_conversationPane);
    m_composer->setAgent(
        {s->profile().agentName, s->profile().agentEmail, s->profile().agentAvatarUrl});
    m_composer->setSender(
        [this](const QString &userId, const MessagePost &post) { return send(userId, post); });
    m_deletions = new UndoableDelete(s->api(), this);

    auto *layout = static_cast<QVBoxLayout *>(m_conversationPane->layout());
    while (QLayoutItem *item = layout->takeAt(0))
        delete item; // the item only, not its widget
    layout->addWidget(m_title);
    layout->addWidget(m_typingLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_welcome);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_composer);
    // Tab goes the way the eye does: filter, inbox, conversation, then the reply box.
    setTabOrder(m_search, m_inboxView);
    setTabOrder(m_inboxView, m_view);
    setTabOrder(m_view, m_composer->attachButton());
    setTabOrder(m_composer->attachButton(), m_composer->editor());
    setTabOrder(m_composer->editor(), m_composer->sendButton());

    Outbox *outbox = s->outbox();
    connect(outbox, &Outbox::entryChanged, this, [this](const Outbox::Entry &e) {
        if (e.userId == m_model->userId() && e.state != Outbox::State::Sent)
            m_model->setOutgoing(outgoingOf(e));
    });
    connect(outbox, &Outbox::entryChanged, this, &MainWindow::updateUnsent);
    connect(outbox, &Outbox::entryRemoved, this, &MainWindow::updateUnsent);
    connect(outbox, &Outbox::delivered, this, &MainWindow::updateUnsent);

    // No answer from the server: say so across the window, and try again until it answers.
    m_connection = new ConnectionMonitor(s->api(), this);
    const auto tryAgain = [this] {
        m_session->outbox()->setOnline(isOnline()); // wakes messages waiting out a backoff
        m_model->retry(MessageListModel::RowKind::OlderFailed);
        m_model->catchUp();
    };
    connect(m_connection, &ConnectionMonitor::retryDue, this, tryAgain);
    connect(m_connection, &ConnectionMonitor::reachableChanged, this,
            [this, tryAgain](bool reachable) {
                m_connectionBar->showMessage(
                    reachable ? QString() : tr("Can't reach Smooch — retrying"),
                    Banner::Kind::Warning, m_connection->lastError().message());
                if (reachable)
                    tryAgain();
            });
    connect(outbox, &Outbox::entryRemoved, m_model, &MessageListModel::removeOutgoing);
    connect(outbox, &Outbox::delivered, this,
            [this](const Outbox::Entry &e, const Message &message) {
                recordInbox(e.userId, {}, {message});
                if (e.userId != m_model->userId())
                    return;
                m_model->removeOutgoing(e.clientId);
                m_model->addMessages({message});
            });
    connect(outbox, &Outbox::heldChanged, this, [this](bool held, const ApiError &error) {
        showBanner(held ? tr("The server refused the credentials (%1). Messages wait in the outbox "
                             "until they are fixed.")
                              .arg(error.message())
                        : QString());
    });
    connect(m_view, &ConversationView::retrySendRequested, outbox, &Outbox::retry);
    connect(m_view, &ConversationView::cancelSendRequested, outbox, &Outbox::cancel);
    connect(m_view, &ConversationView::deleteRequested, this, [this](const QString &id) {
        if (m_confirm(tr("Delete message"),
                      tr("Delete this message for everyone? You can undo for a few seconds.")))
            deleteMessage(id);
    });
    connect(m_view, &ConversationView::reachedBottom, this, &MainWindow::rememberSeen);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::updateRead);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRead);
    connect(m_model, &MessageListModel::newerMessagesArrived, this, [this] {
        // Catch-up found messages the webhooks did not bring: the inbox learns of them too.
        if (const Message *m = newestOf(m_model))
            recordInbox(m_model->userId(), {}, {*m});
    });
    connect(m_model, &MessageListModel::initialLoadFinished, this, [this] {
        statusBar()->showMessage(tr("%Ln message(s) loaded", nullptr, m_model->messageCount()),
                                 4000);
        QString name;
        for (int row = m_model->rowCount() - 1; row >= 0 && name.isEmpty(); --row) {
            const Message *m = m_model->messageAt(row);
            if (m && m->role() == Message::Role::AppUser)
                name = m->name;
        }
        if (!name.isEmpty()) {
            m_composer->setRecipientName(name);
            m_title->setText(PlainText::oneLine(name, 80) + u"  ·  "_s +
                             PlainText::oneLine(m_model->userId(), 80));
        }
        if (const Message *m = newestOf(m_model))
            recordInbox(m_model->userId(), name, {*m});
        updateRead();
    });
    connect(s->read(), &ReadTracker::unreadCountReset, this, [this](const QString &userId) {
        m_session->inbox()->markSeen(userId);
        if (auto e = m_session->inbox()->entry(userId))
            m_inbox->update(*e);
    });
    connect(m_deletions, &UndoableDelete::deleted, this,
            [this](const QString &userId, const QString &messageId) {
                m_session->audit()->messageDeleted(m_session->profile().name, userId, messageId);
                m_deletedMessages.remove(messageId);
            });
    connect(m_deletions, &UndoableDelete::failed, this,
            [this](const QString &, const QString &messageId, const ApiError &error) {
                if (m_model && m_deletedMessages.contains(messageId))
                    m_model->restoreMessage(m_deletedMessages.take(messageId));
                showBannerFor(m_model ? m_model->userId() : QString(),
                              tr("The message could not be deleted: %1").arg(error.userText()),
                              false, error.message());
            });
    updatePolling();
}

QString MainWindow::send(const QString &userId, const MessagePost &post)
{
    if (!m_session->store()->isOpen())
        return tr("The local database is not available, so the message cannot be kept safe: %1")
            .arg(m_session->store()->errorString());
    if (!m_session->outbox()->canSend())
        return tr("Another Smooch console is open with this profile: send from that one.");
    // The draft goes in the same transaction: a kill in between must not bring the text back.
    DraftStore *drafts = m_session->drafts();
    if (m_session->outbox()
            ->enqueue(userId, post, [drafts, userId] { return drafts->setDraft(userId, {}); })
            .isEmpty())
        return tr("The message could not be saved to the outbox; it was not sent.");
    // The inbox lists every conversation the agent wrote to, even one nothing was loaded of
    // yet (opened by id while offline): its row carries the "not yet sent" mark.
    recordInbox(userId, {}, {});
    m_view->scrollToNewest();
    return {};
}

void MainWindow::openConversation(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty() || !m_session || !m_model || id == m_model->userId())
        return;
    if (!m_session->api()->connection().validationError().isEmpty())
        return;
    if (!m_bannerUser.isEmpty() && m_bannerUser != id)
        showBanner({}); // it was about the conversation the agent leaves
    m_title->setText(PlainText::oneLine(id, 120));
    m_typingLabel->clear();
    m_model->setConversation(id);
    m_model->setLastSeen(QSettings().value(lastSeenKey(id), -1).toDouble());
    for (const Outbox::Entry &e : m_session->outbox()->undelivered(id))
        m_model->setOutgoing(outgoingOf(e));
    m_session->read()->setConversation(id);
    const auto known = m_session->inbox()->entry(id);
    m_composer->setConversation(id, known ? known->title() : id);
    showOpenInInbox();
    updatePolling();
    m_composer->editor()->setFocus();
}

void MainWindow::showOpenInInbox()
{
    const int row = m_model ? m_inbox->rowOf(m_model->userId()) : -1;
    const QModelIndex shown =
        row >= 0 ? m_inboxFilter->mapFromSource(m_inbox->index(row)) : QModelIndex();
    if (shown == m_inboxView->currentIndex())
        return;
    if (shown.isValid()) {
        m_inboxView->setCurrentIndex(shown);
    } else {
        // Hidden by the filter (or not in the inbox yet): no other row may look open.
        m_inboxView->selectionModel()->clear();
    }
}

void MainWindow::stepConversation(int step, bool unreadOnly)
{
    const int rows = m_inboxFilter->rowCount();
    if (rows == 0 || !m_model)
        return;
    // From the open conversation's row in the inbox as shown (filtered), around the end.
    int from = step > 0 ? -1 : 0;
    for (int row = 0; row < rows; ++row) {
        if (m_inboxFilter->index(row, 0).data(InboxModel::UserIdRole).toString() ==
            m_model->userId())
            from = row;
    }
    for (int k = 1; k <= rows; ++k) {
        const QModelIndex index = m_inboxFilter->index(((from + step * k) % rows + rows) % rows, 0);
        if (!unreadOnly || index.data(InboxModel::UnreadRole).toInt() > 0) {
            openConversation(index.data(InboxModel::UserIdRole).toString());
            return;
        }
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(findChildren<QAction *>(), this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    QSettings settings;
    SettingsDialog dialog(&settings, this);
    dialog.exec();
    m_media->setTrustAnyHttpsHost(
        settings.value(QLatin1String(MediaCache::trustAnyHttpsKey), false).toBool());
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
    if (!m_model)
        return;
    if (!isOnline())
        m_model->setPollInterval(0ms);
    else
        m_model->setPollInterval(QGuiApplication::applicationState() == Qt::ApplicationActive
                                     ? activePoll
                                     : inactivePoll);
}

void MainWindow::updateRead()
{
    if (!m_session || !m_model)
        return;
    if (const Message *newest = newestOf(m_model))
        m_session->read()->setNewest(newest->id);
    m_session->read()->setSeen(isActiveWindow() && m_view->isAtBottom());
}

QString MainWindow::lastSeenKey(const QString &userId) const
{
    // Per profile; ids may hold '/', which QSettings reads as a group separator.
    return u"lastSeen/%1/%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_session->profile().id)),
        QString::fromLatin1(QUrl::toPercentEncoding(userId)));
}

void MainWindow::rememberSeen()
{
    const Message *newest = m_model ? newestOf(m_model) : nullptr;
    if (!newest || !isActiveWindow())
        return;
    QSettings().setValue(lastSeenKey(m_model->userId()), *newest->received);
}

QList<Message> MainWindow::recordInbox(const QString &userId, const QString &name,
                                       const QList<Message> &messages)
{
    if (!m_session || userId.isEmpty())
        return {};
    const bool seen =
        m_model && userId == m_model->userId() && isActiveWindow() && m_view->isAtBottom();
    QList<Message> fresh;
    m_inbox->update(m_session->inbox()->record(userId, name, messages, seen, &fresh));
    return fresh;
}

QString MainWindow::nameOf(const WebhookEvent &event) const
{
    // The name the inbox already shows, so a conversation keeps one; then the delivery's own.
    for (const QString &id : {event.user(), event.smoochId}) {
        if (const auto e = m_session->inbox()->entry(id); e && !e->displayName.isEmpty())
            return e->displayName;
    }
    return event.displayName;
}

void MainWindow::onWebhook(const WebhookEvent &event)
{
    const QString user = event.user();
    const bool open = m_model && (user == m_model->userId() || event.smoochId == m_model->userId());
    // Whatever a delivery lacked is said, so a message missing from the view can be traced.
    for (const QString &why : event.rejected)
        qCWarning(lcWebhooks).noquote()
            << u"%1 delivery for %2 left out %3"_s.arg(event.triggerName, user, why);
    for (const QString &note : event.assumed)
        qCWarning(lcWebhooks).noquote()
            << u"%1 delivery for %2: %3"_s.arg(event.triggerName, user, note);
    switch (event.trigger) {
    case WebhookEvent::Trigger::MessageAppUser:
    case WebhookEvent::Trigger::MessageAppMaker: {
        // A delivery the service retried, or a message the catch-up also brings, is not new.
        const QList<Message> fresh = recordInbox(user, event.displayName, event.messages);
        if (open)
            m_model->addMessages(event.messages);
        if (event.trigger == WebhookEvent::Trigger::MessageAppUser) {
            m_inbox->setTyping(user, false);
            if (open)
                m_typingLabel->clear();
            if (!isActiveWindow() && !fresh.isEmpty()) {
                const QString who = nameOf(event);
                notify(who.isEmpty() ? tr("New message") : who, PlainText::summary(fresh.last()));
            }
        }
        break;
    }
    case WebhookEvent::Trigger::ConversationRead:
        if (event.timestamp)
            m_session->inbox()->setUserReadAt(user, *event.timestamp);
        if (open) {
            const QString who = nameOf(event);
            statusBar()->showMessage(
                who.isEmpty() ? tr("The customer has read the conversation")
                              : tr("%1 has read the conversation").arg(PlainText::oneLine(who, 80)),
                5000);
        }
        break;
    case WebhookEvent::Trigger::TypingAppUser: {
        const bool typing = event.activityType == "typing:start"_L1;
        m_inbox->setTyping(user, typing);
        if (open) {
            const QString who = nameOf(event);
            m_typingLabel->setText(!typing ? QString()
                                   : who.isEmpty()
                                       ? tr("The customer is typing…")
                                       : tr("%1 is typing…").arg(PlainText::oneLine(who, 80)));
            if (typing)
                m_typingExpiry->start();
        }
        break;
    }
    case WebhookEvent::Trigger::Other:
        break;
    }
}

void MainWindow::notify(const QString &title, const QString &body)
{
    // Notification servers may read markup in the body: escape what came from outside.
    if (m_tray)
        m_tray->showMessage(PlainText::oneLine(title, 80),
                            PlainText::asLiteralMarkup(PlainText::oneLine(body, 200)));
    Q_EMIT notified(title, body);
}

void MainWindow::updateTray(int unread)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(tr("Smooch Agent Console: %Ln unread", nullptr, unread));
    QPixmap icon = QGuiApplication::windowIcon().pixmap(64, 64);
    if (unread > 0 && !icon.isNull()) {
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xd9, 0x3f, 0x3f));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(28, 0, 36, 36));
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(22);
        painter.setFont(font);
        painter.drawText(QRect(28, 0, 36, 36), Qt::AlignCenter,
                         unread > 99 ? u"99+"_s : QString::number(unread));
    }
    m_tray->setIcon(QIcon(icon));
}

void MainWindow::deleteMessage(const QString &messageId)
{
    if (!m_model || !m_deletions)
        return;
    const int row = m_model->rowOf(messageId);
    const Message *m = row >= 0 ? m_model->messageAt(row) : nullptr;
    if (!m)
        return;
    m_deletedMessages.insert(messageId, *m);
    m_model->removeMessage(messageId); // gone from the view now, and never back from a later page
    m_deletions->schedule(m_model->userId(), messageId);
    m_undoText->setText(tr("Message deleted."));
    m_undoBar->show();
    m_undoHide->start(m_deletions->gracePeriod());
}

void MainWindow::askClearHistory()
{
    if (!m_model || m_model->userId().isEmpty())
        return;
    ClearHistoryDialog dialog(m_model->userId(), this);
    if (dialog.exec() == QDialog::Accepted)
        clearHistory(m_model->userId(), dialog.exportPath());
}

void MainWindow::clearHistory(const QString &userId, const QString &exportPath)
{
    Session *s = m_session.get();
    // Nothing of this user's is posted or checked meanwhile; what was sent before the clear
    // and is still unresolved cannot be checked after it, and waits for the agent.
    s->outbox()->beginClear(userId);
    const auto clear = [this, s, userId, exportPath](int count) {
        ConversationApi *api = s->api();
        auto *reply = api->deleteMessages(userId, this);
        connect(reply, &ApiReply::succeeded, this,
                [this, s, userId, exportPath, count] {
                    s->outbox()->endClear(userId, true);
                    s->audit()->historyCleared(s->profile().name, userId, count, exportPath);
                    s->inbox()->clearHistory(userId);
                    if (auto e = s->inbox()->entry(userId))
                        m_inbox->update(*e);
                    if (m_model && m_model->userId() == userId) {
                        m_model->setConversation({});
                        m_model->setConversation(userId);
                        for (const Outbox::Entry &e : s->outbox()->undelivered(userId))
                            m_model->setOutgoing(outgoingOf(e)); // unsent ones stay in view
                    }
                    const auto known = s->inbox()->entry(userId);
                    const QString who = PlainText::oneLine(known ? known->title() : userId, 80);
                    showBannerFor(userId,
                                  exportPath.isEmpty()
                                      ? tr("History of %1 cleared.").arg(who)
                                      : tr("History of %1 cleared · export saved to %2")
                                            .arg(who, QDir::toNativeSeparators(exportPath)),
                                  true);
                    Q_EMIT historyCleared(userId, {});
                });
        connect(reply, &ApiReply::failed, this,
                [this, s, userId](const ApiError &error) {
                    // A 4xx or a request never sent deleted nothing; a timeout may have.
                    const auto kind = error.kind();
                    s->outbox()->endClear(userId, kind == ApiError::Kind::Timeout ||
                                                      kind == ApiError::Kind::Network ||
                                                      kind == ApiError::Kind::InvalidResponse ||
                                                      error.httpStatus() >= 500);
                    showBannerFor(userId,
                                  tr("The history could not be cleared: %1").arg(error.userText()),
                                  false, error.message());
                    Q_EMIT historyCleared(userId, error.message());
                });
    };
    if (exportPath.isEmpty()) {
        clear(0);
        return;
    }
    // The export comes first; the clear does not start unless the file was written.
    auto *exporter = new HistoryExporter(s->api(), this);
    connect(exporter, &HistoryExporter::finished, exporter, &QObject::deleteLater);
    connect(exporter, &HistoryExporter::succeeded, this,
            [exporter, clear, userId] { clear(exporter->counts().value(userId)); });
    connect(exporter, &HistoryExporter::failed, this, [this, s, userId](const QString &reason) {
        s->outbox()->endClear(userId, false);
        showBannerFor(userId, tr("Nothing was deleted: the export failed (%1).").arg(reason),
                      false);
        Q_EMIT historyCleared(userId, reason);
    });
    exporter->start({userId}, exportPath);
}

void MainWindow::showAuditLog()
{
    if (m_session)
        (new AuditLogDialog(m_session->store()->database(), this))->show();
}

void MainWindow::rebuildProfilesMenu()
{
    m_profilesMenu->clear();
    if (!m_profiles) {
        m_profilesMenu->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(m_profilesMenu);
    for (const Profile &p : m_profiles->profiles()) {
        QAction *action =
            m_profilesMenu->addAction(PlainText::oneLine(p.name, 60).replace(u'&', "&&"_L1));
        action->setCheckable(true);
        action->setChecked(m_session && m_session->profile().id == p.id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, p] { openProfile(p); });
    }
    if (m_profilesMenu->isEmpty())
        m_profilesMenu->addAction(tr("(no saved profiles)"))->setEnabled(false);
}

void MainWindow::manageProfiles()
{
    if (!m_profiles || !m_keychain)
        return;
    ProfileDialog dialog(m_profiles, m_keychain, this);
    connect(&dialog, &ProfileDialog::openRequested, this,
            [this](const Profile &p) { openProfile(p); });
    dialog.exec();
    rebuildProfilesMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange)
        updateRead();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    waitForTypingStop();
    QMainWindow::closeEvent(event);
}
