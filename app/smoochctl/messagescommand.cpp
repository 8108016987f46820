#include "messagescommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"
#include "client/historywalker.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

MessagesCommand::MessagesCommand(ConversationApi &api, CtlOutput &output)
    : CtlCommand(u"messages"_s, api, output)
    , m_before(u"before"_s, tr("messages: the page before this Unix time."), u"TS"_s)
    , m_after(u"after"_s, tr("messages: the page after this Unix time."), u"TS"_s)
    , m_all(u"all"_s, tr("messages: the whole history."))
{}

void MessagesCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        output().usage(tr("messages takes one USER"));
        return;
    }
    const int modes =
        int(parser.isSet(m_before)) + int(parser.isSet(m_after)) + int(parser.isSet(m_all));
    if (modes > 1) {
        output().usage(tr("--before, --after and --all exclude each other"));
        return;
    }
    if (parser.isSet(m_all)) {
        walk(arguments.first());
        return;
    }
    PageRequest request;
    if (parser.isSet(m_before) || parser.isSet(m_after)) {
        bool ok = false;
        const double ts = parser.value(parser.isSet(m_before) ? m_before : m_after).toDouble(&ok);
        if (!ok) {
            output().usage(tr("--before and --after take a Unix time in seconds"));
            return;
        }
        request = parser.isSet(m_before) ? PageRequest::before(ts) : PageRequest::after(ts);
    }
    page(arguments.first(), request);
}

void MessagesCommand::walk(const QString &userId)
{
    auto *walker = new HistoryWalker(&api(), userId, context());
    QObject::connect(walker, &HistoryWalker::succeeded, context(), [this, walker] {
        for (const Message &m : walker->messages())
            output().printMessage(m);
        output().finish(CtlOutput::Success);
    });
    QObject::connect(walker, &HistoryWalker::failed, context(),
                     [this](const ApiError &error) { output().fail(error); });
    walker->start();
}

void MessagesCommand::page(const QString &userId, const PageRequest &request)
{
    auto *reply = api().getMessages(userId, request, context());
    answer(reply, [this, reply] {
        // Oldest first, as --all prints, whatever order the server sent.
        QList<Message> messages = reply->result().messages;
        std::stable_sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) {
            return a.received.value_or(0) < b.received.value_or(0);
        });
        for (const Message &m : std::as_const(messages))
            output().printMessage(m);
        output().finish(CtlOutput::Success);
    });
}
