#include "accounts/credentialstore.h"

#include "client/logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    enqueue({Operation::Kind::Read, key, {}, context, std::move(done), {}});
}

void CredentialStore::write(const QString &key, const QByteArray &secret, QObject *context,
                            Done done)
{
    enqueue({Operation::Kind::Write, key, secret, context, {}, std::move(done)});
}

void CredentialStore::remove(const QString &key, QObject *context, Done done)
{
    enqueue({Operation::Kind::Remove, key, {}, context, {}, std::move(done)});
}

void CredentialStore::enqueue(Operation operation)
{
    m_queue.append(std::move(operation));
    if (!m_busy) {
        m_busy = true;
        QMetaObject::invokeMethod(this, &CredentialStore::next, Qt::QueuedConnection);
    }
}

void CredentialStore::failed(const QString &what, const QString &error)
{
    m_working = false;
    const QString message =
        tr("The system keychain could not %1 (%2). Secrets are kept in memory for this "
           "session only and must be entered again next time.")
            .arg(what, error);
    qCWarning(lcStore) << "keychain:" << what << "failed:" << error;
    Q_EMIT keychainFailed(message);
}

void CredentialStore::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    Operation op = m_queue.takeFirst();
    const auto proceed = [this] {
        QMetaObject::invokeMethod(this, &CredentialStore::next, Qt::QueuedConnection);
    };

    if (op.kind == Operation::Kind::Read && m_memory.contains(op.key)) {
        if (op.context && op.readDone)
            op.readDone(m_memory.value(op.key), {});
        proceed();
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (op.kind) {
    case Operation::Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(op.secret);
        job = write;
        break;
    }
    case Operation::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        m_memory.remove(op.key);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(op.key);
    connect(job, &QKeychain::Job::finished, this, [this, op, proceed](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        QString message;
        switch (op.kind) {
        case Operation::Kind::Read: {
            std::optional<QByteArray> secret;
            if (error == QKeychain::NoError)
                secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            else if (error != QKeychain::EntryNotFound)
                message = finished->errorString(), failed(tr("read a secret"), message);
            if (op.context && op.readDone)
                op.readDone(secret, message);
            break;
        }
        case Operation::Kind::Write:
            if (error != QKeychain::NoError) {
                m_memory.insert(op.key, op.secret);
                message = finished->errorString();
                failed(tr("store a secret"), message);
            } else {
                m_memory.remove(op.key);
            }
            if (op.context && op.done)
                op.done(message);
            break;
        case Operation::Kind::Remove:
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
                message = finished->errorString();
                failed(tr("remove a secret"), message);
            }
            if (op.context && op.done)
                op.done(message);
            break;
        }
        proceed(); // the next job starts on a fresh turn, not inside this one's finished()
    });
    job->start();
}
