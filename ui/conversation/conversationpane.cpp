#include "conversation/conversationpane.h"

#include "client/conversationapi.h"
#include "conversation/attachmentdropfilter.h"
#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/mediacache.h"
#include "conversation/messagelistmodel.h"
#include "dialogs/savedrepliesdialog.h"
#include "session/customercontroller.h"
#include "session/outbox.h"
#include "session/outgoingfile.h"
#include "session/savedreplies.h"
#include "session/sendguard.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "session/undoabledelete.h"
#include "text/plaintext.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
constexpr auto activePoll = 3s;    // catch-up interval while the window is in use
constexpr auto inactivePoll = 15s; // and while it is in the background

MessageListModel::Outgoing outgoingOf(const Outbox::Entry &e, const Outbox *outbox)
{
    MessageListModel::Outgoing o{e.clientId, e.displayed(), e.state, e.error};
    if (e.upload != Outbox::Entry::Upload::None && e.state != Outbox::State::Sent &&
        QFileInfo::exists(e.filePath)) {
        o.localFile = e.filePath;
        o.fileName = e.fileName;
        o.fileSize = e.fileSize;
        if (e.post.type == "image"_L1)
            o.imageSize = QImageReader(e.filePath).size(); // its header only
        o.cancelling = outbox->isCancelling(e.clientId);
        if (const auto progress = outbox->uploadProgress(e.clientId); progress && progress->second)
            o.progress = double(progress->first) / double(progress->second);
    }
    return o;
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

ConversationPane::ConversationPane(MediaCache *media, QWidget *parent)
    : QWidget(parent)
    , m_media(media)
    , m_title(new QLabel(this))
    , m_typingLabel(new QLabel(this))
    , m_presenceLabel(new QLabel(this))
    , m_guardPanel(new QFrame(this))
    , m_guardText(new QLabel(m_guardPanel))
    , m_sendAnyway(new QPushButton(tr("Send anyway"), m_guardPanel))
    , m_keepEditing(new QPushButton(tr("Keep editing"), m_guardPanel))
    , m_banner(new Banner(this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(m_undoBar))
    , m_undoHide(new QTimer(this))
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(window(), title, text) == QMessageBox::Yes;
    };
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(12, 8, 12, 2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_typingLabel->setTextFormat(Qt::PlainText);
    m_typingLabel->setContentsMargins(12, 0, 12, 4);
    m_typingLabel->setAccessibleName(tr("Typing indicator"));
    m_typingLabel->hide(); // it comes with a profile
    m_presenceLabel->setTextFormat(Qt::PlainText);
    m_presenceLabel->setContentsMargins(12, 0, 12, 4);
    m_presenceLabel->setAccessibleName(tr("Other agents"));
    m_presenceLabel->hide();
    // The send guard's panel: plain text only, whatever the messages hold.
    m_guardPanel->setObjectName(u"sendGuard"_s);
    m_guardPanel->setAccessibleName(tr("New in this conversation"));
    static_cast<QFrame *>(m_guardPanel)->setFrameShape(QFrame::StyledPanel);
    m_guardText->setTextFormat(Qt::PlainText);
    m_guardText->setWordWrap(true);
    m_sendAnyway->setAccessibleDescription(
        tr("Sends the reply as it is, although the conversation changed while you wrote it."));
    m_keepEditing->setAccessibleDescription(
        tr("Goes back to the reply; nothing is sent and the text stays."));
    auto *guardButtons = new QHBoxLayout;
    guardButtons->addStretch(1);
    guardButtons->addWidget(m_keepEditing);
    guardButtons->addWidget(m_sendAnyway);
    auto *guardLayout = new QVBoxLayout(m_guardPanel);
    guardLayout->setContentsMargins(12, 6, 12, 6);
    guardLayout->addWidget(m_guardText);
    guardLayout->addLayout(guardButtons);
    m_guardPanel->hide();
    connect(m_sendAnyway, &QPushButton::clicked, this, [this] {
        if (!m_controller || !m_composer)
            return;
        m_controller->sendGuard()->dismiss();
        m_guardPanel->hide();
        m_composer->send();
    });
    connect(m_keepEditing, &QPushButton::clicked, this, [this] {
        if (!m_controller || !m_composer)
            return;
        m_controller->sendGuard()->dismiss();
        m_guardPanel->hide();
        m_composer->clearError();
        m_composer->editor()->setFocus();
    });
    m_title->setAccessibleName(tr("Conversation title"));
    m_undoBar->setAccessibleName(tr("Undo deletion"));
    m_banner->setObjectName(u"banner"_s);
    connect(m_banner, &Banner::dismissed, this, [this] { m_bannerUser.clear(); });
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
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            &ConversationPane::updatePolling);
    connect(undo, &QPushButton::clicked, this, [this] {
        if (m_controller) {
            for (const Message &m : m_controller->undoDeletions())
                m_model->restoreMessage(m);
        }
        m_undoBar->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new QHBoxLayout;
    m_header->setContentsMargins(0, 0, 8, 0);
    m_header->addWidget(m_title, 1);
    layout->addLayout(m_header);
    layout->addWidget(m_typingLabel);
    layout->addWidget(m_presenceLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_guardPanel);
}

void ConversationPane::setWelcome(QWidget *welcome)
{
    m_welcome = welcome;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_banner) + 1, welcome, m_view ? 0 : 1);
}

