#pragma once

#include "client/apiconnection.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QRandomGenerator>
#include <QTimer>

/*!
 * \brief The console's demo: an in-process sandbox on a free loopback port with the demo data,
 * and simulated app users who now and then type, reply and read, so every feature can be tried
 * without an account. While they are active, a customer whose phone got a reply reads it a few
 * seconds later.
 */
class SandboxDemo : public QObject
{
    Q_OBJECT

public:
    explicit SandboxDemo(QObject *parent = nullptr);

    /*! Starts the server and seeds it; false when no port could be had. */
    bool start();
    SandboxServer &server() { return m_server; }
    /*! The connection to the demo app (its key signs a JWT; the secret is a demo value). */
    ApiConnection connection() const;
    /*! Sends the webhook triggers to \a target with \a secret. */
    void connectWebhook(const QUrl &target, const QByteArray &secret);
    /*! Tells the webhook about every demo conversation, so that an inbox fills. */
    void announceConversations();
    /*! How often a simulated app user does something; zero stops them. */
    void setActivityInterval(std::chrono::milliseconds interval);

private:
    void act();

    SandboxStore m_store;
    SandboxServer m_server;
    QTimer m_activity;
    QRandomGenerator m_random;
};
