#include "client/templatesapi.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

TemplatesApi::TemplatesApi(QObject *parent)
    : ApiClient("templates request", defaultMaxResponseSize, parent)
{}

TemplatesApi::~TemplatesApi() = default;

ApiReplyOf<TemplatesPage> *TemplatesApi::listTemplates(int limit, int offset, QObject *context)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    return start<ApiReplyOf<TemplatesPage>>(
        context,
        {.operation = List,
         .verb = "GET",
         .url = connection().appUrl({u"templates"_s}, query),
         .refusal = limit < 1 || offset < 0 ? tr("a page needs a limit of 1 or more and an "
                                                 "offset of 0 or more")
                                            : QString()});
}

QString TemplatesApi::refusalFor(const MessageTemplate &t) const
{
    if (t.name.trimmed().isEmpty())
        return tr("a saved reply needs a name");
    if (const QString why = MessageTemplate::postOf(t.message).validationError(); !why.isEmpty())
        return why;
    return {};
}

ApiReplyOf<MessageTemplate> *TemplatesApi::createTemplate(const MessageTemplate &t,
                                                          QObject *context)
{
    return start<ApiReplyOf<MessageTemplate>>(
        context, {.operation = Create,
                  .verb = "POST",
                  .url = connection().appUrl({u"templates"_s}),
                  .body = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact),
                  .refusal = refusalFor(t),
                  .repeat = Repeat::SentOnce});
}

ApiReplyOf<MessageTemplate> *TemplatesApi::getTemplate(const QString &templateId, QObject *context)
{
    return start<ApiReplyOf<MessageTemplate>>(
        context, {.operation = Get,
                  .verb = "GET",
                  .url = connection().appUrl({u"templates"_s, templateId}),
                  .refusal = templateId.isEmpty() ? tr("no template id given") : QString()});
}

ApiReplyOf<MessageTemplate> *
TemplatesApi::updateTemplate(const QString &templateId, const MessageTemplate &t, QObject *context)
{
    return start<ApiReplyOf<MessageTemplate>>(
        context, {.operation = Update,
                  .verb = "PUT",
                  .url = connection().appUrl({u"templates"_s, templateId}),
                  .body = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact),
                  .refusal = templateId.isEmpty() ? tr("no template id given") : refusalFor(t)});
}

ApiReply *TemplatesApi::deleteTemplate(const QString &templateId, QObject *context)
{
    return start<ApiReply>(
        context, {.operation = Delete,
                  .verb = "DELETE",
                  .url = connection().appUrl({u"templates"_s, templateId}),
                  .refusal = templateId.isEmpty() ? tr("no template id given") : QString()});
}

void TemplatesApi::handleSuccess(RequestId id, int operation, const QByteArray &body)
{
    QString parseError;
    switch (Operation(operation)) {
    case List:
        return concludeWith(id, TemplatesPage::fromResponse(body, &parseError), parseError);
    case Create:
    case Get:
    case Update:
        return concludeWith(id, MessageTemplate::fromResponse(body, &parseError), parseError);
    case Delete: // 200 with no body promised
        return conclude(id, nullptr);
    }
}