void ConversationPane::setController(SessionController *controller)
{
    // The widgets and model of the old profile go first.
    delete m_composer;
    delete m_view;
    delete m_model;
    m_composer = nullptr;
    m_view = nullptr;
    m_model = nullptr;
    m_undoBar->hide();
    m_guardPanel->hide();
    m_typingLabel->clear();
    m_presenceLabel->clear();
    m_controller = controller;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_typingLabel->setVisible(controller);
    m_presenceLabel->setVisible(controller);
    if (m_welcome)
        layout->setStretchFactor(m_welcome, controller ? 0 : 1);
    if (!controller)
        return;
    m_model = new MessageListModel(controller->api(), this);
    m_model->setDeliveries(controller->session()->deliveries());
    m_view = new ConversationView(m_model, m_media, this);
    m_view->setAdminTools(controller->profile().adminTools);
    Session *s = controller->session();
    m_composer = new Composer(s->drafts(), s->typing(), this);
    const Profile &p = controller->profile();
    m_composer->setAgent({p.agentName, p.agentEmail, p.agentAvatarUrl});
    m_composer->setSender([this](const QString &userId, const NewMessage &post) {
        // Something new came since the reply began: the agent sees it first.
        if (userId == m_controller->openConversationId() &&
            m_controller->sendGuard()->shouldPause()) {
            showGuard(true);
            return tr("Not sent yet: the conversation changed while you wrote (see above).");
        }
        m_guardPanel->hide();
        const QString problem = m_controller->send(userId, post);
        if (problem.isEmpty())
            m_view->scrollToNewest();
        return problem;
    });
    wireSavedReplies(controller);
    layout->insertWidget(layout->indexOf(m_undoBar), m_view, 1);
    layout->addWidget(m_composer);
    // Files from the desktop: dropped on the conversation or the reply box, pasted, or chosen.
    auto *drops = new AttachmentDropFilter(m_view);
    drops->watchDrops(m_view->viewport());
    drops->watchDrops(m_composer->editor()->viewport());
    drops->watchPaste(m_composer->editor());
    connect(drops, &AttachmentDropFilter::filesOffered, this, &ConversationPane::sendFiles);
    connect(drops, &AttachmentDropFilter::imagePasted, this, [this](const QByteArray &png) {
        // A paste may be a slip of the keys: what goes to the customer is confirmed first.
        QBuffer buffer;
        buffer.setData(png);
        const QSize size = QImageReader(&buffer).size();
        const auto entry = m_controller->inboxEntry(m_composer->userId());
        const QString to = entry ? entry->title() : m_composer->userId();
        if (!m_confirm(tr("Send the pasted image?"),
                       tr("Send the image on the clipboard (%1 × %2 pixels) to %3?")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(PlainText::oneLine(to, 80))))
            return;
        const QString name =
            tr("Pasted image %1.png")
                .arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH.mm.ss"_s));
        sendFile(OutgoingFile::fromData(png, name));
    });
    QMenu *attachMenu = m_composer->attachButton()->menu();
    if (!attachMenu) {
        attachMenu = new QMenu(m_composer->attachButton());
        m_composer->attachButton()->setMenu(attachMenu);
    }
    QAction *fromComputer = new QAction(tr("File from computer…"), attachMenu);
    fromComputer->setObjectName(u"fileFromComputer"_s);
    attachMenu->insertAction(attachMenu->actions().value(0), fromComputer);
    connect(fromComputer, &QAction::triggered, this, [this] {
        const QStringList files =
            m_chooseFiles ? m_chooseFiles()
                          : QFileDialog::getOpenFileNames(this, tr("Send files to the customer"));
        sendFiles(files);
    });
    connect(m_composer, &Composer::edited, this, [this](const QString &text) {
        m_controller->composerEdited(m_composer->userId(), text);
    });
    connectController();
    updatePolling();
    updateRead(); // whether the window is active now
}

