#include "credentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace {
QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

Credentials Credentials::signedJwt(const QString &keyId, const QByteArray &secret, Scope scope)
{
    Credentials c;
    c.m_kind = Kind::SignedJwt;
    c.m_scope = scope;
    c.m_keyId = keyId;
    c.m_secret = secret;
    c.m_header = "Bearer " + signJwt(keyId, secret, scope);
    return c;
}

Credentials::Scope Credentials::scopeForKeyId(const QString &keyId)
{
    return keyId.startsWith("act_"_L1) ? Scope::Account : Scope::App;
}

Credentials Credentials::jwt(const QByteArray &token)
{
    Credentials c;
    c.m_kind = Kind::Jwt;
    c.m_secret = token.trimmed();
    c.m_header = "Bearer " + c.m_secret;
    return c;
}

Credentials Credentials::basic(const QString &keyId, const QByteArray &secret)
{
    Credentials c;
    c.m_kind = Kind::Basic;
    c.m_keyId = keyId;
    c.m_secret = secret;
    c.m_header = "Basic " + (keyId.toUtf8() + ':' + secret).toBase64();
    return c;
}

bool Credentials::isValid() const
{
    switch (m_kind) {
    case Kind::None:
        return false;
    case Kind::Jwt:
        return m_secret.count('.') == 2;
    case Kind::SignedJwt:
    case Kind::Basic:
        return !m_keyId.isEmpty() && !m_secret.isEmpty();
    }
    return false;
}

QByteArray Credentials::authorizationHeader() const
{
    return isValid() ? m_header : QByteArray();
}

QByteArray Credentials::signJwt(const QString &keyId, const QByteArray &secret, Scope scope)
{
    // QJsonObject writes keys sorted: {"alg","kid","typ"}. JWT readers do not care about order.
    const QByteArray header =
        QJsonDocument(QJsonObject{{"alg"_L1, "HS256"_L1}, {"typ"_L1, "JWT"_L1}, {"kid"_L1, keyId}})
            .toJson(QJsonDocument::Compact);
    const QByteArray payload =
        QJsonDocument(QJsonObject{{"scope"_L1, scope == Scope::App ? "app"_L1 : "account"_L1}})
            .toJson(QJsonDocument::Compact);
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}
