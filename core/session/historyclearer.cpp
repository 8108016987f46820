#include "session/historyclearer.h"

#include "session/historyexporter.h"
#include "session/outbox.h"
#include "storage/auditlog.h"

HistoryClearer::HistoryClearer(ConversationApi *api, Outbox *outbox, AuditLog *audit,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_audit(audit)
{}

void HistoryClearer::start(const QStringList &users, const QString &exportPath)
{
    m_queue = users;
    m_exportPath = exportPath;
    // Nothing of these users' is posted or checked meanwhile; what was sent before the clear
    // and is still unresolved cannot be checked after it, and waits for the agent.
    if (m_outbox) {
        for (const QString &user : users)
            m_outbox->beginClear(user);
    }
    if (exportPath.isEmpty()) {
        next();
        return;
    }
    // The export comes first; the clear does not start unless the file was written.
    auto *exporter = new HistoryExporter(m_api, this);
    connect(exporter, &HistoryExporter::finished, exporter, &QObject::deleteLater);
    connect(exporter, &HistoryExporter::succeeded, this, [this, exporter] {
        m_exported = exporter->counts();
        next();
    });
    connect(exporter, &HistoryExporter::failed, this,
            [this](const QString &reason, const ApiError &error) {
                const QStringList failing = std::exchange(m_queue, {});
                release(failing);
                for (const QString &user : failing)
                    Q_EMIT failed(user, Stage::Export, reason, error);
                Q_EMIT finished();
            });
    exporter->start(users, exportPath);
}

void HistoryClearer::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    const QString user = m_queue.takeFirst();
    auto *reply = m_api->deleteMessages(user, this);
    connect(reply, &ApiReply::succeeded, this, [this, user] {
        if (m_outbox)
            m_outbox->endClear(user, true);
        const int count = m_exported.value(user);
        if (m_audit)
            m_audit->historyCleared(m_auditName, user, count, m_exportPath);
        Q_EMIT cleared(user, count);
        next();
    });
    connect(reply, &ApiReply::failed, this, [this, user](const ApiError &error) {
        // A 4xx or a request never sent deleted nothing; a timeout may have.
        const auto kind = error.kind();
        if (m_outbox)
            m_outbox->endClear(
                user, kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Network ||
                          kind == ApiError::Kind::InvalidResponse || error.httpStatus() >= 500);
        release(std::exchange(m_queue, {}));
        Q_EMIT failed(user, Stage::Delete, error.message(), error);
        Q_EMIT finished();
    });
}

void HistoryClearer::release(const QStringList &users)
{
    if (!m_outbox)
        return;
    for (const QString &user : users)
        m_outbox->endClear(user, false);
}
