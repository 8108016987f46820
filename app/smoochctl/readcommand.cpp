#include "readcommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"

using namespace Qt::StringLiterals;

ReadCommand::ReadCommand(ConversationApi &api, CtlOutput &output)
    : CtlCommand(u"read"_s, api, output)
{}

void ReadCommand::start(const QCommandLineParser &, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        output().usage(tr("read takes one USER"));
        return;
    }
    answer(api().resetUnreadCount(arguments.first(), context()));
}
