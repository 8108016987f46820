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
    if (ConversationApi *api = std::exchange(m_api, nullptr).data())
        api->forget(m_id);
    deleteLater();
}
