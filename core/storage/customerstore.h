#pragma once

#include "protocol/appuser.h"
#include "protocol/businesssystem.h"
#include "protocol/channelentity.h"

#include <QDateTime>
#include <QString>

#include <optional>

class LocalStore;

/*!
 * \brief The customer profiles the agent has seen, per profile, in the local database: the last
 * app user, channels and business systems fetched for each user, with when they were fetched,
 * so that the customer panel shows them at once the next time, before the network answers.
 *
 * What is kept is bounded as AppUser bounds it (clients and properties beyond its limits are
 * not stored). A row that no longer parses reads as no cache. Rows are bound to the app they
 * came from (base URL and app id): a profile pointed at another app never shows them.
 */
class CustomerStore
{
public:
    struct Entry
    {
        AppUser appUser;
        std::optional<QList<ChannelEntity>> channels;         //!< not yet fetched: none
        std::optional<QList<BusinessSystem>> businessSystems; //!< not yet fetched: none
        QDateTime fetchedAt;                                  //!< of the app user
    };

    /*! The cache of \a store for the app \a app names (its base URL and id): rows another app
     * left are never read. */
    explicit CustomerStore(LocalStore *store, const QString &app = {});

    std::optional<Entry> load(const QString &userId) const;
    /*! Keeps \a appUser for \a userId, fetched now. */
    bool saveAppUser(const QString &userId, const AppUser &appUser);
    bool saveChannels(const QString &userId, const QList<ChannelEntity> &channels);
    bool saveBusinessSystems(const QString &userId, const QList<BusinessSystem> &systems);

private:
    bool saveColumn(const QString &userId, const char *column, const QByteArray &json);
    void forgetOtherApp(const QString &userId);
    LocalStore *m_store;
    QString m_app;
};
