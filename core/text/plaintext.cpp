#include "text/plaintext.h"

#include "protocol/message.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isHiddenControl(char32_t c)
{
    // Bidi embeddings, overrides, isolates and marks; C0/C1 controls but tab and newline;
    // zero-width and invisible formatting characters.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C || (c < 0x20 && c != u'\n' && c != u'\t') ||
           (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
           (c >= 0xFFF9 && c <= 0xFFFB);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PlainText", text);
}
} // namespace

QString PlainText::displayable(const QString &text)
{
    // Every hidden control is in the Basic Multilingual Plane: UTF-16 code units will do, and
    // the common text without any is returned as it is, without a copy.
    const auto shownAsIs = [](QChar c) { return c != u'\r' && !isHiddenControl(c.unicode()); };
    if (std::all_of(text.cbegin(), text.cend(), shownAsIs))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (shownAsIs(c))
            out += c;
        else if (c != u'\r')
            out +=
                u"[U+%1]"_s.arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return out;
}

QList<PlainText::Link> PlainText::links(const QString &text)
{
    static const QRegularExpression pattern(
        uR"((?:https?://|mailto:)[^\s<>"'\x{2018}\x{2019}\x{201C}\x{201D}]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Link> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString found = match.captured();
        // Punctuation that ends a sentence is not part of the link.
        while (!found.isEmpty() && QStringView(u".,;:!?)]}").contains(found.back()))
            found.chop(1);
        const bool bareAddress =
            !found.contains("://"_L1) && !found.startsWith("mailto:"_L1, Qt::CaseInsensitive);
        const QUrl url = bareAddress ? QUrl(u"mailto:"_s + found) : QUrl(found, QUrl::TolerantMode);
        if (isOpenable(url))
            result.append({match.capturedStart(), found.size(), url});
    }
    return result;
}

bool PlainText::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == "mailto"_L1)
        return !url.path().isEmpty();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

QString PlainText::asLiteralMarkup(const QString &text)
{
    return displayable(text).toHtmlEscaped().replace(u'\n', "<br>"_L1);
}

QString PlainText::oneLine(const QString &text, qsizetype maxLength)
{
    QString line = displayable(text).simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + u'…';
    return line;
}

QString PlainText::lines(const QString &text, qsizetype maxLength)
{
    QStringList lines = displayable(text).split(u'\n');
    for (QString &line : lines)
        line = line.simplified();
    QString out = lines.join(u'\n').trimmed();
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + u'…';
    return out;
}

QString PlainText::summary(const Message &m)
{
    const QString text = !m.text.isEmpty() ? m.text : m.textFallback;
    switch (m.type()) {
    case Message::Type::Text:
        return text.isEmpty() ? tr("(empty message)") : oneLine(text);
    case Message::Type::Image:
        return oneLine(text.isEmpty() ? tr("[Image]") : tr("[Image] %1").arg(text));
    case Message::Type::File:
        return oneLine(tr("[File] %1").arg(text.isEmpty() ? QUrl(m.mediaUrl).fileName() : text));
    case Message::Type::Location:
        return oneLine(tr("[Location] %1").arg(m.location ? m.location->name : QString()));
    case Message::Type::Carousel:
    case Message::Type::List:
        return oneLine(text.isEmpty() && !m.items.isEmpty()
                           ? tr("[Cards] %1").arg(m.items.first().title)
                           : tr("[Cards] %1").arg(text));
    case Message::Type::Form:
        return oneLine(tr("[Form] %1").arg(text));
    case Message::Type::FormResponse:
        return oneLine(tr("[Form response] %1").arg(text));
    case Message::Type::Unknown:
        break;
    }
    return oneLine(text.isEmpty() ? tr("[Unsupported message: %1]").arg(m.typeName) : text);
}

QString PlainText::platformName(const QString &platform)
{
    static const QHash<QString, QString> names = {
        {u"web"_s, u"Web"_s},
        {u"ios"_s, u"iOS"_s},
        {u"android"_s, u"Android"_s},
        {u"messenger"_s, u"Messenger"_s},
        {u"instagram"_s, u"Instagram"_s},
        {u"whatsapp"_s, u"WhatsApp"_s},
        {u"telegram"_s, u"Telegram"_s},
        {u"line"_s, u"LINE"_s},
        {u"viber"_s, u"Viber"_s},
        {u"wechat"_s, u"WeChat"_s},
        {u"kakao"_s, u"KakaoTalk"_s},
        {u"twitter"_s, u"Twitter"_s},
        {u"apple"_s, u"Apple Messages"_s},
        {u"twilio"_s, u"SMS"_s},
        {u"messagebird"_s, u"SMS"_s},
        {u"mailgun"_s, u"Email"_s},
    };
    return names.value(platform.toLower(), oneLine(platform, 40));
}
