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
            if (!profile.webhookEnabled) {
                Q_EMIT opened(profile, *secret, {});
                return;
            }
            m_keychain->read(profile.webhookSecretKey(), this,
                             [this, profile, secret,
                              request](const std::optional<QByteArray> &webhook, const QString &) {
                                 if (request == m_latestRead)
                                     Q_EMIT opened(profile, *secret,
                                                   webhook.value_or(QByteArray()));
                             });
        });
}

void ProfileSwitcher::remember(const Profile &profile)
{
    if (m_profiles && !profile.temporary)
        m_profiles->setCurrentId(profile.id);
}
