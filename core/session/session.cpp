#include "session/session.h"

#include "client/appusersapi.h"
#include "client/conversationapi.h"
#include "client/templatesapi.h"
#include "session/customercontroller.h"
#include "session/deliverytracker.h"
#include "session/outbox.h"
#include "session/readtracker.h"
#include "session/savedreplies.h"
#include "session/typingnotifier.h"
#include "session/webhookreceiver.h"
#include "storage/auditlog.h"
#include "storage/customerstore.h"
#include "storage/draftstore.h"
#include "storage/inboxstore.h"
#include "storage/localstore.h"
#include "storage/savedreplycache.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
/*! The app \a connection reaches, as the outbox binds its rows: base URL and app id (an
 * app-scope key stands for its app). */
QString appOf(const ApiConnection &connection)
{
    return connection.boundUrl() + u' ' + connection.boundApp();
}
} // namespace

Session::Session(const Profile &profile, const QByteArray &secret, const QByteArray &webhookSecret,
                 const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_api(new ConversationApi(this))
    , m_store(std::make_unique<LocalStore>(databaseFile(dataDirectory)))
    , m_drafts(std::make_unique<DraftStore>(m_store.get()))
    , m_inbox(std::make_unique<InboxStore>(m_store.get()))
    , m_audit(std::make_unique<AuditLog>(m_store.get()))
    , m_outbox(new Outbox(m_api, m_store.get(), this))
    , m_typing(new TypingNotifier(m_api, this))
    , m_read(new ReadTracker(m_api, this))
    , m_deliveries(new DeliveryTracker(m_store.get(), appOf(profile.connection(secret)), this))
    , m_appUsers(new AppUsersApi(this))
    , m_customers(std::make_unique<CustomerStore>(m_store.get(), appOf(profile.connection(secret))))
    , m_customer(new CustomerController(m_appUsers, m_customers.get(), this))
    , m_templates(new TemplatesApi(this))
    , m_savedReplies(new SavedReplies(m_templates, this))
{
    m_api->setConnection(profile.connection(secret));
    m_appUsers->setConnection(m_api->connection());
    m_templates->setConnection(m_api->connection());
    m_savedReplyCache =
        std::make_unique<SavedReplyCache>(m_store.get(), appOf(profile.connection(secret)));
    m_savedReplies->setCache(m_savedReplyCache.get());
    m_typing->setAgent(profile.agentName, profile.agentAvatarUrl);
    if (profile.webhookEnabled) {
        if (webhookSecret.isEmpty()) {
            m_webhookError = tr("webhooks are on, but no webhook secret is set");
        } else {
            m_webhooks = new WebhookReceiver(webhookSecret, this);
            if (!m_webhooks->start(QHostAddress::LocalHost, profile.webhookPort)) {
                m_webhookError =
                    tr("the webhook receiver cannot listen on port %1").arg(profile.webhookPort);
                delete m_webhooks;
                m_webhooks = nullptr;
            }
        }
    }
}

Session::~Session()
{
    m_api->cancelAll();
    m_appUsers->cancelAll();
    m_templates->cancelAll();
    // The objects that use the local store go before it does.
    delete m_customer;
    delete m_outbox;
    delete m_typing;
    delete m_deliveries;
    delete m_savedReplies;
}

QString Session::consoleDataRoot()
{
    // What QStandardPaths::AppDataLocation is inside the console (organization and application
    // both "smooch-console").
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/smooch-console/smooch-console"_s;
}

QString Session::databaseFile(const QString &dataDirectory)
{
    return dataDirectory + u"/console.sqlite"_s;
}

QString Session::dataDirectoryFor(const Profile &profile, const QString &base)
{
    const QString root =
        base.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : base;
    return root + u"/profiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(profile.id));
}
