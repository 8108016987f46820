#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

/*!
 * \brief Reads a text/event-stream as the Server-Sent Events spec (WHATWG HTML §9.2) says:
 * lines end in CRLF, LF or CR (also when a CRLF is split between two chunks), `:` starts a
 * comment, `data:` lines join with newlines, `id:` sets the last event id once its event is
 * complete (kept across events: an event without one keeps the one before), `event:` names the
 * event ("message" when none), `retry:` (digits only) sets the reconnection time, and an empty line
 * dispatches. An event with no data is not dispatched. It holds at most maxLine bytes of one line
 * or of one event's data: past that, feed() returns false and the parser stays failed.
 */
class SseParser
{
public:
    struct Event
    {
        QByteArray id; //!< the last event id after this event
        QByteArray type;
        QByteArray data;
    };
    explicit SseParser(qsizetype maxLine = 2 * 1024 * 1024)
        : m_maxLine(maxLine)
    {}

    /*! Parses \a chunk; every complete event goes to \a dispatch. False when a line or an
        event's data grew past the bound (the connection should be dropped). */
    bool feed(QByteArrayView chunk, const std::function<void(const Event &)> &dispatch);
    QByteArray lastEventId() const { return m_lastId; }
    /*! Resumes from \a id (kept from an earlier run). */
    void setLastEventId(const QByteArray &id) { m_lastId = m_idBuffer = id; }
    /*! The last `retry:` the stream sent. */
    std::optional<qint64> retry() const { return m_retry; }
    /*! A new connection: the partial line and event go, the last event id stays. */
    void restart();

private:
    void line(QByteArrayView line, const std::function<void(const Event &)> &dispatch);

    qsizetype m_maxLine;
    QByteArray m_buffer;   //!< the line so far
    bool m_skipLf = false; //!< the last chunk ended in CR: an LF starting the next one is its end
    bool m_failed = false;
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_idBuffer; //!< the id of the event being read
    QByteArray m_lastId;   //!< the id of the last event dispatched
    bool m_hasData = false;
    std::optional<qint64> m_retry;
};
