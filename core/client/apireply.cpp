#include "client/apireply.h"

#include "client/conversationapi.h"

ApiReply::ApiReply(ConversationApi *api, RequestId id, QObject *context)
    : QObject(context)
    , m_api(api)
    , m_id(id)
{}

ApiReply::~ApiReply()
{
    if (ConversationApi *api = m_api.data())
        api->forget(m_id);
}

void ApiReply::cancel()
{
    m_cancelled = true;
    if (ConversationApi *api = std::exchange(m_api, nullptr).data())
        api->forget(m_id);
    // Gone at once, so a QPointer to it says so; from inside its own signal, once that is over.
    if (m_emitting)
        deleteLater();
    else
        delete this;
}
