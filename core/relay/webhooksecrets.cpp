#include "relay/webhooksecrets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr auto fileName = "webhook-secrets"_L1;

/*! The two words of \a line, or nothing for a blank or comment line. */
QList<QByteArray> wordsOf(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('#'))
        return {};
    return trimmed.simplified().split(' ');
}
} // namespace

QString WebhookSecrets::stateDirectory(const QProcessEnvironment &environment)
{
    // systemd may list several directories, separated by ':'; the relay has one.
    const QString state = environment.value(u"STATE_DIRECTORY"_s).section(u':', 0, 0);
    if (!state.isEmpty())
        return state;
    QString data = environment.value(u"XDG_DATA_HOME"_s);
    if (data.isEmpty())
        data = environment.value(u"HOME"_s, QDir::homePath()) + "/.local/share"_L1;
    return data + "/smooch-relay"_L1;
}

QString WebhookSecrets::defaultFile(const QProcessEnvironment &environment)
{
    const QString credentials = environment.value(u"CREDENTIALS_DIRECTORY"_s);
    if (!credentials.isEmpty())
        return credentials + u'/' + fileName;
    return defaultWriteFile(environment);
}

QString WebhookSecrets::defaultWriteFile(const QProcessEnvironment &environment)
{
    return stateDirectory(environment) + u'/' + fileName;
}

std::optional<WebhookSecrets::Map> WebhookSecrets::parse(const QByteArray &text,
                                                         const QString &origin, QString *error)
{
    Map secrets;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> words = wordsOf(lines.at(i));
        if (words.isEmpty())
            continue;
        if (words.size() != 2) {
            if (error)
                *error = tr("%1, line %2: expected APPID SECRET").arg(origin).arg(i + 1);
            return std::nullopt;
        }
        secrets.insert(QString::fromUtf8(words.at(0)), words.at(1));
    }
    return secrets;
}

std::optional<WebhookSecrets::Map> WebhookSecrets::read(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    return parse(in.readAll(), file, error);
}

std::optional<WebhookSecrets::Map>
WebhookSecrets::fromEnvironment(const QProcessEnvironment &environment, QString *error)
{
    const QString name = QString::fromLatin1(environmentVariable);
    return parse(environment.value(name).toUtf8(), name, error);
}

bool WebhookSecrets::write(const QString &file, const QString &appId, const QByteArray &secret,
                           QString *error)
{
    return rewrite(file, appId, secret, error);
}

bool WebhookSecrets::remove(const QString &file, const QString &appId, QString *error)
{
    if (!QFileInfo::exists(file))
        return true;
    return rewrite(file, appId, std::nullopt, error);
}

bool WebhookSecrets::rewrite(const QString &file, const QString &appId,
                             const std::optional<QByteArray> &secret, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (appId.isEmpty() || appId.contains(QRegularExpression(u"\\s"_s)))
        return fail(tr("the app id must be one word"));
    if (secret && (secret->isEmpty() || secret->contains(' ') || secret->contains('\t') ||
                   secret->contains('\n') || secret->contains('\r')))
        return fail(tr("the secret must be one word"));

    const QFileInfo info(file);
    const QString directory = info.absolutePath();
    if (!QFileInfo::exists(directory)) {
        // Created 0700 from the start: no moment at which others may look in.
        const QFileInfo parent(directory);
        if (!QDir().mkpath(parent.absolutePath()) ||
            !QDir().mkdir(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return fail(tr("cannot create the directory %1").arg(directory));
    }

    QList<QByteArray> lines;
    if (info.exists()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(file, in.errorString()));
        lines = in.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    const QByteArray newLine = secret ? appId.toUtf8() + ' ' + *secret : QByteArray();
    bool replaced = false;
    QList<QByteArray> out;
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> words = wordsOf(line);
        if (!words.isEmpty() && QString::fromUtf8(words.first()) == appId) {
            if (secret && !replaced)
                out.append(newLine);
            replaced = true;
            continue;
        }
        out.append(line);
    }
    if (secret && !replaced)
        out.append(newLine);

    QSaveFile save(file);
    // The temporary file is 0600 from its creation (QTemporaryFile); say so for the result too.
    if (!save.open(QIODevice::WriteOnly) ||
        !save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("cannot write %1: %2").arg(file, save.errorString()));
    QByteArray text = out.join('\n');
    if (!text.isEmpty())
        text += '\n';
    if (save.write(text) != text.size() || !save.commit())
        return fail(tr("cannot write %1: %2").arg(file, save.errorString()));
    return true;
}
