#pragma once

#include "accounts/profile.h"

#include <QObject>

#include <memory>

class AppUsersApi;
class AuditLog;
class ConversationApi;
class DeliveryTracker;
class CustomerController;
class CustomerStore;
class DraftStore;
class InboxStore;
class LocalStore;
class Outbox;
class ReadTracker;
class SavedReplies;
class SavedReplyCache;
class TemplatesApi;
class TypingNotifier;
class WebhookReceiver;

/*!
 * \brief Everything that belongs to one open profile: its API client, its local database (outbox,
 * drafts, inbox, audit log), typing and read logic, and its webhook receiver. Switching profile
 * destroys the session, which cancels every request in flight for the old one.
 *
 * It only holds these; what they do together is the SessionController's, which owns it.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    /*!
     * \a secret is the key's secret (or the JWT); \a webhookSecret, when the profile enables
     * webhooks, is the X-API-Key deliveries must carry. Data goes to \a dataDirectory.
     */
    Session(const Profile &profile, const QByteArray &secret, const QByteArray &webhookSecret,
            const QString &dataDirectory, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    ConversationApi *api() const { return m_api; }
    LocalStore *store() const { return m_store.get(); }
    DraftStore *drafts() const { return m_drafts.get(); }
    InboxStore *inbox() const { return m_inbox.get(); }
    AuditLog *audit() const { return m_audit.get(); }
    Outbox *outbox() const { return m_outbox; }
    TypingNotifier *typing() const { return m_typing; }
    /*! Where the agent's messages stand (sent, delivered, failed) and when customers read. */
    DeliveryTracker *deliveries() const { return m_deliveries; }
    /*! Resets unread counts once the agent has seen a conversation. */
    ReadTracker *readTracker() const { return m_read; }
    /*! The webhook receiver, when the profile enables it and it could listen; else null. */
    WebhookReceiver *webhooks() const { return m_webhooks; }
    /*! The app's message templates: the team's saved replies. */
    SavedReplies *savedReplies() const { return m_savedReplies; }
    QString webhookError() const { return m_webhookError; }
    /*! The app user API (the customer panel's profiles), on the same connection as api(). */
    AppUsersApi *appUsers() const { return m_appUsers; }
    /*! The customer of the open conversation, cached per profile. */
    CustomerController *customer() const { return m_customer; }

    /*! The data folder of \a profile below \a base (the application's data folder if empty). */
    static QString dataDirectoryFor(const Profile &profile, const QString &base = {});
    /*! The console's data folder, as another program (smoochctl) finds it. */
    static QString consoleDataRoot();
    /*! The SQLite file of a session whose data goes to \a dataDirectory. */
    static QString databaseFile(const QString &dataDirectory);

private:
    Profile m_profile;
    ConversationApi *m_api;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<InboxStore> m_inbox;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SavedReplyCache> m_savedReplyCache;
    Outbox *m_outbox;
    TypingNotifier *m_typing;
    ReadTracker *m_read;
    DeliveryTracker *m_deliveries;
    AppUsersApi *m_appUsers;
    std::unique_ptr<CustomerStore> m_customers;
    CustomerController *m_customer;
    WebhookReceiver *m_webhooks = nullptr;
    TemplatesApi *m_templates;
    SavedReplies *m_savedReplies;
    QString m_webhookError;
};
