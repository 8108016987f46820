#include "customer/editablefield.h"

#include "style/theme.h"
#include "text/plaintext.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditableField::EditableField(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setAccessibleDescription(tr("Type to change it: Enter saves, Escape cancels."));
    m_edit->setMaxLength(1000);
    m_edit->setFrame(false);
    m_edit->setObjectName(u"customerField"_s);
    m_edit->installEventFilter(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    applyStyle();
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    // Enter saves (again, after a failure); leaving the field saves what was not sent yet.
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { commit(true); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { commit(false); });
}

void EditableField::setValue(const QString &value)
{
    const bool showing = m_edit->text() == m_value || m_edit->text() == m_sent;
    if (m_edit->text() == m_sent && value == m_sent)
        m_sent.clear(); // saved
    m_value = value;
    if (showing && !m_edit->hasFocus() && m_status->isHidden()) {
        m_edit->setText(value);
        m_edit->setCursorPosition(0);
    }
    // QToolTip reads markup when it guesses some: escaped, the customer's value shows as it is.
    m_edit->setToolTip(value.size() > 40
                           ? u"<qt>"_s + PlainText::asLiteralMarkup(value.left(1000)) + u"</qt>"_s
                           : QString());
}

void EditableField::setPending(const QString &text)
{
    if (!m_edit->hasFocus())
        m_edit->setText(text);
}

void EditableField::setSaving(bool saving)
{
    m_saving = saving;
    if (saving) {
        m_status->setText(tr("Saving…"));
        m_status->setStyleSheet({});
        m_status->setForegroundRole(QPalette::PlaceholderText);
        m_status->show();
    } else if (m_status->text() == tr("Saving…")) {
        m_status->hide();
        m_status->clear();
    }
}

void EditableField::setError(const QString &error)
{
    if (error.isEmpty()) {
        if (!m_saving) {
            m_status->hide();
            m_status->clear();
        }
        return;
    }
    const Theme::Colors colors = Theme::colors(palette());
    m_status->setStyleSheet(u"color: %1;"_s.arg(colors.alert.name()));
    m_status->setText(error);
    m_status->show();
}

QString EditableField::error() const
{
    return m_status->isVisible() && m_status->text() != tr("Saving…") ? m_status->text()
                                                                      : QString();
}

void EditableField::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void EditableField::commit(bool again)
{
    if (!again && m_edit->text() == m_sent)
        return;
    if (m_edit->text() == m_value && error().isEmpty())
        return;
    if (m_edit->text() == m_value) { // typed back to what is saved: nothing to send
        setError({});
        Q_EMIT reverted();
        return;
    }
    m_sent = m_edit->text();
    Q_EMIT committed(m_edit->text());
}

bool EditableField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        (m_edit->text() != m_value || !error().isEmpty())) {
        m_edit->setText(m_value);
        m_sent.clear();
        setError({});
        Q_EMIT reverted();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EditableField::applyStyle()
{
    // Reads as text; a border on hover says it can be edited, the field shows when focused.
    const QPalette p = palette();
    m_edit->setStyleSheet(
        u"QLineEdit#customerField { background: transparent; border: 1px solid transparent;"
        " border-radius: 4px; padding: 2px 4px; }"
        "QLineEdit#customerField:hover { border-color: %1; }"
        "QLineEdit#customerField:focus { background: %2; border-color: %3; }"_s.arg(
            p.color(QPalette::Mid).name(), p.color(QPalette::Base).name(),
            p.color(QPalette::Highlight).name()));
}

void EditableField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}
