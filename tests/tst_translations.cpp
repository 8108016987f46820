#include "text/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    bool finished = false;
    QStringList forms; //!< the translation, or its plural forms
};

/*! Every message of a .ts file by (context, source). */
QHash<QString, Entry> readTs(const QString &path, QStringList *stale = nullptr)
{
    QHash<QString, Entry> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context, source;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            entry = {};
            entry.finished = type.isEmpty();
            if (stale && (type == "vanished"_L1 || type == "obsolete"_L1))
                stale->append(source);
            // Plain text, or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    entry.forms.append(xml.text().toString());
                else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    entry.forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
            }
            result.insert(context + u'\x1f' + source, entry);
        }
    }
    return result;
}

/*! The placeholders of a text, sorted: %1 … %99 and %n, each maybe localized (%L1, %Ln). */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

/*!
 * The German and French catalogues are complete: lupdate over today's sources finds no string
 * that a catalogue lacks or leaves unfinished, every plural form is there, and translations keep
 * the placeholders of their source. And the console speaks the system's language, or the one
 * chosen in Settings.
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QString committed =
            QStringLiteral(SOURCE_DIR "/translations/smooch-console_%1.ts").arg(language);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh_%1.ts"_s.arg(language));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE),
                      {u"-silent"_s, u"-extensions"_s, u"cpp"_s, u"core"_s, u"ui"_s,
                       u"app/smooch-console"_s, u"app/smoochctl"_s, u"app/smooch-relay"_s,
                       u"-target-language"_s, language, u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QHash<QString, Entry> sources = readTs(fresh);
        QVERIFY2(sources.size() > 250, "lupdate found the sources' strings");
        QStringList stale;
        const QHash<QString, Entry> translated = readTs(committed, &stale);
        QVERIFY2(stale.isEmpty(), qPrintable(u"stale entries: "_s + stale.join(u" | "_s)));
        QStringList problems;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            const QString source = it.key().section(u'\x1f', 1);
            const auto found = translated.constFind(it.key());
            if (found == translated.cend()) {
                problems.append(u"missing: "_s + source);
                continue;
            }
            if (!found->finished || found->forms.isEmpty()) {
                problems.append(u"unfinished: "_s + source);
                continue;
            }
            const bool plural =
                placeholders(source).contains(u"%Ln"_s) || placeholders(source).contains(u"%n"_s);
            if (plural && found->forms.size() < 2)
                problems.append(u"one plural form only: "_s + source);
            for (const QString &form : found->forms) {
                if (form.trimmed().isEmpty() && !source.trimmed().isEmpty())
                    problems.append(u"empty: "_s + source);
                else if (placeholders(form) != placeholders(source))
                    problems.append(u"placeholders differ: "_s + source + u" → "_s + form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /*! English is the sources' language: its catalogue holds every plural form, nothing else. */
    void englishCatalogueHasEveryPluralForm()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh_en.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE),
                      {u"-silent"_s, u"-pluralonly"_s, u"-extensions"_s, u"cpp"_s, u"core"_s,
                       u"ui"_s, u"app/smooch-console"_s, u"app/smoochctl"_s, u"app/smooch-relay"_s,
                       u"-target-language"_s, u"en"_s, u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QHash<QString, Entry> sources = readTs(fresh);
        QVERIFY2(sources.size() >= 5, "lupdate found the plural strings");
        QStringList stale;
        const QHash<QString, Entry> english =
            readTs(QStringLiteral(SOURCE_DIR "/translations/smooch-console_en.ts"), &stale);
        QVERIFY2(stale.isEmpty(), qPrintable(u"stale entries: "_s + stale.join(u" | "_s)));
        QStringList problems;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (!sources.contains(it.key()))
                problems.append(u"not a plural string of the sources: "_s + it.key());
        }
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            const QString source = it.key().section(u'\x1f', 1);
            const auto found = english.constFind(it.key());
            if (found == english.cend() || !found->finished || found->forms.size() != 2) {
                problems.append(u"missing or unfinished: "_s + source);
                continue;
            }
            for (const QString &form : found->forms) {
                if (placeholders(form) != placeholders(source))
                    problems.append(u"placeholders differ: "_s + source + u" → "_s + form);
                if (form.contains(u"(s)"_s))
                    problems.append(u"still \"(s)\": "_s + form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void countsReadAsSpoken_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("English, one")
            << u"en"_s << 1
            << QStringList{u"1 new message ↓"_s, u"1 message loaded"_s,
                           u"Permanently delete the whole history of 1 user: %1?"_s};
        QTest::newRow("English, two")
            << u"en"_s << 2
            << QStringList{u"2 new messages ↓"_s, u"2 messages loaded"_s,
                           u"Permanently delete the whole history of 2 users: %1?"_s};
        // The tests' system locale is C (LC_ALL=C.UTF-8): English too.
        QTest::newRow("system C, one")
            << QString() << 1
            << QStringList{u"1 new message ↓"_s, u"1 message loaded"_s,
                           u"Permanently delete the whole history of 1 user: %1?"_s};
        QTest::newRow("German keeps its own")
            << u"de"_s << 2
            << QStringList{u"2 neue Nachrichten ↓"_s, u"2 Nachrichten geladen"_s,
                           u"Den gesamten Verlauf von 2 Nutzern endgültig löschen: %1?"_s};
    }

    void countsReadAsSpoken()
    {
        QFETCH(QString, setting);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
        if (!setting.isEmpty())
            settings.setValue(QLatin1String(Translations::languageKey), setting);
        Translations::install(settings, QStringLiteral(QM_DIR));
        const auto uninstall = qScopeGuard([] {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QLocale::setDefault(QLocale::system());
        });
        const QStringList shown = {
            QCoreApplication::translate("ConversationView", "%Ln new message(s) ↓", nullptr, count),
            QCoreApplication::translate("ConversationPane", "%Ln message(s) loaded", nullptr,
                                        count),
            QCoreApplication::translate("SmoochCtl",
                                        "Permanently delete the whole history of %Ln user(s): %1?",
                                        nullptr, count)};
        QCOMPARE(shown, expected);
    }

    void theConsoleSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German") << u"de_DE.UTF-8"_s << QString() << u"Ohne Optionen"_s;
        QTest::newRow("system French") << u"fr_FR.UTF-8"_s << QString() << u"Sans option"_s;
        QTest::newRow("system English") << u"en_US.UTF-8"_s << QString() << u"Without options"_s;
        QTest::newRow("setting overrides") << u"de_DE.UTF-8"_s << u"fr"_s << u"Sans option"_s;
        QTest::newRow("English by setting") << u"fr_FR.UTF-8"_s << u"en"_s << u"Without options"_s;
    }

    void theConsoleSpeaksTheChosenLanguage()
    {
        QFETCH(QString, systemLocale);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QTemporaryDir home;
        if (!setting.isEmpty()) {
            QDir(home.path()).mkpath(u"config/smooch-console"_s);
            QFile conf(home.filePath(u"config/smooch-console/smooch-console.conf"_s));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[ui]\nlanguage=" + setting.toUtf8() + '\n');
        }
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
            env.insert(name, systemLocale);
        env.remove(u"LANGUAGE"_s);
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(BIN_DIR "/smooch-console"), {u"--help"_s});
        QVERIFY(console.waitForFinished(30000));
        const QString out = QString::fromUtf8(console.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
