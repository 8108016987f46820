#include "conversation/composer.h"

#include "session/typingnotifier.h"
#include "storage/draftstore.h"
#include "style/theme.h"
#include "text/plaintext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
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
    , m_attach(new QToolButton(this))
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
{
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::colors(palette()).inputError.name()));
    m_error->hide();
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chips->hide();

    m_edit->setPlaceholderText(tr("Write a reply… (Enter sends, Shift+Enter for a new line)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setAccessibleDescription(
        tr("The reply to the open conversation. Enter sends, Shift+Enter starts a new line."));
    m_edit->installEventFilter(this);
    const int lines = 4;
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 16);

    m_attach->setText(u"+"_s);
    m_attach->setToolTip(tr("Add buttons, an image or a file"));
    m_attach->setAccessibleName(tr("Attach"));
    m_attach->setAccessibleDescription(tr("Add buttons, an image or a file"));
    m_attach->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_attach);
    menu->addAction(tr("Quick reply…"), this, &Composer::askQuickReply);
    menu->addAction(tr("Link button…"), this, &Composer::askLinkButton);
    menu->addSeparator();
    menu->addAction(tr("Image by URL…"), this, [this] { askMedia(u"image"_s); });
    menu->addAction(tr("File by URL…"), this, [this] { askMedia(u"file"_s); });
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
}

void Composer::setConversation(const QString &userId, const QString &displayName)
{
    flushDraft();
    if (m_typing)
        m_typing->setConversation(userId);
    m_userId = userId;
    m_displayName = displayName.isEmpty() ? userId : displayName;
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

void Composer::addQuickReply(const QString &label)
{
    const QString text = label.trimmed();
    if (text.isEmpty())
        return;
    Action reply;
    reply.type = u"reply"_s;
    reply.text = text;
    reply.payload = text;
    m_actions.append(reply);
    rebuildChips();
}

bool Composer::addLinkButton(const QString &label, const QUrl &url)
{
    if (label.trimmed().isEmpty() || !PlainText::isOpenable(url)) {
        showError(tr("A link button needs a label and an http, https or mailto address."));
        return false;
    }
    Action link;
    link.type = u"link"_s;
    link.text = label.trimmed();
    link.uri = url.toString(QUrl::FullyEncoded);
    m_actions.append(link);
    rebuildChips();
    return true;
}

bool Composer::setMedia(const QString &type, const QUrl &url)
{
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty()) {
        showError(tr("An image or file is sent by its https address."));
        return false;
    }
    m_mediaType = type;
    m_mediaUrl = url;
    rebuildChips();
    return true;
}

void Composer::clearAttachments()
{
    m_actions.clear();
    m_mediaType.clear();
    m_mediaUrl.clear();
    rebuildChips();
}

void Composer::rebuildChips()
{
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto chip = [this](const QString &text, std::function<void()> remove) {
        auto *button = new QToolButton(m_chips);
        button->setText(text + u"  ✕"_s);
        button->setToolTip(tr("Remove"));
        button->setAccessibleName(tr("Remove %1").arg(text));
        connect(button, &QToolButton::clicked, this, [remove = std::move(remove)] { remove(); });
        m_chipsLayout->addWidget(button);
    };
    if (!m_mediaUrl.isEmpty()) {
        chip((m_mediaType == "image"_L1 ? tr("Image: %1") : tr("File: %1"))
                 .arg(m_mediaUrl.fileName()),
             [this] {
                 m_mediaType.clear();
                 m_mediaUrl.clear();
                 rebuildChips();
             });
    }
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const Action &a = m_actions.at(i);
        chip(a.type == "link"_L1 ? u"↗ "_s + a.text : u"↩ "_s + a.text, [this, i] {
            m_actions.removeAt(i);
            rebuildChips();
        });
    }
    m_chipsLayout->addStretch();
    m_chips->setVisible(!m_actions.isEmpty() || !m_mediaUrl.isEmpty());
}

NewMessage Composer::buildPost() const
{
    NewMessage post = NewMessage::appMakerText(m_edit->toPlainText().trimmed());
    if (post.text.isEmpty())
        post.text = QString(); // absent, not ""
    if (!m_mediaUrl.isEmpty()) {
        post.type = m_mediaType;
        post.mediaUrl = m_mediaUrl.toString(QUrl::FullyEncoded);
    }
    post.actions = m_actions;
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
    const NewMessage post = buildPost();
    if (post.text.isEmpty() && post.actions.isEmpty() && post.mediaUrl.isEmpty())
        return tr("Type a message first.");
    return post.validationError();
}

bool Composer::send()
{
    if (const QString why = validationError(); !why.isEmpty()) {
        showError(why);
        return false;
    }
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
    clearAttachments();
    showError({});
    flushDraft();
    Q_EMIT sent();
    return true;
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::askQuickReply()
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Quick reply"), tr("Button label:"),
                                                QLineEdit::Normal, {}, &ok);
    if (ok)
        addQuickReply(label);
}

void Composer::askLinkButton()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Link button"));
    auto *label = new QLineEdit(&dialog);
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(u"https://"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Label:"), label);
    form->addRow(tr("Address:"), url);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        addLinkButton(label->text(), QUrl(url->text().trimmed(), QUrl::StrictMode));
}

void Composer::askMedia(const QString &type)
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, type == "image"_L1 ? tr("Image by URL") : tr("File by URL"),
                              tr("https address:"), QLineEdit::Normal, u"https://"_s, &ok);
    if (ok)
        setMedia(type, QUrl(url.trimmed(), QUrl::StrictMode));
}
