#pragma once

#include <QByteArray>
#include <QString>

/*!
 * \brief How requests authenticate: a key id and secret that sign an HS256 JWT locally, a
 * pasted JWT, or HTTP Basic with the key id and secret.
 *
 * The secret never leaves this object except inside the Authorization header; there is no
 * debug output for it and no accessor that returns it.
 */
class Credentials
{
public:
    enum class Kind { None, SignedJwt, Jwt, Basic };
    enum class Scope { App, Account };

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

    /*! The value of the Authorization header: "Bearer <jwt>" or "Basic <base64>". */
    QByteArray authorizationHeader() const;

    /*! Signs the compact JWS {"alg":"HS256","typ":"JWT","kid"}.{"scope"} with HMAC-SHA256. */
    static QByteArray signJwt(const QString &keyId, const QByteArray &secret, Scope scope);

    bool operator==(const Credentials &) const = default;

private:
    Kind m_kind = Kind::None;
    Scope m_scope = Scope::App;
    QString m_keyId;
    QByteArray m_secret; //!< secret for SignedJwt and Basic, the token for Jwt
    QByteArray m_header; //!< computed once: signing is deterministic
};
