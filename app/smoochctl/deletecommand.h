#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

/*! \brief smoochctl delete USER MESSAGE_ID: deletes one message of the user's history. */
class DeleteCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    DeleteCommand(ConversationApi &api, CtlOutput &output);

    void start(const QCommandLineParser &parser, const QStringList &arguments) override;
};
