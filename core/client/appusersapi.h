#pragma once

#include "client/apiclient.h"
#include "protocol/appuser.h"
#include "protocol/businesssystem.h"
#include "protocol/channelentity.h"

#include <QJsonObject>

/*!
 * \brief The v1.1 app user API of one app: the customer's profile (get, update), the channel
 * identities they are known by and the business systems their conversation is mirrored to.
 *
 * Every call returns an ApiReply at once, parented to the \a context the caller passes, and
 * answers on it later: finished(), then exactly one of succeeded() or failed(error). A call that
 * cannot be sent (no user id, an update with a field AppUserUpdate does not have) fails the same
 * way on the next turn of the event loop. Paths are
 * \c /v1.1/apps/{appId}/appusers/{userId}[/channels|/businesssystems].
 *
 * updateAppUser() sends only what it is given: the API is additive (a field left out, or a
 * property left out of \c properties, is kept), so an edit of one field sends that field alone.
 * GETs are retried on transient failures; a PUT is too (it is idempotent: the same body twice
 * leaves the same user).
 */
class AppUsersApi : public ApiClient
{
    Q_OBJECT

public:
    /*! Room for a profile with many clients; the parsed result is bounded further by AppUser. */
    static constexpr qint64 defaultMaxResponseSize = 8 * 1024 * 1024;

    explicit AppUsersApi(QObject *parent = nullptr);
    ~AppUsersApi() override;

    /*! The keys an AppUserUpdate body may hold. */
    static QStringList updatableFields();

    /*! GET appusers/{userId}; \a userId is the userId or the smoochId. */
    ApiReplyOf<AppUser> *getAppUser(const QString &userId, QObject *context);
    /*!
     * PUT appusers/{userId} with \a update (givenName, surname, email, signedUpAt and/or
     * properties); the result is the user as the server has it afterwards.
     */
    ApiReplyOf<AppUser> *updateAppUser(const QString &userId, const QJsonObject &update,
                                       QObject *context);
    /*! GET appusers/{userId}/channels. */
    ApiReplyOf<QList<ChannelEntity>> *getChannels(const QString &userId, QObject *context);
    /*! GET appusers/{userId}/businesssystems. */
    ApiReplyOf<QList<BusinessSystem>> *getBusinessSystems(const QString &userId, QObject *context);

private:
    enum Operation { Get, Update, Channels, BusinessSystems };

    void handleSuccess(RequestId id, int operation, const QByteArray &body) override;
};
