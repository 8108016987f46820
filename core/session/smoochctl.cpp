#include "session/smoochctl.h"

#include "accounts/credentialstore.h"
#include "session/historyexporter.h"
#include "client/historywalker.h"
#include "client/logging.h"
#include "text/plaintext.h"
#include "accounts/profilestore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Text from the server or the history goes to a terminal: escape sequences (ESC [2J, the C1
// CSI U+009B) would clear the screen, retitle the window or fake output. Every control
// character shows as a token, newlines too, so one error stays one line.
QString forTerminal(const QString &text)
{
    return PlainText::displayable(text).replace(u'\n', u"[U+000A]"_s);
}

// QJsonDocument escapes C0 controls but writes C1 controls (U+0080..U+009F) and DEL raw;
// JSON allows \u escapes for any character, so the value reads back the same.
QByteArray escapeControls(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = uchar(json.at(i));
        if (c == 0x7F) {
            out += "\\u007f";
        } else if (c == 0xC2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80 &&
                   uchar(json.at(i + 1)) <= 0x9F) {
            out += "\\u00" + QByteArray::number(uchar(json.at(++i)), 16);
        } else {
            out += char(c);
        }
    }
    return out;
}
} // namespace

SmoochCtl::SmoochCtl(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
    connect(&m_api, &ConversationApi::retrying, this,
            [this](ConversationApi::RequestId, int attempt, std::chrono::milliseconds delay,
                   const ApiError &error) {
                m_err->write(tr("smoochctl: %1; attempt %2 in %3 s\n")
                                 .arg(forTerminal(error.message()))
                                 .arg(attempt)
                                 .arg(double(delay.count()) / 1000.0, 0, 'f', 1)
                                 .toUtf8());
            });
}

void SmoochCtl::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT done(exitCode);
}

void SmoochCtl::fail(const ApiError &error)
{
    m_err->write(u"smoochctl: %1\n"_s.arg(forTerminal(error.message())).toUtf8());
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        finish(NetworkFailure);
        return;
    case ApiError::Kind::Refused:
        finish(Usage);
        return;
    default:
        finish(ApiFailure);
    }
}

void SmoochCtl::usage(const QString &message)
{
    m_err->write(tr("smoochctl: %1\nTry 'smoochctl --help'.\n").arg(forTerminal(message)).toUtf8());
    finish(Usage);
}

void SmoochCtl::printMessage(const Message &message)
{
    m_out->write(escapeControls(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact)) +
                 '\n');
}

