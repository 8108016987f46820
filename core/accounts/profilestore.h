#pragma once

#include "accounts/profile.h"

#include <QSettings>

#include <memory>

/*!
 * \brief The saved profiles, in the user's settings. Only what is not secret is written here;
 * a test scans these files for secrets after a full session.
 */
class ProfileStore
{
public:
    /*! The console's settings; \a path names another settings file (tests, smoochctl --config). */
    explicit ProfileStore(const QString &path = {});

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &idOrName) const;
    /*! Saves \a profile (a new one gets an id); temporary profiles are never saved. */
    Profile save(Profile profile);
    void remove(const QString &id);
    QString currentId() const;
    void setCurrentId(const QString &id);
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};
