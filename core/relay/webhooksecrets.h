#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

/*!
 * \brief The relay's webhook secrets: one line \c {APPID SECRET} per app, in a file only the
 * service user reads or in the environment variable SMOOCH_RELAY_WEBHOOK_SECRETS.
 *
 * Blank lines and lines starting with '#' are ignored; any other line must hold exactly two
 * words. Errors name the file and the line, never a secret.
 *
 * write() replaces only the line of its app (or appends one), keeping every other line as it
 * was, and writes atomically (QSaveFile): a reader sees the old file or the new one. The file
 * is created with mode 0600 and stays so; a parent directory it has to create gets 0700.
 */
class WebhookSecrets
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSecrets)

public:
    using Map = QMap<QString, QByteArray>; //!< app id -> secret

    static constexpr const char *environmentVariable = "SMOOCH_RELAY_WEBHOOK_SECRETS";

    /*! The relay's state directory: $STATE_DIRECTORY (systemd), else
        $XDG_DATA_HOME/smooch-relay (~/.local/share/smooch-relay). */
    static QString stateDirectory(const QProcessEnvironment &environment);
    /*!
     * Where serve reads the secrets by default: $CREDENTIALS_DIRECTORY/webhook-secrets when
     * systemd passes credentials, else STATE/webhook-secrets.
     */
    static QString defaultFile(const QProcessEnvironment &environment);
    /*! Where webhook register writes by default: STATE/webhook-secrets (never the read-only
        credentials directory). */
    static QString defaultWriteFile(const QProcessEnvironment &environment);

    /*! The lines of \a text; std::nullopt and \a error on a malformed line. */
    static std::optional<Map> parse(const QByteArray &text, const QString &origin, QString *error);
    /*! The secrets in \a file; a missing file is an error. */
    static std::optional<Map> read(const QString &file, QString *error);
    /*! The secrets in SMOOCH_RELAY_WEBHOOK_SECRETS; empty when it is not set. */
    static std::optional<Map> fromEnvironment(const QProcessEnvironment &environment,
                                              QString *error);
    /*! Sets \a appId's secret in \a file; false and \a error when it cannot. */
    static bool write(const QString &file, const QString &appId, const QByteArray &secret,
                      QString *error);
    /*! Removes \a appId's line from \a file; true when there was none or the file is missing. */
    static bool remove(const QString &file, const QString &appId, QString *error);

private:
    static bool rewrite(const QString &file, const QString &appId,
                        const std::optional<QByteArray> &secret, QString *error);
};
