#pragma once

#include "protocol/appuser.h"
#include "protocol/businesssystem.h"
#include "protocol/channelentity.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class ApiReply;
class AppUsersApi;
class CustomerStore;

/*!
 * \brief Who the customer of the open conversation is, for the customer panel: decides what the
 * panel shows, never blocks the conversation.
 *
 * open() shows the cached profile of the user at once (changed() before it returns) and then
 * refreshes it: GET appuser, channels and businesssystems in parallel. Each answer is shown and
 * cached as it comes; a failure keeps what is shown and problem() says what could not be
 * loaded. Answers for a conversation that is no longer open are dropped.
 *
 * edit() changes one field (\c givenName, \c surname, \c email or \c properties.KEY) through a
 * PUT that carries that field alone (a property inside \c properties alone: the API merges).
 * editSucceeded() or editFailed() follows for that field, with the reason; the value the agent
 * typed is kept by the failure (editError() and pendingValue()). Only the latest edit of a
 * field decides what that field shows; a refresh that started before a successful edit does not
 * undo it on screen.
 */
class CustomerController : public QObject
{
    Q_OBJECT

public:
    CustomerController(AppUsersApi *api, CustomerStore *store, QObject *parent = nullptr);
    ~CustomerController() override;

    /*! Shows \a userId's profile (empty: none) from the cache, then refreshes it. */
    void open(const QString &userId);
    /*! Loads the open user's profile again. */
    void refresh();

    QString userId() const { return m_userId; }
    /*! The profile shown: from the cache or the network; none until one of them had it. */
    const std::optional<AppUser> &appUser() const { return m_appUser; }
    const std::optional<QList<ChannelEntity>> &channels() const { return m_channels; }
    const std::optional<QList<BusinessSystem>> &businessSystems() const { return m_systems; }
    /*! When the profile shown was fetched; invalid when none is shown. */
    QDateTime fetchedAt() const { return m_fetchedAt; }
    /*! Whether the profile shown came from the cache and no fresh one has arrived yet. */
    bool isFromCache() const { return m_fromCache; }
    bool isLoading() const { return m_pendingLoads > 0; }
    /*! What the last refresh could not load, in words; empty when all of it came. */
    QString problem() const { return m_problem; }

    /*! Whether \a field (givenName, surname, email, properties.KEY) may be edited. */
    static bool isEditable(const QString &field);
    /*! Sends \a value for \a field of the open user. Returns false when \a field is not one. */
    bool edit(const QString &field, const QString &value);
    bool isSaving(const QString &field) const { return m_saving.contains(field); }
    /*! Why the last edit of \a field failed; empty when it did not. */
    QString editError(const QString &field) const { return m_editErrors.value(field); }
    /*! What the agent typed into \a field and has not been saved (while saving, or failed). */
    std::optional<QString> pendingValue(const QString &field) const;
    /*! Forgets the failure of \a field (the agent gave up the edit). */
    void discardEdit(const QString &field);
    /*! The value of \a field in the profile shown, as text. */
    QString valueOf(const QString &field) const;
    /*!
     * What saved replies fill in for this customer: first_name, last_name, name, email and
     * property.KEY, each only when known and not blank; empty while no profile is shown.
     */
    QHash<QString, QString> templateValues() const;

Q_SIGNALS:
    /*! Something the panel shows changed (profile, loading, problem). */
    void changed();
    void editStarted(const QString &field);
    void editSucceeded(const QString &field);
    void editFailed(const QString &field, const QString &reason);

private:
    void showAppUser(const AppUser &user, bool fromCache);
    void loadFinished(const QString &failure);

    AppUsersApi *m_api;
    CustomerStore *m_store;
    QString m_userId;
    std::optional<AppUser> m_appUser;
    std::optional<QList<ChannelEntity>> m_channels;
    std::optional<QList<BusinessSystem>> m_systems;
    QDateTime m_fetchedAt;
    bool m_fromCache = false;
    QPointer<QObject> m_loads; //!< the context of the refresh in flight
    int m_pendingLoads = 0;
    QStringList m_failures;
    QString m_problem;
    quint64 m_saved = 0; //!< edits that succeeded, so a refresh from before one is not shown
    QHash<QString, quint64> m_editSequence;
    quint64 m_nextEdit = 1;
    QSet<QString> m_saving;
    QHash<QString, QString> m_editErrors;
    QHash<QString, QString> m_typed;
    QHash<QString, QPointer<ApiReply>> m_editReplies; //!< the latest PUT of each field
};
