#pragma once

#include <QCoreApplication>

#include <QString>

#include <functional>

class ApiError;
struct Message;
class QByteArray;
class QIODevice;

/*!
 * \brief What smoochctl says and how it ends, for every command alike: JSON messages on
 * stdout, one-line errors on stderr, and the exit code.
 *
 * Text that comes from the server or a user goes through forTerminal() before it reaches a
 * terminal, so control characters show as tokens and never act. The run ends once: the first
 * finish() calls \c done with its exit code, later ones do nothing.
 *
 * smoochctl's strings keep one translation context, SmoochCtl, whichever class shows them.
 */
class CtlOutput
{
    Q_DECLARE_TR_FUNCTIONS(SmoochCtl)

public:
    enum ExitCode { Success = 0, ApiFailure = 1, Usage = 2, NetworkFailure = 3 };

    /*! \a program names the executable in every message ("smoochctl: ..."). */
    CtlOutput(QIODevice *out, QIODevice *err, std::function<void(int exitCode)> done,
              const QString &program = QStringLiteral("smoochctl"));

    /*! \a text with every control character, newlines too, as a [U+XXXX] token: one line. */
    static QString forTerminal(const QString &text);
    /*! Compact JSON with C1 controls and DEL as \\u escapes, as well as the C0 ones. */
    static QByteArray escapeControls(const QByteArray &json);

    /*! Writes \a bytes to stdout as they are. */
    void print(const QByteArray &bytes);
    /*! Writes \a message to stdout as one line of JSON. */
    void printMessage(const Message &message);
    /*! Writes \a text to stderr; whatever came from outside must have passed forTerminal(). */
    void note(const QString &text);

    /*! Writes "PROGRAM: \a message" to stderr (\a message must have passed forTerminal()). */
    void problem(const QString &message);
    /*! Explains a wrong command line and ends with Usage. */
    void usage(const QString &message);
    /*! Shows \a error and ends with the exit code of its kind. */
    void fail(const ApiError &error);
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }

private:
    QIODevice *m_out;
    QIODevice *m_err;
    std::function<void(int)> m_done;
    QString m_program;
    bool m_finished = false;
};
