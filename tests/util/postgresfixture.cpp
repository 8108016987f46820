#include "postgresfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString serverBin()
{
    const QDir lib(u"/usr/lib/postgresql"_s);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = lib.filePath(version + u"/bin"_s);
        if (QFileInfo::exists(bin + u"/initdb"_s) && QFileInfo::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

PostgresFixture::PostgresFixture()
    : m_bin(serverBin())
    , m_asPostgres(::geteuid() == 0)
{}

PostgresFixture::~PostgresFixture()
{
    if (m_running)
        stop();
}

QString PostgresFixture::unavailableReason()
{
    if (serverBin().isEmpty())
        return u"PostgreSQL is not installed (Debian: apt-get install postgresql; scripts/test "
               "installs it)"_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's QPSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)"_s;
    if (::geteuid() == 0 && !::getpwnam("postgres"))
        return u"running as root, and there is no postgres user to run the server as"_s;
    return {};
}

bool PostgresFixture::run(const QString &program, const QStringList &arguments, QString *error,
                          int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    if (m_asPostgres)
        process.start(u"runuser"_s,
                      QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = u"%1 failed: %2"_s.arg(QFileInfo(program).fileName(),
                                            QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresFixture::start(QString *error)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/smooch-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = m_dir->errorString();
        return false;
    }
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = u"cannot hand %1 to the postgres user"_s.arg(m_dir->path());
            return false;
        }
    }
    if (!run(m_bin + u"/initdb"_s,
             {u"-D"_s, m_dir->filePath(u"data"_s), u"-A"_s, u"trust"_s, u"-U"_s, u"relay"_s,
              u"-E"_s, u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s},
             error)) {
        return false;
    }
    m_port = freePort();
    if (!startServer(error))
        return false;
    // If this process dies before stopping the server (a crash, a kill), the watchdog does.
    const QString pgCtl =
        (m_asPostgres ? u"runuser -u postgres -- "_s : QString()) + m_bin + u"/pg_ctl"_s;
    const QString script =
        u"exec </dev/null >/dev/null 2>&1; while kill -0 %1 2>/dev/null; do sleep 1; done; "
        "%2 -D '%3' -m immediate stop; rm -rf '%4'"_s.arg(
            QString::number(QCoreApplication::applicationPid()), pgCtl, m_dir->filePath(u"data"_s),
            m_dir->path());
    QProcess::startDetached(u"sh"_s, {u"-c"_s, script});
    // The database the relay uses.
    return run(m_bin + u"/createdb"_s,
               {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, u"relay"_s,
                u"relay"_s},
               error);
}

bool PostgresFixture::startServer(QString *error)
{
    const QString options =
        u"-c listen_addresses=127.0.0.1 -p %1 -k %2"_s.arg(m_port).arg(m_dir->path());
    if (!run(m_bin + u"/pg_ctl"_s,
             {u"-D"_s, m_dir->filePath(u"data"_s), u"-o"_s, options, u"-l"_s,
              m_dir->filePath(u"log"_s), u"-w"_s, u"start"_s},
             error)) {
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresFixture::stop(QString *error)
{
    if (!m_running)
        return true;
    QString why;
    const bool ok =
        run(m_bin + u"/pg_ctl"_s,
            {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, &why);
    if (ok)
        m_running = false;
    else if (error)
        *error = why;
    return ok;
}

bool PostgresFixture::restart(QString *error)
{
    QString why;
    if (m_running)
        return true;
    const bool ok = startServer(&why);
    if (!ok && error)
        *error = why;
    return ok;
}

QString PostgresFixture::conninfo() const
{
    return u"host=127.0.0.1 port=%1 dbname=relay user=relay"_s.arg(m_port);
}
