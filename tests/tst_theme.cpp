#include "conversation/composer.h"
#include "conversation/conversationview.h"
#include "conversation/mediacache.h"
#include "dialogs/settingsdialog.h"
#include "sandboxfixture.h"
#include "style/theme.h"
#include "text/translations.h"
#include "uitestutil.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! Light and dark keep their contrast; the window works from 900×600 to 4K. */
class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastIsWcags()
    {
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(Qt::white, Qt::white), 1.0);
        // #767676 is the lightest grey that passes AA on white: 4.54:1.
        QCOMPARE(qRound(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void contrastHolds_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(Theme::Mode::Light);
        QTest::newRow("dark") << int(Theme::Mode::Dark);
        QTest::newRow("desktop") << int(Theme::Mode::System);
    }

    void contrastHolds()
    {
        QFETCH(int, mode);
        const QPalette palette = Theme::palette(Theme::Mode(mode));
        const Theme::Colors c = Theme::colors(palette);
        // WCAG AA for normal text: 4.5:1. Bubbles, cards and the view's background.
        const QList<QPair<const char *, QColor>> backgrounds = {
            {"incoming", c.incoming},
            {"outgoing", c.outgoing},
            {"whisper", c.whisper},
            {"card", c.card},
            {"base", palette.color(QPalette::Base)}};
        for (const auto &[name, background] : backgrounds) {
            for (const auto &[what, color] : QList<QPair<const char *, QColor>>{
                     {"text", c.text}, {"link", c.link}, {"muted", c.muted}, {"alert", c.alert}}) {
                const double ratio = Theme::contrast(color, background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(u"%1 on %2: %3"_s.arg(QLatin1String(what), QLatin1String(name))
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
        QVERIFY2(Theme::contrast(c.badgeText, c.badge) >= 4.5, "badge");
        if (Theme::Mode(mode) != Theme::Mode::System) // the desktop's own are its business
            QVERIFY(Theme::contrast(palette.color(QPalette::HighlightedText),
                                    palette.color(QPalette::Highlight)) >= 4.5);
        // Bubbles stand apart from the background they sit on.
        QVERIFY(c.incoming != palette.color(QPalette::Base));
        QVERIFY(c.outgoing != c.incoming);
    }

    void avatarsAndInputErrorsKeepTheirLook_data() { contrastHolds_data(); }

    void avatarsAndInputErrorsKeepTheirLook()
    {
        // The colours that the conversation and composer drew without asking Theme before.
        QFETCH(int, mode);
        const QPalette palette = Theme::palette(Theme::Mode(mode));
        const Theme::Colors c = Theme::colors(palette);
        QCOMPARE(c.avatarText, QColor(Qt::white));
        QCOMPARE(c.inputError, QColor(0xc6, 0x28, 0x28));
        // An avatar without a picture: a hue of its own per name, always the same, lighter on
        // a light palette and darker on a dark one.
        const QColor ab = Theme::avatarFill(palette, u"AB"_s);
        QCOMPARE(Theme::avatarFill(palette, u"AB"_s), ab);
        QCOMPARE(
            ab, QColor::fromHsl(int(qHash(u"AB"_s) % 360), 110, Theme::isDark(palette) ? 90 : 150));
        QSet<int> hues;
        for (const QString &key : {u"AB"_s, u"CD"_s, u"EF"_s, u"GH"_s, u"?"_s})
            hues.insert(Theme::avatarFill(palette, key).hslHue());
        QVERIFY(hues.size() > 1);
        // Dark palettes: initials read at 4:1 on every hue.
        if (Theme::isDark(palette))
            QVERIFY(Theme::contrast(c.avatarText, ab) >= 4.0);
    }

    void darkAndLightAreWhatTheySay()
    {
        QVERIFY(!Theme::isDark(Theme::palette(Theme::Mode::Light)));
        QVERIFY(Theme::isDark(Theme::palette(Theme::Mode::Dark)));
        Theme::apply(Theme::Mode::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        Theme::apply(Theme::Mode::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::palette(Theme::Mode::System).color(QPalette::Window));
    }

    void settingsChooseLanguageAndTheme()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
        SettingsDialog dialog(&settings);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // the system's
        QCOMPARE(dialog.themeBox()->currentData().toInt(), int(Theme::Mode::System));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Theme::Mode::Dark)));
        dialog.accept();
        QCOMPARE(settings.value(QLatin1String(Translations::languageKey)).toString(), u"de"_s);
        QCOMPARE(settings.value(QLatin1String(Theme::settingsKey)).toString(), u"dark"_s);
        QVERIFY(Theme::isDark(QApplication::palette())); // at once, not after a restart
        // Opened again, it shows what was chosen; back to the desktop's look.
        SettingsDialog again(&settings);
        QCOMPARE(again.languageBox()->currentData().toString(), u"de"_s);
        QCOMPARE(again.themeBox()->currentData().toInt(), int(Theme::Mode::Dark));
        again.themeBox()->setCurrentIndex(again.themeBox()->findData(int(Theme::Mode::System)));
        again.accept();
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::palette(Theme::Mode::System).color(QPalette::Window));
    }

    void settingsTrustImagesFromAnyHttpsHost()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
        SettingsDialog dialog(&settings);
        QVERIFY(!dialog.anyHttpsImagesBox()->isChecked()); // off unless the agent says so
        dialog.anyHttpsImagesBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(settings.value(QLatin1String(MediaCache::trustAnyHttpsKey)).toBool(), true);
        SettingsDialog again(&settings);
        QVERIFY(again.anyHttpsImagesBox()->isChecked());
    }

    void theWindowWorksFrom900x600To4K_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("900x600") << QSize(900, 600);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }

    void theWindowWorksFrom900x600To4K()
    {
        QFETCH(QSize, size);
        SandboxFixture sandbox;
        sandbox.seedHistory(u"alice"_s, 40);
        QTemporaryDir dir;
        auto w = UiTest::window(sandbox, dir.path());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QVERIFY(w->minimumSizeHint().width() <= 900 && w->minimumSizeHint().height() <= 600);
        w->resize(size);
        QTRY_COMPARE(w->size(), size);
        const QRect window = w->rect();
        const auto inside = [&](QWidget *widget) {
            const QRect r(widget->mapTo(w.get(), QPoint(0, 0)), widget->size());
            return widget->isVisible() && window.contains(r) && r.width() > 0 && r.height() > 0;
        };
        QVERIFY(inside(w->findChild<QLineEdit *>()));
        QVERIFY(inside(w->findChild<QListView *>()));
        QVERIFY(inside(w->conversationView()));
        QVERIFY(inside(w->composer()->editor()));
        QVERIFY(inside(w->composer()->sendButton()));
        // Enough of each to work with.
        QVERIFY(w->findChild<QListView *>()->width() >= 200);
        QVERIFY(w->conversationView()->viewport()->height() >= 250);
        QVERIFY(w->conversationView()->viewport()->width() >= 450);
        QVERIFY(w->composer()->sendButton()->width() >=
                w->composer()->sendButton()->minimumSizeHint().width());
        // The conversation grows with the window.
        if (size.width() > 2000)
            QVERIFY(w->conversationView()->viewport()->width() > 2500);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
