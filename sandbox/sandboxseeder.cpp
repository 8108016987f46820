#include "sandbox/sandboxseeder.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/sandboxtemplates.h"
#include "text/generatedtext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

class History
{
public:
    History(SandboxStore &store, const QString &userId, const QString &given,
            const QString &surname)
        : History(store, store.ensureUser(userId, given, surname))
    {}

    History(SandboxStore &store, const SandboxStore::AppUser &user)
        : m_store(store)
        , m_user(user)
    {
        store.ensureConversation(m_user.smoochId);
    }

    QJsonObject base(const QString &role, const QString &type, double received) const
    {
        QJsonObject m{{"_id"_L1, SandboxStore::newId()},
                      {"role"_L1, role},
                      {"type"_L1, type},
                      {"received"_L1, std::round(received * 1000.0) / 1000.0}};
        if (role == "appUser"_L1) {
            m.insert("authorId"_L1, m_user.smoochId);
            m.insert("name"_L1, m_user.displayName());
            m.insert("source"_L1, QJsonObject{{"type"_L1, m_user.platform}});
        } else if (role == "appMaker"_L1) {
            m.insert("authorId"_L1, "5f3c9a1b2d4e6f708192a3b4"_L1);
            m.insert("name"_L1, "Sam (Support)"_L1);
            m.insert("email"_L1, "sam@support.example"_L1);
            m.insert("source"_L1, QJsonObject{{"type"_L1, "api"_L1}});
            if (!agentAvatar.isEmpty())
                m.insert("avatarUrl"_L1, agentAvatar);
        } else {
            m.insert("authorId"_L1, "whisper-bot"_L1);
            m.insert("name"_L1, "Routing bot"_L1);
        }
        return m;
    }

    void text(const QString &role, double received, const QString &text,
              const QJsonArray &actions = {})
    {
        QJsonObject m = base(role, u"text"_s, received);
        m.insert("text"_L1, text);
        if (!actions.isEmpty())
            m.insert("actions"_L1, actions);
        add(m);
    }

    /*! Stores \a m as the service would, with the text it generates for some types. */
    void add(QJsonObject m)
    {
        if (m.value("text"_L1).toString().isEmpty()) {
            if (const QString text = GeneratedText::forMessage(m); !text.isEmpty())
                m.insert("text"_L1, text);
        }
        m_batch.append(m);
    }

    QString agentAvatar;

    ~History()
    {
        m_store.insertMessages(m_user.smoochId, m_batch);
        m_store.setUnreadCount(m_user.smoochId, 0);
    }

private:
    SandboxStore &m_store;
    SandboxStore::AppUser m_user;
    QList<QJsonObject> m_batch;
};

QJsonObject action(const QString &type, const QString &text, const QString &key,
                   const QString &value)
{
    QJsonObject a{{"_id"_L1, SandboxStore::newId()}, {"type"_L1, type}, {"text"_L1, text}};
    if (!key.isEmpty())
        a.insert(key, value);
    return a;
}

QJsonObject item(const QString &title, const QString &description, const QString &image,
                 const QJsonArray &actions)
{
    return {{"_id"_L1, SandboxStore::newId()}, {"title"_L1, title},
            {"description"_L1, description},   {"mediaUrl"_L1, image},
            {"mediaType"_L1, "image/jpeg"_L1}, {"actions"_L1, actions}};
}

} // namespace

