#include "protocol/conversation.h"

using namespace Qt::StringLiterals;

const JsonMapping<Conversation> &Conversation::mapping()
{
    static const JsonMapping<Conversation> m =
        JsonMapping<Conversation>()
            .field("_id"_L1, &Conversation::id)
            .field("unreadCount"_L1, &Conversation::unreadCount);
    return m;
}
