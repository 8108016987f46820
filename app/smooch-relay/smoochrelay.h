#pragma once

#include "smoochctl/ctloutput.h"

#include "client/conversationapi.h"

#include <QCommandLineOption>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <vector>

class CtlCommand;
class QCommandLineParser;

/*!
 * \brief smooch-relay's command line: finds the command, parses the options it and the global
 * ones take, and starts it; ends with done(exitCode).
 *
 * Commands are smoochctl's CtlCommand objects, one class per command word (serve, agent,
 * webhook), registered in registerCommands(). Each parses with only the global options and its
 * own, so two commands may each take an option of the same name (--secrets, --app).
 *
 * Exit codes as smoochctl's: 0 success, 1 failure, 2 usage, 3 network failure.
 */
class SmoochRelay : public QObject
{
    Q_OBJECT

public:
    SmoochRelay(QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~SmoochRelay() override;

    /*! Starts the command in \a arguments (argv, program name first); call it once. */
    void run(const QStringList &arguments, const QProcessEnvironment &environment);

    /*! Where the log and the agents are: --postgres CONNINFO, or a SQLite file. */
    struct Database
    {
        QString sqliteFile; //!< --db FILE, else STATE/relay.sqlite
        QString postgres;   //!< --postgres CONNINFO (then sqliteFile is empty)
    };
    /*! The database the global options name; empty with \a error when both are given. */
    static std::optional<Database> database(const QCommandLineParser &parser,
                                            const QProcessEnvironment &environment, QString *error);
    /*! Writes "smooch-relay: \a message" on stderr and ends the run with \a exitCode. */
    static void fail(CtlOutput &output, const QString &message, int exitCode);

Q_SIGNALS:
    void done(int exitCode);

private:
    void registerCommands(const QProcessEnvironment &environment);

    ConversationApi m_api; //!< for commands that talk to the v1.1 API (webhook)
    CtlOutput m_output;
    std::vector<std::unique_ptr<CtlCommand>> m_commands; //!< in the order of the help text
};
