#include "customer/customerpanel.h"

#include "conversation/mediacache.h"
#include "customer/editablefield.h"
#include "session/customercontroller.h"
#include "style/theme.h"
#include "text/plaintext.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int avatarSide = 56;
constexpr int maxChannelRows = 12;
constexpr int labelWidth = 84;

QString ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return CustomerPanel::tr("just now");
    if (seconds < 3600)
        return CustomerPanel::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return CustomerPanel::tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 24 * 3600)
        return CustomerPanel::tr("%n days ago", nullptr, int(seconds / 86400));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QPixmap roundAvatar(const QPixmap &picture, const QString &name, const QPalette &palette, int side)
{
    const qreal dpr = 2.0;
    QPixmap result(QSize(side, side) * dpr);
    result.setDevicePixelRatio(dpr);
    result.fill(Qt::transparent);
    QPainter p(&result);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, side, side));
    p.setClipPath(circle);
    if (!picture.isNull()) {
        const QPixmap scaled = picture.scaled(
            QSize(side, side) * dpr, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        p.drawPixmap(QRectF(0, 0, side, side), scaled,
                     QRectF((scaled.width() - side * dpr) / 2, (scaled.height() - side * dpr) / 2,
                            side * dpr, side * dpr));
    } else {
        p.fillRect(QRectF(0, 0, side, side), Theme::avatarFill(palette, name));
        QString initials;
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts).mid(0, 2))
            initials += word.at(0).toUpper();
        QFont font = p.font();
        font.setPixelSize(side * 2 / 5);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials);
    }
    return result;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.toUpper(), parent);
    label->setObjectName(u"customerSection"_s);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

CustomerPanel::CustomerPanel(MediaCache *media, QWidget *parent)
    : QWidget(parent)
    , m_media(media)
    , m_avatar(new QLabel(this))
    , m_name(plainLabel(this))
    , m_subtitle(plainLabel(this))
    , m_warning(plainLabel(this))
    , m_status(plainLabel(this))
    , m_problem(plainLabel(this))
    , m_content(new QWidget(this))
    , m_details(new QFormLayout)
    , m_signedUp(plainLabel(this))
    , m_localTime(plainLabel(this))
    , m_localTimeLabel(new QLabel(tr("Local time"), this))
    , m_propertiesTitle(sectionTitle(tr("Properties"), this))
    , m_properties(new QWidget(this))
    , m_propertiesForm(new QFormLayout(m_properties))
    , m_channelsTitle(sectionTitle(tr("Channels"), this))
    , m_channels(new QWidget(this))
    , m_channelsLayout(new QVBoxLayout(m_channels))
    , m_empty(plainLabel(this))
{
    setObjectName(u"customerPanel"_s);
    setAccessibleName(tr("Customer details"));
    setMinimumWidth(220);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Customer details"));
    scroll->setAccessibleDescription(
        tr("Who the customer is: name, email, properties and the channels they write from."));
    outer->addWidget(scroll);

    auto *page = new QWidget;
    page->setObjectName(u"customerPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    scroll->setWidget(page);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_content->setParent(page);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(10);
    layout->addWidget(m_content);
    layout->addStretch(1);

    // Who: the avatar, the name and how to reach them.
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_avatar->setFixedSize(avatarSide, avatarSide);
    m_avatar->setAccessibleName(tr("Customer picture"));
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(u"customerName"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    who->addWidget(m_name);
    who->addWidget(m_subtitle);
    who->addStretch(1);
    header->addLayout(who, 1);
    content->addLayout(header);

    m_warning->setObjectName(u"customerWarning"_s);
    m_warning->setAccessibleName(tr("Also handled elsewhere"));
    m_warning->setMargin(8);
    content->addWidget(m_warning);
    m_problem->setObjectName(u"customerProblem"_s);
    m_problem->setAccessibleName(tr("Profile problem"));
    m_problem->setMargin(8);
    content->addWidget(m_problem);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    content->addWidget(m_status);

    content->addWidget(sectionTitle(tr("Details"), m_content));
    m_details->setContentsMargins(0, 0, 0, 0);
    m_details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_details->setHorizontalSpacing(12);
    m_details->setVerticalSpacing(6);
    addField(m_details, u"givenName"_s, tr("First name"))->setPlaceholder(tr("Add first name"));
    addField(m_details, u"surname"_s, tr("Last name"))->setPlaceholder(tr("Add last name"));
    addField(m_details, u"email"_s, tr("Email"))->setPlaceholder(tr("Add email"));
    m_details->addRow(tr("Signed up"), m_signedUp);
    m_details->addRow(m_localTimeLabel, m_localTime);
    for (QWidget *label :
         {m_details->labelForField(m_signedUp), static_cast<QWidget *>(m_localTimeLabel)}) {
        label->setMinimumWidth(labelWidth);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setContentsMargins(0, 0, 0, 0);
    }
    for (QLabel *value : {m_signedUp, m_localTime})
        value->setContentsMargins(5, 0, 0, 0); // where the fields' text starts
    content->addLayout(m_details);

    content->addWidget(m_propertiesTitle);
    m_propertiesForm->setContentsMargins(0, 0, 0, 0);
    m_propertiesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_propertiesForm->setHorizontalSpacing(12);
    m_propertiesForm->setVerticalSpacing(6);
    content->addWidget(m_properties);

    content->addWidget(m_channelsTitle);
    m_channelsLayout->setContentsMargins(0, 0, 0, 0);
    m_channelsLayout->setSpacing(8);
    content->addWidget(m_channels);

    // The local time moves on by itself.
    auto *clock = new QTimer(this);
    clock->setInterval(30 * 1000);
    connect(clock, &QTimer::timeout, this, &CustomerPanel::refresh);
    clock->start();
    if (m_media) {
        connect(m_media, &MediaCache::changed, this, [this](const QUrl &url) {
            if (url == m_avatarUrl)
                updateAvatar();
        });
    }
    applyColors();
    refresh();
}

EditableField *CustomerPanel::addField(QFormLayout *form, const QString &key, const QString &label)
{
    auto *field = new EditableField(label, this);
    m_fields.insert(key, field);
    form->addRow(label, field);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(field))) {
        l->setTextFormat(Qt::PlainText);
        l->setMinimumWidth(labelWidth); // the two forms line up
        l->setForegroundRole(QPalette::PlaceholderText);
        l->setContentsMargins(0, 2, 0, 0);
    }
    connect(field, &EditableField::committed, this, [this, key](const QString &text) {
        if (m_controller)
            m_controller->edit(key, text);
    });
    connect(field, &EditableField::reverted, this, [this, key] {
        if (m_controller)
            m_controller->discardEdit(key);
    });
    return field;
}

