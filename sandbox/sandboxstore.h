#pragma once

#include "protocol/pagerequest.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

/*!
 * \brief The sandbox's data: app users, their conversations and messages, in SQLite.
 *
 * In memory by default, or in a file so that a restarted sandbox keeps its history.
 * Messages are kept as their JSON, ordered by \c received and then by insertion.
 */
class SandboxStore
{
public:
    /*!
     * An app user in one of the two shapes the service sends: a web or app user the business
     * knows by its own \c userId, or a channel user (WhatsApp, LINE, Telegram, Viber...) known
     * only by \c _id, whose name comes from the channel's client.
     */
    struct AppUser
    {
        QString smoochId; //!< appUser \c _id
        QString userId;   //!< the business's own id; empty for channel users
        QString givenName;
        QString surname;
        QString conversationId; //!< empty until the first message
        int unreadCount = 0;
        QString platform;   //!< the client's platform: web, whatsapp, line, telegram, viber...
        QString clientName; //!< the client's \c displayName, as the channel gives it
        /*! Given name and surname, else the client's name, else the userId. */
        QString displayName() const;
        /*! What the API addresses the user by: the userId, or \c _id when there is none. */
        QString id() const { return userId.isEmpty() ? smoochId : userId; }
    };

    struct Page
    {
        QList<QJsonObject> messages; //!< oldest first
        bool hasOlder = false;
        bool hasNewer = false;
    };

    /*! Opens \a path (":memory:" or empty for a private in-memory database). */
    explicit SandboxStore(const QString &path = {});
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    /*! The user whose appUser \c _id or \c userId is \a id. */
    std::optional<AppUser> findUser(const QString &id) const;
    /*! The user for \a id, created with \a id as its userId when unknown. */
    AppUser ensureUser(const QString &id, const QString &givenName = {},
                       const QString &surname = {});
    /*!
     * The channel user \a smoochId (a fresh id when empty), created with no userId and a client
     * on \a platform named \a clientName when unknown.
     */
    AppUser ensureChannelUser(const QString &smoochId, const QString &platform,
                              const QString &clientName, const QString &givenName = {},
                              const QString &surname = {});
    /*! Creates the user's conversation if it has none; returns its id. */
    QString ensureConversation(const QString &smoochId);
    QList<AppUser> users() const;

    /*! Up to \a limit messages of the user, as \a request says (exclusive bounds). */
    Page messages(const QString &smoochId, const PageRequest &request, int limit = 100) const;
    /*! Stores \a message (which carries \c _id and \c received) for the user. */
    bool insertMessage(const QString &smoochId, const QJsonObject &message);
    /*! Stores many messages in one transaction. */
    bool insertMessages(const QString &smoochId, const QList<QJsonObject> &messages);
    bool deleteMessage(const QString &smoochId, const QString &messageId);
    int deleteMessages(const QString &smoochId);
    int messageCount(const QString &smoochId) const;
    /*! When the user's newest message with \a role (appUser, appMaker) was received. */
    std::optional<double> lastReceived(const QString &smoochId, const QString &role) const;
    /*! The user's messages whose \c metadata.clientMessageId is \a clientId. */
    int countByClientMessageId(const QString &smoochId, const QString &clientId) const;

    /*!
     * What the app user API shows of \a smoochId beyond the names: email, signedUpAt,
     * properties, clients, channels, businessSystems (a JSON object; empty when none was set).
     */
    QJsonObject profile(const QString &smoochId) const;
    /*! Sets what the app user API shows; the primary client's platform becomes the user's. */
    bool setProfile(const QString &smoochId, const QJsonObject &profile);
    /*! Changes the given name and surname of \a smoochId. */
    bool setNames(const QString &smoochId, const QString &givenName, const QString &surname);

    void setUnreadCount(const QString &smoochId, int count);
    void incrementUnreadCount(const QString &smoochId);

    /*! A file uploaded through POST attachments, served under /media/{path}. */
    struct Attachment
    {
        QString path;     //!< apps/{appId}/{hash}/{fileName}, decoded
        QString smoochId; //!< the app user it is for; empty when none was named
        QString fileName;
        QString mediaType;
        QByteArray data;
        double created = 0;
    };
    bool insertAttachment(const Attachment &attachment);
    std::optional<Attachment> attachment(const QString &path) const;
    /*! Removes the file at \a path; false when there was none. */
    bool removeAttachment(const QString &path);
    /*! Every file kept, oldest first, without their bytes. */
    QList<Attachment> attachments() const;

    /*! A fresh 24-hex-digit id, like the service's. */
    static QString newId();
    /*! The database, for the sandbox's other tables (templates). */
    QSqlDatabase database() const;

private:
    /*! Files from before channel users had a userId column that could not be empty. */
    void upgradeAppUsers();
    bool exec(const QString &sql);
    bool run(QSqlQuery &query) const;
    QString m_connectionName;
    mutable QString m_lastError;
};
