#include "session/sendguard.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/*!
 * SendGuard's promise, fed messages by hand: a send pauses for another agent's reply or an unseen
 * customer message that came since the reply began or the guard was last dismissed; never for
 * this console's own messages, another conversation's, or what came before.
 */
class TestSendGuard : public QObject
{
    Q_OBJECT

private:
    static Message message(const QString &id, const QString &role, const QString &name,
                           const QString &text)
    {
        Message m;
        m.id = id;
        m.roleName = role;
        m.typeName = u"text"_s;
        m.name = name;
        m.text = text;
        m.received = 1700000000.0;
        return m;
    }
    static Message customer(const QString &id, const QString &text = u"hello?"_s)
    {
        return message(id, u"appUser"_s, u"Carol"_s, text);
    }
    static Message agent(const QString &id, const QString &name, const QString &text = u"on it"_s)
    {
        return message(id, u"appMaker"_s, name, text);
    }

private Q_SLOTS:
    void nothingBeforeTheReplyBegins()
    {
        SendGuard guard;
        guard.setConversation(u"u1"_s);
        guard.messagesArrived(u"u1"_s, {agent(u"a1"_s, u"Bob"_s), customer(u"c1"_s)}, false);
        QVERIFY(!guard.shouldPause());
        guard.setComposerEmpty(false);
        QVERIFY(guard.isReplying());
        QVERIFY(!guard.shouldPause());
        // What comes after the reply began counts.
        guard.messagesArrived(u"u1"_s, {agent(u"a2"_s, u"Bob"_s)}, true);
        QVERIFY(guard.shouldPause());
    }

    void anotherAgentsReplyPauses()
    {
        SendGuard guard;
        guard.setOwnMessage([](const Message &m) { return m.id.startsWith("own"_L1); });
        guard.setConversation(u"u1"_s);
        guard.setComposerEmpty(false);
        QSignalSpy changed(&guard, &SendGuard::changed);
        guard.messagesArrived(u"u1"_s, {agent(u"own1"_s, u"Alice"_s)}, true);
        QVERIFY(!guard.shouldPause()); // this console's own
        guard.messagesArrived(u"u2"_s, {agent(u"b1"_s, u"Bob"_s)}, true);
        QVERIFY(!guard.shouldPause()); // another conversation
        QCOMPARE(changed.size(), 0);
        guard.messagesArrived(u"u1"_s, {agent(u"b2"_s, u"Bob <b>"_s, u"<i>Done</i>"_s)}, true);
        QVERIFY(guard.shouldPause());
        QCOMPARE(changed.size(), 1);
        const auto items = guard.items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].sender, u"Bob <b>"_s); // plain text, as written
        QCOMPARE(items[0].text, u"<i>Done</i>"_s);
        QVERIFY(items[0].fromAgent);
        // Seeing it does not make it go: another agent answered.
        guard.setSeen(true);
        QVERIFY(guard.shouldPause());
        // The same message delivered again counts once.
        guard.messagesArrived(u"u1"_s, {agent(u"b2"_s, u"Bob"_s)}, true);
        QCOMPARE(guard.items().size(), 1);
        guard.dismiss();
        QVERIFY(!guard.shouldPause());
        guard.messagesArrived(u"u1"_s, {agent(u"b2"_s, u"Bob"_s)}, true);
        QVERIFY(!guard.shouldPause()); // already taken note of
        guard.messagesArrived(u"u1"_s, {agent(u"b3"_s, u"Bob"_s)}, true);
        QVERIFY(guard.shouldPause()); // new since the dismissal
    }

    void unseenCustomerMessagePauses()
    {
        SendGuard guard;
        guard.setConversation(u"u1"_s);
        guard.setComposerEmpty(false);
        guard.messagesArrived(u"u1"_s, {customer(u"c1"_s)}, true);
        QVERIFY(!guard.shouldPause()); // on screen as it came
        guard.messagesArrived(u"u1"_s, {customer(u"c2"_s, u"actually, never mind"_s)}, false);
        QVERIFY(guard.shouldPause());
        QCOMPARE(guard.items().first().text, u"actually, never mind"_s);
        QVERIFY(!guard.items().first().fromAgent);
        guard.setSeen(false);
        QVERIFY(guard.shouldPause());
        guard.setSeen(true); // the agent scrolled down to it
        QVERIFY(!guard.shouldPause());
    }

    void aNewReplyStartsAfresh()
    {
        SendGuard guard;
        guard.setConversation(u"u1"_s);
        guard.setComposerEmpty(false);
        guard.messagesArrived(u"u1"_s, {agent(u"b1"_s, u"Bob"_s)}, true);
        QVERIFY(guard.shouldPause());
        guard.setComposerEmpty(false); // more typing: the same reply
        QVERIFY(guard.shouldPause());
        guard.setComposerEmpty(true); // emptied: no reply any more
        QVERIFY(!guard.shouldPause());
        QVERIFY(!guard.isReplying());
        guard.messagesArrived(u"u1"_s, {agent(u"b2"_s, u"Bob"_s)}, true);
        QVERIFY(!guard.shouldPause());
        guard.setComposerEmpty(false);
        guard.messagesArrived(u"u1"_s, {agent(u"b3"_s, u"Bob"_s)}, true);
        QVERIFY(guard.shouldPause());
        guard.sent();
        QVERIFY(!guard.shouldPause());
        QVERIFY(!guard.isReplying());
        // Another conversation starts afresh too.
        guard.setComposerEmpty(false);
        guard.messagesArrived(u"u1"_s, {agent(u"b4"_s, u"Bob"_s)}, true);
        QVERIFY(guard.shouldPause());
        guard.setConversation(u"u2"_s);
        QVERIFY(!guard.shouldPause());
        QVERIFY(!guard.isReplying());
    }
};

QTEST_MAIN(TestSendGuard)
#include "tst_sendguard.moc"
