#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

/*!
 * \brief Secrets in the OS keychain through QtKeychain: the key secrets, pasted JWTs and
 * webhook secrets of the profiles.
 *
 * Every job's error() is checked. A missing entry reads as "none" and deletes as success. When
 * the keychain is unavailable or refuses, the secret is kept in memory for this run only and
 * keychainFailed() says so; there is no plain-text fallback. Jobs run one at a time, and the next
 * starts on a fresh turn of the event loop, never from inside another job's finished().
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(const QString &service = QStringLiteral("smooch-console"),
                             QObject *parent = nullptr);

    using ReadDone =
        std::function<void(const std::optional<QByteArray> &secret, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    /*! The secret under \a key: from this run's memory, else the keychain; nullopt when none. */
    void read(const QString &key, QObject *context, ReadDone done);
    /*! Stores \a secret; on a keychain failure it is kept in memory and the error is reported. */
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done = {});
    void remove(const QString &key, QObject *context, Done done = {});
    /*! Keeps \a secret in memory only (temporary profiles). */
    void remember(const QString &key, const QByteArray &secret) { m_memory.insert(key, secret); }
    bool isKeychainWorking() const { return m_working; }

Q_SIGNALS:
    /*! The keychain could not be used: \a message says so in plain words for the agent. */
    void keychainFailed(const QString &message);

private:
    struct Operation
    {
        enum class Kind { Read, Write, Remove } kind;
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        ReadDone readDone;
        Done done;
    };
    void enqueue(Operation operation);
    void next();
    void failed(const QString &what, const QString &error);

    QString m_service;
    QList<Operation> m_queue;
    bool m_busy = false;
    bool m_working = true;
    QHash<QString, QByteArray> m_memory;
};
