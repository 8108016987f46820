#pragma once

#include "client/apiclient.h"
#include "protocol/messagetemplate.h"

/*!
 * \brief The v1.1 Templates API of one app (list, create, get, update, delete): the team's saved
 * replies, with the same promises as WebhooksApi.
 *
 * Every call returns an ApiReply at once, parented to the \a context the caller passes, and
 * answers on it later: finished(), then exactly one of succeeded() or failed(error). A call
 * that cannot be sent (no id, no name, an incomplete message) fails the same way on the next
 * turn of the event loop, without a request. Paths: \c /v1.1/apps/{appId}/templates[/{id}].
 * GET, PUT and DELETE are retried on transient failures; POST never is (a create that timed
 * out may have happened, and a second one would only meet the first one's name).
 *
 * listTemplates() is one page; the caller loops while TemplatesPage::hasMore.
 */
class TemplatesApi : public ApiClient
{
    Q_OBJECT

public:
    /*! A page holds at most a hundred templates with their messages: 4 MiB is plenty. */
    static constexpr qint64 defaultMaxResponseSize = 4 * 1024 * 1024;
    /*! The page size the spec defaults to. */
    static constexpr int defaultLimit = 25;

    explicit TemplatesApi(QObject *parent = nullptr);
    ~TemplatesApi() override;

    /*! GET templates?limit=&offset=: one page. */
    ApiReplyOf<TemplatesPage> *listTemplates(int limit, int offset, QObject *context);
    /*! POST templates with \a t's name and message; the result holds the new id. */
    ApiReplyOf<MessageTemplate> *createTemplate(const MessageTemplate &t, QObject *context);
    ApiReplyOf<MessageTemplate> *getTemplate(const QString &templateId, QObject *context);
    /*! PUT templates/{id} with \a t's name and message. */
    ApiReplyOf<MessageTemplate> *updateTemplate(const QString &templateId, const MessageTemplate &t,
                                                QObject *context);
    ApiReply *deleteTemplate(const QString &templateId, QObject *context);

private:
    enum Operation { List, Create, Get, Update, Delete };

    QString refusalFor(const MessageTemplate &t) const;
    void handleSuccess(RequestId id, int operation, const QByteArray &body) override;
    qint64 readBufferSize() const override { return maxResponseSize() + 1; }
};
