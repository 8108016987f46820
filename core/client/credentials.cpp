#include "client/credentials.h"

#include <QDateTime>
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

qint64 Credentials::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

QByteArray Credentials::authorizationHeader(qint64 serverOffset) const
{
    if (!isValid())
        return {};
    if (m_kind != Kind::SignedJwt)
        return m_header;
    const qint64 now = this->now() + serverOffset;
    // A token stays in use while it has a while to live: requests in flight and retries
    // carry one the server still accepts, even against a clock a little off.
    if (m_signedHeader.isEmpty() || now + jwtRenewal >= m_expiresAt ||
        now < m_expiresAt - jwtLifetime) {
        m_expiresAt = now + jwtLifetime;
        m_signedHeader = "Bearer " + signJwt(m_keyId, m_secret, m_scope, m_expiresAt);
    }
    return m_signedHeader;
}

void Credentials::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_signedHeader.clear();
}

bool Credentials::operator==(const Credentials &other) const
{
    return m_kind == other.m_kind && m_scope == other.m_scope && m_keyId == other.m_keyId &&
           m_secret == other.m_secret;
}

QByteArray Credentials::signJwt(const QString &keyId, const QByteArray &secret, Scope scope,
                                std::optional<qint64> expiresAt)
{
    // QJsonObject writes keys sorted: {"alg","kid","typ"}. JWT readers do not care about order.
    const QByteArray header =
        QJsonDocument(QJsonObject{{"alg"_L1, "HS256"_L1}, {"typ"_L1, "JWT"_L1}, {"kid"_L1, keyId}})
            .toJson(QJsonDocument::Compact);
    QJsonObject claims{{"scope"_L1, scope == Scope::App ? "app"_L1 : "account"_L1}};
    if (expiresAt)
        claims.insert("exp"_L1, *expiresAt);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}
