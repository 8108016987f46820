#pragma once

#include "protocol/newmessage.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/*!
 * \brief One message template of an app (the console's "saved reply"): a name unique in the
 * app and the message it stands for.
 *
 * fromJson() accepts only objects with the three fields the spec requires (\c _id, \c name,
 * \c message); the message is read leniently, as a message post, so unknown keys survive.
 * toJson() writes the TemplateCreate / TemplateUpdate body: name and message only.
 */
struct MessageTemplate
{
    QString id; //!< \c _id
    QString name;
    NewMessage message;

    static std::optional<MessageTemplate> fromJson(const QJsonObject &object,
                                                   QString *error = nullptr);
    /*! The \c template of a create, get or update answer. */
    static std::optional<MessageTemplate> fromResponse(const QByteArray &body,
                                                       QString *error = nullptr);
    QJsonObject toJson() const;
    /*!
     * The message as a post body: role, type, text, media and actions, without what the server
     * added when it stored it (\c _id, \c received, \c authorId, \c source).
     */
    static NewMessage postOf(const NewMessage &stored);

    bool operator==(const MessageTemplate &) const = default;
};

/*! \brief One page of GET templates: the templates, whether more follow, and the offset. */
struct TemplatesPage
{
    QList<MessageTemplate> templates;
    bool hasMore = false;
    int offset = 0;

    /*! Fails when the answer has no \c templates list or any of them is not a template. */
    static std::optional<TemplatesPage> fromResponse(const QByteArray &body,
                                                     QString *error = nullptr);
};

Q_DECLARE_METATYPE(MessageTemplate)
