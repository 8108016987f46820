#include "ctloutput.h"

#include "client/apierror.h"
#include "protocol/message.h"
#include "text/plaintext.h"

#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

CtlOutput::CtlOutput(QIODevice *out, QIODevice *err, std::function<void(int)> done,
                     const QString &program)
    : m_out(out)
    , m_err(err)
    , m_done(std::move(done))
    , m_program(program)
{}

// Text from the server or the history goes to a terminal: escape sequences (ESC [2J, the C1
// CSI U+009B) would clear the screen, retitle the window or fake output. Every control
// character shows as a token, newlines too, so one error stays one line.
QString CtlOutput::forTerminal(const QString &text)
{
    return PlainText::displayable(text).replace(u'\n', u"[U+000A]"_s);
}

// QJsonDocument escapes C0 controls but writes C1 controls (U+0080..U+009F) and DEL raw;
// JSON allows \u escapes for any character, so the value reads back the same.
QByteArray CtlOutput::escapeControls(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = uchar(json.at(i));
        if (c == 0x7F) {
            out += "\\u007f";
        } else if (c == 0xC2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80 &&
                   uchar(json.at(i + 1)) <= 0x9F) {
            out += "\\u00" + QByteArray::number(uchar(json.at(++i)), 16);
        } else {
            out += char(c);
        }
    }
    return out;
}

void CtlOutput::print(const QByteArray &bytes)
{
    m_out->write(bytes);
}

void CtlOutput::printMessage(const Message &message)
{
    m_out->write(escapeControls(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact)) +
                 '\n');
}

void CtlOutput::note(const QString &text)
{
    m_err->write(text.toUtf8());
}

void CtlOutput::problem(const QString &message)
{
    note(u"%1: %2\n"_s.arg(m_program, message));
}

void CtlOutput::usage(const QString &message)
{
    note(tr("%1: %2\nTry '%1 --help'.\n").arg(m_program, forTerminal(message)));
    finish(Usage);
}

void CtlOutput::fail(const ApiError &error)
{
    problem(forTerminal(error.message()));
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        finish(NetworkFailure);
        return;
    case ApiError::Kind::Refused:
        finish(Usage);
        return;
    default:
        finish(ApiFailure);
    }
}

void CtlOutput::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_done(exitCode);
}