void CustomerPanel::setController(CustomerController *controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (controller)
        connect(controller, &CustomerController::changed, this, &CustomerPanel::refresh);
    refresh();
}

QString CustomerPanel::localTime(double hours, const QDateTime &now)
{
    const int seconds = int(std::lround(hours * 3600));
    const QDateTime there = now.toTimeZone(QTimeZone(seconds));
    const int minutes = std::abs(seconds / 60) % 60;
    QString offset =
        u"UTC%1%2"_s.arg(seconds < 0 ? u"\u2212"_s : u"+"_s).arg(std::abs(seconds) / 3600);
    if (minutes)
        offset += u":%1"_s.arg(minutes, 2, 10, QChar(u'0'));
    return tr("%1 (%2)").arg(QLocale().toString(there.time(), QLocale::ShortFormat), offset);
}

void CustomerPanel::refresh()
{
    CustomerController *c = m_controller;
    const bool open = c && !c->userId().isEmpty();
    const bool shown = open && c->appUser();
    m_empty->setVisible(!shown);
    m_content->setVisible(open);
    if (!open) {
        m_empty->setText(tr("Open a conversation to see who the customer is."));
        m_shownUser.clear();
        return;
    }
    if (!shown)
        m_empty->setText(c->isLoading() ? tr("Loading the customer's profile…") : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_avatar, m_name, m_subtitle})
        w->setVisible(shown);

    // What failed, and whether it is being refreshed.
    m_problem->setText(c->problem());
    m_problem->setVisible(!c->problem().isEmpty());
    if (c->isLoading() && shown)
        m_status->setText(tr("Refreshing…"));
    else if (shown && c->isFromCache() && c->fetchedAt().isValid())
        m_status->setText(
            tr("Saved copy from %1").arg(ago(c->fetchedAt(), QDateTime::currentDateTimeUtc())));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());

    // Also handled elsewhere.
    QStringList elsewhere;
    if (c->businessSystems()) {
        for (const BusinessSystem &s : *c->businessSystems()) {
            if (s.type == "zendesk"_L1 && !s.reference.isEmpty())
                elsewhere << tr("Zendesk (ticket %1)").arg(s.reference);
            else if (s.type == "slack"_L1 && !s.reference.isEmpty())
                elsewhere << tr("Slack (channel %1)").arg(s.reference);
            else
                elsewhere << PlainText::oneLine(s.systemName(), 60);
        }
    }
    m_warning->setText(elsewhere.isEmpty() ? QString()
                                           : tr("⚠ Also handled in %1. Someone may answer "
                                                "from there too.")
                                                 .arg(elsewhere.join(u", "_s)));
    m_warning->setVisible(!elsewhere.isEmpty());

    if (shown) {
        const AppUser &u = *c->appUser();
        m_name->setText(PlainText::oneLine(u.displayName(), 120));
        QStringList sub;
        if (!u.email.isEmpty())
            sub << PlainText::oneLine(u.email, 120);
        if (const AppUserClient *primary = u.primaryClient()) {
            sub << (primary->lastSeen.isValid()
                        ? tr("On %1, seen %2")
                              .arg(PlainText::platformName(primary->platform),
                                   ago(primary->lastSeen, QDateTime::currentDateTimeUtc()))
                        : tr("On %1").arg(PlainText::platformName(primary->platform)));
        }
        m_subtitle->setText(sub.join(u'\n'));
        m_signedUp->setText(
            u.signedUpAt.isValid()
                ? QLocale().toString(u.signedUpAt.toLocalTime().date(), u"d MMM yyyy"_s)
                : tr("Unknown"));
        const auto offset = u.timezoneOffset();
        m_localTime->setText(offset ? localTime(*offset, QDateTime::currentDateTimeUtc())
                                    : QString());
        m_localTime->setVisible(bool(offset));
        m_localTimeLabel->setVisible(bool(offset));
    }
    if (m_shownUser != c->userId()) {
        m_shownUser = c->userId();
        for (EditableField *f : std::as_const(m_fields))
            f->setError({});
    }
    updateFields();
    rebuildProperties();
    rebuildChannels();
    updateAvatar();
}

