#include "window/profileswitcher.h"

#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "dialogs/profiledialog.h"
#include "text/plaintext.h"

#include <QActionGroup>
#include <QMenu>

using namespace Qt::StringLiterals;

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, CredentialStore *keychain, QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_window(window)
{}

void ProfileSwitcher::fillMenu(QMenu *menu, const QString &openId)
{
    menu->clear();
    if (!m_profiles) {
        menu->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(menu);
    for (const Profile &p : m_profiles->profiles()) {
        QAction *action = menu->addAction(PlainText::oneLine(p.name, 60).replace(u'&', "&&"_L1));
        action->setCheckable(true);
        action->setChecked(!openId.isNull() && openId == p.id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, p] { Q_EMIT chosen(p); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("(no saved profiles)"))->setEnabled(false);
}

void ProfileSwitcher::manage()
{
    if (!canManage())
        return;
    // Modal to the window, without an event loop of its own.
    auto *dialog = new ProfileDialog(m_profiles, m_keychain, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::openRequested, this, &ProfileSwitcher::chosen);
    connect(dialog, &QDialog::finished, this, &ProfileSwitcher::changed);
    dialog->open();
}

void ProfileSwitcher::read(const Profile &profile)
{
    // Both secrets come from the keychain, one after the other. Only the latest choice opens:
    // an answer about one chosen before it is dropped.
    const int request = ++m_latestRead;
    m_keychain->read(
        profile.secretKey(), this,
        [this, profile, request](const std::optional<QByteArray> &secret, const QString &error) {
            if (request != m_latestRead)
                return;
            if (!secret) {
                Q_EMIT failed(error.isEmpty()
                                  ? tr("No secret is stored for the profile “%1”: "
                                       "enter it under Manage profiles.")
                                        .arg(profile.name)
                                  : tr("The keychain could not be read (%1).").arg(error));
                return;
            }
            readOptional(profile, request, *secret, {});
        });
}

void ProfileSwitcher::readOptional(const Profile &profile, int request, const QByteArray &secret,
                                   const std::optional<QByteArray> &webhook)
{
    // The webhook secret, then the relay token, each only when the profile uses it.
    if (profile.webhookEnabled && !webhook) {
        m_keychain->read(profile.webhookSecretKey(), this,
                         [this, profile, secret, request](const std::optional<QByteArray> &value,
                                                          const QString &) {
                             if (request == m_latestRead)
                                 readOptional(profile, request, secret,
                                              value.value_or(QByteArray()));
                         });
        return;
    }
    if (!profile.hasRelay()) {
        Q_EMIT opened(profile, secret, webhook.value_or(QByteArray()), {});
        return;
    }
    m_keychain->read(profile.relayTokenKey(), this,
                     [this, profile, secret, webhook,
                      request](const std::optional<QByteArray> &token, const QString &) {
                         if (request == m_latestRead)
                             Q_EMIT opened(profile, secret, webhook.value_or(QByteArray()),
                                           token.value_or(QByteArray()));
                     });
}

void ProfileSwitcher::remember(const Profile &profile)
{
    if (m_profiles && !profile.temporary)
        m_profiles->setCurrentId(profile.id);
}