void SandboxSeeder::seedDemo(SandboxStore &store, double now, const QString &mediaBase)
{
    const auto media = [&mediaBase](const QString &path) { return mediaBase + u'/' + path; };
    const double hour = 3600;
    const double day = 24 * hour;

    {
        History h(store, u"alice.martin"_s, u"Alice"_s, u"Martin"_s);
        h.agentAvatar = media(u"avatars/sam-128x128.png"_s);
        double t = now - 2 * day;
        h.text(u"appUser"_s, t, u"Hi! My order #4411 arrived with a cracked lid."_s);
        h.text(u"appMaker"_s, t += 90, u"Sorry to hear that, Alice. Could you send a photo?"_s);
        QJsonObject photo = h.base(u"appUser"_s, u"image"_s, t += 240);
        photo.insert("mediaUrl"_L1, media(u"uploads/cracked-lid-800x600.png"_s));
        photo.insert("mediaType"_L1, "image/png"_L1);
        photo.insert("altText"_L1, "A kettle lid with a crack across it"_L1);
        h.add(photo);
        // Whispers: automated messages from the business, which the customer sees.
        QJsonObject update = h.base(u"whisper"_s, u"text"_s, t += 30);
        update.insert("text"_L1, "Order #4411: a replacement has shipped from our Leipzig "
                                 "warehouse."_L1);
        h.add(update);
        h.text(u"appMaker"_s, t += 120,
               u"Thanks! A replacement is on its way. Want a refund for shipping too?"_s,
               {action(u"reply"_s, u"Yes please"_s, u"payload"_s, u"REFUND_YES"_s),
                action(u"reply"_s, u"No thanks"_s, u"payload"_s, u"REFUND_NO"_s)});
        QJsonObject reply = h.base(u"appUser"_s, u"text"_s, t += 60);
        reply.insert("text"_L1, "Yes please"_L1);
        reply.insert("payload"_L1, "REFUND_YES"_L1);
        h.add(reply);
        QJsonObject label = h.base(u"appMaker"_s, u"file"_s, t += 300);
        label.insert("text"_L1, "Your return label"_L1);
        label.insert("mediaUrl"_L1, media(u"labels/return-4411.pdf"_s));
        label.insert("mediaType"_L1, "application/pdf"_L1);
        h.add(label);
        QJsonObject where = h.base(u"appUser"_s, u"location"_s, now - 3 * hour);
        where.insert("coordinates"_L1, QJsonObject{{"lat"_L1, 48.8584}, {"long"_L1, 2.2945}});
        where.insert("location"_L1,
                     QJsonObject{{"name"_L1, "Drop-off point"_L1},
                                 {"address"_L1, "Champ de Mars, 5 Av. Anatole France, Paris"_L1}});
        h.add(where);
        h.text(u"appUser"_s, now - 2 * hour,
               u"Is this drop-off point OK? See https://example.com/dropoff"_s);
        h.text(
            u"appUser"_s, now - 2 * hour + 5,
            u"It's the one near the tower. Or send it to:\nAlice Martin\n12 Rue Cler\n75007 Paris"_s);
    }
    {
        History h(store, u"bob.nguyen"_s, u"Bob"_s, u"Nguyen"_s);
        double t = now - 5 * day;
        h.text(u"appUser"_s, t, u"What lunch specials do you have?"_s);
        QJsonObject carousel = h.base(u"appMaker"_s, u"carousel"_s, t += 40);
        carousel.insert(
            "items"_L1,
            QJsonArray{
                item(u"Tacos"_s, u"Three corn tacos with salsa verde"_s,
                     media(u"food/tacos-640x480.png"_s),
                     {action(u"postback"_s, u"Order tacos"_s, u"payload"_s, u"TACOS"_s),
                      action(u"link"_s, u"Menu"_s, u"uri"_s, u"https://example.com/menu"_s)}),
                item(u"Ramen"_s, u"Tonkotsu broth, chashu, egg"_s,
                     media(u"food/ramen-480x480.png"_s),
                     {action(u"postback"_s, u"Order ramen"_s, u"payload"_s, u"RAMEN"_s)})});
        carousel.insert("displaySettings"_L1, QJsonObject{{"imageAspectRatio"_L1, "square"_L1}});
        h.add(carousel);
        QJsonObject list = h.base(u"appMaker"_s, u"list"_s, t += 20);
        list.insert(
            "items"_L1,
            QJsonArray{item(u"Delivery"_s, u"30-45 minutes"_s, media(u"icons/bike-96x96.png"_s),
                            {action(u"postback"_s, u"Deliver"_s, u"payload"_s, u"DELIVERY"_s)}),
                       item(u"Pick-up"_s, u"Ready in 15 minutes"_s, media(u"icons/bag-96x96.png"_s),
                            {action(u"postback"_s, u"Pick up"_s, u"payload"_s, u"PICKUP"_s)})});
        QJsonObject buy = action(u"buy"_s, u"Pay $12.50"_s, u"currency"_s, u"usd"_s);
        buy.insert("amount"_L1, 1250);
        buy.insert("state"_L1, "offered"_L1);
        list.insert("actions"_L1, QJsonArray{buy});
        h.add(list);
        h.text(u"appUser"_s, t += 300, u"Ramen please, pick-up."_s);
        h.text(u"appMaker"_s, t += 30, u"Done! Pay here or at the counter."_s,
               {action(u"webview"_s, u"Pay now"_s, u"uri"_s, u"https://pay.example.com/o/88"_s),
                action(u"share"_s, u"Share"_s, {}, {}),
                action(u"locationRequest"_s, u"Send my location"_s, {}, {})});
    }
    {
        History h(store, u"carla.rossi"_s, u"Carla"_s, u"Rossi"_s);
        double t = now - 26 * hour;
        QJsonObject form = h.base(u"appMaker"_s, u"form"_s, t);
        form.insert(
            "fields"_L1,
            QJsonArray{QJsonObject{{"_id"_L1, SandboxStore::newId()},
                                   {"type"_L1, "text"_L1},
                                   {"name"_L1, "name"_L1},
                                   {"label"_L1, "Your name"_L1}},
                       QJsonObject{{"_id"_L1, SandboxStore::newId()},
                                   {"type"_L1, "email"_L1},
                                   {"name"_L1, "email"_L1},
                                   {"label"_L1, "Email"_L1}},
                       QJsonObject{
                           {"_id"_L1, SandboxStore::newId()},
                           {"type"_L1, "select"_L1},
                           {"name"_L1, "topic"_L1},
                           {"label"_L1, "Topic"_L1},
                           {"options"_L1, QJsonArray{QJsonObject{{"name"_L1, "billing"_L1},
                                                                 {"label"_L1, "Billing"_L1}},
                                                     QJsonObject{{"name"_L1, "tech"_L1},
                                                                 {"label"_L1, "Technical"_L1}}}}}});
        form.insert("blockChatInput"_L1, true);
        form.insert("submitted"_L1, true);
        h.add(form);
        QJsonObject answer = h.base(u"appUser"_s, u"formResponse"_s, t += 120);
        answer.insert(
            "fields"_L1,
            QJsonArray{
                QJsonObject{{"type"_L1, "text"_L1},
                            {"name"_L1, "name"_L1},
                            {"label"_L1, "Your name"_L1},
                            {"text"_L1, "Carla Rossi"_L1}},
                QJsonObject{{"type"_L1, "email"_L1},
                            {"name"_L1, "email"_L1},
                            {"label"_L1, "Email"_L1},
                            {"email"_L1, "carla@example.it"_L1}},
                QJsonObject{{"type"_L1, "select"_L1},
                            {"name"_L1, "topic"_L1},
                            {"label"_L1, "Topic"_L1},
                            {"select"_L1, QJsonArray{QJsonObject{{"name"_L1, "billing"_L1},
                                                                 {"label"_L1, "Billing"_L1}}}}}});
        answer.insert("textFallback"_L1,
                      "Your name: Carla Rossi\nEmail: carla@example.it\nTopic: Billing"_L1);
        answer.insert("quotedMessage"_L1,
                      QJsonObject{{"type"_L1, "message"_L1}, {"content"_L1, form}});
        h.add(answer);
        h.text(u"appUser"_s, t += 60, u"I was charged twice in October."_s);
    }
    {
        History h(store, u"dmitri.volkov"_s, u"Dmitri"_s, u"Volkov"_s);
        double t = now - 8 * hour;
        h.text(u"appUser"_s, t,
               u"<b>Is this bold?</b> <a href=\"javascript:alert(1)\">click</a>"_s);
        h.text(u"appUser"_s, t += 20, u"Invoice for \u202Egpj.exe\u202C please"_s);
        QJsonObject sticker = h.base(u"appUser"_s, u"sticker"_s, t += 20);
        sticker.insert("text"_L1, "[sticker: thumbs up]"_L1);
        sticker.insert("stickerId"_L1, "369239263222822"_L1);
        h.add(sticker);
        h.text(u"appUser"_s, t += 20,
               u"Try javascript:alert(1) or file:///etc/passwd or https://example.com/ok."_s);
        h.add({{"_id"_L1, SandboxStore::newId()}, {"received"_L1, t += 20}}); // no role, type, text
        QJsonObject insecure = h.base(u"appUser"_s, u"image"_s, t += 20);
        insecure.insert("mediaUrl"_L1, "http://media.example.com/plain-http.png"_L1);
        h.add(insecure);
        QJsonObject trap = h.base(u"appMaker"_s, u"text"_s, t += 20);
        trap.insert("text"_L1, "Buttons from a bot"_L1);
        trap.insert(
            "actions"_L1,
            QJsonArray{action(u"link"_s, u"Run script"_s, u"uri"_s, u"javascript:alert(1)"_s),
                       action(u"webview"_s, u"Local file"_s, u"uri"_s, u"file:///etc/passwd"_s)});
        h.add(trap);
        QString huge;
        for (int i = 0; huge.size() < 60000; ++i)
            huge += u"Line %1 of a very long paste, with words that wrap and wrap again. "_s.arg(i);
        h.text(u"appUser"_s, t += 20, huge);
        h.text(u"appUser"_s, t += 20, u"مرحبا، أحتاج مساعدة في طلبي"_s);
        h.text(u"appMaker"_s, t += 60,
               u"Hello Dmitri, how can we help? Mail us at help@example.com."_s);
    }
    {
        History h(store, u"we/ird?x=1&y=#ü"_s, u"Zoë"_s, u"Ünal-Ø"_s);
        h.text(u"appUser"_s, now - 40 * day, u"Does a slash in my id break things?"_s);
        h.text(u"appMaker"_s, now - 40 * day + 50, u"It shouldn't!"_s);
    }
    {
        // Channel users arrive by appUser _id alone; WhatsApp gives no given name, only the
        // client's display name.
        History h(store, store.ensureChannelUser(QString::fromLatin1(whatsAppUser), u"whatsapp"_s,
                                                 u"Priya Shah"_s));
        double t = now - 5 * hour;
        h.text(u"appUser"_s, t, u"Hello, is the blue kettle back in stock?"_s);
        h.text(u"appMaker"_s, t += 120, u"Hi Priya! It is, since this morning."_s);
        h.text(u"appUser"_s, now - 50 * 60, u"Great, ordering now 🙌"_s);
    }
    {
        History h(store, store.ensureChannelUser(QString::fromLatin1(telegramUser), u"telegram"_s,
                                                 u"Kenji W."_s, u"Kenji"_s, u"Watanabe"_s));
        const double t = now - 30 * hour;
        h.text(u"appUser"_s, t, u"Can I change the delivery address of order #5120?"_s);
        h.text(u"appMaker"_s, t + 200, u"Yes, send us the new address here."_s);
    }
    {
        History h(store, QString::fromLatin1(longHistoryUser), u"Emma"_s, u"Schulz"_s);
        QRandomGenerator random(4411);
        const QStringList lines = {
            u"Morning! Quick question about the API quota."_s,
            u"Sure, what would you like to know?"_s,
            u"We hit the limit around noon every day."_s,
            u"Let me check your plan."_s,
            u"Thanks, I'll wait."_s,
            u"You're on the Growth plan; I've raised the burst limit."_s,
            u"Perfect, that fixed it."_s,
            u"Glad to hear it! Anything else?"_s,
        };
        // About 5,000 messages over 200 days; one in twenty shares the previous timestamp, as
        // bursts from one channel do.
        double t = now - 200 * day;
        const double step = (200 * day - hour) / longHistorySize;
        for (int i = 0; i < longHistorySize; ++i) {
            if (i % 20 != 7)
                t += step * (0.5 + random.generateDouble());
            h.text(i % 2 ? u"appMaker"_s : u"appUser"_s, std::min(t, now - hour),
                   u"%1 (#%2)"_s.arg(lines.at(i % lines.size())).arg(i + 1));
        }
    }
    {
        // Quiet for two days on WhatsApp: the window to reply has closed.
        History h(store, store.ensureChannelUser(QString::fromLatin1(closedWindowUser),
                                                 u"whatsapp"_s, u"Rafael Souza"_s));
        const double t = now - 2 * day - 3 * hour;
        h.text(u"appUser"_s, t, u"Olá! Do you deliver to Porto Alegre?"_s);
        h.text(u"appMaker"_s, t + 300, u"We do, in 5 to 7 working days."_s);
        h.text(u"appUser"_s, t + 600, u"Obrigado, I'll think about it."_s);
    }
    if (auto alice = store.findUser(u"alice.martin"_s))
        store.setUnreadCount(alice->smoochId, 2);
    SandboxTemplates templates(store);
    if (templates.count() == 0)
        templates.seedDemo(mediaBase);
    seedProfiles(store, now, mediaBase);
}

