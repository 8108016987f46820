#include "conversation/composer.h"

#include "conversation/attachmentchip.h"
#include "conversation/savedreplypicker.h"
#include "conversation/variablehighlighter.h"
#include "session/replyrules.h"
#include "session/savedreplies.h"
#include "session/typingnotifier.h"
#include "storage/draftstore.h"
#include "style/theme.h"
#include "text/plaintext.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Composer::Composer(DraftStore *drafts, TypingNotifier *typing, QWidget *parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_typing(typing)
    , m_error(new QLabel(this))
    , m_chips(new QWidget(this))
    , m_chipsLayout(new QHBoxLayout(m_chips))
    , m_picker(new SavedReplyPicker(nullptr)) // a window of its own, deleted with the composer
    , m_attach(new QToolButton(this))
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
{
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::colors(palette()).inputError.name()));
    m_error->hide();
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chipsLayout->addStretch();
    m_chips->hide();
    connect(m_picker, &SavedReplyPicker::chosen, this, &Composer::insertSavedReply);
    connect(m_picker, &SavedReplyPicker::manageRequested, this, [this] {
        closePicker();
        Q_EMIT manageSavedRepliesRequested();
    });
    new VariableHighlighter(m_edit->document());

    m_edit->setPlaceholderText(tr("Write a reply… (Enter sends, Shift+Enter for a new line)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setAccessibleDescription(
        tr("The reply to the open conversation. Enter sends, Shift+Enter starts a new line."));
    m_edit->installEventFilter(this);
    const int lines = 4;
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 16);

    m_attach->setText(u"+"_s);
    m_attach->setToolTip(tr("Add buttons, an image, a file or a saved reply"));
    m_attach->setAccessibleName(tr("Attach"));
    m_attach->setAccessibleDescription(tr("Add buttons, an image, a file or a saved reply"));
    m_attach->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_attach);
    menu->addAction(tr("Quick reply"), this, &Composer::beginQuickReply);
    menu->addAction(tr("Link button"), this, &Composer::beginLinkButton);
    menu->addSeparator();
    menu->addAction(tr("Image by URL"), this, [this] { beginMedia(u"image"_s); });
    menu->addAction(tr("File by URL"), this, [this] { beginMedia(u"file"_s); });
    menu->addSeparator();
    QAction *saved = menu->addAction(tr("Saved reply…"), this, &Composer::openSavedReplies);
    saved->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    saved->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saved); // the shortcut works wherever the focus is in the composer
    m_attach->setMenu(menu);

    m_send->setAccessibleDescription(tr("Sends the reply; it waits in the outbox until the "
                                        "server has it."));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);

    auto *row = new QHBoxLayout;
    row->addWidget(m_attach, 0, Qt::AlignTop);
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_error);
    layout->addWidget(m_chips);
    layout->addLayout(row);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &Composer::flushDraft);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    setConversation({}, {});
}

Composer::~Composer()
{
    flushDraft();
    delete m_picker;
}

QLineEdit *Composer::ensureSearch()
{
    // Made when first needed: the window's other line edits and lists come first.
    if (m_search)
        return m_search;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search saved replies by name or text"));
    m_search->setAccessibleName(tr("Search saved replies"));
    m_search->setAccessibleDescription(
        tr("Type part of a saved reply's name or text; Up and Down choose, Enter inserts, "
           "Escape closes."));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_picker, &SavedReplyPicker::setQuery);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_chips) + 1, m_search);
    return m_search;
}

void Composer::setConversation(const QString &userId, const QString &displayName)
{
    flushDraft();
    if (m_typing)
        m_typing->setConversation(userId);
    m_userId = userId;
    m_displayName = displayName.isEmpty() ? userId : displayName;
    closePicker();
    clearAttachments();
    showError({});
    m_loading = true; // loading a draft is not typing
    m_edit->setPlainText(m_drafts && !userId.isEmpty() ? m_drafts->draft(userId) : QString());
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    const bool open = !userId.isEmpty();
    m_edit->setEnabled(open);
    m_attach->setEnabled(open);
    m_send->setEnabled(open);
    m_send->setText(open ? tr("Send to %1").arg(PlainText::oneLine(m_displayName, 40))
                         : tr("Send"));
}

void Composer::setRecipientName(const QString &name)
{
    m_displayName = name.isEmpty() ? m_userId : name;
    if (!m_userId.isEmpty())
        m_send->setText(tr("Send to %1").arg(PlainText::oneLine(m_displayName, 40)));
}

QString Composer::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void Composer::clearError()
{
    showError({});
}

