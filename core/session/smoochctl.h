#pragma once

#include "client/conversationapi.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class HistoryWalker;
class QIODevice;

/*!
 * \brief smoochctl, the admin and scripting tool: parses a command line, runs one command
 * against the API and ends with done(exitCode).
 *
 * Exit codes: 0 success, 1 the API answered with an error, 2 usage, 3 network or TLS failure.
 * Credentials come only from the environment (see ApiConnection::fromEnvironment).
 */
class SmoochCtl : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, ApiFailure = 1, Usage = 2, NetworkFailure = 3 };

    SmoochCtl(QIODevice *out, QIODevice *err, QObject *parent = nullptr);

    /*!
     * Starts the command in \a arguments (argv, program name first). done() follows, possibly
     * before this returns. \a confirm asks the person at a terminal; it is null when there is none.
     */
    void run(const QStringList &arguments, const QProcessEnvironment &environment,
             std::function<bool(const QString &question)> confirm);

    ConversationApi &api() { return m_api; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void finish(int exitCode);
    void fail(const ApiError &error);
    /*! \a onSuccess runs when \a reply succeeds; a failure ends the run. */
    void answer(ApiReply *reply, const std::function<void()> &onSuccess);
    void usage(const QString &message);
    void printMessage(const Message &message);
    void walk(const QString &userId, std::function<void(const QList<Message> &)> then);
    void exportThenClear(const QString &path);
    void clearNext();

    QIODevice *m_out;
    QIODevice *m_err;
    ConversationApi m_api;
    HistoryWalker *m_walker = nullptr;
    QStringList m_clearQueue;
    bool m_finished = false;
};
