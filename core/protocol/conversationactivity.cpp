#include "protocol/conversationactivity.h"

using namespace Qt::StringLiterals;

const JsonMapping<ConversationActivity> &ConversationActivity::mapping()
{
    static const auto m = JsonMapping<ConversationActivity>()
                              .field("role"_L1, &ConversationActivity::role)
                              .field("type"_L1, &ConversationActivity::type)
                              .field("name"_L1, &ConversationActivity::name)
                              .field("avatarUrl"_L1, &ConversationActivity::avatarUrl);
    return m;
}
