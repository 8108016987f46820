#pragma once

#include <QByteArray>
#include <QString>

/*!
 * \brief A file the agent wants to send, read and checked before anything is stored: its bytes
 * exactly as they are (nothing is recompressed), its name and its type.
 *
 * A file larger than the service's 10 MB or empty is refused with the reason in words, a local
 * file by its size before it is read. The type comes from QMimeDatabase, from the name and the
 * content together; a file whose name says it is an image while its content is something else is
 * refused rather than sent under a false type. PNG, JPEG, GIF and WebP go as image messages,
 * everything else (unknown types as application/octet-stream) as file messages.
 */
struct OutgoingFile
{
    QByteArray data;
    QString fileName;
    QString mimeType;
    QString error; //!< why it cannot be sent; empty when it can

    bool isValid() const { return error.isEmpty(); }
    /*! "image" or "file": the message type it is sent as. */
    QString messageType() const;

    /*! Reads the local file \a path. */
    static OutgoingFile fromPath(const QString &path);
    /*! Takes \a data as a file named \a fileName (a pasted image: its PNG bytes). */
    static OutgoingFile fromData(QByteArray data, const QString &fileName);
};
