#include "window/mainwindow.h"

#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/mediacache.h"
#include "conversation/messagelistmodel.h"
#include "customer/customerpanel.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/clearhistorydialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxpane.h"
#include "session/customercontroller.h"
#include "session/relayclient.h"
#include "session/session.h"
#include "storage/localstore.h"
#include "text/plaintext.h"
#include "window/profileswitcher.h"
#include "window/trayicon.h"
#include "window/welcomepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(new ProfileSwitcher(profiles, keychain, this))
    , m_media(new MediaCache({}, this))
    , m_inbox(new InboxPane(this))
    , m_conversation(new ConversationPane(m_media, this))
    , m_customer(new CustomerPanel(m_media, this))
    , m_connectionBar(new Banner(this))
    , m_relayBar(new Banner(this))
    , m_welcome(new WelcomePane(this))
    , m_tray(new TrayIcon(this))
{
    setWindowTitle(tr("Smooch Agent Console"));
    m_media->setTrustAnyHttpsHost(
        QSettings().value(QLatin1String(MediaCache::trustAnyHttpsKey), false).toBool());

    connect(m_inbox, &InboxPane::conversationRequested, this, &MainWindow::openConversation);
    connect(m_inbox, &InboxPane::liveUpdatesRequested, m_profiles, &ProfileSwitcher::manage);
    connect(m_profiles, &ProfileSwitcher::chosen, this, &MainWindow::openProfile);
    connect(m_profiles, &ProfileSwitcher::changed, this, &MainWindow::rebuildProfilesMenu);
    connect(m_profiles, &ProfileSwitcher::opened, this,
            [this](const Profile &p, const QByteArray &secret, const QByteArray &webhookSecret,
                   const QByteArray &relayToken) {
                openSession(p, secret, webhookSecret, {}, relayToken);
            });
    connect(m_profiles, &ProfileSwitcher::failed, this, [this](const QString &message) {
        m_opening = false;
        updatePlaceholders();
        showBanner(message);
    });
    // The status bar appears with its first message, not before.
    connect(m_conversation, &ConversationPane::statusMessage, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    m_connectionBar->setAccessibleName(tr("Connection"));
    m_connectionBar->setDismissible(false); // it goes by itself when the server answers
    m_relayBar->setObjectName(u"relayBar"_s);
    m_relayBar->setAccessibleName(tr("Live updates"));
    m_relayBar->setDismissible(false); // it goes by itself when the stream is back
    // Before any profile opens: the title, notices and the welcome, with both ways to start.
    m_conversation->setWelcome(m_welcome);
    m_welcome->setCanConnect(m_profiles->canManage());
    connect(m_welcome, &WelcomePane::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePane::connectRequested, m_profiles, &ProfileSwitcher::manage);

    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    // Left to right: inbox, conversation, customer. The customer goes in first: the splitter
    // keeps its children newest first, and the inbox's filter stays the window's first field.
    splitter->addWidget(m_customer);
    splitter->insertWidget(0, m_inbox);
    splitter->insertWidget(1, m_conversation);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(2, false);
    // The customer panel as the agent left it: shown or not, and its width.
    const QSettings panelSettings;
    const int panelWidth =
        std::clamp(panelSettings.value(u"ui/customerPanel/width"_s, 300).toInt(), 220, 800);
    m_customer->setVisible(panelSettings.value(u"ui/customerPanel/visible"_s, true).toBool());
    splitter->setSizes({300, 800, panelWidth});
    connect(splitter, &QSplitter::splitterMoved, this, &MainWindow::saveCustomerPanel);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBar);
    centralLayout->addWidget(m_relayBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    createActions();
    m_conversation->title()->setText(tr("No profile open"));
    updatePlaceholders();
    resize(1200, 800);
}

MainWindow::~MainWindow()
{
    saveCustomerPanel();
    closeSession(); // the window cannot wait: the session goes once its typing stop went out
}

InboxModel *MainWindow::inboxModel() const
{
    return m_inbox->model();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Console"));
    m_profilesMenu = file->addMenu(tr("&Profile"));
    QAction *manage =
        file->addAction(tr("&Manage profiles…"), m_profiles, &ProfileSwitcher::manage);
    manage->setEnabled(m_profiles->canManage());
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *conversation = menuBar()->addMenu(tr("C&onversation"));
    m_openAction =
        conversation->addAction(tr("&Open conversation…"), m_inbox, &InboxPane::askForConversation);
    m_openAction->setShortcut(QKeySequence::Open);
    QAction *newest = conversation->addAction(tr("Jump to &newest"), this, [this] {
        if (conversationView())
            conversationView()->scrollToNewest();
    });
    newest->setShortcut(Qt::CTRL | Qt::Key_End);
    QAction *focus = conversation->addAction(tr("&Write a reply"), this, [this] {
        if (composer())
            composer()->editor()->setFocus();
    });
    focus->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction *send = conversation->addAction(tr("Sen&d reply"), this, [this] {
        if (composer())
            composer()->send();
    });
    send->setShortcut(Qt::CTRL | Qt::Key_Return);
    QAction *search = conversation->addAction(tr("&Search conversations"), this,
                                              [this] { m_inbox->searchField()->setFocus(); });
    search->setShortcut(QKeySequence::Find);
    conversation->addSeparator();
    QAction *next = conversation->addAction(tr("Ne&xt conversation"), this,
                                            [this] { m_inbox->stepConversation(1, false); });
    next->setShortcuts({Qt::ALT | Qt::Key_Down, Qt::CTRL | Qt::Key_PageDown});
    QAction *previous = conversation->addAction(tr("P&revious conversation"), this,
                                                [this] { m_inbox->stepConversation(-1, false); });
    previous->setShortcuts({Qt::ALT | Qt::Key_Up, Qt::CTRL | Qt::Key_PageUp});
    QAction *unread = conversation->addAction(tr("Next &unread conversation"), this,
                                              [this] { m_inbox->stepConversation(1, true); });
    unread->setShortcut(Qt::ALT | Qt::SHIFT | Qt::Key_Down);
    conversation->addSeparator();
    m_customerAction = conversation->addAction(tr("&Customer details"));
    m_customerAction->setCheckable(true);
    m_customerAction->setChecked(QSettings().value(u"ui/customerPanel/visible"_s, true).toBool());
    m_customerAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_customerAction->setToolTip(tr("Show or hide the customer's details (Ctrl+I)"));
    m_customerAction->setIcon(CustomerPanel::toggleIcon(palette()));
    connect(m_customerAction, &QAction::toggled, this, [this](bool on) {
        m_customerForced = on; // shown even in a narrow window, since the agent asked
        m_customer->setVisible(on);
        if (on && m_splitter && m_splitter->sizes().value(2) < 220) {
            QList<int> sizes = m_splitter->sizes();
            const int width =
                std::clamp(QSettings().value(u"ui/customerPanel/width"_s, 300).toInt(), 220, 800);
            sizes[1] = std::max(200, sizes[1] - width);
            sizes[2] = width;
            m_splitter->setSizes(sizes);
        }
        saveCustomerPanel();
    });
    m_conversation->addHeaderAction(m_customerAction)->setObjectName(u"customerToggle"_s);
    m_adminMenu = menuBar()->addMenu(tr("&Admin"));
    m_adminMenu->addAction(tr("&Clear history…"), this, &MainWindow::askClearHistory);
    m_adminMenu->addAction(tr("&Audit log…"), this, &MainWindow::showAuditLog);
    m_adminMenu->menuAction()->setVisible(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcuts({Qt::Key_F1, Qt::CTRL | Qt::Key_Slash});
    help->addAction(tr("&About Smooch Agent Console"), this, [this] {
        auto *about =
            new QMessageBox(QMessageBox::Information, tr("About Smooch Agent Console"),
                            tr("Smooch Agent Console %1\n\nA desktop console for support agents "
                               "on the Smooch (Sunshine Conversations) v1.1 API.")
                                .arg(QCoreApplication::applicationVersion()),
                            QMessageBox::Ok, this);
        about->setIconPixmap(windowIcon().pixmap(64, 64));
        showDialog(about);
    });
    rebuildProfilesMenu();
}

void MainWindow::updatePlaceholders()
{
    m_welcome->setVisible(!m_controller && !m_opening);
    // Opening by id needs an app: without one the dialog would ask, then do nothing.
    m_openAction->setEnabled(m_controller != nullptr);
    m_inbox->setSessionState(
        m_controller != nullptr, m_controller && m_controller->hasLiveUpdates(),
        m_controller && m_profiles->canManage() && !m_controller->profile().temporary);
}

void MainWindow::closeSession(std::function<void()> then)
{
    if (!m_controller) {
        if (m_closing) // the session before is still letting go: after it
            m_afterClose = std::move(then);
        else if (then)
            then();
        return;
    }
    if (composer())
        composer()->flushDraft();
    // The widgets and models of the old profile go first; the session, with every request in
    // flight, once typing:stop went out.
    SessionController *old = std::exchange(m_controller, nullptr);
    old->disconnect(); // nothing it says from now on reaches the window or its panes
    m_conversation->setController(nullptr);
    m_customer->setController(nullptr);
    m_inbox->setController(nullptr);
    m_connectionBar->showMessage({});
    m_relayBar->showMessage({});
    m_tray->setUnread(0);
    m_opening = bool(then); // no welcome while the next profile waits to open
    updatePlaceholders();
    m_closing = true;
    m_afterClose = std::move(then);
    SessionController::dispose(old, this, [this] {
        m_closing = false;
        if (std::exchange(m_closeWhenReady, false))
            close(); // the window was closed meanwhile: now it may go
        else if (auto next = std::exchange(m_afterClose, {}))
            next();
    });
}

void MainWindow::openProfile(const Profile &profile)
{
    if (!m_profiles->hasKeychain())
        return;
    m_opening = true; // no welcome while the profile opens
    updatePlaceholders();
    m_profiles->read(profile);
}

void MainWindow::rebuildProfilesMenu()
{
    m_profiles->fillMenu(m_profilesMenu, m_controller ? m_controller->profile().id : QString());
}

void MainWindow::openSession(const Profile &profile, const QByteArray &secret,
                             const QByteArray &webhookSecret, const QString &dataDirectory,
                             const QByteArray &relayToken)
{
    // Only the latest request opens, once the session before it is gone.
    closeSession([this, profile, secret, webhookSecret, dataDirectory, relayToken] {
        if (!m_controller)
            startSession(profile, secret, webhookSecret, dataDirectory, relayToken);
    });
}

void MainWindow::startSession(const Profile &profile, const QByteArray &secret,
                              const QByteArray &webhookSecret, const QString &dataDirectory,
                              const QByteArray &relayToken)
{
    // The welcome had the focus (its "Try the demo"): it goes to the inbox list, or nowhere
    // while that is empty, never to wherever the focus chain leads once the welcome hides
    // (the filter, where the next key would hide the inbox).
    const bool fromWelcome = m_welcome->isAncestorOf(QApplication::focusWidget());
    m_opening = false;
    m_controller = new SessionController(
        profile, secret, webhookSecret,
        dataDirectory.isEmpty() ? Session::dataDirectoryFor(profile) : dataDirectory);
    m_profiles->remember(profile);
    // Media trust follows the profile: its own origin, and loopback only for a local one.
    m_media->setApiBaseUrl(profile.baseUrl);
    m_media->allow(QUrl(profile.agentAvatarUrl)); // the agent chose it
    setWindowTitle(tr("%1 — Smooch Agent Console").arg(PlainText::oneLine(profile.name, 60)));
    m_adminMenu->menuAction()->setVisible(profile.adminTools);
    m_controller->connectRelay(relayToken);
    m_conversation->setController(m_controller);
    m_customer->setController(m_controller->session()->customer());
    // Tab goes the way the eye does: filter, inbox, conversation, then the reply box.
    setTabOrder(m_inbox->searchField(), m_inbox->view());
    m_conversation->setTabOrderAfter(m_inbox->view());
    connectController();

    showBanner(m_controller->problem());
    m_conversation->title()->setText(tr("No conversation open"));
    m_inbox->setController(m_controller);
    m_tray->setUnread(m_controller->unreadCount());
    rebuildProfilesMenu();
    updatePlaceholders();
    if (fromWelcome && m_inbox->view()->isVisible())
        m_inbox->view()->setFocus();
    else if (fromWelcome && QApplication::focusWidget())
        QApplication::focusWidget()->clearFocus();
    Q_EMIT sessionOpened();
}

void MainWindow::connectController()
{
    SessionController *c = m_controller;
    connect(c, &SessionController::unreadCountChanged, m_tray, &TrayIcon::setUnread);
    connect(c, &SessionController::notificationRequested, this,
            [this](const QString &title, const QString &body) {
                m_tray->notify(title, body);
                Q_EMIT notified(title, body);
            });
    // No answer from the server: say so across the window (the controller tries again).
    connect(c, &SessionController::reachableChanged, this,
            [this](bool reachable, const QString &details) {
                m_connectionBar->showMessage(reachable ? QString()
                                                       : tr("Can't reach Smooch — retrying"),
                                             Banner::Kind::Warning, details);
            });
    // The relay's stream: say when it dropped (the open conversation polls meanwhile) and when
    // it is back.
    connect(c, &SessionController::streamingChanged, this, [this](bool up, const QString &why) {
        if (up) {
            if (!m_relayBar->text().isEmpty())
                statusBar()->showMessage(tr("Live updates from the relay are back"), 5000);
            m_relayBar->showMessage({});
        } else if (m_controller && m_controller->relay() && m_controller->relay()->isRefused()) {
            m_relayBar->showMessage(
                tr("The team relay refused this console (%1): live updates are off until the "
                   "profile has a valid agent token. The open conversation checks every few "
                   "seconds.")
                    .arg(why),
                Banner::Kind::Error);
        } else {
            m_relayBar->showMessage(tr("Live updates from the relay stopped; checking every few "
                                       "seconds and reconnecting."),
                                    Banner::Kind::Warning, why);
        }
    });
    connect(c, &SessionController::historyCleared, this,
            [this](const QString &userId) { Q_EMIT historyCleared(userId, {}); });
    connect(c, &SessionController::historyClearFailed, this,
            [this](const QString &userId, bool, const QString &reason) {
                Q_EMIT historyCleared(userId, reason);
            });
}

void MainWindow::openConversation(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty() || !m_conversation->openConversation(id))
        return;
    m_inbox->setOpenConversation(id);
    // The customer beside it: shown from the cache at once, refreshed without waiting.
    if (Session *s = session())
        s->customer()->open(id);
    composer()->editor()->setFocus();
}

void MainWindow::showShortcuts()
{
    showDialog(new ShortcutsDialog(findChildren<QAction *>(), this));
}

void MainWindow::showSettings()
{
    auto *settings = new QSettings;
    auto *dialog = showDialog(new SettingsDialog(settings, this));
    settings->setParent(dialog);
    connect(dialog, &QDialog::finished, this, [this, settings] {
        m_media->setTrustAnyHttpsHost(
            settings->value(QLatin1String(MediaCache::trustAnyHttpsKey), false).toBool());
    });
}

void MainWindow::askClearHistory()
{
    if (!messageModel() || messageModel()->userId().isEmpty())
        return;
    const QString userId = messageModel()->userId();
    auto *dialog = new ClearHistoryDialog(userId, this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, userId] { clearHistory(userId, dialog->exportPath()); });
    showDialog(dialog);
}

