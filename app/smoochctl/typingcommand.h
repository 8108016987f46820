#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

/*! \brief smoochctl typing USER start|stop: shows or hides the app maker's typing indicator. */
class TypingCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    TypingCommand(ConversationApi &api, CtlOutput &output);

    void start(const QCommandLineParser &parser, const QStringList &arguments) override;
};
