#include "protocol/action.h"

using namespace Qt::StringLiterals;

bool Action::opensUri() const
{
    return type == "link"_L1 || type == "webview"_L1;
}

const JsonMapping<Action> &Action::mapping()
{
    static const JsonMapping<Action> m =
        JsonMapping<Action>()
            .field("_id"_L1, &Action::id)
            .field("type"_L1, &Action::type)
            .field("text"_L1, &Action::text)
            .field("payload"_L1, &Action::payload)
            .field("uri"_L1, &Action::uri)
            .field("fallback"_L1, &Action::fallback)
            .field("size"_L1, &Action::size)
            .field("iconUrl"_L1, &Action::iconUrl)
            .field("amount"_L1, &Action::amount)
            .field("currency"_L1, &Action::currency)
            .field("state"_L1, &Action::state)
            .field("default"_L1, &Action::isDefault)
            .field("openOnReceive"_L1, &Action::openOnReceive)
            .field("metadata"_L1, &Action::metadata)
            .field("extraChannelOptions"_L1, &Action::extraChannelOptions);
    return m;
}
