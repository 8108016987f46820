#include "style/theme.h"

#include <QApplication>
#include <QHash>
#include <QSettings>
#include <QStyle>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
/*! What the desktop gave the application before any theme was applied. */
struct Desktop
{
    QPalette palette;
    QString style;
};

const Desktop &desktop()
{
    static const Desktop d{QApplication::palette(), QApplication::style()->name()};
    return d;
}

/*! The colours a palette of the console's own is made of. */
struct Spec
{
    QColor window, text, base, alternateBase, button, highlight, highlightedText, link, linkVisited,
        placeholder, toolTipBase, light, midlight, mid, dark, shadow, disabled;
};

QPalette paletteOf(const Spec &s)
{
    QPalette p;
    const QList<QPair<QPalette::ColorRole, QColor>> roles = {
        {QPalette::Window, s.window},
        {QPalette::WindowText, s.text},
        {QPalette::Base, s.base},
        {QPalette::AlternateBase, s.alternateBase},
        {QPalette::Text, s.text},
        {QPalette::Button, s.button},
        {QPalette::ButtonText, s.text},
        {QPalette::BrightText, Qt::white},
        {QPalette::Highlight, s.highlight},
        {QPalette::HighlightedText, s.highlightedText},
        {QPalette::Link, s.link},
        {QPalette::LinkVisited, s.linkVisited},
        {QPalette::PlaceholderText, s.placeholder},
        {QPalette::ToolTipBase, s.toolTipBase},
        {QPalette::ToolTipText, s.text},
        {QPalette::Light, s.light},
        {QPalette::Midlight, s.midlight},
        {QPalette::Mid, s.mid},
        {QPalette::Dark, s.dark},
        {QPalette::Shadow, s.shadow}};
    for (const auto &[role, color] : roles)
        p.setColor(role, color);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, s.disabled);
    return p;
}

const Spec light = {
    .window = {0xf3, 0xf4, 0xf6},
    .text = {0x1b, 0x1d, 0x21},
    .base = Qt::white,
    .alternateBase = {0xf7, 0xf7, 0xf8},
    .button = {0xf3, 0xf4, 0xf6},
    .highlight = {0x1f, 0x5f, 0xbf},
    .highlightedText = Qt::white,
    .link = {0x0b, 0x4f, 0xb3},
    .linkVisited = {0x6a, 0x2f, 0xa8},
    .placeholder = {0x5c, 0x61, 0x69},
    .toolTipBase = {0xff, 0xff, 0xe1},
    .light = Qt::white,
    .midlight = {0xe3, 0xe5, 0xe8},
    .mid = {0xb8, 0xbc, 0xc2},
    .dark = {0x8a, 0x8f, 0x96},
    .shadow = {0x40, 0x40, 0x40},
    .disabled = {0x8a, 0x8f, 0x96},
};

const Spec dark = {
    .window = {0x26, 0x28, 0x2c},
    .text = {0xe8, 0xea, 0xed},
    .base = {0x1c, 0x1e, 0x21},
    .alternateBase = {0x24, 0x26, 0x2a},
    .button = {0x32, 0x35, 0x3a},
    .highlight = {0x4a, 0x8c, 0xf0},
    .highlightedText = {0x10, 0x12, 0x14},
    .link = {0x8a, 0xc2, 0xff},
    .linkVisited = {0xc9, 0xa6, 0xff},
    .placeholder = {0xa8, 0xad, 0xb4},
    .toolTipBase = {0x26, 0x28, 0x2c},
    .light = {0x44, 0x47, 0x4d},
    .midlight = {0x3a, 0x3d, 0x42},
    .mid = {0x55, 0x59, 0x60},
    .dark = {0x16, 0x17, 0x19},
    .shadow = Qt::black,
    .disabled = {0x80, 0x84, 0x8b},
};
} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

