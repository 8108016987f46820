#include "session/sseparser.h"

using namespace Qt::StringLiterals;

void SseParser::restart()
{
    m_buffer.clear();
    m_skipLf = false;
    m_failed = false;
    m_data.clear();
    m_type.clear();
    m_hasData = false;
    m_idBuffer = m_lastId; // the id of an event cut short does not count
}

bool SseParser::feed(QByteArrayView chunk, const std::function<void(const Event &)> &dispatch)
{
    if (m_failed)
        return false;
    qsizetype pos = 0;
    if (m_skipLf && !chunk.isEmpty()) {
        m_skipLf = false;
        if (chunk.front() == '\n')
            pos = 1;
    }
    while (pos < chunk.size()) {
        qsizetype end = pos;
        while (end < chunk.size() && chunk[end] != '\n' && chunk[end] != '\r')
            ++end;
        if (m_buffer.size() + (end - pos) > m_maxLine) {
            m_failed = true;
            m_buffer.clear();
            return false;
        }
        if (end == chunk.size()) { // no line end yet: keep the part
            m_buffer.append(chunk.sliced(pos, end - pos));
            break;
        }
        QByteArrayView text = chunk.sliced(pos, end - pos);
        if (!m_buffer.isEmpty()) {
            m_buffer.append(text);
            line(m_buffer, dispatch);
            m_buffer.clear();
        } else {
            line(text, dispatch);
        }
        if (m_failed)
            return false;
        pos = end + 1;
        if (chunk[end] == '\r') {
            if (pos < chunk.size()) {
                if (chunk[pos] == '\n')
                    ++pos;
            } else {
                m_skipLf = true; // the LF may start the next chunk
            }
        }
    }
    return true;
}

void SseParser::line(QByteArrayView text, const std::function<void(const Event &)> &dispatch)
{
    if (text.isEmpty()) {
        m_lastId = m_idBuffer;
        if (m_hasData) {
            QByteArray data = std::exchange(m_data, {});
            if (data.endsWith('\n'))
                data.chop(1);
            dispatch({m_lastId, m_type.isEmpty() ? "message"_ba : m_type, data});
        }
        m_data.clear();
        m_type.clear();
        m_hasData = false;
        return;
    }
    if (text.front() == ':')
        return; // a comment (keepalive)
    const qsizetype colon = text.indexOf(':');
    QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxLine) {
            m_failed = true;
            return;
        }
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits && value.size() < 10)
            m_retry = value.toByteArray().toLongLong();
    }
    // Any other field is ignored, as the spec says.
}
