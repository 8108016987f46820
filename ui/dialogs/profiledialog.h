#pragma once

#include "accounts/profile.h"

#include <QDialog>

class ConversationApi;
class CredentialStore;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

/*!
 * \brief Profiles: one per Smooch app. Settings go to ProfileStore, secrets to the keychain.
 * "Test connection" asks for the messages of a random user: 404 means the credentials work,
 * 401 or 403 that they do not.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent = nullptr);

    /*! The profile as the form shows it. */
    Profile formProfile() const;
    void setFormProfile(const Profile &profile);
    /*! Runs the connection test with the form's values; the result lands in the status line. */
    void testConnection();
    QString statusText() const;

Q_SIGNALS:
    void openRequested(const Profile &profile);
    void testFinished(bool works, const QString &message);

private:
    void reload(const QString &selectId = {});
    void save();
    void removeCurrent();
    void setStatus(const QString &text);

    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    ConversationApi *m_testApi;
    QString m_currentId;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_baseUrl;
    QLineEdit *m_appId;
    QComboBox *m_auth;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLineEdit *m_agentName;
    QLineEdit *m_agentEmail;
    QLineEdit *m_agentAvatar;
    QCheckBox *m_admin;
    QCheckBox *m_webhook;
    QSpinBox *m_webhookPort;
    QLineEdit *m_webhookSecret;
    QLineEdit *m_relayUrl;
    QLineEdit *m_relayToken;
    QLabel *m_status;
};
