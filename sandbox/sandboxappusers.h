#pragma once

#include "sandbox/sandboxstore.h"

#include <QJsonObject>
#include <QString>

/*!
 * \brief The sandbox's v1.1 app user endpoints: \c GET and \c PUT appusers/{userId},
 * \c GET appusers/{userId}/channels and \c GET appusers/{userId}/businesssystems, with the
 * shapes of the official spec (AppUserResponse, AppUserChannelsResponse,
 * AppUserBusinessSystemsResponse).
 *
 * A user the sandbox does not know answers 404. PUT takes an AppUserUpdate: every field
 * optional, strings for the names, email and signedUpAt (an ISO 8601 date), an object of
 * strings, numbers and booleans for properties; anything else answers 400 and changes nothing.
 * The update is additive, inside \c properties too: what the body leaves out is kept.
 * A user without a stored client list has one client on its platform.
 */
class SandboxAppUsers
{
public:
    struct Answer
    {
        int status = 200;
        QJsonObject body; //!< the answer, or {"error":{code, description}}
    };

    explicit SandboxAppUsers(SandboxStore *store);

    /*! \a method on appusers/{userId}/\a resource (empty, "channels" or "businesssystems"). */
    Answer handle(const QString &method, const QString &userId, const QString &resource,
                  const QByteArray &body);
    /*! The AppUser object of \a user, as GET shows it. */
    QJsonObject appUserJson(const SandboxStore::AppUser &user) const;

private:
    Answer update(const SandboxStore::AppUser &user, const QByteArray &body);

    SandboxStore *m_store;
};