void SmoochCtl::run(const QStringList &arguments, const QProcessEnvironment &environment,
                    std::function<bool(const QString &)> confirm)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Admin and scripting tool for the Smooch v1.1 conversation API.\n\n"
        "Commands:\n"
        "  messages USER [--before TS | --after TS | --all]   one JSON message per line, oldest "
        "first\n"
        "  send USER --text TEXT [--name N] [--email E] [--avatar-url U]   prints the created "
        "message\n"
        "  typing USER start|stop\n"
        "  read USER\n"
        "  delete USER MESSAGE_ID\n"
        "  clear USER... [--yes] [--export FILE]\n\n"
        "Credentials come from the environment only: SMOOCH_KEY_ID with SMOOCH_SECRET (a JWT is\n"
        "signed locally; SMOOCH_AUTH=basic uses Basic instead), or SMOOCH_JWT; or a saved profile\n"
        "of the console (--profile NAME) with its secret in the system keychain.\n"
        "Exit codes: 0 success, 1 API error, 2 usage, 3 network or TLS failure."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(u"base-url"_s, tr("API base URL (SMOOCH_BASE_URL)."),
                                     u"URL"_s);
    const QCommandLineOption appId(u"app-id"_s, tr("App id (SMOOCH_APP_ID)."), u"ID"_s);
    const QCommandLineOption profile(
        u"profile"_s, tr("Use a saved profile of the console and its keychain secret."), u"NAME"_s);
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Seconds without data before a request fails."), u"SECONDS"_s, u"30"_s);
    const QCommandLineOption before(u"before"_s, tr("messages: the page before this Unix time."),
                                    u"TS"_s);
    const QCommandLineOption after(u"after"_s, tr("messages: the page after this Unix time."),
                                   u"TS"_s);
    const QCommandLineOption all(u"all"_s, tr("messages: the whole history."));
    const QCommandLineOption text(u"text"_s, tr("send: the message text."), u"TEXT"_s);
    const QCommandLineOption name(u"name"_s, tr("send: the agent's display name."), u"N"_s);
    const QCommandLineOption email(u"email"_s, tr("send: the agent's email."), u"E"_s);
    const QCommandLineOption avatarUrl(u"avatar-url"_s, tr("send: the agent's avatar URL."),
                                       u"U"_s);
    const QCommandLineOption yes(u"yes"_s, tr("clear: do not ask for confirmation."));
    const QCommandLineOption exportFile(
        u"export"_s, tr("clear: first write the whole history as JSON to FILE."), u"FILE"_s);
    parser.addOptions({baseUrl, appId, profile, timeout, before, after, all, text, name, email,
                       avatarUrl, yes, exportFile});
    parser.addPositionalArgument(u"command"_s,
                                 tr("messages, send, typing, read, delete or clear."));
    parser.addPositionalArgument(u"args"_s, tr("The command's arguments."), u"[args...]"_s);

    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(u"help"_s)) {
        m_out->write(parser.helpText().toUtf8());
        finish(Success);
        return;
    }
    if (parser.isSet(u"version"_s)) {
        m_out->write("smoochctl " SMOOCH_VERSION "\n");
        finish(Success);
        return;
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    // Options that belong to one command only.
    const QHash<QString, QStringList> ownOptions = {
        {u"messages"_s, {u"before"_s, u"after"_s, u"all"_s}},
        {u"send"_s, {u"text"_s, u"name"_s, u"email"_s, u"avatar-url"_s}},
        {u"clear"_s, {u"yes"_s, u"export"_s}},
    };
    static const QStringList commands = {u"messages"_s, u"send"_s,   u"typing"_s,
                                         u"read"_s,     u"delete"_s, u"clear"_s};
    if (!commands.contains(command)) {
        usage(command.isEmpty() ? tr("no command given") : tr("unknown command '%1'").arg(command));
        return;
    }
    for (const QString &option : parser.optionNames()) {
        const bool global = option == "base-url"_L1 || option == "app-id"_L1 ||
                            option == "timeout"_L1 || option == "profile"_L1;
        if (!global && !ownOptions.value(command).contains(option)) {
            usage(tr("--%1 does not go with %2").arg(option, command));
            return;
        }
    }

    ApiConnection connection =
        ApiConnection::fromEnvironment(environment, parser.value(baseUrl), parser.value(appId));
    if (parser.isSet(profile)) {
        const auto saved = ProfileStore().profile(parser.value(profile));
        if (!saved) {
            usage(tr("no profile named '%1'").arg(parser.value(profile)));
            return;
        }
        // A command-line tool may wait for the keychain: nothing else is going on.
        std::optional<QByteArray> secret;
        QString keychainError;
        QEventLoop loop;
        CredentialStore keychain;
        keychain.read(saved->secretKey(), &loop,
                      [&](const std::optional<QByteArray> &s, const QString &error) {
                          secret = s;
                          keychainError = error;
                          loop.quit();
                      });
        loop.exec();
        if (!secret) {
            usage(keychainError.isEmpty()
                      ? tr("the keychain holds no secret for profile '%1'").arg(saved->name)
                      : tr("the keychain could not be read: %1").arg(keychainError));
            return;
        }
        Profile p = *saved;
        if (parser.isSet(baseUrl))
            p.baseUrl = QUrl(parser.value(baseUrl));
        if (parser.isSet(appId))
            p.appId = parser.value(appId);
        connection = p.connection(*secret);
    }
    if (const QString why = connection.validationError(); !why.isEmpty()) {
        usage(why);
        return;
    }
    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0) {
        usage(tr("--timeout takes a positive number of seconds"));
        return;
    }
    m_api.setConnection(connection);
    m_api.setTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    const auto done = [this] { finish(Success); };

    if (command == "messages"_L1) {
        if (rest.size() != 1) {
            usage(tr("messages takes one USER"));
            return;
        }
        const int modes =
            int(parser.isSet(before)) + int(parser.isSet(after)) + int(parser.isSet(all));
        if (modes > 1) {
            usage(tr("--before, --after and --all exclude each other"));
            return;
        }
        if (parser.isSet(all)) {
            walk(rest.first(), [this](const QList<Message> &messages) {
                for (const Message &m : messages)
                    printMessage(m);
                finish(Success);
            });
            return;
        }
        PageRequest request;
        if (parser.isSet(before) || parser.isSet(after)) {
            bool ok = false;
            const double ts = parser.value(parser.isSet(before) ? before : after).toDouble(&ok);
            if (!ok) {
                usage(tr("--before and --after take a Unix time in seconds"));
                return;
            }
            request = parser.isSet(before) ? PageRequest::before(ts) : PageRequest::after(ts);
        }
        auto *reply = m_api.getMessages(rest.first(), request, this);
        answer(reply, [this, reply] {
            // Oldest first, as --all prints, whatever order the server sent.
            QList<Message> messages = reply->result().messages;
            std::stable_sort(messages.begin(), messages.end(),
                             [](const Message &a, const Message &b) {
                                 return a.received.value_or(0) < b.received.value_or(0);
                             });
            for (const Message &m : std::as_const(messages))
                printMessage(m);
            finish(Success);
        });
    } else if (command == "send"_L1) {
        if (rest.size() != 1 || !parser.isSet(text)) {
            usage(tr("send takes one USER and --text TEXT"));
            return;
        }
        MessagePost post = MessagePost::appMakerText(parser.value(text));
        post.name = parser.value(name);
        post.email = parser.value(email);
        post.avatarUrl = parser.value(avatarUrl);
        auto *reply = m_api.postMessage(rest.first(), post, this);
        answer(reply, [this, reply] {
            printMessage(reply->result().message);
            finish(Success);
        });
    } else if (command == "typing"_L1) {
        if (rest.size() != 2 || (rest.at(1) != "start"_L1 && rest.at(1) != "stop"_L1)) {
            usage(tr("typing takes USER and start or stop"));
            return;
        }
        answer(m_api.conversationActivity(rest.first(),
                                          rest.at(1) == "start"_L1
                                              ? ConversationActivity::typingStart()
                                              : ConversationActivity::typingStop(),
                                          this),
               done);
    } else if (command == "read"_L1) {
        if (rest.size() != 1) {
            usage(tr("read takes one USER"));
            return;
        }
        answer(m_api.resetUnreadCount(rest.first(), this), done);
    } else if (command == "delete"_L1) {
        if (rest.size() != 2) {
            usage(tr("delete takes USER and MESSAGE_ID"));
            return;
        }
        answer(m_api.deleteMessage(rest.first(), rest.at(1), this), done);
    } else if (command == "clear"_L1) {
        if (rest.isEmpty()) {
            usage(tr("clear takes one or more USERs"));
            return;
        }
        if (!parser.isSet(yes)) {
            if (!confirm) {
                usage(
                    tr("clear asks for confirmation on a terminal; pass --yes to run without one"));
                return;
            }
            if (!confirm(tr("Permanently delete the whole history of %Ln user(s): %1?", nullptr,
                            int(rest.size()))
                             .arg(rest.join(u", "_s)))) {
                m_err->write(tr("smoochctl: nothing deleted\n").toUtf8());
                finish(Usage);
                return;
            }
        }
        m_clearQueue = rest;
        if (parser.value(exportFile).isEmpty())
            clearNext();
        else
            exportThenClear(parser.value(exportFile));
    }
}