void Composer::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void Composer::onTextChanged()
{
    if (m_loading || m_userId.isEmpty())
        return;
    const QString text = m_edit->toPlainText();
    if (text.isEmpty())
        m_slashDismissed = false;
    // "/" at the start of an empty reply searches the saved replies; what follows is the query.
    const bool slash = text.startsWith(u'/') && !text.contains(u'\n') && text.size() <= 80;
    if (m_pickerMode == PickerMode::Slash && !slash) {
        closePicker();
    } else if (slash && !m_slashDismissed && m_pickerMode != PickerMode::Search &&
               (m_pickerMode == PickerMode::Slash || text == "/"_L1)) {
        m_pickerMode = PickerMode::Slash;
        m_picker->setQuery(text.mid(1));
        if (!m_picker->isVisible())
            m_picker->popUp(m_edit);
    }
    showError({});
    m_draftTimer.start();
    if (m_typing)
        m_typing->textEdited(m_edit->toPlainText());
    Q_EMIT edited(m_edit->toPlainText());
}

void Composer::flushDraft()
{
    m_draftTimer.stop();
    if (m_drafts && !m_userId.isEmpty())
        m_drafts->setDraft(m_userId, m_edit->toPlainText());
}

void Composer::setSavedReplies(SavedReplies *replies)
{
    m_picker->setSavedReplies(replies);
}

QList<AttachmentChip *> Composer::chips() const
{
    QList<AttachmentChip *> ordered;
    for (AttachmentChip *chip : m_chipList) {
        if (chip->isMedia())
            ordered.append(chip);
    }
    for (AttachmentChip *chip : m_chipList) {
        if (!chip->isMedia())
            ordered.append(chip);
    }
    return ordered;
}

AttachmentChip *Composer::addChip(int kind)
{
    auto *chip = new AttachmentChip(AttachmentChip::Kind(kind), m_loopbackMedia, m_chips);
    if (chip->isMedia()) {
        // One image or file goes with a message: a new one takes the old one's place.
        for (AttachmentChip *old : chips()) {
            if (old->isMedia())
                removeChip(old);
        }
        m_chipsLayout->insertWidget(0, chip);
    } else {
        m_chipsLayout->insertWidget(m_chipsLayout->count() - 1, chip);
    }
    m_chipList.append(chip);
    connect(chip, &AttachmentChip::removeRequested, this, [this, chip] { removeChip(chip); });
    connect(chip, &AttachmentChip::done, this, [this] { m_edit->setFocus(); });
    connect(chip, &AttachmentChip::escaped, this, [this, chip] {
        // An empty new chip goes; one with something typed closes if it can, else stays.
        if (chip->label().isEmpty() && chip->address().isEmpty())
            removeChip(chip);
        else if (!chip->commit())
            return;
        m_edit->setFocus();
    });
    connect(chip, &AttachmentChip::changed, this, [this] { showError({}); });
    connect(chip, &AttachmentChip::previewWanted, this, [this, chip](const QUrl &url) {
        if (!m_fetchPreview) {
            chip->setPreview({}, tr("No preview here."));
            return;
        }
        m_fetchPreview(url, chip, [chip, url](const QByteArray &bytes, const QString &error) {
            if (chip->mediaUrl() != url)
                return; // the address changed since
            QImage image;
            if (!bytes.isEmpty() && image.loadFromData(bytes))
                chip->setPreview(QPixmap::fromImage(image),
                                 tr("Preview of %1").arg(url.fileName()));
            else
                chip->setPreview({}, error.isEmpty() ? tr("Not an image this console can show.")
                                                     : tr("No preview: %1").arg(error));
        });
    });
    updateChipsVisibility();
    return chip;
}

void Composer::removeChip(AttachmentChip *chip)
{
    m_chipList.removeAll(chip);
    chip->hide();
    chip->deleteLater();
    updateChipsVisibility();
    showError({});
}

void Composer::updateChipsVisibility()
{
    m_chips->setVisible(!m_chipList.isEmpty());
}

void Composer::openChip(AttachmentChip *chip)
{
    chip->open();
    // Chosen from the attach menu, whose closing gives the focus back to the button after
    // this: the field takes it again then, so that the agent types into the chip.
    QTimer::singleShot(0, chip, [chip] {
        if (chip->isOpen())
            chip->open();
    });
}

AttachmentChip *Composer::beginQuickReply()
{
    AttachmentChip *chip = addChip(int(AttachmentChip::Kind::QuickReply));
    openChip(chip);
    return chip;
}

AttachmentChip *Composer::beginLinkButton()
{
    AttachmentChip *chip = addChip(int(AttachmentChip::Kind::Link));
    openChip(chip);
    return chip;
}

