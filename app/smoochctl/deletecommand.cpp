#include "deletecommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"

using namespace Qt::StringLiterals;

DeleteCommand::DeleteCommand(ConversationApi &api, CtlOutput &output)
    : CtlCommand(u"delete"_s, api, output)
{}

void DeleteCommand::start(const QCommandLineParser &, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        output().usage(tr("delete takes USER and MESSAGE_ID"));
        return;
    }
    answer(api().deleteMessage(arguments.first(), arguments.at(1), context()));
}
