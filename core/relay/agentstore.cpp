#include "relay/agentstore.h"

#include "client/logging.h"
#include "relay/relayconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return u"srt_"_s + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals));
}

QStringList appsFrom(const QString &json)
{
    QStringList apps;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        apps.append(v.toString());
    return apps;
}
} // namespace

std::unique_ptr<AgentStore> AgentStore::openSqlite(const QString &file, QString *error)
{
    return open(int(RelayConnection::Kind::Sqlite), file, error);
}

std::unique_ptr<AgentStore> AgentStore::openPostgres(const QString &conninfo, QString *error)
{
    return open(int(RelayConnection::Kind::Postgres), conninfo, error);
}

std::unique_ptr<AgentStore> AgentStore::open(int kind, const QString &location, QString *error)
{
    auto connection =
        std::make_unique<RelayConnection>(RelayConnection::Kind(kind), location, u"agents"_s);
    QString why;
    if (!connection->open(&why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<AgentStore>(new AgentStore(std::move(connection)));
}

AgentStore::AgentStore(std::unique_ptr<RelayConnection> connection)
    : m_connection(std::move(connection))
{}

AgentStore::~AgentStore() = default;

bool AgentStore::ready() const
{
    if (!m_broken)
        return true;
    QString error;
    if (!m_connection->open(&error)) {
        qCWarning(lcRelay) << "the agent store cannot reconnect:" << error;
        return false;
    }
    m_broken = false;
    return true;
}

QString AgentStore::add(const QString &name, const QStringList &apps, QString *error)
{
    if (name.trimmed().isEmpty() || name != name.trimmed()) {
        if (error)
            *error = QCoreApplication::translate(
                "AgentStore", "An agent's name must not be empty or begin or end with a space.");
        return {};
    }
    if (!ready()) {
        if (error)
            *error = QCoreApplication::translate("AgentStore", "The database cannot be reached.");
        return {};
    }
    const QString token = newToken();
    QSqlQuery q(m_connection->database());
    q.prepare(u"INSERT INTO relay_agents (name, token_hash, apps, created_ms) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (name) DO NOTHING"_s);
    q.addBindValue(name);
    q.addBindValue(QString::fromLatin1(tokenHash(token)));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(apps)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        m_broken = m_connection->isPostgres();
        return {};
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error =
                QCoreApplication::translate("AgentStore", "There is already an agent named %1.")
                    .arg(name);
        return {};
    }
    return token;
}

bool AgentStore::remove(const QString &name, QString *error)
{
    if (!ready())
        return false;
    QSqlQuery q(m_connection->database());
    q.prepare(u"DELETE FROM relay_agents WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        m_broken = m_connection->isPostgres();
        return false;
    }
    return q.numRowsAffected() > 0;
}

QList<Agent> AgentStore::list() const
{
    QList<Agent> agents;
    if (!ready())
        return agents;
    QSqlQuery q(m_connection->database());
    if (!q.exec(u"SELECT name, apps FROM relay_agents ORDER BY name"_s)) {
        qCWarning(lcRelay) << "listing agents failed:" << q.lastError().text();
        m_broken = m_connection->isPostgres();
        return agents;
    }
    while (q.next())
        agents.append({q.value(0).toString(), appsFrom(q.value(1).toString())});
    return agents;
}

std::optional<Agent> AgentStore::authenticate(const QString &token, bool *unavailable) const
{
    if (unavailable)
        *unavailable = false;
    if (!token.startsWith(u"srt_"_s))
        return std::nullopt;
    const QByteArray hash = tokenHash(token);
    QSqlQuery q;
    // A PostgreSQL connection the server dropped (a restart) is opened again once at once.
    for (int attempt = 0;; ++attempt) {
        const bool open = ready(); // a connection that cannot be opened is not tried twice
        if (open) {
            q = QSqlQuery(m_connection->database());
            q.setForwardOnly(true);
            if (q.exec(u"SELECT name, token_hash, apps FROM relay_agents"_s))
                break;
            qCWarning(lcRelay) << "reading agents failed:" << q.lastError().text();
            m_broken = m_connection->isPostgres();
        }
        if (!open || attempt > 0 || !m_broken) {
            if (unavailable)
                *unavailable = true;
            return std::nullopt;
        }
    }
    // Every stored hash is compared in full, whichever matches.
    std::optional<Agent> found;
    while (q.next()) {
        if (constantTimeEquals(hash, q.value(1).toString().toLatin1()))
            found = Agent{q.value(0).toString(), appsFrom(q.value(2).toString())};
    }
    return found;
}
