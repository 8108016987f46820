#include "client/apireply.h"

#include "client/apiclient.h"

ApiReply::ApiReply(ApiClient *api, RequestId id, QObject *context)
    : QObject(context)
    , m_api(api)
    , m_id(id)
{}

ApiReply::~ApiReply()
{
    if (QObject *api = m_api.data())
        static_cast<ApiClient *>(api)->forget(m_id);
}

void ApiReply::cancel()
{
    m_cancelled = true;
    if (QObject *api = std::exchange(m_api, nullptr).data())
        static_cast<ApiClient *>(api)->forget(m_id);
    // Gone at once, so a QPointer to it says so; from inside its own signal, once that is over.
    if (m_emitting)
        deleteLater();
    else
        delete this;
}
