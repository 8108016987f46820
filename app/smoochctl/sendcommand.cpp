#include "sendcommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

SendCommand::SendCommand(ConversationApi &api, CtlOutput &output)
    : CtlCommand(u"send"_s, api, output)
    , m_text(u"text"_s, tr("send: the message text."), u"TEXT"_s)
    , m_name(u"name"_s, tr("send: the agent's display name."), u"N"_s)
    , m_email(u"email"_s, tr("send: the agent's email."), u"E"_s)
    , m_avatarUrl(u"avatar-url"_s, tr("send: the agent's avatar URL."), u"U"_s)
{}

void SendCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1 || !parser.isSet(m_text)) {
        output().usage(tr("send takes one USER and --text TEXT"));
        return;
    }
    NewMessage post = NewMessage::appMakerText(parser.value(m_text));
    post.name = parser.value(m_name);
    post.email = parser.value(m_email);
    post.avatarUrl = parser.value(m_avatarUrl);
    auto *reply = api().postMessage(arguments.first(), post, context());
    answer(reply, [this, reply] {
        output().printMessage(reply->result().message);
        output().finish(CtlOutput::Success);
    });
}
