#include "typingcommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"

using namespace Qt::StringLiterals;

TypingCommand::TypingCommand(ConversationApi &api, CtlOutput &output)
    : CtlCommand(u"typing"_s, api, output)
{}

void TypingCommand::start(const QCommandLineParser &, const QStringList &arguments)
{
    if (arguments.size() != 2 || (arguments.at(1) != "start"_L1 && arguments.at(1) != "stop"_L1)) {
        output().usage(tr("typing takes USER and start or stop"));
        return;
    }
    answer(api().conversationActivity(arguments.first(),
                                      arguments.at(1) == "start"_L1
                                          ? ConversationActivity::typingStart()
                                          : ConversationActivity::typingStop(),
                                      context()));
}
