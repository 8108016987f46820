#pragma once

#include "ctlconnection.h"
#include "ctloutput.h"

#include "client/conversationapi.h"

#include <QCommandLineOption>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ClearCommand;
class CtlCommand;
class QCommandLineParser;

/*!
 * \brief smoochctl, the admin and scripting tool: parses a command line, runs one command
 * against the API and ends with done(exitCode).
 *
 * SmoochCtl owns what all commands share: the global options, the credentials (from the
 * environment, see ApiConnection::fromEnvironment, or a saved profile of the console with its
 * secret in the keychain), the API and the output. Each command is a CtlCommand of its own.
 *
 * Exit codes: 0 success, 1 the API answered with an error, 2 usage, 3 network or TLS failure.
 */
class SmoochCtl : public QObject
{
    Q_OBJECT

public:
    SmoochCtl(QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~SmoochCtl() override;

    /*!
     * Starts the command in \a arguments (argv, program name first); call it once. done()
     * follows, possibly before this returns. \a confirm asks the person at a terminal; it is
     * null when there is none.
     */
    void run(const QStringList &arguments, const QProcessEnvironment &environment,
             std::function<bool(const QString &question)> confirm);

Q_SIGNALS:
    void done(int exitCode);

private:
    ConversationApi m_api;
    CtlOutput m_output;
    CtlConnection m_connection; //!< --base-url, --app-id, --profile, --timeout
    std::vector<std::unique_ptr<CtlCommand>> m_commands; //!< in the order of the help text
    ClearCommand *m_clear = nullptr;                     //!< one of them: it keeps an audit log
};
