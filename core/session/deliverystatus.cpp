#include "session/deliverystatus.h"

#include "text/plaintext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
int rank(DeliveryStatus::State state)
{
    switch (state) {
    case DeliveryStatus::State::None:
        return 0;
    case DeliveryStatus::State::Sent:
        return 1;
    case DeliveryStatus::State::Channel:
        return 2;
    case DeliveryStatus::State::Failed:
        return 3; // may follow a channel event (a carrier's rejection)
    case DeliveryStatus::State::User:
        return 4; // the user has it: nothing after this takes it back
    }
    return 0;
}
} // namespace

bool DeliveryStatus::accepts(State next, bool nextFinal) const
{
    if (state == State::Failed) {
        if (final)
            return false; // the service said so: a late event changes nothing
        // A failure that may be retried: it reached the user after all, or became final.
        return next == State::User || (next == State::Failed && nextFinal);
    }
    return rank(next) > rank(state);
}

QString DeliveryStatus::label() const
{
    switch (state) {
    case State::None:
        return {};
    case State::Sent:
        return tr("Sent");
    case State::Channel:
        return channel.isEmpty() ? tr("Delivered to the channel")
                                 : tr("Delivered to %1").arg(channelName(channel));
    case State::User:
        return tr("Delivered");
    case State::Failed:
        return tr("Not delivered");
    }
    return {};
}

QString DeliveryStatus::reason() const
{
    if (state != State::Failed)
        return {};
    const QString where = channel.isEmpty() ? tr("The channel") : channelName(channel);
    if (channelCode == 470 || channelCode == 131047)
        return tr("WhatsApp's 24-hour window has closed: the customer last wrote more than 24 "
                  "hours ago, so WhatsApp only takes an approved template message now.");
    if (errorCode == "blocked"_L1)
        return tr("The customer has blocked messages from the business on %1.").arg(where);
    if (errorCode == "unauthorized"_L1)
        return tr("%1 refused the business's credentials: the integration needs to be "
                  "connected again.")
            .arg(where);
    if (errorCode == "not_found"_L1)
        return tr("%1 does not know this customer any more.").arg(where);
    if (errorCode == "bad_request"_L1 || errorCode == "unsupported_content"_L1)
        return detail.isEmpty() ? tr("%1 refused the message as it is.").arg(where)
                                : tr("%1 refused the message: %2").arg(where, detail);
    if (!detail.isEmpty())
        return tr("%1 did not deliver it: %2").arg(where, detail);
    if (!errorCode.isEmpty())
        return tr("%1 did not deliver it (%2).").arg(where, errorCode);
    return tr("%1 did not deliver it, and gave no reason.").arg(where);
}

QString DeliveryStatus::channelName(const QString &destination)
{
    const QString type = destination.toLower();
    if (type == "twilio"_L1 || type == "messagebird"_L1)
        return tr("SMS");
    if (type == "mailgun"_L1)
        return tr("email");
    if (type == "web"_L1)
        return tr("the web widget");
    if (type == "ios"_L1 || type == "android"_L1)
        return tr("the app");
    return PlainText::platformName(destination);
}

QString DeliveryStatus::stateName(State state)
{
    switch (state) {
    case State::None:
        return u"none"_s;
    case State::Sent:
        return u"sent"_s;
    case State::Channel:
        return u"channel"_s;
    case State::User:
        return u"user"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return u"none"_s;
}

DeliveryStatus::State DeliveryStatus::stateFromName(const QString &name)
{
    for (State s : {State::Sent, State::Channel, State::User, State::Failed}) {
        if (stateName(s) == name)
            return s;
    }
    return State::None;
}
