#include "dialogs/profiledialog.h"

#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "client/conversationapi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_testApi(new ConversationApi(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_agentName(new QLineEdit(this))
    , m_agentEmail(new QLineEdit(this))
    , m_agentAvatar(new QLineEdit(this))
    , m_admin(new QCheckBox(tr("Show administrator tools (delete, clear history)"), this))
    , m_webhook(new QCheckBox(tr("Receive live updates by webhook"), this))
    , m_webhookPort(new QSpinBox(this))
    , m_webhookSecret(new QLineEdit(this))
    , m_relayUrl(new QLineEdit(this))
    , m_relayToken(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Profiles"));
    m_testApi->setRetryPolicy(RetryPolicy::none());
    m_testApi->setTimeout(std::chrono::seconds(15));
    m_region->addItem(tr("United States (api.smooch.io)"), ApiConnection::defaultBaseUrl());
    m_region->addItem(tr("European Union (api.eu-1.smooch.io)"), ApiConnection::euBaseUrl());
    m_region->addItem(tr("Other address"), QUrl());
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const QUrl url = m_region->currentData().toUrl();
        m_baseUrl->setEnabled(url.isEmpty());
        if (!url.isEmpty())
            m_baseUrl->setText(url.toString());
    });
    m_auth->addItem(tr("Key id and secret (signed JWT)"), int(Profile::Auth::KeySecret));
    m_auth->addItem(tr("Pasted JWT"), int(Profile::Auth::Jwt));
    m_auth->addItem(tr("Key id and secret (Basic)"), int(Profile::Auth::Basic));
    m_secret->setObjectName(u"secret"_s);
    m_secret->setAccessibleName(tr("Secret or JWT"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in the keychain; leave empty to keep the stored one"));
    m_webhookSecret->setObjectName(u"webhookSecret"_s);
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    m_webhookSecret->setPlaceholderText(tr("the webhook's secret (X-API-Key)"));
    m_relayUrl->setObjectName(u"relayUrl"_s);
    m_relayUrl->setPlaceholderText(tr("https://relay.example.com (empty: no relay)"));
    m_relayToken->setObjectName(u"relayToken"_s);
    m_relayToken->setAccessibleName(tr("Relay agent token"));
    m_relayToken->setEchoMode(QLineEdit::Password);
    m_relayToken->setPlaceholderText(
        tr("kept in the keychain; leave empty to keep the stored one"));
    m_webhookPort->setRange(0, 65535);
    m_webhookPort->setSpecialValueText(tr("any free port"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(tr("App id:"), m_appId);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("Key id:"), m_keyId);
    form->addRow(tr("Secret or JWT:"), m_secret);
    form->addRow(tr("Your name:"), m_agentName);
    form->addRow(tr("Your email:"), m_agentEmail);
    form->addRow(tr("Your avatar URL:"), m_agentAvatar);
    form->addRow(m_admin);
    form->addRow(m_webhook);
    form->addRow(tr("Webhook port:"), m_webhookPort);
    form->addRow(tr("Webhook secret:"), m_webhookSecret);
    form->addRow(tr("Team relay URL:"), m_relayUrl);
    form->addRow(tr("Relay agent token:"), m_relayToken);

    auto *newButton = new QPushButton(tr("New"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    auto *testButton = new QPushButton(tr("Test connection"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    auto *openButton = new QPushButton(tr("Save and open"), this);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        setFormProfile(Profile{});
    });
    connect(deleteButton, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    connect(testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(openButton, &QPushButton::clicked, this, [this] {
        save();
        if (const auto p = m_profiles->profile(m_currentId)) {
            Q_EMIT openRequested(*p);
            accept();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            if (const auto p = m_profiles->profile(item->data(Qt::UserRole).toString()))
                setFormProfile(*p);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    buttons->addWidget(testButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(openButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addLayout(buttons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(close);
    reload(m_profiles->currentId());
    if (m_list->count() == 0)
        setFormProfile(Profile{});
}

void ProfileDialog::reload(const QString &selectId)
{
    m_list->clear();
    for (const Profile &p : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    p.appId = m_appId->text().trimmed();
    p.auth = Profile::Auth(m_auth->currentData().toInt());
    p.keyId = m_keyId->text().trimmed();
    p.agentName = m_agentName->text().trimmed();
    p.agentEmail = m_agentEmail->text().trimmed();
    p.agentAvatarUrl = m_agentAvatar->text().trimmed();
    p.adminTools = m_admin->isChecked();
    p.webhookEnabled = m_webhook->isChecked();
    p.webhookPort = quint16(m_webhookPort->value());
    p.relayUrl = QUrl(m_relayUrl->text().trimmed(), QUrl::StrictMode);
    return p;
}

void ProfileDialog::setFormProfile(const Profile &p)
{
    m_currentId = p.id;
    m_name->setText(p.name);
    const int region = m_region->findData(p.baseUrl);
    m_region->setCurrentIndex(region >= 0 ? region : 2);
    m_baseUrl->setText(p.baseUrl.toString());
    m_baseUrl->setEnabled(region < 0);
    m_appId->setText(p.appId);
    m_auth->setCurrentIndex(m_auth->findData(int(p.auth)));
    m_keyId->setText(p.keyId);
    m_secret->clear();
    m_agentName->setText(p.agentName);
    m_agentEmail->setText(p.agentEmail);
    m_agentAvatar->setText(p.agentAvatarUrl);
    m_admin->setChecked(p.adminTools);
    m_webhook->setChecked(p.webhookEnabled);
    m_webhookPort->setValue(p.webhookPort);
    m_webhookSecret->clear();
    m_relayUrl->setText(p.relayUrl.toString());
    m_relayToken->clear();
    setStatus({});
}

void ProfileDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::save()
{
    Profile p = formProfile();
    if (const QString why = p.validationError(); !why.isEmpty()) {
        setStatus(tr("Not saved: %1.").arg(why));
        return;
    }
    p = m_profiles->save(p);
    m_currentId = p.id;
    if (!m_secret->text().isEmpty())
        m_keychain->write(p.secretKey(), m_secret->text().toUtf8(), this,
                          [this](const QString &error) {
                              if (!error.isEmpty())
                                  setStatus(tr("Saved, but the keychain refused the secret (%1): "
                                               "it is kept for this session only.")
                                                .arg(error));
                          });
    if (!m_webhookSecret->text().isEmpty())
        m_keychain->write(p.webhookSecretKey(), m_webhookSecret->text().toUtf8(), this);
    if (!m_relayToken->text().isEmpty())
        m_keychain->write(p.relayTokenKey(), m_relayToken->text().toUtf8(), this);
    m_secret->clear();
    m_webhookSecret->clear();
    m_relayToken->clear();
    reload(p.id); // selecting the saved row refills the form and clears the status: say it after
    setStatus(tr("Saved."));
}

void ProfileDialog::removeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const auto p = m_profiles->profile(m_currentId);
    m_profiles->remove(m_currentId);
    if (p) {
        m_keychain->remove(p->secretKey(), this);
        m_keychain->remove(p->webhookSecretKey(), this);
        m_keychain->remove(p->relayTokenKey(), this);
    }
    m_currentId.clear();
    reload();
    setFormProfile(Profile{});
}

void ProfileDialog::testConnection()
{
    const Profile p = formProfile();
    if (const QString why = ApiConnection::baseUrlError(p.baseUrl); !why.isEmpty()) {
        setStatus(tr("Cannot test: %1.").arg(why));
        Q_EMIT testFinished(false, statusText());
        return;
    }
    const auto run = [this, p](const QByteArray &secret) {
        m_testApi->cancelAll();
        m_testApi->setConnection(p.connection(secret));
        setStatus(tr("Testing…"));
        // A user that cannot exist: 404 proves the key works for this app without reading anyone.
        auto *reply = m_testApi->getMessages(u"connection-test-"_s +
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             PageRequest::latest(), this);
        const auto done = [this](bool works, const QString &message) {
            setStatus(message);
            Q_EMIT testFinished(works, message);
        };
        connect(reply, &ApiReply::succeeded, this,
                [done] { done(true, tr("The credentials work.")); });
        connect(reply, &ApiReply::failed, this, [done](const ApiError &error) {
            if (error.httpStatus() == 404)
                done(true, tr("The credentials work."));
            else if (error.isAuthFailure())
                done(false, tr("The credentials were refused (%1).").arg(error.message()));
            else
                done(false, tr("The test failed: %1").arg(error.message()));
        });
    };
    if (!m_secret->text().isEmpty() || p.id.isEmpty()) {
        run(m_secret->text().toUtf8());
        return;
    }
    m_keychain->read(p.secretKey(), this,
                     [run](const std::optional<QByteArray> &secret, const QString &) {
                         run(secret.value_or(QByteArray()));
                     });
}