QDialog *MainWindow::showDialog(QDialog *dialog)
{
    // Modal to the window, without an event loop of its own: it answers through its signals.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::clearHistory(const QString &userId, const QString &exportPath)
{
    if (m_controller)
        m_controller->clearHistory(userId, exportPath);
}

void MainWindow::showAuditLog()
{
    if (m_controller)
        (new AuditLogDialog(session()->store()->database(), this))->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange)
        m_conversation->updateRead();
    if (event->type() == QEvent::PaletteChange && m_customerAction)
        m_customerAction->setIcon(CustomerPanel::toggleIcon(palette()));
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A session still letting go (after a profile switch) has its typing stop on the way too.
    if (m_closing) {
        m_closeWhenReady = true;
        event->ignore();
        return;
    }
    // typing:stop goes out before the window does: it closes once the stop was answered.
    if (m_controller && !std::exchange(m_closeWhenReady, false)) {
        if (composer())
            composer()->flushDraft();
        if (!m_controller->prepareToClose()) {
            event->ignore();
            connect(
                m_controller, &SessionController::readyToClose, this,
                [this] {
                    m_closeWhenReady = true;
                    close();
                },
                Qt::SingleShotConnection);
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A narrow window keeps its room for the conversation: the panel steps aside until the
    // window is wide again (or the agent asks for it), without changing what is remembered.
    if (!m_customerAction)
        return;
    const bool wide = width() >= customerPanelMinWindowWidth;
    if (!wide && !m_customer->isHidden() && !m_customerForced) {
        m_customer->hide();
        m_splitter->refresh(); // the conversation has the room at once, not after a relayout
    } else if (wide && m_customer->isHidden() && m_customerAction->isChecked()) {
        m_customer->show();
        m_splitter->refresh();
    }
    if (wide)
        m_customerForced = false;
}

void MainWindow::saveCustomerPanel()
{
    QSettings settings;
    const bool shown = m_customerAction ? m_customerAction->isChecked() : !m_customer->isHidden();
    settings.setValue(u"ui/customerPanel/visible"_s, shown);
    if (!m_customer->isHidden() && m_splitter && m_splitter->sizes().value(2) >= 220)
        settings.setValue(u"ui/customerPanel/width"_s, m_splitter->sizes().value(2));
}
