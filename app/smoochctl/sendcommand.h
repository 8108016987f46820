#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

/*!
 * \brief smoochctl send USER --text TEXT [--name N] [--email E] [--avatar-url U]: posts a text
 * as the app maker and prints the created message as one line of JSON.
 */
class SendCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    SendCommand(ConversationApi &api, CtlOutput &output);

    QList<QCommandLineOption> options() const override
    {
        return {m_text, m_name, m_email, m_avatarUrl};
    }
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QCommandLineOption m_text;
    QCommandLineOption m_name;
    QCommandLineOption m_email;
    QCommandLineOption m_avatarUrl;
};
