#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/*!
 * \brief One channel or device an app user is reachable on (a v1.1 \c Client): its platform,
 * whether it is the primary one, when the user was last seen there, and who the channel says
 * the user is.
 *
 * fromJson() needs only \c id; every other field is optional and read only when it has the
 * expected JSON type. The avatar comes from \c info.avatarUrl, else the client's own
 * \c avatarUrl, else the channel's raw picture fields; the time zone offset (hours from UTC)
 * from \c info.timezone, else \c raw.timezone. Strings are cut to a bounded length, and
 * \c pushNotificationToken is never kept.
 */
struct AppUserClient
{
    QString id;
    QString platform;
    QString status; //!< active, blocked, inactive, pending (an open set)
    std::optional<bool> active;
    std::optional<bool> primary;
    QDateTime lastSeen; //!< invalid when not given
    QDateTime linkedAt;
    QString integrationId;
    QString externalId;
    QString displayName;
    QString avatarUrl;
    std::optional<double> timezoneOffset; //!< hours east of UTC
    QString locale;
    QString appVersion;

    static std::optional<AppUserClient> fromJson(const QJsonObject &object);
    /*! Whether the channel can reach the user now ("active", or the deprecated flag). */
    bool isActive() const;
};

/*!
 * \brief A v1.1 app user (the customer): names, email, sign-up date, custom properties and the
 * clients they are reachable on, as \c GET and \c PUT \c appusers/{userId} answer.
 *
 * fromJson() requires only \c _id and is tolerant of the rest: a field of the wrong type is
 * ignored, dates that do not parse stay invalid. Hostile sizes are bounded: at most
 * maxClients clients and maxProperties properties are kept (omittedClients and
 * omittedProperties count the rest) and text is cut to maxTextLength. \c json keeps the
 * object as it came (unknown fields included), for the cache and for round trips.
 */
struct AppUser
{
    static constexpr qsizetype maxClients = 50;
    static constexpr qsizetype maxProperties = 100;
    static constexpr qsizetype maxTextLength = 1000;

    QString id; //!< \c _id, the smoochId
    QString userId;
    QString givenName;
    QString surname;
    QString email;
    QDateTime signedUpAt;   //!< invalid when not given
    QJsonObject properties; //!< flat: strings, numbers, booleans (others shown as text)
    qsizetype omittedProperties = 0;
    bool conversationStarted = false;
    QList<AppUserClient> clients;
    QList<AppUserClient> pendingClients;
    qsizetype omittedClients = 0;
    QJsonObject json; //!< the object as received

    static std::optional<AppUser> fromJson(const QJsonObject &object, QString *error = nullptr);
    /*! The \c appUser of a GET or PUT answer. */
    static std::optional<AppUser> fromResponse(const QByteArray &body, QString *error = nullptr);

    /*! Given name and surname, else the primary client's display name, else the userId or id. */
    QString displayName() const;
    /*! The given name, else the first word of displayName() (templates' {{first_name}}). */
    QString firstName() const;
    /*! The primary client, else the most recently seen one; null when there is none. */
    const AppUserClient *primaryClient() const;
    /*! The time zone offset of the primary client, else of the first client that gives one. */
    std::optional<double> timezoneOffset() const;
    /*! The avatar of the primary client, else of the first client that has one. */
    QString avatarUrl() const;
};

Q_DECLARE_METATYPE(AppUser)
