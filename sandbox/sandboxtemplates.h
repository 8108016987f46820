#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

class SandboxStore;

/*!
 * \brief The sandbox's v1.1 Templates API: list (limit, offset, hasMore), create, get, update
 * and delete, kept in the sandbox's database beside the messages.
 *
 * Create needs a name and a valid message post (400 otherwise); a name is unique in the app
 * (409 for a second one, on create and update); an unknown id is 404. The stored message is a
 * Message as the spec types it: the post's fields with \c _id, \c received, \c authorId,
 * \c name, \c avatarUrl and, where the type has none, a generated \c text.
 */
class SandboxTemplates
{
public:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    explicit SandboxTemplates(SandboxStore &store);

    /*! The request \a method on .../templates followed by \a rest. */
    Answer handle(const QString &method, const QStringList &rest, const QUrlQuery &query,
                  const QByteArray &body);

    /*! Stores a template; its answer (201 with the template, or the error). */
    Answer create(const QJsonObject &request);
    int count() const;
    /*! The demo's saved replies: greetings with variables, one with quick replies, one image. */
    void seedDemo(const QString &mediaBase);

    /*! Largest page the sandbox hands out; a larger limit gets this many. */
    static constexpr int maxLimit = 100;

private:
    std::optional<QJsonObject> find(const QString &id) const;
    /*! Why \a object is not a usable template body, or empty; fills \a name and \a message. */
    QString read(const QJsonObject &object, bool create, QString *name, QJsonObject *message) const;
    bool nameTaken(const QString &name, const QString &exceptId) const;

    SandboxStore &m_store;
};
