#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

/*!
 * \brief Where one of the agent's messages stands after the server took it, as the delivery
 * triggers tell: sent (the server has it), delivered to the channel, delivered to the user, or
 * failed with the channel's reason. Read is not a state of a message: the customer reads a
 * conversation up to a time (DeliveryTracker::readAt()).
 *
 * The states only move forward: rank() orders them, and accepts() says whether a report may
 * replace the current state, so a repeated or late event never takes a tick back.
 */
struct DeliveryStatus
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryStatus)

public:
    enum class State { None, Sent, Channel, User, Failed };

    State state = State::None;
    QString channel;                   //!< destination.type of the events (empty until one came)
    QString errorCode;                 //!< error.code of a failure
    QString detail;                    //!< what the channel said of a failure, one bounded line
    std::optional<qint64> channelCode; //!< the channel's own error code (WhatsApp 470)
    bool final = false;                //!< a failure the service says is final (isFinalEvent)
    double at = 0;                     //!< when it last changed (the event's time, seconds)

    bool isNone() const { return state == State::None; }
    /*! Whether moving to \a next (with \a nextFinal for a failure) is progress. */
    bool accepts(State next, bool nextFinal) const;

    /*! A few words for under the bubble: "Sent", "Delivered to WhatsApp", "Not delivered". */
    QString label() const;
    /*! Why it failed, in plain words; empty unless failed. */
    QString reason() const;
    /*! The name a person knows \a destination by: "WhatsApp", "LINE", "SMS"... */
    static QString channelName(const QString &destination);

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

Q_DECLARE_METATYPE(DeliveryStatus)
