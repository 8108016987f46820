#include "protocol/appuser.h"

#include "protocol/jsondocument.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString text(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().left(AppUser::maxTextLength) : QString();
}

std::optional<bool> flag(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QDateTime date(const QJsonObject &object, QLatin1StringView key)
{
    QDateTime when = QDateTime::fromString(text(object, key), Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    return when.toUTC();
}

/*! A time zone offset in hours, when it is a plausible one (UTC-12 to UTC+14). */
std::optional<double> offset(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double hours = value.toDouble();
    if (!std::isfinite(hours) || hours < -12 || hours > 14)
        return std::nullopt;
    return hours;
}

/*! Only http(s) pictures are worth fetching. */
QString picture(const QJsonValue &value)
{
    const QString url = value.isString() ? value.toString() : QString();
    if (url.size() > 2048 || !(url.startsWith("https://"_L1) || url.startsWith("http://"_L1)))
        return {};
    return url;
}

QList<AppUserClient> clientsOf(const QJsonValue &value, qsizetype *omitted)
{
    QList<AppUserClient> clients;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (clients.size() == AppUser::maxClients) {
            if (omitted)
                *omitted += array.size() - AppUser::maxClients;
            break;
        }
        if (auto client = AppUserClient::fromJson(entry.toObject()))
            clients.append(std::move(*client));
    }
    return clients;
}
} // namespace

std::optional<AppUserClient> AppUserClient::fromJson(const QJsonObject &object)
{
    AppUserClient c;
    c.id = text(object, "id"_L1);
    if (c.id.isEmpty())
        return std::nullopt;
    c.platform = text(object, "platform"_L1).left(100);
    c.status = text(object, "status"_L1).left(100);
    c.active = flag(object, "active"_L1);
    c.primary = flag(object, "primary"_L1);
    c.lastSeen = date(object, "lastSeen"_L1);
    c.linkedAt = date(object, "linkedAt"_L1);
    c.integrationId = text(object, "integrationId"_L1);
    c.externalId = text(object, "externalId"_L1);
    c.displayName = text(object, "displayName"_L1);
    c.appVersion = text(object, "appVersion"_L1);
    const QJsonObject info = object.value("info"_L1).toObject();
    const QJsonObject raw = object.value("raw"_L1).toObject();
    // The avatar: info.avatarUrl, the client's avatarUrl, then the channel's own fields.
    for (const QJsonValue &candidate :
         {info.value("avatarUrl"_L1), object.value("avatarUrl"_L1), raw.value("profile_pic"_L1),
          raw.value("pictureUrl"_L1), raw.value("avatar"_L1)}) {
        c.avatarUrl = picture(candidate);
        if (!c.avatarUrl.isEmpty())
            break;
    }
    c.timezoneOffset = offset(info.value("timezone"_L1));
    if (!c.timezoneOffset)
        c.timezoneOffset = offset(raw.value("timezone"_L1));
    c.locale = text(info, "locale"_L1).left(40);
    if (c.locale.isEmpty())
        c.locale = text(raw, "locale"_L1).left(40);
    // A channel's name when the client has none: Messenger, LINE, Viber, Telegram, WhatsApp.
    if (c.displayName.isEmpty()) {
        const QString full =
            (text(raw, "first_name"_L1) + u' ' + text(raw, "last_name"_L1)).trimmed();
        c.displayName = !full.isEmpty()                          ? full
                        : !text(raw, "displayName"_L1).isEmpty() ? text(raw, "displayName"_L1)
                        : !text(raw, "name"_L1).isEmpty()
                            ? text(raw, "name"_L1)
                            : text(raw.value("profile"_L1).toObject(), "name"_L1);
    }
    return c;
}

bool AppUserClient::isActive() const
{
    if (!status.isEmpty())
        return status == "active"_L1;
    return active.value_or(false);
}

std::optional<AppUser> AppUser::fromJson(const QJsonObject &object, QString *error)
{
    AppUser u;
    u.id = text(object, "_id"_L1);
    if (u.id.isEmpty()) {
        if (error)
            *error = u"the app user has no _id"_s;
        return std::nullopt;
    }
    u.userId = text(object, "userId"_L1);
    u.givenName = text(object, "givenName"_L1);
    u.surname = text(object, "surname"_L1);
    u.email = text(object, "email"_L1);
    u.signedUpAt = date(object, "signedUpAt"_L1);
    u.conversationStarted = object.value("conversationStarted"_L1).toBool();
    const QJsonObject properties = object.value("properties"_L1).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (u.properties.size() == maxProperties) {
            u.omittedProperties = properties.size() - maxProperties;
            break;
        }
        if (it.key().isEmpty() || it.key().size() > 200)
            continue;
        QJsonValue value = it.value();
        if (value.isString())
            value = value.toString().left(maxTextLength);
        else if (!value.isDouble() && !value.isBool() && !value.isNull())
            value =
                QString::fromUtf8(
                    QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact))
                    .left(maxTextLength);
        u.properties.insert(it.key(), value);
    }
    u.clients = clientsOf(object.value("clients"_L1), &u.omittedClients);
    if (u.clients.isEmpty() && object.value("clients"_L1).isUndefined())
        u.clients = clientsOf(object.value("devices"_L1), &u.omittedClients); // v1's name
    u.pendingClients = clientsOf(object.value("pendingClients"_L1), nullptr);
    u.json = object;
    return u;
}

std::optional<AppUser> AppUser::fromResponse(const QByteArray &body, QString *error)
{
    const auto object = JsonDocument::parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (!object->value("appUser"_L1).isObject()) {
        if (error)
            *error = u"the response has no appUser"_s;
        return std::nullopt;
    }
    return fromJson(object->value("appUser"_L1).toObject(), error);
}

const AppUserClient *AppUser::primaryClient() const
{
    const AppUserClient *best = nullptr;
    for (const AppUserClient &c : clients) {
        if (c.primary.value_or(false))
            return &c;
        if (!best || c.lastSeen > best->lastSeen)
            best = &c;
    }
    return best;
}

QString AppUser::displayName() const
{
    const QString full = (givenName + u' ' + surname).trimmed();
    if (!full.isEmpty())
        return full;
    if (const AppUserClient *c = primaryClient(); c && !c->displayName.trimmed().isEmpty())
        return c->displayName.trimmed();
    for (const AppUserClient &c : clients) {
        if (!c.displayName.trimmed().isEmpty())
            return c.displayName.trimmed();
    }
    return !userId.isEmpty() ? userId : id;
}

QString AppUser::firstName() const
{
    if (!givenName.trimmed().isEmpty())
        return givenName.trimmed();
    const QString name = displayName();
    if (name == userId || name == id)
        return {};
    return name.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

std::optional<double> AppUser::timezoneOffset() const
{
    if (const AppUserClient *c = primaryClient(); c && c->timezoneOffset)
        return c->timezoneOffset;
    for (const AppUserClient &c : clients) {
        if (c.timezoneOffset)
            return c.timezoneOffset;
    }
    return std::nullopt;
}

QString AppUser::avatarUrl() const
{
    if (const AppUserClient *c = primaryClient(); c && !c->avatarUrl.isEmpty())
        return c->avatarUrl;
    for (const AppUserClient &c : clients) {
        if (!c.avatarUrl.isEmpty())
            return c.avatarUrl;
    }
    return {};
}
