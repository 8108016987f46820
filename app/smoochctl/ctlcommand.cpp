#include "ctlcommand.h"

#include "ctloutput.h"

#include "client/apireply.h"

CtlCommand::CtlCommand(QString name, ConversationApi &api, CtlOutput &output)
    : m_name(std::move(name))
    , m_api(api)
    , m_output(output)
{}

CtlCommand::~CtlCommand() = default;

void CtlCommand::answer(ApiReply *reply, const std::function<void()> &onSuccess)
{
    QObject::connect(reply, &ApiReply::succeeded, &m_context, onSuccess);
    QObject::connect(reply, &ApiReply::failed, &m_context,
                     [this](const ApiError &error) { m_output.fail(error); });
}

void CtlCommand::answer(ApiReply *reply)
{
    answer(reply, [this] { m_output.finish(CtlOutput::Success); });
}
