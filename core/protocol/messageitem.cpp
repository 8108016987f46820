#include "protocol/messageitem.h"

using namespace Qt::StringLiterals;

const JsonMapping<MessageItem> &MessageItem::mapping()
{
    static const JsonMapping<MessageItem> m =
        JsonMapping<MessageItem>()
            .field("_id"_L1, &MessageItem::id)
            .field("title"_L1, &MessageItem::title)
            .field("description"_L1, &MessageItem::description)
            .field("mediaUrl"_L1, &MessageItem::mediaUrl)
            .field("mediaType"_L1, &MessageItem::mediaType)
            .field("altText"_L1, &MessageItem::altText)
            .field("size"_L1, &MessageItem::size)
            .field("actions"_L1, &MessageItem::actions);
    return m;
}
