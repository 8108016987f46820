#include "historyexporter.h"

#include "historywalker.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

HistoryExporter::HistoryExporter(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void HistoryExporter::start(const QStringList &users, const QString &path)
{
    m_users = users;
    m_path = path;
    m_exported = {};
    m_counts.clear();
    next();
}

void HistoryExporter::next()
{
    if (m_exported.size() < m_users.size()) {
        const QString user = m_users.at(m_exported.size());
        if (m_walker)
            m_walker->deleteLater(); // it may be the sender of the signal that brought us here
        m_walker = new HistoryWalker(m_api, user, this);
        connect(m_walker, &HistoryWalker::succeeded, this, [this, user] {
            QJsonArray array;
            for (const Message &m : m_walker->messages())
                array.append(m.toJson());
            m_counts.insert(user, int(array.size()));
            m_exported.append(QJsonObject{{"userId"_L1, user}, {"messages"_L1, array}});
            next();
        });
        connect(m_walker, &HistoryWalker::failed, this, [this, user](const ApiError &error) {
            Q_EMIT finished();
            Q_EMIT failed(tr("reading %1's history failed: %2").arg(user, error.message()), error);
        });
        m_walker->start();
        return;
    }
    QSaveFile file(m_path);
    const QJsonObject document{
        {"exportedAt"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {"users"_L1, m_exported}};
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.write(QJsonDocument(document).toJson()) >= 0 && file.commit();
    Q_EMIT finished();
    if (written)
        Q_EMIT succeeded();
    else
        Q_EMIT failed(tr("cannot write %1: %2").arg(m_path, file.errorString()), ApiError());
}