Theme::Colors Theme::colors(const QPalette &palette)
{
    Colors c;
    c.text = palette.color(QPalette::Text);
    // Placeholder colours are often half-transparent: draw names and times solid.
    c.muted = palette.color(QPalette::PlaceholderText);
    if (c.muted.alpha() < 255) {
        const QColor base = palette.color(QPalette::Base);
        const double a = c.muted.alphaF();
        c.muted = QColor::fromRgbF(float(c.muted.redF() * a + base.redF() * (1 - a)),
                                   float(c.muted.greenF() * a + base.greenF() * (1 - a)),
                                   float(c.muted.blueF() * a + base.blueF() * (1 - a)));
    }
    c.link = palette.color(QPalette::Link);
    c.badgeText = Qt::white;
    if (isDark(palette)) {
        c.alert = QColor(0xff, 0x8a, 0x80);
        c.incoming = QColor(0x34, 0x37, 0x3c);
        c.outgoing = QColor(0x1d, 0x3a, 0x63);
        c.whisper = QColor(0x4a, 0x40, 0x16);
        c.whisperBorder = QColor(0x9a, 0x86, 0x2a);
        c.card = QColor(0x3b, 0x3e, 0x44);
        c.badge = QColor(0xc6, 0x28, 0x28);
        c.destructive = QColor(0xc6, 0x28, 0x28);
        c.errorFill = QColor(0x4a, 0x1e, 0x1e);
        c.errorText = QColor(0xff, 0xc9, 0xc4);
        c.warningFill = QColor(0x4a, 0x3b, 0x12);
        c.warningText = QColor(0xff, 0xe0, 0x99);
        c.successFill = QColor(0x17, 0x3d, 0x24);
        c.successText = QColor(0xb8, 0xf0, 0xc8);
    } else {
        c.alert = QColor(0xb3, 0x26, 0x1e);
        c.incoming = QColor(0xee, 0xef, 0xf1);
        c.outgoing = QColor(0xdc, 0xe9, 0xfc);
        c.whisper = QColor(0xff, 0xf4, 0xc2);
        c.whisperBorder = QColor(0xc9, 0xa2, 0x27);
        c.card = palette.color(QPalette::Base);
        c.badge = QColor(0xc6, 0x28, 0x28);
        c.destructive = QColor(0xb3, 0x26, 0x1e);
        c.errorFill = QColor(0xfd, 0xec, 0xea);
        c.errorText = QColor(0x8a, 0x1c, 0x1c);
        c.warningFill = QColor(0xff, 0xf4, 0xd6);
        c.warningText = QColor(0x6b, 0x4a, 0x00);
        c.successFill = QColor(0xe6, 0xf4, 0xea);
        c.successText = QColor(0x1e, 0x5c, 0x32);
    }
    c.destructiveText = Qt::white;
    c.avatarText = Qt::white;
    c.inputError = QColor(0xc6, 0x28, 0x28);
    // A desktop palette may bring names, times and links too faint for the bubbles: move them
    // toward the text colour until every bubble reads them at 4.5:1 (WCAG AA).
    for (QColor *color : {&c.muted, &c.link, &c.alert}) {
        for (int step = 0; step < 10; ++step) {
            double worst = 21;
            for (const QColor &fill :
                 {c.incoming, c.outgoing, c.whisper, c.card, palette.color(QPalette::Base)})
                worst = std::min(worst, contrast(*color, fill));
            if (worst >= 4.5)
                break;
            const QColor to = isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
            *color = QColor::fromRgbF(float(color->redF() * 0.8 + to.redF() * 0.2),
                                      float(color->greenF() * 0.8 + to.greenF() * 0.2),
                                      float(color->blueF() * 0.8 + to.blueF() * 0.2));
        }
    }
    return c;
}

QColor Theme::avatarFill(const QPalette &palette, const QString &key)
{
    return QColor::fromHsl(int(qHash(key) % 360), 110, isDark(palette) ? 90 : 150);
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette Theme::palette(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return paletteOf(light);
    case Mode::Dark:
        return paletteOf(dark);
    case Mode::System:
        break;
    }
    return desktop().palette;
}

void Theme::apply(Mode mode)
{
    const Desktop &d = desktop(); // remembered before the first change
    QApplication::setStyle(mode == Mode::System ? d.style : u"Fusion"_s);
    QApplication::setPalette(palette(mode));
}

Theme::Mode Theme::fromString(const QString &name)
{
    if (name == "light"_L1)
        return Mode::Light;
    if (name == "dark"_L1)
        return Mode::Dark;
    return Mode::System;
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

Theme::Mode Theme::saved(const QSettings &settings)
{
    return fromString(settings.value(QLatin1String(settingsKey)).toString());
}
