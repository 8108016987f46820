#include "clearcommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"
#include "session/historyexporter.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

ClearCommand::ClearCommand(ConversationApi &api, CtlOutput &output, Confirm confirm)
    : CtlCommand(u"clear"_s, api, output)
    , m_yes(u"yes"_s, tr("clear: do not ask for confirmation."))
    , m_export(u"export"_s, tr("clear: first write the whole history as JSON to FILE."), u"FILE"_s)
    , m_confirm(std::move(confirm))
{}

void ClearCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        output().usage(tr("clear takes one or more USERs"));
        return;
    }
    if (!parser.isSet(m_yes)) {
        if (!m_confirm) {
            output().usage(
                tr("clear asks for confirmation on a terminal; pass --yes to run without one"));
            return;
        }
        if (!m_confirm(tr("Permanently delete the whole history of %Ln user(s): %1?", nullptr,
                          int(arguments.size()))
                           .arg(arguments.join(u", "_s)))) {
            output().note(tr("smoochctl: nothing deleted\n"));
            output().finish(CtlOutput::Usage);
            return;
        }
    }
    m_queue = arguments;
    if (parser.value(m_export).isEmpty())
        clearNext();
    else
        exportThenClear(parser.value(m_export));
}

void ClearCommand::exportThenClear(const QString &path)
{
    // Every history is exported first; nothing is deleted unless the whole file is written.
    auto *exporter = new HistoryExporter(&api(), context());
    QObject::connect(exporter, &HistoryExporter::succeeded, context(), [this] { clearNext(); });
    QObject::connect(
        exporter, &HistoryExporter::failed, context(),
        [this](const QString &reason, const ApiError &error) {
            if (error.isError()) {
                output().fail(error);
                return;
            }
            output().note(
                tr("smoochctl: %1; nothing deleted\n").arg(CtlOutput::forTerminal(reason)));
            output().finish(CtlOutput::ApiFailure);
        });
    exporter->start(m_queue, path);
}

void ClearCommand::clearNext()
{
    if (m_queue.isEmpty()) {
        output().finish(CtlOutput::Success);
        return;
    }
    const QString user = m_queue.takeFirst();
    answer(api().deleteMessages(user, context()), [this, user] {
        output().note(tr("smoochctl: cleared %1\n").arg(CtlOutput::forTerminal(user)));
        clearNext();
    });
}