void SandboxSeeder::seedProfiles(SandboxStore &store, double now, const QString &mediaBase)
{
    const auto iso = [](double seconds) {
        return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC)
            .toString(Qt::ISODateWithMs);
    };
    const double day = 24 * 3600;
    const auto client = [&](const QString &id, const QString &platform, bool primary,
                            double lastSeen, const QString &avatar, std::optional<double> zone,
                            const QString &displayName = {}) {
        QJsonObject info{{"locale"_L1, "en_US"_L1}};
        if (!avatar.isEmpty())
            info.insert("avatarUrl"_L1, mediaBase + u"/avatars/"_s + avatar);
        if (zone)
            info.insert("timezone"_L1, *zone);
        QJsonObject c{{"id"_L1, id},
                      {"platform"_L1, platform},
                      {"integrationId"_L1, "5a3174bd2bbc3a0022e2fa83"_L1},
                      {"status"_L1, "active"_L1},
                      {"active"_L1, true},
                      {"primary"_L1, primary},
                      {"lastSeen"_L1, iso(lastSeen)},
                      {"info"_L1, info},
                      {"raw"_L1, QJsonObject{}}};
        if (!displayName.isEmpty())
            c.insert("displayName"_L1, displayName);
        return c;
    };
    struct Seed
    {
        QString id;
        QJsonObject profile;
    };
    const QList<Seed> seeds = {
        {u"alice.martin"_s,
         {{"email"_L1, "alice.martin@example.com"_L1},
          {"signedUpAt"_L1, iso(now - 420 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Premium"_L1},
                                        {"orders"_L1, 14},
                                        {"city"_L1, "Lyon"_L1},
                                        {"newsletter"_L1, true}}},
          {"clients"_L1,
           QJsonArray{
               client(u"c1a7e2b4-web"_s, u"web"_s, true, now - 600, u"alice-128x128.png"_s, 1.0),
               client(u"c1a7e2b4-ios"_s, u"ios"_s, false, now - 3 * day, {}, 1.0)}},
          {"businessSystems"_L1,
           QJsonArray{QJsonObject{{"type"_L1, "zendesk"_L1}, {"ticketId"_L1, "4821"_L1}}}}}},
        {u"bob.nguyen"_s,
         {{"email"_L1, "bob@nguyen.example"_L1},
          {"signedUpAt"_L1, iso(now - 35 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Free"_L1}, {"favourite"_L1, "Ramen"_L1}}},
          {"clients"_L1, QJsonArray{client(u"b0b-messenger"_s, u"messenger"_s, true, now - 7200,
                                           u"bob-128x128.png"_s, -7.0, u"Bob Nguyen"_s)}},
          {"channels"_L1,
           QJsonArray{QJsonObject{{"type"_L1, "messenger"_L1}, {"userId"_L1, "198273192387"_L1}}}},
          {"businessSystems"_L1,
           QJsonArray{QJsonObject{{"type"_L1, "slack"_L1}, {"channelId"_L1, "C0A1B2C3D"_L1}}}}}},
        {u"carla.rossi"_s,
         {{"email"_L1, "carla.rossi@example.it"_L1},
          {"signedUpAt"_L1, iso(now - 900 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Business"_L1},
                                        {"company"_L1, "Rossi SRL"_L1},
                                        {"seats"_L1, 25}}},
          {"clients"_L1, QJsonArray{client(u"ca71a-android"_s, u"android"_s, true, now - 86400,
                                           u"carla-128x128.png"_s, 2.0)}}}},
        {u"dmitri.volkov"_s,
         {{"email"_L1, "dmitri@volkov.example"_L1},
          {"signedUpAt"_L1, iso(now - 12 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Trial"_L1}}},
          {"clients"_L1,
           QJsonArray{client(u"d317-web"_s, u"web"_s, true, now - 5 * 3600, {}, 3.0)}}}},
        {QString::fromLatin1(whatsAppUser),
         {{"signedUpAt"_L1, iso(now - 60 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Premium"_L1}}},
          {"clients"_L1, QJsonArray{client(u"wa-priya"_s, u"whatsapp"_s, true, now - 50 * 60,
                                           u"priya-128x128.png"_s, 5.5, u"Priya Shah"_s)}},
          {"channels"_L1, QJsonArray{QJsonObject{{"type"_L1, "whatsapp"_L1},
                                                 {"username"_L1, "+91 98765 43210"_L1}}}}}},
        {QString::fromLatin1(closedWindowUser),
         {{"signedUpAt"_L1, iso(now - 9 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Free"_L1}, {"city"_L1, "Porto Alegre"_L1}}},
          {"clients"_L1,
           QJsonArray{client(u"wa-rafael"_s, u"whatsapp"_s, true, now - 2 * day - 3 * 3600 + 600,
                             u"rafael-128x128.png"_s, -3.0, u"Rafael Souza"_s)}},
          {"channels"_L1, QJsonArray{QJsonObject{{"type"_L1, "whatsapp"_L1},
                                                 {"username"_L1, "+55 51 99876 5432"_L1}}}}}},
        {QString::fromLatin1(telegramUser),
         {{"signedUpAt"_L1, iso(now - 200 * day)},
          {"properties"_L1, QJsonObject{{"language"_L1, "ja"_L1}}},
          {"clients"_L1, QJsonArray{client(u"tg-kenji"_s, u"telegram"_s, true, now - 30 * 3600, {},
                                           9.0, u"Kenji W."_s)}},
          {"channels"_L1,
           QJsonArray{QJsonObject{{"type"_L1, "telegram"_L1}, {"chatId"_L1, "381726354"_L1}}}}}},
        {QString::fromLatin1(longHistoryUser),
         {{"email"_L1, "emma.schulz@example.de"_L1},
          {"signedUpAt"_L1, iso(now - 700 * day)},
          {"properties"_L1, QJsonObject{{"plan"_L1, "Growth"_L1}, {"apiCalls"_L1, 182734}}}}},
    };
    for (const Seed &seed : seeds) {
        if (auto user = store.findUser(seed.id))
            store.setProfile(user->smoochId, seed.profile);
    }
}