void CustomerPanel::updateFields()
{
    CustomerController *c = m_controller;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        EditableField *f = it.value();
        f->setSaving(c->isSaving(it.key()));
        f->setError(c->editError(it.key()));
        f->setValue(c->valueOf(it.key()));
        if (const auto typed = c->pendingValue(it.key()))
            f->setPending(*typed);
        f->setEnabled(bool(c->appUser()) || it.key().startsWith("properties."_L1));
    }
}

void CustomerPanel::rebuildProperties()
{
    CustomerController *c = m_controller;
    QStringList keys = c->appUser() ? c->appUser()->properties.keys() : QStringList();
    m_propertiesTitle->setVisible(!keys.isEmpty());
    m_properties->setVisible(!keys.isEmpty());
    if (keys == m_propertyKeys)
        return;
    // The agent's own edit in a property survives a refresh that keeps its key.
    for (const QString &key : std::as_const(m_propertyKeys)) {
        const QString name = u"properties."_s + key;
        if (keys.contains(key) || c->isSaving(name))
            continue;
        EditableField *f = m_fields.take(name);
        m_propertiesForm->removeRow(f);
    }
    for (const QString &key : keys) {
        const QString name = u"properties."_s + key;
        if (!m_fields.contains(name))
            addField(m_propertiesForm, name, PlainText::oneLine(key, 40));
    }
    m_propertyKeys = keys;
    updateFields();
}

