// Drives smooch-sandbox with the official v1.1 JavaScript client, smooch-core 8.x.
// Connection comes from the environment (SMOOCH_BASE_URL, SMOOCH_KEY_ID, SMOOCH_SECRET);
// prints one line per check and exits non-zero on the first failure.
'use strict';
const assert = require('assert');
const SmoochCore = require('smooch-core');

const env = process.env;
const client = (secret) => new SmoochCore({
    keyId: env.SMOOCH_KEY_ID,
    secret,
    scope: 'app',
    serviceUrl: env.SMOOCH_BASE_URL,
});

async function main() {
    const smooch = client(env.SMOOCH_SECRET);
    const user = 'node-user';

    const posted = await smooch.appUsers.sendMessage(user, {
        role: 'appMaker', type: 'text', text: 'Hello from smooch-core', name: 'Node',
    });
    assert.strictEqual(posted.message.text, 'Hello from smooch-core');
    assert.strictEqual(posted.conversation.unreadCount, 1);
    console.log('sendMessage: 201 with message and conversation');

    const second = await smooch.appUsers.sendMessage(user, { role: 'appUser', type: 'text', text: 'Hi back' });
    const page = await smooch.appUsers.getMessages(user);
    assert.deepStrictEqual(page.messages.map((m) => m._id), [posted.message._id, second.message._id]);
    const older = await smooch.appUsers.getMessages(user, { before: second.message.received });
    assert.deepStrictEqual(older.messages.map((m) => m._id), [posted.message._id]);
    console.log('getMessages: latest and before');

    const activity = await smooch.appUsers.conversationActivity(user, { role: 'appMaker', type: 'typing:start' });
    assert.ok(activity.conversation._id);
    console.log('conversationActivity: typing:start');

    await smooch.conversations.resetUnreadCount(user);
    assert.strictEqual((await smooch.appUsers.getMessages(user)).conversation.unreadCount, 0);
    console.log('resetUnreadCount: unread count is 0');

    await smooch.appUsers.deleteMessage(user, posted.message._id);
    assert.strictEqual((await smooch.appUsers.getMessages(user)).messages.length, 1);
    console.log('deleteMessage: one message left');

    // The customer panel's endpoints.
    const profile = await smooch.appUsers.get(user);
    assert.strictEqual(typeof profile.appUser._id, 'string');
    assert.strictEqual(profile.appUser.userId, user);
    assert.deepStrictEqual(profile.appUser.properties, {});
    assert.strictEqual(profile.appUser.conversationStarted, true);
    assert.ok(profile.appUser.clients.every((c) => c.id && c.platform));
    const updated = await smooch.appUsers.update(user, { givenName: 'Node', properties: { plan: 'gold' } });
    assert.strictEqual(updated.appUser.givenName, 'Node');
    const merged = await smooch.appUsers.update(user, { properties: { seats: 3 } });
    assert.deepStrictEqual(merged.appUser.properties, { plan: 'gold', seats: 3 });
    assert.strictEqual(merged.appUser.givenName, 'Node');
    assert.ok(Array.isArray((await smooch.appUsers.getChannels(user)).channels));
    assert.ok(Array.isArray((await smooch.appUsers.getBusinessSystems(user)).businessSystems));
    await assert.rejects(smooch.appUsers.update(user, { properties: 'plan' }),
        (err) => err.response.status === 400);
    console.log('appUsers: get, update (additive), getChannels, getBusinessSystems');

    await smooch.appUsers.deleteMessages(user);
    assert.strictEqual((await smooch.appUsers.getMessages(user)).messages.length, 0);
    console.log('deleteMessages: history cleared');

    const text = (t) => ({ role: 'appMaker', type: 'text', text: t });
    const created = await smooch.templates.create({ name: 'node-greeting', message: text('Hi {{first_name}}') });
    assert.ok(created.template._id);
    assert.strictEqual(created.template.message.text, 'Hi {{first_name}}');
    await smooch.templates.create({ name: 'node-second', message: text('Second') });
    const first = await smooch.templates.list({ limit: 1, offset: 0 });
    assert.strictEqual(first.templates.length, 1);
    assert.strictEqual(first.hasMore, true);
    const rest = await smooch.templates.list({ limit: 1, offset: 1 });
    assert.strictEqual(rest.offset, 1);
    assert.strictEqual(rest.templates[0].name, 'node-second');
    const renamed = await smooch.templates.update(created.template._id, { name: 'node-hello' });
    assert.strictEqual(renamed.template.name, 'node-hello');
    assert.strictEqual((await smooch.templates.get(created.template._id)).template.message.text, 'Hi {{first_name}}');
    await assert.rejects(smooch.templates.create({ name: 'node-second', message: text('x') }),
        (err) => err.response.status === 409);
    await smooch.templates.delete(created.template._id);
    await assert.rejects(smooch.templates.get(created.template._id), (err) => err.response.status === 404);
    console.log('templates: create, list by limit and offset, update, get, 409 on a taken name, delete, 404');

    await assert.rejects(client('wrong-secret').appUsers.getMessages(user), (err) => {
        assert.strictEqual(err.response.status, 401);
        assert.strictEqual(err.code, 'unauthorized');
        return true;
    });
    await assert.rejects(smooch.appUsers.getMessages('nobody'), (err) => err.response.status === 404);
    console.log('errors: 401 unauthorized and 404 with the v1.1 error body');
}

main().then(() => console.log('smooch-core: all checks passed'), (err) => {
    console.error('smooch-core check failed:', err && err.stack ? err.stack : err);
    process.exit(1);
});
