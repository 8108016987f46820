#pragma once

#include "client/apiclient.h"
#include "protocol/uploadedmedia.h"

/*!
 * \brief The v1.1 Attachments API of one app: upload a file (POST attachments, multipart) and
 * remove one (POST attachments/remove), with the promises of every ApiClient.
 *
 * An upload carries the file's bytes as they are, in the part \c source with its file name and
 * type, and \c access=public&for=message&appUserId=... in the query, so the file belongs to that
 * user's messages. A file larger than maxFileSize (the documented 10 MB) is refused before
 * anything is sent, with the limit in words; so is an empty one. An upload is never sent twice:
 * neither this class nor Qt resends its body (Repeat::SentOnce), so a dropped connection fails
 * it and the caller decides. Progress comes on the reply's uploadProgress().
 *
 * A remove is retried on transient failures: removing twice does no harm.
 */
class AttachmentsApi : public ApiClient
{
    Q_OBJECT

public:
    /*! "The maximum size allowed per file is 10MB": beyond it the server answers 413. */
    static constexpr qint64 maxFileSize = 10 * 1024 * 1024;

    explicit AttachmentsApi(QObject *parent = nullptr);
    ~AttachmentsApi() override;

    /*!
     * POST attachments?access=public&for=message&appUserId=\a appUserId with \a data as the
     * part \c source, named \a fileName, of type \a mimeType.
     */
    ApiReplyOf<UploadedMedia> *upload(const QByteArray &data, const QString &fileName,
                                      const QString &mimeType, const QString &appUserId,
                                      QObject *context);
    /*! POST attachments/remove {"mediaUrl": \a mediaUrl}. */
    ApiReply *remove(const QString &mediaUrl, QObject *context);

    /*! The multipart body of an upload, its boundary chosen here: (content type, body). */
    static std::pair<QByteArray, QByteArray>
    multipart(const QByteArray &data, const QString &fileName, const QString &mimeType);
    /*! Why \a size bytes cannot be uploaded, in words, or an empty string. */
    static QString sizeError(qint64 size);
    /*! What a 413 means, in words. */
    static QString tooLargeText();

private:
    enum Operation { Upload, Remove };

    void handleSuccess(RequestId id, int operation, const QByteArray &body) override;
};