void SmoochCtl::walk(const QString &userId, std::function<void(const QList<Message> &)> then)
{
    if (m_walker)
        m_walker->deleteLater(); // it may be the sender of the signal that brought us here
    m_walker = new HistoryWalker(&m_api, userId, this);
    connect(m_walker, &HistoryWalker::succeeded, this,
            [this, then = std::move(then)] { then(m_walker->messages()); });
    connect(m_walker, &HistoryWalker::failed, this, &SmoochCtl::fail);
    m_walker->start();
}

void SmoochCtl::exportThenClear(const QString &path)
{
    // Every history is exported first; nothing is deleted unless the whole file is written.
    auto *exporter = new HistoryExporter(&m_api, this);
    connect(exporter, &HistoryExporter::succeeded, this, &SmoochCtl::clearNext);
    connect(exporter, &HistoryExporter::failed, this,
            [this](const QString &reason, const ApiError &error) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                m_err->write(
                    tr("smoochctl: %1; nothing deleted\n").arg(forTerminal(reason)).toUtf8());
                finish(ApiFailure);
            });
    exporter->start(m_clearQueue, path);
}

void SmoochCtl::clearNext()
{
    if (m_clearQueue.isEmpty()) {
        finish(Success);
        return;
    }
    const QString user = m_clearQueue.takeFirst();
    answer(m_api.deleteMessages(user, this), [this, user] {
        m_err->write(tr("smoochctl: cleared %1\n").arg(forTerminal(user)).toUtf8());
        clearNext();
    });
}

void SmoochCtl::answer(ApiReply *reply, const std::function<void()> &onSuccess)
{
    connect(reply, &ApiReply::succeeded, this, onSuccess);
    connect(reply, &ApiReply::failed, this, &SmoochCtl::fail);
}