AttachmentChip *Composer::beginMedia(const QString &type)
{
    for (AttachmentChip *chip : chips()) {
        if (chip->isMedia() &&
            (chip->kind() == AttachmentChip::Kind::Image) == (type == "image"_L1)) {
            openChip(chip); // edit the one there is
            return chip;
        }
    }
    AttachmentChip *chip =
        addChip(int(type == "image"_L1 ? AttachmentChip::Kind::Image : AttachmentChip::Kind::File));
    openChip(chip);
    return chip;
}

void Composer::addQuickReply(const QString &label)
{
    if (label.trimmed().isEmpty())
        return;
    AttachmentChip *chip = addChip(int(AttachmentChip::Kind::QuickReply));
    chip->setValues(label.trimmed(), {});
    chip->commit();
}

bool Composer::addLinkButton(const QString &label, const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    QString why = ReplyRules::labelProblem(label);
    if (why.isEmpty())
        why = ReplyRules::linkProblem(address);
    if (!why.isEmpty()) {
        showError(why);
        return false;
    }
    AttachmentChip *chip = addChip(int(AttachmentChip::Kind::Link));
    chip->setValues(label.trimmed(), address);
    chip->commit();
    return true;
}

bool Composer::setMedia(const QString &type, const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    if (const QString why = ReplyRules::mediaProblem(address, m_loopbackMedia); !why.isEmpty()) {
        showError(why);
        return false;
    }
    AttachmentChip *chip =
        addChip(int(type == "image"_L1 ? AttachmentChip::Kind::Image : AttachmentChip::Kind::File));
    chip->setValues({}, address);
    chip->commit();
    return true;
}

