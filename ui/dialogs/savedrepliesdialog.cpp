#include "dialogs/savedrepliesdialog.h"

#include "session/replyrules.h"
#include "session/savedreplies.h"
#include "style/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SavedRepliesDialog::SavedRepliesDialog(SavedReplies *replies, QWidget *parent)
    : QDialog(parent)
    , m_replies(replies)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_quickReplies(new QPlainTextEdit(this))
    , m_image(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    setWindowTitle(tr("Saved replies"));
    m_list->setAccessibleName(tr("Saved replies"));
    m_name->setMaxLength(128);
    m_text->setPlaceholderText(
        tr("Hi {{first_name}}, … — variables: {{first_name}}, {{last_name}}, {{name}}, "
           "{{email}}, {{agent_name}}, {{property.KEY}}"));
    m_text->setTabChangesFocus(true);
    m_quickReplies->setPlaceholderText(tr("One quick reply label a line (optional)"));
    m_quickReplies->setTabChangesFocus(true);
    m_quickReplies->setFixedHeight(m_quickReplies->fontMetrics().lineSpacing() * 3 + 12);
    m_image->setPlaceholderText(tr("https:// address of an image (optional)"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Quick replies:"), m_quickReplies);
    form->addRow(tr("Image:"), m_image);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(760, 420);

    connect(m_list, &QListWidget::currentRowChanged, this, &SavedRepliesDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_editingId.clear();
        m_name->clear();
        m_text->clear();
        m_quickReplies->clear();
        m_image->clear();
        setStatus({}, false);
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &SavedRepliesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedRepliesDialog::remove);
    if (m_replies) {
        connect(m_replies, &SavedReplies::changed, this, &SavedRepliesDialog::reload);
        connect(m_replies, &SavedReplies::loadFailed, this,
                [this](const QString &error) { setStatus(error, true); });
        if (!m_replies->isLoaded())
            m_replies->refresh();
    }
    reload();
}

QString SavedRepliesDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void SavedRepliesDialog::setStatus(const QString &text, bool error)
{
    const Theme::Colors colors = Theme::colors(palette());
    m_status->setStyleSheet(
        u"color: %1;"_s.arg((error ? colors.inputError : colors.successText).name()));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SavedRepliesDialog::reload()
{
    const QString keep = m_editingId;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_replies)
        return;
    int row = -1;
    for (const MessageTemplate &t : m_replies->search({})) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    m_delete->setEnabled(!m_editingId.isEmpty() && row >= 0);
}

bool SavedRepliesDialog::select(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void SavedRepliesDialog::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    const auto t =
        item && m_replies ? m_replies->find(item->data(Qt::UserRole).toString()) : std::nullopt;
    m_delete->setEnabled(t.has_value());
    if (!t)
        return;
    m_editingId = t->id;
    m_name->setText(t->name);
    m_text->setPlainText(t->message.text);
    QStringList labels;
    for (const Action &a : t->message.actions) {
        if (a.type == "reply"_L1)
            labels.append(a.text);
    }
    m_quickReplies->setPlainText(labels.join(u'\n'));
    m_image->setText(t->message.type == "image"_L1 ? t->message.mediaUrl : QString());
    setStatus({}, false);
}

void SavedRepliesDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy && !m_editingId.isEmpty());
    m_new->setEnabled(!busy);
}

void SavedRepliesDialog::save()
{
    if (!m_replies)
        return;
    const QString name = m_name->text().trimmed();
    NewMessage message = NewMessage::appMakerText(m_text->toPlainText().trimmed());
    if (message.text.isEmpty())
        message.text = QString();
    // Keep what this form does not show (links and other buttons) of the reply being edited.
    if (const auto old = m_replies->find(m_editingId)) {
        for (const Action &a : old->message.actions) {
            if (a.type != "reply"_L1)
                message.actions.append(a);
        }
    }
    for (const QString &line : m_quickReplies->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        if (const QString why = ReplyRules::labelProblem(line); !why.isEmpty()) {
            setStatus(why, true);
            return;
        }
        Action reply;
        reply.type = u"reply"_s;
        reply.text = line.trimmed();
        reply.payload = line.trimmed();
        message.actions.append(reply);
    }
    if (const QString image = m_image->text().trimmed(); !image.isEmpty()) {
        if (const QString why = ReplyRules::mediaProblem(image); !why.isEmpty()) {
            setStatus(why, true);
            return;
        }
        message.type = u"image"_s;
        message.mediaUrl = image;
    }
    if (name.isEmpty()) {
        setStatus(tr("A saved reply needs a name."), true);
        return;
    }
    if (const QString why = message.validationError(); !why.isEmpty()) {
        setStatus(tr("A saved reply needs a text, quick replies or an image."), true);
        return;
    }
    setBusy(true);
    const auto done = [this, name](const QString &error) {
        setBusy(false);
        if (error.isEmpty()) {
            setStatus(tr("Saved “%1”.").arg(name), false);
            for (const MessageTemplate &t : m_replies->all()) {
                if (t.name == name)
                    m_editingId = t.id;
            }
            reload();
        } else {
            setStatus(error, true); // what was typed stays
        }
        Q_EMIT finished(error);
    };
    if (m_editingId.isEmpty())
        m_replies->create(name, message, this, done);
    else
        m_replies->update(m_editingId, name, message, this, done);
}

void SavedRepliesDialog::remove()
{
    if (!m_replies || m_editingId.isEmpty())
        return;
    const QString name = m_name->text();
    if (m_confirmDeletes &&
        QMessageBox::question(this, tr("Delete saved reply"),
                              tr("Delete “%1” for the whole team?").arg(name)) != QMessageBox::Yes)
        return;
    setBusy(true);
    const QString id = m_editingId;
    m_replies->remove(id, this, [this, name](const QString &error) {
        setBusy(false);
        if (error.isEmpty()) {
            m_editingId.clear();
            setStatus(tr("Deleted “%1”.").arg(name), false);
        } else {
            setStatus(error, true);
        }
        reload();
        Q_EMIT finished(error);
    });
}
