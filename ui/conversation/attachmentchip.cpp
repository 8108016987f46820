#include "conversation/attachmentchip.h"

#include "session/replyrules.h"
#include "style/theme.h"
#include "text/plaintext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AttachmentChip::AttachmentChip(Kind kind, bool loopbackHttpAllowed, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_loopbackHttp(loopbackHttpAllowed)
    , m_face(new QToolButton(this))
    , m_problem(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_face->setAutoRaise(true);
    m_face->setToolTip(tr("Edit"));
    connect(m_face, &QToolButton::clicked, this, &AttachmentChip::open);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_face);
    const auto field = [this, row](const QString &placeholder, const QString &name, int max) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(name);
        edit->setAccessibleDescription(
            tr("Checked as you type; Enter when done, Escape to leave it."));
        edit->setMaxLength(max);
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            check(false);
            Q_EMIT changed();
        });
        row->addWidget(edit, 1);
        return edit;
    };
    QString title;
    switch (kind) {
    case Kind::QuickReply:
        title = tr("Quick reply");
        m_labelEdit =
            field(tr("Button label"), tr("Quick reply label"), ReplyRules::maxLabelLength + 1);
        break;
    case Kind::Link:
        title = tr("Link button");
        m_labelEdit =
            field(tr("Button label"), tr("Link button label"), ReplyRules::maxLabelLength + 1);
        m_addressEdit =
            field(u"https://"_s, tr("Link button address"), ReplyRules::maxAddressLength + 1);
        break;
    case Kind::Image:
    case Kind::File:
        title = kind == Kind::Image ? tr("Image by URL") : tr("File by URL");
        m_addressEdit = field(kind == Kind::Image ? tr("https:// address of the image")
                                                  : tr("https:// address of the file"),
                              title, ReplyRules::maxAddressLength + 1);
        if (kind == Kind::Image) {
            m_preview = new QLabel(this);
            m_preview->setTextFormat(Qt::PlainText);
            m_preview->setAccessibleName(tr("Preview"));
            m_preview->setFixedHeight(64);
            m_preview->setMinimumWidth(64);
            m_preview->hide();
            row->addWidget(m_preview);
        }
        m_previewTimer.setSingleShot(true);
        m_previewTimer.setInterval(300);
        connect(&m_previewTimer, &QTimer::timeout, this, [this] {
            const QUrl url = mediaUrl();
            if (m_kind == Kind::Image && problem().isEmpty() && url != m_previewed) {
                m_previewed = url;
                m_preview->setText(tr("Loading preview…"));
                m_preview->setPixmap({});
                m_preview->show();
                Q_EMIT previewWanted(url);
            }
        });
        break;
    }
    setAccessibleName(title);
    m_remove->setText(u"✕"_s);
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove %1").arg(title));
    connect(m_remove, &QToolButton::clicked, this, &AttachmentChip::removeRequested);
    row->addWidget(m_remove);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1;"_s.arg(Theme::colors(palette()).inputError.name()));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    updateFace();
}

QString AttachmentChip::label() const
{
    return m_labelEdit ? m_labelEdit->text().trimmed() : QString();
}

QString AttachmentChip::address() const
{
    return m_addressEdit ? m_addressEdit->text().trimmed() : QString();
}

void AttachmentChip::setValues(const QString &label, const QString &address)
{
    if (m_labelEdit)
        m_labelEdit->setText(label);
    if (m_addressEdit)
        m_addressEdit->setText(address);
    check(false);
}

QString AttachmentChip::problem() const
{
    QString why;
    if (m_labelEdit)
        why = ReplyRules::labelProblem(label());
    if (why.isEmpty() && m_kind == Kind::Link)
        why = ReplyRules::linkProblem(address());
    if (why.isEmpty() && isMedia())
        why = ReplyRules::mediaProblem(address(), m_loopbackHttp);
    if (why.isEmpty())
        why = ReplyRules::unfilledProblem(label() + u' ' + address());
    return why;
}

QString AttachmentChip::shownProblem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AttachmentChip::check(bool finalCheck)
{
    // While the agent is still typing a label or the start of "https://", nothing is wrong
    // yet; an address that can no longer become valid is said at once.
    QString why;
    if (finalCheck) {
        why = problem();
    } else {
        if (m_addressEdit && !ReplyRules::isUnfinishedAddress(m_addressEdit->text()))
            why = m_kind == Kind::Link ? ReplyRules::linkProblem(address())
                                       : ReplyRules::mediaProblem(address(), m_loopbackHttp);
        if (why.isEmpty() && m_labelEdit && !m_labelEdit->text().isEmpty())
            why = ReplyRules::labelProblem(label());
        if (why.isEmpty())
            why = ReplyRules::unfilledProblem(label() + u' ' + address());
    }
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    for (QLineEdit *edit : {m_labelEdit, m_addressEdit}) {
        if (edit)
            edit->setStyleSheet(why.isEmpty() ? QString()
                                              : u"QLineEdit { border: 1px solid %1; }"_s.arg(
                                                    Theme::colors(palette()).inputError.name()));
    }
    if (isMedia())
        m_previewTimer.start();
    updateFace();
}

void AttachmentChip::open()
{
    m_open = true;
    updateFace();
    if (QLineEdit *first = m_labelEdit ? m_labelEdit : m_addressEdit)
        first->setFocus();
}

bool AttachmentChip::commit()
{
    check(true);
    if (!problem().isEmpty()) {
        m_open = true;
        updateFace();
        return false;
    }
    m_open = false;
    updateFace();
    return true;
}

Action AttachmentChip::action() const
{
    Action a;
    a.type = m_kind == Kind::Link ? u"link"_s : u"reply"_s;
    a.text = label();
    if (m_kind == Kind::Link)
        a.uri = QUrl(address(), QUrl::StrictMode).toString(QUrl::FullyEncoded);
    else
        a.payload = m_payload.isEmpty() ? label() : m_payload;
    return a;
}

QUrl AttachmentChip::mediaUrl() const
{
    return isMedia() ? QUrl(address(), QUrl::StrictMode) : QUrl();
}

void AttachmentChip::setPreview(const QPixmap &preview, const QString &note)
{
    if (!m_preview)
        return;
    if (!preview.isNull())
        m_preview->setPixmap(
            preview.scaled(QSize(96, 64), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_preview->setText(note);
    m_preview->setToolTip(note);
    m_preview->show();
}

bool AttachmentChip::hasPreview() const
{
    return m_preview && !m_preview->pixmap().isNull();
}

void AttachmentChip::updateFace()
{
    QString text;
    switch (m_kind) {
    case Kind::QuickReply:
        text = u"↩ "_s + label();
        break;
    case Kind::Link:
        text = u"↗ "_s + label();
        break;
    case Kind::Image:
        text = tr("Image: %1").arg(mediaUrl().fileName());
        break;
    case Kind::File:
        text = tr("File: %1").arg(mediaUrl().fileName());
        break;
    }
    m_face->setText(m_open ? accessibleName() + u':' : PlainText::oneLine(text, 40));
    m_face->setAccessibleName(m_open ? accessibleName() : tr("Edit %1").arg(text));
    m_face->setEnabled(!m_open);
    for (QLineEdit *edit : {m_labelEdit, m_addressEdit}) {
        if (edit)
            edit->setVisible(m_open);
    }
}

bool AttachmentChip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_labelEdit || watched == m_addressEdit)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_labelEdit && m_addressEdit && address().isEmpty()) {
                m_addressEdit->setFocus();
                return true;
            }
            if (commit())
                Q_EMIT done();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT escaped();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}
