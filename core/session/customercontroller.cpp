#include "session/customercontroller.h"

#include "client/appusersapi.h"
#include "storage/customerstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const QString propertyPrefix = u"properties."_s;

QString asText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

/*! The agent's \a text for a property that was \a before: a number or flag stays one. */
QJsonValue typed(const QString &text, const QJsonValue &before)
{
    if (before.isDouble()) {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    if (before.isBool()) {
        if (text.trimmed().compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (text.trimmed().compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    return text;
}
} // namespace

CustomerController::CustomerController(AppUsersApi *api, CustomerStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{}

CustomerController::~CustomerController()
{
    delete m_loads;
}

void CustomerController::open(const QString &userId)
{
    if (userId == m_userId && !userId.isEmpty())
        return;
    delete m_loads; // answers for the conversation before are not wanted
    m_userId = userId;
    m_appUser.reset();
    m_channels.reset();
    m_systems.reset();
    m_fetchedAt = {};
    m_fromCache = false;
    m_pendingLoads = 0;
    m_problem.clear();
    m_saving.clear();
    m_editErrors.clear();
    m_typed.clear();
    m_editSequence.clear();
    if (!userId.isEmpty() && m_store) {
        if (auto cached = m_store->load(userId)) {
            m_appUser = std::move(cached->appUser);
            m_channels = std::move(cached->channels);
            m_systems = std::move(cached->businessSystems);
            m_fetchedAt = cached->fetchedAt;
            m_fromCache = true;
        }
    }
    Q_EMIT changed();
    refresh();
}

void CustomerController::refresh()
{
    if (m_userId.isEmpty() || m_pendingLoads > 0)
        return;
    delete m_loads;
    m_loads = new QObject(this);
    m_pendingLoads = 3;
    m_failures.clear();
    const QString userId = m_userId;
    const quint64 savedBefore = m_saved;

    auto *user = m_api->getAppUser(userId, m_loads);
    connect(user, &ApiReply::succeeded, this, [this, user, userId, savedBefore] {
        if (m_store)
            m_store->saveAppUser(userId, user->result());
        if (m_saved == savedBefore) // else an edit since has the newer profile
            showAppUser(user->result(), false);
        loadFinished({});
    });
    connect(user, &ApiReply::failed, this, [this](const ApiError &error) {
        loadFinished(tr("Couldn't load the profile: %1").arg(error.userText()));
    });

    auto *channels = m_api->getChannels(userId, m_loads);
    connect(channels, &ApiReply::succeeded, this, [this, channels, userId] {
        if (m_store)
            m_store->saveChannels(userId, channels->result());
        m_channels = channels->result();
        loadFinished({});
    });
    connect(channels, &ApiReply::failed, this, [this](const ApiError &error) {
        loadFinished(tr("Couldn't load the channels: %1").arg(error.userText()));
    });

    auto *systems = m_api->getBusinessSystems(userId, m_loads);
    connect(systems, &ApiReply::succeeded, this, [this, systems, userId] {
        if (m_store)
            m_store->saveBusinessSystems(userId, systems->result());
        m_systems = systems->result();
        loadFinished({});
    });
    connect(systems, &ApiReply::failed, this, [this](const ApiError &error) {
        loadFinished(
            tr("Couldn't check other tools handling this conversation: %1").arg(error.userText()));
    });
    Q_EMIT changed();
}

void CustomerController::loadFinished(const QString &failure)
{
    if (!failure.isEmpty())
        m_failures.append(failure);
    if (--m_pendingLoads == 0) {
        m_problem = m_failures.join(u'\n');
        if (m_loads)
            m_loads->deleteLater();
    }
    Q_EMIT changed();
}

void CustomerController::showAppUser(const AppUser &user, bool fromCache)
{
    m_appUser = user;
    m_fromCache = fromCache;
    m_fetchedAt = QDateTime::currentDateTimeUtc();
}

bool CustomerController::isEditable(const QString &field)
{
    if (field == "givenName"_L1 || field == "surname"_L1 || field == "email"_L1)
        return true;
    return field.startsWith(propertyPrefix) && field.size() > propertyPrefix.size();
}

QHash<QString, QString> CustomerController::templateValues() const
{
    QHash<QString, QString> values;
    if (!m_appUser)
        return values;
    const auto add = [&values](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            values.insert(key, value.trimmed());
    };
    add(u"first_name"_s, m_appUser->firstName());
    add(u"last_name"_s, m_appUser->surname);
    add(u"name"_s, m_appUser->displayName());
    add(u"email"_s, m_appUser->email);
    for (auto it = m_appUser->properties.constBegin(); it != m_appUser->properties.constEnd(); ++it)
        add(u"property."_s + it.key(), it.value().toVariant().toString());
    return values;
}

QString CustomerController::valueOf(const QString &field) const
{
    if (!m_appUser)
        return {};
    if (field.startsWith(propertyPrefix))
        return asText(m_appUser->properties.value(field.mid(propertyPrefix.size())));
    if (field == "givenName"_L1)
        return m_appUser->givenName;
    if (field == "surname"_L1)
        return m_appUser->surname;
    if (field == "email"_L1)
        return m_appUser->email;
    return {};
}

std::optional<QString> CustomerController::pendingValue(const QString &field) const
{
    if (auto it = m_typed.constFind(field); it != m_typed.constEnd())
        return *it;
    return std::nullopt;
}

void CustomerController::discardEdit(const QString &field)
{
    m_editErrors.remove(field);
    if (!m_saving.contains(field))
        m_typed.remove(field);
    Q_EMIT changed();
}

bool CustomerController::edit(const QString &field, const QString &value)
{
    if (m_userId.isEmpty() || !isEditable(field))
        return false;
    QJsonObject update;
    if (field.startsWith(propertyPrefix)) {
        const QString key = field.mid(propertyPrefix.size());
        const QJsonValue before = m_appUser ? m_appUser->properties.value(key) : QJsonValue();
        update.insert("properties"_L1, QJsonObject{{key, typed(value, before)}});
    } else {
        update.insert(field, value);
    }
    const quint64 sequence = m_nextEdit++;
    m_editSequence.insert(field, sequence);
    m_saving.insert(field);
    m_editErrors.remove(field);
    m_typed.insert(field, value);
    const QString userId = m_userId;
    // An earlier edit of the field that has not answered yet stops: a retry of it must not
    // overwrite this one on the server.
    if (ApiReply *earlier = m_editReplies.value(field))
        earlier->cancel();
    // The edit goes on when the agent opens another conversation; what it shows does not.
    auto *reply = m_api->updateAppUser(userId, update, this);
    m_editReplies.insert(field, reply);
    connect(reply, &ApiReply::succeeded, this, [this, reply, field, userId, sequence] {
        if (m_store)
            m_store->saveAppUser(userId, reply->result());
        if (userId != m_userId || m_editSequence.value(field) != sequence)
            return;
        ++m_saved;
        m_saving.remove(field);
        m_typed.remove(field);
        showAppUser(reply->result(), false);
        Q_EMIT editSucceeded(field);
        Q_EMIT changed();
    });
    connect(reply, &ApiReply::failed, this, [this, field, userId, sequence](const ApiError &error) {
        if (userId != m_userId || m_editSequence.value(field) != sequence)
            return;
        m_saving.remove(field);
        const QString reason = error.kind() == ApiError::Kind::Http && error.httpStatus() == 400 &&
                                       !error.description().isEmpty()
                                   ? error.description()
                                   : error.userText();
        m_editErrors.insert(field, reason);
        Q_EMIT editFailed(field, reason);
        Q_EMIT changed();
    });
    Q_EMIT editStarted(field);
    Q_EMIT changed();
    return true;
}
