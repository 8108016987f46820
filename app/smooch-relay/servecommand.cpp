#include "servecommand.h"

#include "smoochrelay.h"

#include "relay/agentstore.h"
#include "relay/eventlog.h"
#include "relay/relayserver.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// The self-pipe: the handler only writes a byte; the event loop reads it.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

// A relay keeps a descriptor per console: allow as many as the hard limit does.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

ServeCommand::ServeCommand(ConversationApi &api, CtlOutput &output, QProcessEnvironment environment)
    : CtlCommand(u"serve"_s, api, output)
    , m_environment(std::move(environment))
    , m_listen(u"listen"_s, tr("Address and port to listen on (default 127.0.0.1:8385)."),
               u"ADDR:PORT"_s, u"127.0.0.1:8385"_s)
    , m_tlsCert(u"tls-cert"_s, tr("Serve HTTPS with this PEM certificate (chain)."), u"FILE"_s)
    , m_tlsKey(u"tls-key"_s, tr("The PEM private key of --tls-cert."), u"FILE"_s)
    , m_secrets(u"secrets"_s,
                tr("Webhook secrets, lines APPID SECRET (default "
                   "$CREDENTIALS_DIRECTORY/webhook-secrets, else STATE/webhook-secrets)."),
                u"FILE"_s)
    , m_retentionDays(u"retention-days"_s, tr("Days events are kept (default 30)."), u"N"_s)
    , m_keepalive(u"keepalive-seconds"_s, tr("Seconds between keepalives on streams (default 15)."),
                  u"N"_s)
{}

ServeCommand::~ServeCommand()
{
    // The server first: it uses the log and the agents.
    m_server.reset();
    m_agents.reset();
    m_log.reset();
    if (m_signals) {
        ::signal(SIGTERM, SIG_DFL);
        ::signal(SIGINT, SIG_DFL);
    }
}

QList<QCommandLineOption> ServeCommand::options() const
{
    return {m_listen, m_tlsCert, m_tlsKey, m_secrets, m_retentionDays, m_keepalive};
}

void ServeCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    const auto usage = [this](const QString &message) {
        SmoochRelay::fail(output(), message, CtlOutput::Usage);
    };
    if (!arguments.isEmpty()) {
        usage(tr("serve takes no arguments"));
        return;
    }
    const QString listen = parser.value(m_listen);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        usage(tr("--listen takes ADDR:PORT, e.g. 127.0.0.1:8385"));
        return;
    }
    if (parser.isSet(m_tlsCert) != parser.isSet(m_tlsKey)) {
        usage(tr("--tls-cert and --tls-key go together"));
        return;
    }
    std::optional<std::chrono::seconds> retention;
    if (parser.isSet(m_retentionDays)) {
        bool ok = false;
        const int days = parser.value(m_retentionDays).toInt(&ok);
        if (!ok || days <= 0) {
            usage(tr("--retention-days takes a positive number"));
            return;
        }
        retention = std::chrono::hours(24) * days;
    }
    std::optional<std::chrono::milliseconds> keepalive;
    if (parser.isSet(m_keepalive)) {
        bool ok = false;
        const double seconds = parser.value(m_keepalive).toDouble(&ok);
        if (!ok || seconds <= 0) {
            usage(tr("--keepalive-seconds takes a positive number"));
            return;
        }
        keepalive = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    QString error;
    const auto database = SmoochRelay::database(parser, m_environment, &error);
    if (!database) {
        usage(error);
        return;
    }

    QSslConfiguration tls;
    if (parser.isSet(m_tlsCert)) {
        QFile certFile(parser.value(m_tlsCert));
        QFile keyFile(parser.value(m_tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            SmoochRelay::fail(output(), tr("cannot read the TLS certificate or key"), 1);
            return;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key;
        for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyBytes, algorithm, QSsl::Pem);
            if (!key.isNull())
                break;
        }
        if (chain.isEmpty() || key.isNull()) {
            SmoochRelay::fail(output(), tr("the TLS certificate or key is not valid PEM"), 1);
            return;
        }
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
    }

    m_log = database->postgres.isEmpty() ? EventLog::openSqlite(database->sqliteFile, &error)
                                         : EventLog::openPostgres(database->postgres, &error);
    if (m_log) {
        m_agents = database->postgres.isEmpty()
                       ? AgentStore::openSqlite(database->sqliteFile, &error)
                       : AgentStore::openPostgres(database->postgres, &error);
    }
    if (!m_log || !m_agents) {
        SmoochRelay::fail(output(), tr("cannot open the database: %1").arg(error), 1);
        return;
    }
    if (retention)
        m_log->setRetention(*retention);

    m_server = std::make_unique<RelayServer>(*m_log, *m_agents);
    if (keepalive)
        m_server->setKeepaliveInterval(*keepalive);
    const auto fromEnvironment = WebhookSecrets::fromEnvironment(m_environment, &error);
    if (!fromEnvironment) {
        usage(error);
        return;
    }
    m_server->setWebhookSecrets(*fromEnvironment);
    const QString secretsFile = parser.value(m_secrets);
    m_server->setWebhookSecretsFile(
        secretsFile.isEmpty() ? WebhookSecrets::defaultFile(m_environment) : secretsFile);
    if (!tls.isNull())
        m_server->setTlsConfiguration(tls);

    if (!catchSignals()) {
        SmoochRelay::fail(output(), tr("cannot set up signal handling"), 1);
        return;
    }
    raiseDescriptorLimit();
    if (!m_server->listen(address, quint16(port))) {
        SmoochRelay::fail(output(), tr("cannot listen on %1").arg(listen), 1);
        return;
    }
    QString shown = m_server->address().toString();
    if (m_server->address().protocol() == QAbstractSocket::IPv6Protocol)
        shown = u"["_s + shown + u"]"_s;
    output().print(((tls.isNull() ? u"http://"_s : u"https://"_s) + shown + u':' +
                    QString::number(m_server->port()) + u'\n')
                       .toUtf8());
    // stdout is a QFile on the C stream: a pipe (systemd, a test) gets the line now.
    std::fflush(stdout);
}

bool ServeCommand::catchSignals()
{
    if (signalPipe[0] < 0 && ::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    m_signals = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context());
    QObject::connect(m_signals, &QSocketNotifier::activated, context(), [this] {
        char bytes[16];
        while (::read(signalPipe[0], bytes, sizeof bytes) > 0) {
        }
        stop();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

void ServeCommand::stop()
{
    m_signals->setEnabled(false);
    if (m_server)
        m_server->close();
    output().finish(CtlOutput::Success);
}
