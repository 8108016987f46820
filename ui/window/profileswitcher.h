#pragma once

#include "accounts/profile.h"

#include <QObject>

class CredentialStore;
class ProfileStore;
class QMenu;
class QWidget;

/*!
 * \brief The saved profiles, as the window offers them: a menu of them (the open one checked),
 * the dialog to manage them, and reading a profile's secrets from the keychain to open it. With
 * no profile store or no keychain (tests) it offers nothing.
 */
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    /*! Dialogs open over \a window. */
    ProfileSwitcher(ProfileStore *profiles, CredentialStore *keychain, QWidget *window);

    /*! Whether profiles can be saved and opened here. */
    bool canManage() const { return m_profiles && m_keychain; }
    /*! Whether secrets can be read, so that read() can open a profile. */
    bool hasKeychain() const { return m_keychain; }
    /*! Fills \a menu with the saved profiles, the one with \a openId checked. */
    void fillMenu(QMenu *menu, const QString &openId);
    /*! Opens the dialog to manage the profiles; changed() follows when it closes. */
    void manage();
    /*! Reads \a profile's secrets from the keychain: opened() or failed() follows. */
    void read(const Profile &profile);
    /*! \a profile was opened: it opens next time too (unless it is temporary). */
    void remember(const Profile &profile);

Q_SIGNALS:
    /*! The agent chose \a profile (in the menu or the dialog). */
    void chosen(const Profile &profile);
    /*! \a profile's secrets were read: \a webhookSecret and \a relayToken are empty when the
        profile uses no webhook or relay, or none is stored. */
    void opened(const Profile &profile, const QByteArray &secret, const QByteArray &webhookSecret,
                const QByteArray &relayToken);
    void failed(const QString &message);
    /*! The saved profiles may have changed. */
    void changed();

private:
    void readOptional(const Profile &profile, int request, const QByteArray &secret,
                      const std::optional<QByteArray> &webhook);

    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    QWidget *m_window;
    int m_latestRead = 0; //!< which read() is the latest
};
