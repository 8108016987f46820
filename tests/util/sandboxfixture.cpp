#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture()
    : m_server(SandboxServer::Config{}, &m_store)
{
    if (!m_store.isOpen() || !m_server.start(QHostAddress::LocalHost, 0))
        qFatal("the sandbox did not start: %s", qPrintable(m_store.lastError()));
}

ApiConnection SandboxFixture::connection() const
{
    const auto &config = m_server.config();
    return ApiConnection(m_server.baseUrl(), config.appId,
                         Credentials::signedJwt(config.keyId, config.secret));
}

Profile SandboxFixture::profile(const QString &id) const
{
    const auto &config = m_server.config();
    Profile p;
    p.id = id;
    p.name = u"Profile "_s + id;
    p.baseUrl = m_server.baseUrl();
    p.appId = config.appId;
    p.keyId = config.keyId;
    p.adminTools = true;
    p.temporary = true;
    return p;
}

QStringList SandboxFixture::activities() const
{
    QStringList list;
    for (const auto &r : m_server.requests()) {
        if (!r.rawPath.endsWith("/conversation/activity"))
            continue;
        const QString user = QUrl::fromPercentEncoding(r.rawPath.split('/').value(5));
        list.append(user + u' ' +
                    QJsonDocument::fromJson(r.body).object().value("type"_L1).toString());
    }
    return list;
}

QList<QJsonObject> SandboxFixture::seedHistory(const QString &userId, int count,
                                               int sameTimestampEvery, double start)
{
    const SandboxStore::AppUser user = m_store.ensureUser(userId, u"Test"_s, u"User"_s);
    m_store.ensureConversation(user.smoochId);
    QList<QJsonObject> messages;
    double t = start;
    int runLeft = 0;
    for (int i = 0; i < count; ++i) {
        if (runLeft > 0) {
            --runLeft; // same timestamp as the previous message
        } else {
            t += 1.25;
            if (sameTimestampEvery > 0 && i % sameTimestampEvery == sameTimestampEvery - 1)
                runLeft = 2;
        }
        messages.append({{"_id"_L1, u"%1-%2"_s.arg(userId).arg(i, 5, 10, QLatin1Char('0'))},
                         {"type"_L1, "text"_L1},
                         {"role"_L1, i % 2 ? "appMaker"_L1 : "appUser"_L1},
                         {"text"_L1, u"message %1"_s.arg(i)},
                         {"authorId"_L1, user.smoochId},
                         {"received"_L1, t}});
    }
    if (!m_store.insertMessages(user.smoochId, messages))
        qFatal("seeding failed: %s", qPrintable(m_store.lastError()));
    return messages;
}
