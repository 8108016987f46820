#include "clearcommand.h"

#include "ctloutput.h"

#include "client/conversationapi.h"
#include "session/historyclearer.h"
#include "session/session.h"
#include "storage/auditlog.h"
#include "storage/localstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

ClearCommand::ClearCommand(ConversationApi &api, CtlOutput &output, Confirm confirm)
    : CtlCommand(u"clear"_s, api, output)
    , m_yes(u"yes"_s, tr("clear: do not ask for confirmation."))
    , m_export(u"export"_s, tr("clear: first write the whole history as JSON to FILE."), u"FILE"_s)
    , m_confirm(std::move(confirm))
{}

ClearCommand::~ClearCommand() = default;

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
    m_store = std::make_unique<LocalStore>(Session::databaseFile(m_auditDirectory));
    if (!m_store->isOpen()) {
        output().note(tr("smoochctl: the audit log cannot be written (%1); nothing deleted\n")
                          .arg(CtlOutput::forTerminal(m_store->errorString())));
        output().finish(CtlOutput::ApiFailure);
        return;
    }
    m_audit = std::make_unique<AuditLog>(m_store.get());
    auto *clearer = new HistoryClearer(&api(), nullptr, m_audit.get(), context());
    clearer->setAuditName(m_auditName);
    QObject::connect(clearer, &HistoryClearer::cleared, context(), [this](const QString &user) {
        output().note(tr("smoochctl: cleared %1\n").arg(CtlOutput::forTerminal(user)));
    });
    QObject::connect(
        clearer, &HistoryClearer::failed, context(),
        [this](const QString &, HistoryClearer::Stage stage, const QString &reason,
               const ApiError &error) {
            if (output().isFinished())
                return; // an export that failed fails every user: say it once
            if (error.isError()) {
                output().fail(error);
                return;
            }
            if (stage == HistoryClearer::Stage::Export)
                output().note(
                    tr("smoochctl: %1; nothing deleted\n").arg(CtlOutput::forTerminal(reason)));
            output().finish(CtlOutput::ApiFailure);
        });
    QObject::connect(clearer, &HistoryClearer::finished, context(),
                     [this] { output().finish(CtlOutput::Success); });
    clearer->start(arguments, parser.value(m_export));
}

void ClearCommand::setAuditLog(const QString &dataDirectory, const QString &profileName)
{
    m_auditDirectory = dataDirectory;
    m_auditName = profileName;
}
