#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/*!
 * \brief What POST attachments answers: where the uploaded file is served and its type, to be
 * sent as an image or file message. Both fields are required; an answer without them is refused.
 */
struct UploadedMedia
{
    QString mediaUrl;
    QString mediaType;

    /*! Reads a 201 body; \a error says why it is not an upload answer. */
    static std::optional<UploadedMedia> fromResponse(const QByteArray &body, QString *error);
    bool operator==(const UploadedMedia &) const = default;
};
