#include "sandbox/sandboxappusers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
SandboxAppUsers::Answer error(int status, const QString &code, const QString &description)
{
    return {status, QJsonObject{{"error"_L1,
                                 QJsonObject{{"code"_L1, code}, {"description"_L1, description}}}}};
}

/*! A stable client id for a user's default client, as the service makes them unique. */
QString clientId(const QString &smoochId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(smoochId.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
}
} // namespace

SandboxAppUsers::SandboxAppUsers(SandboxStore *store)
    : m_store(store)
{}

QJsonObject SandboxAppUsers::appUserJson(const SandboxStore::AppUser &user) const
{
    const QJsonObject profile = m_store->profile(user.smoochId);
    QJsonObject object{{"_id"_L1, user.smoochId}};
    if (!user.userId.isEmpty())
        object.insert("userId"_L1, user.userId);
    if (!user.givenName.isEmpty())
        object.insert("givenName"_L1, user.givenName);
    if (!user.surname.isEmpty())
        object.insert("surname"_L1, user.surname);
    for (const QLatin1StringView key : {"email"_L1, "signedUpAt"_L1}) {
        if (profile.value(key).isString())
            object.insert(key, profile.value(key));
    }
    object.insert("properties"_L1, profile.value("properties"_L1).toObject());
    object.insert("conversationStarted"_L1,
                  !user.conversationId.isEmpty() || m_store->messageCount(user.smoochId) > 0);
    QJsonArray clients = profile.value("clients"_L1).toArray();
    if (!profile.contains("clients"_L1)) {
        QJsonObject client{{"id"_L1, clientId(user.smoochId)},
                           {"platform"_L1, user.platform.isEmpty() ? u"web"_s : user.platform},
                           {"status"_L1, "active"_L1},
                           {"active"_L1, true},
                           {"primary"_L1, true},
                           {"integrationId"_L1, "5a3174bd2bbc3a0022e2fa83"_L1},
                           {"info"_L1, QJsonObject{}},
                           {"raw"_L1, QJsonObject{}}};
        if (!user.clientName.isEmpty())
            client.insert("displayName"_L1, user.clientName);
        clients.append(client);
    }
    object.insert("clients"_L1, clients);
    object.insert("pendingClients"_L1, profile.value("pendingClients"_L1).toArray());
    return object;
}

SandboxAppUsers::Answer SandboxAppUsers::handle(const QString &method, const QString &userId,
                                                const QString &resource, const QByteArray &body)
{
    const bool known =
        resource.isEmpty() || resource == "channels"_L1 || resource == "businesssystems"_L1;
    if (!known)
        return error(404, u"not_found"_s, u"No such route"_s);
    const bool get = method == "GET"_L1;
    if (!get && !(resource.isEmpty() && method == "PUT"_L1))
        return error(405, u"method_not_allowed"_s, u"Method not allowed on this resource"_s);
    if (get && !body.isEmpty())
        return error(415, u"unsupported_media_type"_s, u"This operation takes no request body"_s);
    const auto user = m_store->findUser(userId);
    if (!user)
        return error(404, u"not_found"_s, u"App user not found"_s);
    if (!get)
        return update(*user, body);
    const QJsonObject profile = m_store->profile(user->smoochId);
    if (resource == "channels"_L1) {
        QJsonArray channels = profile.value("channels"_L1).toArray();
        if (!profile.contains("channels"_L1) && !user->platform.isEmpty() &&
            user->platform != "web"_L1)
            channels.append(QJsonObject{{"type"_L1, user->platform},
                                        {"integrationId"_L1, "5a3174bd2bbc3a0022e2fa83"_L1}});
        return {200, {{"channels"_L1, channels}}};
    }
    if (resource == "businesssystems"_L1)
        return {200, {{"businessSystems"_L1, profile.value("businessSystems"_L1).toArray()}}};
    return {200, {{"appUser"_L1, appUserJson(*user)}}};
}

SandboxAppUsers::Answer SandboxAppUsers::update(const SandboxStore::AppUser &user,
                                                const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, u"bad_request"_s, u"The body must be a JSON object"_s);
    const QJsonObject update = document.object();
    const QStringList allowed = {u"givenName"_s, u"surname"_s, u"email"_s, u"signedUpAt"_s,
                                 u"properties"_s};
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (!allowed.contains(it.key()))
            return error(400, u"bad_request"_s, u"%1 cannot be updated"_s.arg(it.key()));
        if (it.key() == "properties"_L1) {
            if (!it.value().isObject())
                return error(400, u"bad_request"_s, u"properties must be an object"_s);
            const QJsonObject properties = it.value().toObject();
            for (auto p = properties.begin(); p != properties.end(); ++p) {
                if (!p.value().isString() && !p.value().isDouble() && !p.value().isBool())
                    return error(
                        400, u"bad_request"_s,
                        u"Property %1 must be a string, a number or a boolean"_s.arg(p.key()));
            }
        } else if (!it.value().isString()) {
            return error(400, u"bad_request"_s, u"%1 must be a string"_s.arg(it.key()));
        }
    }
    const QString email = update.value("email"_L1).toString();
    if (!email.isEmpty() && !email.contains(u'@'))
        return error(400, u"bad_request"_s, u"email must be an email address"_s);
    if (update.contains("signedUpAt"_L1) &&
        !QDateTime::fromString(update.value("signedUpAt"_L1).toString(), Qt::ISODateWithMs)
             .isValid())
        return error(400, u"bad_request"_s, u"signedUpAt must be a date (yyyy-mm-ddThh:mm:ssZ)"_s);

    QJsonObject profile = m_store->profile(user.smoochId);
    for (const QLatin1StringView key : {"email"_L1, "signedUpAt"_L1}) {
        if (update.contains(key))
            profile.insert(key, update.value(key));
    }
    if (update.contains("properties"_L1)) {
        QJsonObject properties = profile.value("properties"_L1).toObject();
        const QJsonObject changes = update.value("properties"_L1).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            properties.insert(it.key(), it.value());
        profile.insert("properties"_L1, properties);
    }
    m_store->setProfile(user.smoochId, profile);
    if (update.contains("givenName"_L1) || update.contains("surname"_L1)) {
        m_store->setNames(user.smoochId,
                          update.contains("givenName"_L1) ? update.value("givenName"_L1).toString()
                                                          : user.givenName,
                          update.contains("surname"_L1) ? update.value("surname"_L1).toString()
                                                        : user.surname);
    }
    const auto updated = m_store->findUser(user.smoochId);
    return {200, {{"appUser"_L1, appUserJson(updated.value_or(user))}}};
}
