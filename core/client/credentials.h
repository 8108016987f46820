#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

/*!
 * \brief How requests authenticate: a key id and secret that sign an HS256 JWT locally, a
 * pasted JWT, or HTTP Basic with the key id and secret.
 *
 * The secret never leaves this object except inside the Authorization header; there is no
 * debug output for it and no accessor that returns it.
 *
 * A JWT signed here expires jwtLifetime seconds after it was signed, so that a token that
 * leaked (a proxy log, a crash dump) is of little use; authorizationHeader() signs a new one
 * when less than jwtRenewal seconds are left, so a long-lived connection keeps working.
 */
class Credentials
{
public:
    enum class Kind { None, SignedJwt, Jwt, Basic };
    enum class Scope { App, Account };
    /*! Seconds since the epoch; the system clock unless a test sets another. */
    using Clock = std::function<qint64()>;

    static constexpr qint64 jwtLifetime = 600;
    static constexpr qint64 jwtRenewal = 120;

    Credentials() = default;
    /*! A JWT signed here with \a secret, header \c kid = \a keyId, payload \c scope. */
    static Credentials signedJwt(const QString &keyId, const QByteArray &secret,
                                 Scope scope = Scope::App);
    /*! A JWT made elsewhere, sent as it is. */
    static Credentials jwt(const QByteArray &token);
    /*! HTTP Basic with the key id and secret. */
    static Credentials basic(const QString &keyId, const QByteArray &secret);

    /*! Account keys ("act_...") sign with account scope, app keys ("app_...") with app scope. */
    static Scope scopeForKeyId(const QString &keyId);

    Kind kind() const { return m_kind; }
    Scope scope() const { return m_scope; }
    QString keyId() const { return m_keyId; }
    bool isValid() const;

    /*!
     * The value of the Authorization header: "Bearer <jwt>" or "Basic <base64>". A signed JWT
     * is signed again when it would expire within jwtRenewal seconds. Its \c exp is set on the
     * server's clock: \a serverOffset seconds ahead of now().
     */
    QByteArray authorizationHeader(qint64 serverOffset = 0) const;
    /*! The clock's reading, seconds since the epoch. */
    qint64 now() const;
    /*! Replaces the clock that sets and checks the expiry of signed JWTs. */
    void setClock(Clock clock);

    /*!
     * Signs the compact JWS {"alg":"HS256","typ":"JWT","kid"}.{"exp","scope"} with HMAC-SHA256;
     * without \a expiresAt (seconds since the epoch) the payload has no \c exp.
     */
    static QByteArray signJwt(const QString &keyId, const QByteArray &secret, Scope scope,
                              std::optional<qint64> expiresAt = std::nullopt);

    /*! The same key, secret or token: the clock and the current JWT do not count. */
    bool operator==(const Credentials &other) const;

private:
    Kind m_kind = Kind::None;
    Scope m_scope = Scope::App;
    QString m_keyId;
    QByteArray m_secret; //!< secret for SignedJwt and Basic, the token for Jwt
    QByteArray m_header; //!< for Jwt and Basic, computed once
    Clock m_clock;
    mutable QByteArray m_signedHeader;
    mutable qint64 m_expiresAt = 0; //!< of m_signedHeader
};
