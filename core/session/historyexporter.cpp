#include "session/historyexporter.h"

#include "client/historywalker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

HistoryExporter::HistoryExporter(ConversationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void HistoryExporter::start(const QStringList &users, const QString &path)
{
    for (HistoryWalker *walker : std::as_const(m_walkers)) {
        walker->cancel();
        walker->deleteLater(); // it may be the sender of the signal that brought us here
    }
    m_walkers.clear();
    m_users = users;
    m_path = path;
    m_counts.clear();
    m_walked = 0;
    m_caughtUp = 0;
    next();
}

void HistoryExporter::next()
{
    if (m_walked < m_users.size()) {
        const QString user = m_users.at(m_walked);
        auto *walker = new HistoryWalker(m_api, user, this);
        m_walkers.append(walker);
        connect(walker, &HistoryWalker::succeeded, this, [this] {
            if (m_walked < m_users.size())
                ++m_walked;
            else
                ++m_caughtUp;
            next();
        });
        connect(walker, &HistoryWalker::failed, this, [this, user](const ApiError &error) {
            Q_EMIT finished();
            Q_EMIT failed(tr("reading %1's history failed: %2").arg(user, error.message()), error);
        });
        walker->start();
        return;
    }
    // The users walked first wait for the others: what arrived for them meanwhile comes now.
    if (m_caughtUp < m_users.size() - 1) {
        m_walkers.at(m_caughtUp)->catchUp();
        return;
    }
    write();
}

void HistoryExporter::write()
{
    QJsonArray exported;
    for (const HistoryWalker *walker : std::as_const(m_walkers)) {
        QJsonArray array;
        for (const Message &m : walker->messages())
            array.append(m.toJson());
        const QString user = m_users.at(exported.size());
        m_counts.insert(user, int(array.size()));
        exported.append(QJsonObject{{"userId"_L1, user}, {"messages"_L1, array}});
    }
    QSaveFile file(m_path);
    const QJsonObject document{
        {"exportedAt"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {"users"_L1, exported}};
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.write(QJsonDocument(document).toJson()) >= 0 && file.commit();
    Q_EMIT finished();
    if (written)
        Q_EMIT succeeded();
    else
        Q_EMIT failed(tr("cannot write %1: %2").arg(m_path, file.errorString()), ApiError());
}
