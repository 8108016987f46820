#include "accounts/profilestore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(const QString &path)
    : m_settings(path.isEmpty()
                     ? std::make_unique<QSettings>(u"smooch-console"_s, u"smooch-console"_s)
                     : std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(u"profiles"_s);
    for (const QString &id : m_settings->childGroups()) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(u"name"_s).toString();
        p.baseUrl =
            QUrl(m_settings->value(u"baseUrl"_s, ApiConnection::defaultBaseUrl()).toString());
        p.appId = m_settings->value(u"appId"_s).toString();
        p.auth = Profile::Auth(std::clamp(m_settings->value(u"auth"_s, 0).toInt(), 0, 2));
        p.keyId = m_settings->value(u"keyId"_s).toString();
        p.agentName = m_settings->value(u"agentName"_s).toString();
        p.agentEmail = m_settings->value(u"agentEmail"_s).toString();
        p.agentAvatarUrl = m_settings->value(u"agentAvatarUrl"_s).toString();
        p.adminTools = m_settings->value(u"adminTools"_s, false).toBool();
        p.webhookEnabled = m_settings->value(u"webhookEnabled"_s, false).toBool();
        p.webhookPort = quint16(m_settings->value(u"webhookPort"_s, 0).toUInt());
        p.relayUrl = QUrl(m_settings->value(u"relayUrl"_s).toString());
        m_settings->endGroup();
        result.append(p);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &idOrName) const
{
    for (const Profile &p : profiles()) {
        if (p.id == idOrName || p.name == idOrName)
            return p;
    }
    return std::nullopt;
}

Profile ProfileStore::save(Profile p)
{
    if (p.temporary)
        return p;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(u"profiles/"_s + p.id);
    m_settings->setValue(u"name"_s, p.name);
    m_settings->setValue(u"baseUrl"_s, p.baseUrl.toString());
    m_settings->setValue(u"appId"_s, p.appId);
    m_settings->setValue(u"auth"_s, int(p.auth));
    m_settings->setValue(u"keyId"_s, p.keyId);
    m_settings->setValue(u"agentName"_s, p.agentName);
    m_settings->setValue(u"agentEmail"_s, p.agentEmail);
    m_settings->setValue(u"agentAvatarUrl"_s, p.agentAvatarUrl);
    m_settings->setValue(u"adminTools"_s, p.adminTools);
    m_settings->setValue(u"webhookEnabled"_s, p.webhookEnabled);
    m_settings->setValue(u"webhookPort"_s, p.webhookPort);
    m_settings->setValue(u"relayUrl"_s, p.relayUrl.toString());
    m_settings->endGroup();
    m_settings->sync();
    return p;
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(u"profiles/"_s + id);
    if (currentId() == id)
        m_settings->remove(u"currentProfile"_s);
    m_settings->sync();
}

QString ProfileStore::currentId() const
{
    return m_settings->value(u"currentProfile"_s).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings->setValue(u"currentProfile"_s, id);
    m_settings->sync();
}
