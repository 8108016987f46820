#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

/*!
 * \brief One console per data folder: a second start brings the first window forward.
 *
 * Two consoles on one profile would share its outbox, and only the one holding the lock file may
 * send; the other could still cancel or retry rows the first is sending. So a start first asks a
 * running console (a QLocalServer named after the data folder) to come forward, and quits when
 * one answers; otherwise it listens itself. A socket left by a killed console is replaced.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /*! The instance for the console data kept in \a dataDirectory. */
    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    /*!
     * Asks a running console to come forward, passing \a arguments (for example the user to open);
     * true when one took the request, and this start should end.
     */
    bool forwardToRunning(const QStringList &arguments);
    /*! Listens for later starts; false when that is not possible (then nothing is forwarded). */
    bool listen();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    /*! A second start asked this console to come forward, with its \a arguments. */
    void activationRequested(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