void ConversationPane::wireSavedReplies(SessionController *controller)
{
    Session *s = controller->session();
    const Profile &p = controller->profile();
    m_composer->setSavedReplies(s->savedReplies());
    m_composer->setLoopbackMediaAllowed(ApiConnection::isLoopback(p.baseUrl));
    m_composer->setPreviewFetcher(
        [media = QPointer<MediaCache>(m_media)](
            const QUrl &url, QObject *context,
            std::function<void(const QByteArray &, const QString &)> done) {
            if (media)
                media->fetch(url, context, std::move(done));
        });
    // The customer's profile (the panel's) fills the variables; before it is known, the name
    // the inbox has.
    m_composer->setVariableProvider([this, s, agent = p.agentName] {
        QHash<QString, QString> values;
        if (s->customer()->userId() == m_composer->userId())
            values = s->customer()->templateValues();
        if (!values.contains(u"name"_s) && m_controller) {
            if (const auto known = m_controller->inboxEntry(m_composer->userId())) {
                values.insert(u"name"_s, known->title());
                values.insert(u"first_name"_s, known->title().section(u' ', 0, 0));
            }
        }
        if (!agent.trimmed().isEmpty())
            values.insert(u"agent_name"_s, agent.trimmed());
        return values;
    });
    connect(m_composer, &Composer::manageSavedRepliesRequested, this, [this, s] {
        auto *dialog = new SavedRepliesDialog(s->savedReplies(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void ConversationPane::setTabOrderAfter(QWidget *previous)
{
    if (!m_view)
        return;
    // Tab goes the way the eye does: the conversation, then the reply box.
    setTabOrder(previous, m_view);
    setTabOrder(m_view, m_composer->attachButton());
    setTabOrder(m_composer->attachButton(), m_composer->editor());
    setTabOrder(m_composer->editor(), m_composer->sendButton());
}

void ConversationPane::connectController()
{
    SessionController *c = m_controller;
    connect(c, &SessionController::messagesArrived, m_model, &MessageListModel::addMessages);
    connect(c, &SessionController::outgoingChanged, m_model, [this](const Outbox::Entry &e) {
        m_model->setOutgoing(outgoingOf(e, m_controller->outbox()));
    });
    connect(c->outbox(), &Outbox::uploadProgressed, m_model, &MessageListModel::setUploadProgress);
    connect(c, &SessionController::outgoingRemoved, m_model, &MessageListModel::removeOutgoing);
    connect(c, &SessionController::outgoingDelivered, m_model,
            [this](const QString &clientId, const Message &message) {
                m_model->removeOutgoing(clientId);
                m_model->addMessages({message});
            });
    connect(c, &SessionController::openTypingChanged, m_model,
            [this](bool typing, const QString &who) {
                m_typingLabel->setText(!typing ? QString()
                                       : who.isEmpty()
                                           ? tr("The customer is typing…")
                                           : tr("%1 is typing…").arg(PlainText::oneLine(who, 80)));
            });
    // A read shows as "Seen" under the last message read (the model follows the tracker), not
    // as a passing status bar text.
    connect(c, &SessionController::catchUpDue, m_model, [this] { catchUp(); });
    connect(c, &SessionController::onlineChanged, m_model, [this] { updatePolling(); });
    connect(c, &SessionController::streamingChanged, m_model, [this] { updatePolling(); });
    connect(c, &SessionController::presenceChanged, m_model,
            [this](const QString &userId, const QString &text) {
                if (userId == m_model->userId())
                    m_presenceLabel->setText(text);
            });
    connect(c->sendGuard(), &SendGuard::changed, m_model, [this] {
        // An open panel follows what is new; it goes once nothing is.
        if (m_guardPanel->isVisible())
            showGuard(false);
    });
    connect(c, &SessionController::outboxHeld, m_model, [this](bool held, const QString &why) {
        showBanner(held ? tr("The server refused the credentials (%1). Messages wait in the outbox "
                             "until they are fixed.")
                              .arg(why)
                        : QString());
    });
    connect(c, &SessionController::historyCleared, m_model,
            [this](const QString &userId, const QString &exportPath) {
                if (m_model->userId() == userId)
                    resetConversation(userId);
                const auto known = m_controller->inboxEntry(userId);
                const QString who = PlainText::oneLine(known ? known->title() : userId, 80);
                showBannerFor(userId,
                              exportPath.isEmpty()
                                  ? tr("History of %1 cleared.").arg(who)
                                  : tr("History of %1 cleared · export saved to %2")
                                        .arg(who, QDir::toNativeSeparators(exportPath)),
                              true);
            });
    connect(c, &SessionController::historyClearFailed, m_model,
            [this](const QString &userId, bool exportFailed, const QString &reason,
                   const ApiError &error) {
                if (exportFailed)
                    showBannerFor(userId,
                                  tr("Nothing was deleted: the export failed (%1).").arg(reason),
                                  false);
                else
                    showBannerFor(userId,
                                  tr("The history could not be cleared: %1").arg(error.userText()),
                                  false, error.message());
            });
    connect(c, &SessionController::messageRestored, m_model, &MessageListModel::restoreMessage);
    connect(c, &SessionController::deletionFailed, m_model,
            [this](const QString &, const ApiError &error) {
                showBannerFor(m_model->userId(),
                              tr("The message could not be deleted: %1").arg(error.userText()),
                              false, error.message());
            });

    Outbox *outbox = c->outbox();
    connect(m_view, &ConversationView::retrySendRequested, outbox, &Outbox::retry);
    connect(m_view, &ConversationView::cancelSendRequested, outbox, &Outbox::cancel);
    connect(m_view, &ConversationView::deleteRequested, this, [this](const QString &id) {
        if (m_confirm(tr("Delete message"),
                      tr("Delete this message for everyone? You can undo for a few seconds.")))
            deleteMessage(id);
    });
    connect(m_view, &ConversationView::reachedBottom, this, &ConversationPane::rememberSeen);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ConversationPane::updateRead);
    // The newest message leaves the screen when more come below it, without a scroll.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ConversationPane::updateRead);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConversationPane::updateRead);
    connect(m_model, &MessageListModel::newerMessagesArrived, this, [this](int count) {
        // What came, however it came, may be new to the reply being written.
        QList<Message> arrived;
        for (int row = m_model->rowCount() - 1; row >= 0 && arrived.size() < count; --row) {
            if (const Message *m = m_model->messageAt(row))
                arrived.prepend(*m);
        }
        m_controller->noteArrived(m_model->userId(), arrived);
        // Catch-up found messages the webhooks did not bring: the inbox learns of them too.
        if (const Message *m = newestOf(m_model))
            m_controller->record(m_model->userId(), {}, {*m});
    });
    connect(m_model, &MessageListModel::initialLoadFinished, this, [this] {
        Q_EMIT statusMessage(tr("%Ln message(s) loaded", nullptr, m_model->messageCount()), 4000);
        QString name;
        // A channel user is addressed by their appUser _id, which says nothing to an agent: the
        // title names their channel instead ("Rafael Souza · WhatsApp").
        QString address = m_model->userId();
        for (int row = m_model->rowCount() - 1; row >= 0 && name.isEmpty(); --row) {
            const Message *m = m_model->messageAt(row);
            if (!m || m->role() != Message::Role::AppUser)
                continue;
            name = m->name;
            if (m->authorId == m_model->userId() && m->source && !m->source->type.isEmpty())
                address = PlainText::platformName(m->source->type);
        }
        if (!name.isEmpty()) {
            m_composer->setRecipientName(name);
            m_title->setText(PlainText::oneLine(name, 80) + u"  ·  "_s +
                             PlainText::oneLine(address, 80));
        }
        if (const Message *m = newestOf(m_model))
            m_controller->record(m_model->userId(), name, {*m});
        updateRead();
    });
}

bool ConversationPane::openConversation(const QString &id)
{
    if (!m_controller || !m_model || id == m_model->userId())
        return false;
    if (!m_controller->api()->connection().validationError().isEmpty())
        return false;
    if (!m_bannerUser.isEmpty() && m_bannerUser != id)
        showBanner({}); // it was about the conversation the agent leaves
    m_title->setText(PlainText::oneLine(id, 120));
    m_typingLabel->clear();
    m_guardPanel->hide();
    m_model->setConversation(id);
    m_model->setLastSeen(m_controller->lastSeen(id));
    for (const Outbox::Entry &e : m_controller->outbox()->undelivered(id))
        m_model->setOutgoing(outgoingOf(e, m_controller->outbox()));
    m_controller->openConversation(id);
    m_presenceLabel->setText(m_controller->presenceText(id));
    const auto known = m_controller->inboxEntry(id);
    m_composer->setConversation(id, known ? known->title() : id);
    updatePolling();
    return true;
}

void ConversationPane::sendFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        sendFile(OutgoingFile::fromPath(path));
}

void ConversationPane::sendFile(const OutgoingFile &file)
{
    // The conversation shown when the file was dropped: it is bound to the message from here on.
    const QString userId = m_model ? m_model->userId() : QString();
    if (!m_controller || userId.isEmpty())
        return;
    const QString problem = file.isValid() ? m_controller->sendFile(userId, file) : file.error;
    if (!problem.isEmpty()) {
        showBannerFor(userId, tr("“%1” was not sent: %2").arg(file.fileName, problem), false, {});
        return;
    }
    m_view->scrollToNewest();
}

void ConversationPane::resetConversation(const QString &userId)
{
    m_model->setConversation({});
    m_model->setConversation(userId);
    for (const Outbox::Entry &e : m_controller->outbox()->undelivered(userId))
        m_model->setOutgoing(outgoingOf(e, m_controller->outbox())); // unsent ones stay in view
}

void ConversationPane::updatePolling()
{
    if (!m_model)
        return;
    if (!m_controller->isOnline() || m_controller->isStreaming())
        m_model->setPollInterval(0ms); // offline, or the relay's stream brings everything
    else
        m_model->setPollInterval(QGuiApplication::applicationState() == Qt::ApplicationActive
                                     ? activePoll
                                     : inactivePoll);
}

void ConversationPane::showGuard(bool paused)
{
    const QList<SendGuard::Item> items = m_controller->sendGuard()->items();
    if (items.isEmpty()) {
        m_guardPanel->hide();
        return;
    }
    QStringList lines;
    lines << (paused ? tr("Your reply was not sent yet. New since you began it:")
                     : tr("New since you began your reply:"));
    for (const SendGuard::Item &item : items) {
        const QString who = !item.sender.isEmpty() ? item.sender
                            : item.fromAgent       ? tr("Another agent")
                                                   : tr("The customer");
        lines << tr("%1: %2").arg(who, PlainText::oneLine(item.text, 200));
    }
    m_guardText->setText(lines.join(u'\n'));
    m_guardPanel->show();
}

void ConversationPane::catchUp()
{
    if (!m_model)
        return;
    m_model->retry(MessageListModel::RowKind::OlderFailed);
    m_model->catchUp();
}

void ConversationPane::updateRead()
{
    if (!m_controller || !m_model)
        return;
    if (const Message *newest = newestOf(m_model))
        m_controller->setNewest(newest->id);
    m_controller->setAttention(isActiveWindow(), m_view->isAtBottom());
}

void ConversationPane::rememberSeen()
{
    const Message *newest = m_model ? newestOf(m_model) : nullptr;
    if (!newest || !isActiveWindow())
        return;
    m_controller->rememberSeen(m_model->userId(), *newest->received);
}

void ConversationPane::showBanner(const QString &text)
{
    m_bannerUser.clear();
    m_banner->showMessage(text);
}

void ConversationPane::showBannerFor(const QString &userId, const QString &text, bool success,
                                     const QString &details)
{
    m_banner->showMessage(text, success ? Banner::Kind::Success : Banner::Kind::Error, details);
    m_bannerUser = userId;
}

void ConversationPane::deleteMessage(const QString &messageId)
{
    if (!m_model || !m_controller)
        return;
    const int row = m_model->rowOf(messageId);
    const Message *m = row >= 0 ? m_model->messageAt(row) : nullptr;
    if (!m)
        return;
    const Message deleted = *m;
    m_model->removeMessage(messageId); // gone from the view now, and never back from a later page
    m_controller->deleteMessage(m_model->userId(), deleted);
    m_undoText->setText(tr("Message deleted."));
    m_undoBar->show();
    m_undoHide->start(m_controller->deletions()->gracePeriod());
}

QToolButton *ConversationPane::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    m_header->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}
