#pragma once

#include "ctlcommand.h"

#include <QCoreApplication>

/*! \brief smoochctl read USER: resets the user's unread count. */
class ReadCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    ReadCommand(ConversationApi &api, CtlOutput &output);

    void start(const QCommandLineParser &parser, const QStringList &arguments) override;
};