QIcon CustomerPanel::toggleIcon(const QPalette &palette)
{
    // A window with its right-hand side panel, drawn in the text colour.
    QIcon icon;
    for (const int side : {16, 24, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal pen = side / 12.0;
        p.setPen(QPen(palette.color(QPalette::WindowText), pen));
        const QRectF frame(pen, side * 0.18, side - 2 * pen, side * 0.64);
        p.drawRoundedRect(frame, side / 10.0, side / 10.0);
        const QRectF panel(frame.left() + frame.width() * 0.62, frame.top(), frame.width() * 0.38,
                           frame.height());
        p.setBrush(palette.color(QPalette::WindowText));
        p.drawRoundedRect(panel, side / 10.0, side / 10.0);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString CustomerPanel::channelsText() const
{
    QStringList lines;
    for (const QLabel *label : m_channels->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(u'\n');
}

void CustomerPanel::rebuildChannels()
{
    CustomerController *c = m_controller;
    QList<AppUserClient> clients;
    qsizetype omitted = 0;
    if (c->appUser()) {
        clients = c->appUser()->clients + c->appUser()->pendingClients;
        omitted = c->appUser()->omittedClients;
    }
    // Primary first, then the most recently seen.
    std::stable_sort(clients.begin(), clients.end(), [](const auto &a, const auto &b) {
        if (a.primary.value_or(false) != b.primary.value_or(false))
            return a.primary.value_or(false);
        return a.lastSeen > b.lastSeen;
    });
    omitted += std::max<qsizetype>(0, clients.size() - maxChannelRows);
    clients = clients.mid(0, maxChannelRows);
    QStringList addresses;
    if (c->channels()) {
        for (const ChannelEntity &e : *c->channels()) {
            if (!e.address.isEmpty())
                addresses << u"%1: %2"_s.arg(PlainText::platformName(e.type),
                                             PlainText::oneLine(e.address, 80));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString key;
    for (const AppUserClient &cl : clients)
        key += cl.id + cl.lastSeen.toString() + cl.avatarUrl + cl.status + u'|';
    key += addresses.join(u'|') + QString::number(omitted) + now.toString(u"yyyyMMddhhmm"_s);
    m_channelsTitle->setVisible(!clients.isEmpty() || !addresses.isEmpty());
    if (key == m_channelsKey)
        return;
    m_channelsKey = key;
    qDeleteAll(m_channels->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    const Theme::Colors colors = Theme::colors(palette());
    for (const AppUserClient &cl : clients) {
        auto *row = new QWidget(m_channels);
        row->setObjectName(u"customerChannel"_s);
        row->setAttribute(Qt::WA_StyledBackground);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(10, 8, 10, 8);
        h->setSpacing(10);
        auto *picture = new QLabel(row);
        picture->setFixedSize(28, 28);
        QPixmap pixmap;
        if (m_media && !cl.avatarUrl.isEmpty())
            pixmap = m_media->thumbnail(QUrl(cl.avatarUrl));
        const QString who =
            cl.displayName.isEmpty() ? PlainText::platformName(cl.platform) : cl.displayName;
        picture->setPixmap(roundAvatar(pixmap, who, palette(), 28));
        h->addWidget(picture, 0, Qt::AlignTop);
        auto *v = new QVBoxLayout;
        v->setSpacing(1);
        auto *title = new QLabel(row);
        title->setTextFormat(Qt::PlainText);
        QString head = PlainText::platformName(cl.platform);
        if (cl.primary.value_or(false))
            head += u"  ·  "_s + tr("Primary");
        if (!cl.status.isEmpty() && cl.status != "active"_L1)
            head += u"  ·  "_s + PlainText::oneLine(cl.status, 20);
        title->setText(head);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        v->addWidget(title);
        QStringList details;
        if (!cl.displayName.isEmpty())
            details << PlainText::oneLine(cl.displayName, 60);
        details << (cl.lastSeen.isValid() ? tr("Last seen %1").arg(ago(cl.lastSeen, now))
                                          : tr("Never seen"));
        auto *detail = new QLabel(details.join(u" · "_s), row);
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        detail->setForegroundRole(QPalette::PlaceholderText);
        v->addWidget(detail);
        h->addLayout(v, 1);
        row->setStyleSheet(
            u"#customerChannel { background: %1; border-radius: 8px; }"_s.arg(colors.card.name()));
        m_channelsLayout->addWidget(row);
    }
    for (const QString &address : std::as_const(addresses)) {
        auto *label = new QLabel(address, m_channels);
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_channelsLayout->addWidget(label);
    }
    if (omitted > 0) {
        auto *more = new QLabel(tr("and %n more", nullptr, int(omitted)), m_channels);
        more->setTextFormat(Qt::PlainText);
        more->setForegroundRole(QPalette::PlaceholderText);
        m_channelsLayout->addWidget(more);
    }
}

void CustomerPanel::updateAvatar()
{
    const AppUser *u =
        m_controller && m_controller->appUser() ? &*m_controller->appUser() : nullptr;
    if (!u)
        return;
    m_avatarUrl = QUrl(u->avatarUrl());
    QPixmap picture;
    if (m_media && m_avatarUrl.isValid() && !m_avatarUrl.isEmpty())
        picture = m_media->thumbnail(m_avatarUrl);
    m_avatar->setPixmap(roundAvatar(picture, u->displayName(), palette(), avatarSide));
}

void CustomerPanel::applyColors()
{
    const Theme::Colors colors = Theme::colors(palette());
    m_warning->setStyleSheet(
        u"#customerWarning { background: %1; color: %2; border-radius: 8px; }"_s.arg(
            colors.warningFill.name(), colors.warningText.name()));
    m_problem->setStyleSheet(
        u"#customerProblem { background: %1; color: %2; border-radius: 8px; }"_s.arg(
            colors.errorFill.name(), colors.errorText.name()));
    m_channelsKey.clear();
}

void CustomerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColors();
        refresh();
    }
}
