#include "client/apireply.h"

#include "client/conversationapi.h"
#include "client/webhooksapi.h"

ApiReply::ApiReply(ConversationApi *api, RequestId id, QObject *context)
    : QObject(context)
    , m_api(api)
    , m_forget([](QObject *a, RequestId r) { static_cast<ConversationApi *>(a)->forget(r); })
    , m_id(id)
{}

ApiReply::ApiReply(WebhooksApi *api, RequestId id, QObject *context)
    : QObject(context)
    , m_api(api)
    , m_forget([](QObject *a, RequestId r) { static_cast<WebhooksApi *>(a)->forget(r); })
    , m_id(id)
{}

ApiReply::~ApiReply()
{
    if (QObject *api = m_api.data())
        m_forget(api, m_id);
}

void ApiReply::cancel()
{
    m_cancelled = true;
    if (QObject *api = std::exchange(m_api, nullptr).data())
        m_forget(api, m_id);
    // Gone at once, so a QPointer to it says so; from inside its own signal, once that is over.
    if (m_emitting)
        deleteLater();
    else
        delete this;
}