void Composer::clearAttachments()
{
    for (AttachmentChip *chip : std::as_const(m_chipList)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chipList.clear();
    updateChipsVisibility();
}

void Composer::openSavedReplies()
{
    if (m_userId.isEmpty())
        return;
    if (m_pickerMode == PickerMode::Slash)
        closePicker();
    m_pickerMode = PickerMode::Search;
    ensureSearch();
    m_search->clear();
    m_search->show();
    m_picker->setQuery({});
    m_picker->popUp(m_search);
    m_search->setFocus();
}

void Composer::closePicker()
{
    const bool searching = m_pickerMode == PickerMode::Search;
    m_pickerMode = PickerMode::Closed;
    m_picker->hide();
    if (searching && m_search) {
        m_search->hide();
        m_edit->setFocus();
    }
}

void Composer::insertSavedReply(const MessageTemplate &reply)
{
    const PickerMode mode = m_pickerMode;
    closePicker();
    const QHash<QString, QString> values = m_variables ? m_variables() : QHash<QString, QString>{};
    const NewMessage &m = reply.message;
    const QString text = ReplyRules::expand(m.text, values);
    QTextCursor cursor = m_edit->textCursor();
    if (mode == PickerMode::Slash) {
        cursor.select(QTextCursor::Document); // the "/query" the agent typed to find it
        m_slashDismissed = true;
    }
    const bool media = m.type == "image"_L1 || m.type == "file"_L1;
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
    if (media) {
        AttachmentChip *chip = addChip(
            int(m.type == "image"_L1 ? AttachmentChip::Kind::Image : AttachmentChip::Kind::File));
        chip->setValues({}, ReplyRules::expand(m.mediaUrl, values));
        chip->commit();
    }
    int skipped = 0;
    for (const Action &a : m.actions) {
        if (a.type != "reply"_L1 && a.type != "link"_L1) {
            ++skipped;
            continue;
        }
        AttachmentChip *chip = addChip(int(a.type == "link"_L1 ? AttachmentChip::Kind::Link
                                                               : AttachmentChip::Kind::QuickReply));
        chip->setValues(ReplyRules::expand(a.text, values), ReplyRules::expand(a.uri, values));
        if (a.type == "reply"_L1)
            chip->setPayload(a.payload); // what the bot listening for it expects
        chip->commit();
    }
    m_edit->setFocus();
    selectFirstVariable();
    if (skipped > 0)
        showError(tr("%n button(s) of this saved reply cannot be sent from here and were left "
                     "out.",
                     nullptr, skipped));
}

void Composer::selectFirstVariable()
{
    const QStringList left = ReplyRules::variables(m_edit->toPlainText());
    if (left.isEmpty())
        return;
    // Selected, so that what the agent types replaces it.
    QTextCursor found = m_edit->document()->find(left.first());
    if (!found.isNull())
        m_edit->setTextCursor(found);
}

NewMessage Composer::buildPost() const
{
    NewMessage post = NewMessage::appMakerText(m_edit->toPlainText().trimmed());
    if (post.text.isEmpty())
        post.text = QString(); // absent, not ""
    for (AttachmentChip *chip : chips()) {
        if (chip->isMedia()) {
            post.type = chip->kind() == AttachmentChip::Kind::Image ? u"image"_s : u"file"_s;
            post.mediaUrl = chip->mediaUrl().toString(QUrl::FullyEncoded);
        } else {
            post.actions.append(chip->action());
        }
    }
    if (!m_agent.name.isEmpty())
        post.name = m_agent.name;
    if (!m_agent.email.isEmpty())
        post.email = m_agent.email;
    if (!m_agent.avatarUrl.isEmpty())
        post.avatarUrl = m_agent.avatarUrl;
    return post;
}

QString Composer::validationError() const
{
    if (m_userId.isEmpty())
        return tr("Open a conversation first.");
    // Every chip shown goes with the message, so every one must be able to.
    for (AttachmentChip *chip : chips()) {
        if (const QString why = chip->problem(); !why.isEmpty())
            return tr("%1: %2").arg(chip->accessibleName(), why);
    }
    if (const QString why = ReplyRules::unfilledProblem(m_edit->toPlainText()); !why.isEmpty())
        return why;
    const NewMessage post = buildPost();
    if (post.text.isEmpty() && post.actions.isEmpty() && post.mediaUrl.isEmpty())
        return tr("Type a message first.");
    return post.validationError();
}

bool Composer::send()
{
    if (m_pickerMode != PickerMode::Closed)
        return false; // Enter belongs to the picker while it is open
    if (const QString why = validationError(); !why.isEmpty()) {
        showError(why);
        for (AttachmentChip *chip : chips()) {
            if (!chip->problem().isEmpty()) {
                chip->commit(); // shows the reason at the chip, and keeps it open
                break;
            }
        }
        if (!ReplyRules::variables(m_edit->toPlainText()).isEmpty()) {
            m_edit->setFocus();
            selectFirstVariable();
        }
        return false;
    }
    for (AttachmentChip *chip : chips())
        chip->commit(); // all valid: they close, and go as shown
    const QString refused =
        m_sender ? m_sender(m_userId, buildPost()) : tr("Nothing can be sent right now.");
    if (!refused.isEmpty()) {
        showError(refused); // the text stays, nothing is lost
        return false;
    }
    if (m_typing)
        m_typing->stop();
    m_loading = true;
    m_edit->clear();
    m_loading = false;
    m_slashDismissed = false;
    clearAttachments();
    showError({});
    flushDraft();
    Q_EMIT sent();
    return true;
}

bool Composer::pickerKey(QKeyEvent *key)
{
    switch (key->key()) {
    case Qt::Key_Up:
        m_picker->moveSelection(-1);
        return true;
    case Qt::Key_Down:
        m_picker->moveSelection(1);
        return true;
    case Qt::Key_PageUp:
        m_picker->moveSelection(-5);
        return true;
    case Qt::Key_PageDown:
        m_picker->moveSelection(5);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        m_picker->accept(); // nothing matches: nothing happens, nothing is sent
        return true;
    case Qt::Key_Escape:
        if (m_pickerMode == PickerMode::Slash)
            m_slashDismissed = true; // "/..." stays as typed
        closePicker();
        return true;
    default:
        return false;
    }
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool pickerOpen = m_pickerMode != PickerMode::Closed && m_picker->isVisible();
        if (m_search && watched == m_search) {
            if (pickerKey(key))
                return true;
        } else if (watched == m_edit) {
            if (pickerOpen && m_pickerMode == PickerMode::Slash && pickerKey(key))
                return true;
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                !(key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
                send();
                return true;
            }
        }
    } else if (event->type() == QEvent::FocusOut && watched == m_edit &&
               m_pickerMode == PickerMode::Slash && !m_picker->underMouse()) {
        // The agent went elsewhere (another control, another application): the list goes,
        // the "/..." typed stays.
        m_slashDismissed = true;
        closePicker();
    } else if (event->type() == QEvent::FocusOut && m_search && watched == m_search &&
               m_pickerMode == PickerMode::Search) {
        // Clicking elsewhere closes the search, unless the click went to the picker itself.
        QTimer::singleShot(0, this, [this] {
            QWidget *now = QApplication::focusWidget();
            if (m_pickerMode == PickerMode::Search && now && now != m_search &&
                now->window() == window())
                closePicker();
        });
    }
    return QWidget::eventFilter(watched, event);
}
