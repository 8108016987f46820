#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class ApiReply;
class ConversationApi;
class CtlOutput;
class QCommandLineParser;

/*!
 * \brief One smoochctl command: checks its arguments, makes its requests and ends the run
 * through CtlOutput, with Success once its work is done or with the first failure.
 *
 * SmoochCtl has parsed the command line, refused options that belong to another command and
 * set up the API before start() comes. The command's requests and connections belong to it:
 * deleting the command stops them, and no callback follows.
 */
class CtlCommand
{
public:
    virtual ~CtlCommand();
    CtlCommand(const CtlCommand &) = delete;
    CtlCommand &operator=(const CtlCommand &) = delete;

    /*! The word that names the command on the command line. */
    const QString &name() const { return m_name; }
    /*! The options only this command takes, in the order of the help text. */
    virtual QList<QCommandLineOption> options() const { return {}; }
    /*! Starts the command; \a arguments are the positional ones after its name. */
    virtual void start(const QCommandLineParser &parser, const QStringList &arguments) = 0;

protected:
    CtlCommand(QString name, ConversationApi &api, CtlOutput &output);

    ConversationApi &api() { return m_api; }
    CtlOutput &output() { return m_output; }
    /*! The context of the command's requests and connections. */
    QObject *context() { return &m_context; }

    /*! \a onSuccess runs when \a reply succeeds; a failure ends the run with its exit code. */
    void answer(ApiReply *reply, const std::function<void()> &onSuccess);
    /*! Ends the run with Success when \a reply succeeds, or with its failure. */
    void answer(ApiReply *reply);

private:
    QString m_name;
    ConversationApi &m_api;
    CtlOutput &m_output;
    QObject m_context;
};
