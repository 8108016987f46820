#include "conversation/composer.h"
#include "conversation/savedreplypicker.h"
#include "customer/customerpanel.h"
#include "customer/editablefield.h"
#include "sandbox/sandboxtemplates.h"
#include "sandboxfixture.h"
#include "session/customercontroller.h"
#include "session/session.h"
#include "uitestutil.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

/*!
 * The customer panel beside the conversation, driven through the real window against the
 * sandbox: what it shows, that it never holds the conversation up, edits in place with their
 * failures, its remembered state, and hostile data.
 */
class TestCustomerPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<MainWindow> window() { return UiTest::window(*sandbox, dir->path()); }

    static QString iso(const QDateTime &when) { return when.toString(Qt::ISODateWithMs); }

    void seedAlice()
    {
        const auto user = sandbox->store().findUser(u"alice"_s);
        sandbox->store().setNames(user->smoochId, u"Alice"_s, u"Martin"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        sandbox->store().setProfile(
            user->smoochId,
            QJsonObject{
                {"email"_L1, "alice@example.com"_L1},
                {"signedUpAt"_L1, "2024-03-01T10:00:00.000Z"_L1},
                {"properties"_L1, QJsonObject{{"plan"_L1, "gold"_L1}, {"orders"_L1, 14}}},
                {"clients"_L1, QJsonArray{QJsonObject{{"id"_L1, "c-web"_L1},
                                                      {"platform"_L1, "web"_L1},
                                                      {"status"_L1, "active"_L1},
                                                      {"primary"_L1, true},
                                                      {"lastSeen"_L1, iso(now.addSecs(-600))},
                                                      {"info"_L1, QJsonObject{{"timezone"_L1, 2}}}},
                                          QJsonObject{{"id"_L1, "c-ios"_L1},
                                                      {"platform"_L1, "ios"_L1},
                                                      {"status"_L1, "inactive"_L1},
                                                      {"primary"_L1, false},
                                                      {"lastSeen"_L1, iso(now.addDays(-3))}}}},
                {"businessSystems"_L1,
                 QJsonArray{QJsonObject{{"type"_L1, "zendesk"_L1}, {"ticketId"_L1, "4821"_L1}}}}});
    }

    QByteArray lastPut() const
    {
        const auto &requests = sandbox->server().requests();
        for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
            if (it->method == "PUT"_L1)
                return it->body;
        }
        return {};
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().remove(u"ui/customerPanel"_s);
        sandbox = std::make_unique<SandboxFixture>();
        sandbox->seedHistory(u"alice"_s, 30);
        seedAlice();
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        dir.reset();
        sandbox.reset();
    }

    void showsTheCustomer()
    {
        auto w = window();
        CustomerPanel *panel = w->customerPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QTRY_COMPARE(panel->nameLabel()->text(), u"Alice Martin"_s);
        QCOMPARE(panel->nameLabel()->textFormat(), Qt::PlainText);
        QTRY_COMPARE(panel->field(u"email"_s)->editor()->text(), u"alice@example.com"_s);
        QTRY_VERIFY(panel->field(u"properties.plan"_s));
        QCOMPARE(panel->field(u"properties.plan"_s)->editor()->text(), u"gold"_s);
        QCOMPARE(panel->field(u"properties.orders"_s)->editor()->text(), u"14"_s);
        QTRY_VERIFY(panel->warningLabel()->isVisible());
        QVERIFY2(panel->warningLabel()->text().contains(u"Zendesk (ticket 4821)"_s),
                 qPrintable(panel->warningLabel()->text()));
        QVERIFY2(panel->localTimeLabel()->text().contains(u"UTC+2"_s),
                 qPrintable(panel->localTimeLabel()->text()));
        const QString channels = panel->channelsText();
        QVERIFY2(channels.contains(u"Web  ·  Primary"_s), qPrintable(channels));
        QVERIFY2(channels.contains(u"Last seen 10 min ago"_s), qPrintable(channels));
        QVERIFY2(channels.contains(u"iOS  ·  inactive"_s), qPrintable(channels));
        QVERIFY(!panel->problemLabel()->isVisible());
    }

    void aSavedReplyIsFilledFromTheCustomersProfile()
    {
        SandboxTemplates(sandbox->store())
            .create({{"name"_L1, "plan check"_L1},
                     {"message"_L1,
                      QJsonObject{{"role"_L1, "appMaker"_L1},
                                  {"type"_L1, "text"_L1},
                                  {"text"_L1, "Hi {{first_name}} {{last_name}}, {{email}} is on "
                                              "{{property.plan}} with {{property.orders}} orders. "
                                              "{{agent_name}}"_L1}}}});
        Profile profile = sandbox->profile(u"test"_s);
        profile.agentName = u"Ana"_s;
        auto w = std::make_unique<MainWindow>(nullptr, nullptr);
        w->openSession(profile, sandbox->server().config().secret, {}, dir->path());
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QTRY_COMPARE(w->customerPanel()->field(u"email"_s)->editor()->text(),
                     u"alice@example.com"_s);
        Composer *composer = w->composer();
        QTest::keyClicks(composer->editor(), u"/plan check"_s);
        QTRY_VERIFY(composer->picker()->isVisible());
        QTRY_COMPARE(composer->picker()->current()->name, u"plan check"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(composer->editor()->toPlainText(),
                 u"Hi Alice Martin, alice@example.com is on gold with 14 orders. Ana"_s);
    }

    void localTimeFromOffset()
    {
        const QDateTime noon(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        QVERIFY(CustomerPanel::localTime(-5, noon).contains(u"UTC\u22125"_s));
        QVERIFY(CustomerPanel::localTime(5.5, noon).contains(u"UTC+5:30"_s));
        QVERIFY(CustomerPanel::localTime(5.5, noon).startsWith(
            QLocale().toString(QTime(17, 30), QLocale::ShortFormat)));
    }

    void profileThatFailsNeverBlocksTheConversation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(SandboxFault::Kind::Status);
        QTest::newRow("garbage body") << int(SandboxFault::Kind::MalformedJson);
        QTest::newRow("no answer") << int(SandboxFault::Kind::NoAnswer);
    }

    void profileThatFailsNeverBlocksTheConversation()
    {
        QFETCH(int, kind);
        const auto fault = SandboxFault::Kind(kind);
        sandbox->server().addFault({.kind = fault,
                                    .status = 500,
                                    .count = 100,
                                    .method = u"GET"_s,
                                    .pathEndsWith = u"/alice"_s});
        auto w = window();
        CustomerPanel *panel = w->customerPanel();
        // The conversation opens and shows its messages while the profile fails or hangs.
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QVERIFY(w->messageModel()->rowCount() > 0);
        QVERIFY(w->composer()->editor()->isEnabled());
        if (fault == SandboxFault::Kind::NoAnswer) {
            QVERIFY(w->session()->customer()->isLoading());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(panel->problemLabel()->isVisible(), 15000);
            QVERIFY2(panel->problemLabel()->text().contains(u"Couldn't load the profile"_s),
                     qPrintable(panel->problemLabel()->text()));
        }
        // What did load is still shown: the Zendesk ticket.
        QTRY_VERIFY(panel->warningLabel()->isVisible());
        // The agent can still reply.
        QTest::keyClicks(w->composer()->editor(), u"Still here"_s);
        QTest::keyClick(w->composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            sandbox->store().messageCount(sandbox->store().findUser(u"alice"_s)->smoochId) == 31,
            10000);
    }

    void editInPlaceSendsOneFieldAndShowsItsFailure()
    {
        auto w = window();
        CustomerPanel *panel = w->customerPanel();
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QTRY_VERIFY(panel->field(u"properties.plan"_s));
        QTRY_COMPARE(panel->field(u"properties.plan"_s)->editor()->text(), u"gold"_s);
        QLineEdit *plan = panel->field(u"properties.plan"_s)->editor();
        retype(plan, u"platinum"_s);
        QTRY_COMPARE(QJsonDocument::fromJson(lastPut()).object(),
                     QJsonObject({{"properties"_L1, QJsonObject{{"plan"_L1, "platinum"_L1}}}}));
        QTRY_VERIFY(!w->session()->customer()->isSaving(u"properties.plan"_s));
        const auto smoochId = sandbox->store().findUser(u"alice"_s)->smoochId;
        QCOMPARE(sandbox->store().profile(smoochId).value("properties"_L1).toObject(),
                 QJsonObject({{"plan"_L1, "platinum"_L1}, {"orders"_L1, 14}}));

        // A refused email: the reason next to the field, the typed text kept.
        EditableField *email = panel->field(u"email"_s);
        retype(email->editor(), u"alice at example"_s);
        QTRY_VERIFY(!email->error().isEmpty());
        QVERIFY2(email->error().contains(u"email must be an email address"_s),
                 qPrintable(email->error()));
        QCOMPARE(email->editor()->text(), u"alice at example"_s);
        QVERIFY(panel->field(u"properties.plan"_s)->error().isEmpty());
        QCOMPARE(sandbox->store().profile(smoochId).value("email"_L1).toString(),
                 u"alice@example.com"_s);
        // Leaving the field does not send it again; Escape gives the saved value back.
        const int puts = int(std::count_if(sandbox->server().requests().begin(),
                                           sandbox->server().requests().end(),
                                           [](const auto &r) { return r.method == "PUT"_L1; }));
        w->composer()->editor()->setFocus();
        QTest::qWait(100);
        QCOMPARE(int(std::count_if(sandbox->server().requests().begin(),
                                   sandbox->server().requests().end(),
                                   [](const auto &r) { return r.method == "PUT"_L1; })),
                 puts);
        QTest::mouseClick(email->editor(), Qt::LeftButton);
        QTest::keyClick(email->editor(), Qt::Key_Escape);
        QCOMPARE(email->editor()->text(), u"alice@example.com"_s);
        QVERIFY(email->error().isEmpty());
    }

    void collapsedStateAndWidthSurviveARestart()
    {
        {
            auto w = window();
            QVERIFY(w->customerPanel()->isVisible());
            auto *splitter = w->findChild<QSplitter *>();
            QList<int> sizes = splitter->sizes();
            sizes[1] -= 80;
            sizes[2] += 80;
            splitter->setSizes(sizes);
            const int width = splitter->sizes().at(2);
            QVERIFY(width >= 220);
            w.reset();
            auto again = window();
            QTRY_COMPARE(again->findChild<QSplitter *>()->sizes().at(2), width);
            // Ctrl+I hides it.
            QTest::keyClick(again.get(), Qt::Key_I, Qt::ControlModifier);
            QVERIFY(!again->customerPanel()->isVisible());
            QVERIFY(!again->customerPanelAction()->isChecked());
        }
        auto w = window();
        QVERIFY(!w->customerPanel()->isVisible());
        QVERIFY(!w->customerPanelAction()->isChecked());
        // The header's toggle shows it again.
        auto *toggle = w->findChild<QWidget *>(u"customerToggle"_s);
        QVERIFY(toggle);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(w->customerPanel()->isVisible());
        QVERIFY(w->findChild<QSplitter *>()->sizes().at(2) >= 220);
    }

    void hostilePropertyTooltipShowsLiterally()
    {
        // A long value gets a tooltip; QToolTip reads markup when it sees some.
        const QString hostile =
            u"<h1>Call me</h1><img src=\"file:///etc/hosts\"> <a href='https://evil.example'>now</a>"_s;
        const auto user = sandbox->store().findUser(u"alice"_s);
        sandbox->store().setProfile(user->smoochId,
                                    {{"properties"_L1, QJsonObject{{"note"_L1, hostile}}}});
        auto w = window();
        CustomerPanel *panel = w->customerPanel();
        QVERIFY(UiTest::open(*w, u"alice"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel->field(u"properties.note"_s), 15000);
        const QString tip = panel->field(u"properties.note"_s)->editor()->toolTip();
        QVERIFY(!tip.isEmpty());
        QTextDocument shown;
        if (Qt::mightBeRichText(tip))
            shown.setHtml(tip);
        else
            shown.setPlainText(tip);
        QCOMPARE(shown.toPlainText(), hostile);
    }

    void hostileDataStaysTextAndBounded()
    {
        const auto user = sandbox->store().ensureUser(u"mallory"_s, u"<b>Mal</b>"_s,
                                                      u"<img src=x onerror=alert(1)>"_s);
        sandbox->seedHistory(u"mallory"_s, 2);
        QJsonArray clients;
        for (int i = 0; i < 10000; ++i)
            clients.append(QJsonObject{{"id"_L1, u"client-%1"_s.arg(i)},
                                       {"platform"_L1, "<i>web</i>"_L1},
                                       {"displayName"_L1, u"<a href='x'>%1</a>"_s.arg(i)}});
        QJsonObject properties;
        for (int i = 0; i < 500; ++i)
            properties.insert(u"<b>key%1</b>"_s.arg(i), QString(5000, u'y'));
        sandbox->store().setProfile(user.smoochId,
                                    {{"properties"_L1, properties}, {"clients"_L1, clients}});
        auto w = window();
        CustomerPanel *panel = w->customerPanel();
        QVERIFY(UiTest::open(*w, u"mallory"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel->nameLabel()->text().contains(u"<b>Mal</b>"_s), 15000);
        for (const QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->text().contains(u'<'))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY2(panel->channelsText().contains(u"and 9988 more"_s),
                 qPrintable(panel->channelsText().right(200)));
        // Bounded: a few hundred widgets, not tens of thousands.
        QVERIFY(panel->findChildren<QWidget *>().size() < 1000);
        QVERIFY(panel->field(u"properties.<b>key1</b>"_s) ||
                panel->findChildren<EditableField *>().size() <= AppUser::maxProperties + 3);
    }
};

QTEST_MAIN(TestCustomerPanel)
#include "tst_customerpanel.moc"
