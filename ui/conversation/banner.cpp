#include "conversation/banner.h"

#include "style/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setAccessibleName(tr("Notice"));
    m_text->setTextFormat(Qt::PlainText); // it may quote servers, profile names, user ids
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleDescription(tr("Hides this notice."));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    recolor();
    hide();
}

void Banner::showMessage(const QString &text, Kind kind, const QString &details)
{
    m_kind = kind;
    m_text->setText(text);
    m_text->setToolTip(details);
    setAccessibleDescription(text);
    recolor();
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

std::pair<QColor, QColor> Banner::colors(Kind kind, const QPalette &palette)
{
    const Theme::Colors c = Theme::colors(palette);
    switch (kind) {
    case Kind::Warning:
        return {c.warningFill, c.warningText};
    case Kind::Success:
        return {c.successFill, c.successText};
    case Kind::Error:
        break;
    }
    return {c.errorFill, c.errorText};
}

void Banner::recolor()
{
    // Only the children's text colour is set here: the fill is painted from the banner's own,
    // inherited palette, so a theme switch reaches it without a palette of its own.
    const QColor text = colors(m_kind, palette()).second;
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_close)}) {
        QPalette p = w->palette();
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::ButtonText, text);
        w->setPalette(p);
    }
    update();
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        recolor();
    QFrame::changeEvent(event);
}

void Banner::paintEvent(QPaintEvent *event)
{
    QPainter(this).fillRect(rect(), colors(m_kind, palette()).first);
    QFrame::paintEvent(event);
}
