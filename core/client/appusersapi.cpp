#include "client/appusersapi.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

AppUsersApi::AppUsersApi(QObject *parent)
    : ApiClient("app user request", defaultMaxResponseSize, parent)
{}

AppUsersApi::~AppUsersApi() = default;

QStringList AppUsersApi::updatableFields()
{
    return {u"givenName"_s, u"surname"_s, u"email"_s, u"signedUpAt"_s, u"properties"_s};
}

ApiReplyOf<AppUser> *AppUsersApi::getAppUser(const QString &userId, QObject *context)
{
    return start<ApiReplyOf<AppUser>>(
        context, {.operation = Get,
                  .verb = "GET",
                  .url = connection().userUrl(userId, {}),
                  .refusal = userId.isEmpty() ? tr("no user id given") : QString()});
}

ApiReplyOf<AppUser> *AppUsersApi::updateAppUser(const QString &userId, const QJsonObject &update,
                                                QObject *context)
{
    QString refusal;
    if (userId.isEmpty())
        refusal = tr("no user id given");
    else if (update.isEmpty())
        refusal = tr("nothing to update");
    for (auto it = update.begin(); refusal.isEmpty() && it != update.end(); ++it) {
        if (!updatableFields().contains(it.key()))
            refusal = tr("%1 cannot be changed").arg(it.key());
        else if (it.key() == "properties"_L1 && !it.value().isObject())
            refusal = tr("properties must be an object");
        else if (it.key() != "properties"_L1 && !it.value().isString())
            refusal = tr("%1 must be text").arg(it.key());
    }
    return start<ApiReplyOf<AppUser>>(context,
                                      {.operation = Update,
                                       .verb = "PUT",
                                       .url = connection().userUrl(userId, {}),
                                       .body = QJsonDocument(update).toJson(QJsonDocument::Compact),
                                       .refusal = refusal});
}

ApiReplyOf<QList<ChannelEntity>> *AppUsersApi::getChannels(const QString &userId, QObject *context)
{
    return start<ApiReplyOf<QList<ChannelEntity>>>(
        context, {.operation = Channels,
                  .verb = "GET",
                  .url = connection().userUrl(userId, {u"channels"_s}),
                  .refusal = userId.isEmpty() ? tr("no user id given") : QString()});
}

ApiReplyOf<QList<BusinessSystem>> *AppUsersApi::getBusinessSystems(const QString &userId,
                                                                   QObject *context)
{
    return start<ApiReplyOf<QList<BusinessSystem>>>(
        context, {.operation = BusinessSystems,
                  .verb = "GET",
                  .url = connection().userUrl(userId, {u"businesssystems"_s}),
                  .refusal = userId.isEmpty() ? tr("no user id given") : QString()});
}

void AppUsersApi::handleSuccess(RequestId id, int operation, const QByteArray &body)
{
    QString parseError;
    switch (Operation(operation)) {
    case Get:
    case Update:
        return concludeWith(id, AppUser::fromResponse(body, &parseError), parseError);
    case Channels:
        return concludeWith(id, ChannelEntity::listFromResponse(body, &parseError), parseError);
    case BusinessSystems:
        return concludeWith(id, BusinessSystem::listFromResponse(body, &parseError), parseError);
    }
}
