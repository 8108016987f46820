#pragma once

#include "client/apiconnection.h"
#include "client/conversationapi.h"
#include "session/relayclient.h"

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

/*!
 * \brief Sam, the demo's simulated second agent. Sam streams from the relay as any console does,
 * so Sam knows which conversation the person has open; every so often Sam views a conversation
 * (mostly that one), types, replies through the API (an appMaker message named Sam) and leaves.
 * Presence in the header and the inbox, and the send guard, can so be seen without a second
 * person.
 */
class DemoTeammate : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *name = "Sam";

    /*! Sam streams from \a relay with \a token and replies through \a connection. */
    DemoTeammate(const QUrl &relay, const QByteArray &token, const ApiConnection &connection,
                 QObject *parent = nullptr);

    /*! Sam does something every \a interval (give or take); zero stops Sam. */
    void setInterval(std::chrono::milliseconds interval);
    /*! Sam views, types and replies in \a userId's conversation now. */
    void replyTo(const QString &userId);

Q_SIGNALS:
    /*! Sam's reply was posted. */
    void replied(const QString &userId);

private:
    void act();
    void personPresence(const QString &userId, const QString &agent, const QString &state);

    RelayClient m_relay;
    ConversationApi m_api;
    QStringList m_users; //!< the team's conversations, from the relay's snapshot
    QString m_watched; //!< the conversation the person has open, as the relay says
    QTimer m_timer;
    QRandomGenerator m_random;
    bool m_busy = false;
};
