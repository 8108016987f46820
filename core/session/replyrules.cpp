#include "session/replyrules.h"

#include "client/apiconnection.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*\\}\\}"_s);
    return pattern;
}
} // namespace

QString ReplyRules::labelProblem(const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A button needs a label.");
    if (label.size() > maxLabelLength)
        return tr("A button's label has at most %1 characters.").arg(maxLabelLength);
    return {};
}

bool ReplyRules::isUnfinishedAddress(const QString &typed)
{
    const QString t = typed.trimmed().toLower();
    return t.isEmpty() || u"https://"_s.startsWith(t);
}

QString ReplyRules::linkProblem(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.size() > maxAddressLength)
        return tr("The address is longer than %1 characters.").arg(maxAddressLength);
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == "http"_L1)
        return tr("Use an https:// address: an http:// link is not encrypted.");
    if (scheme == "mailto"_L1 && !url.path().isEmpty())
        return {};
    if (scheme != "https"_L1)
        return tr("A link button opens an https:// or mailto: address.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a complete https:// address.");
    return {};
}

QString ReplyRules::mediaProblem(const QString &typed, bool loopbackHttpAllowed)
{
    const QString t = typed.trimmed();
    if (t.size() > maxAddressLength)
        return tr("The address is longer than %1 characters.").arg(maxAddressLength);
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool localHttp =
        loopbackHttpAllowed && scheme == "http"_L1 && ApiConnection::isLoopback(url);
    if (scheme == "http"_L1 && !localHttp)
        return tr("Use an https:// address: the customer's channel fetches the file, and an "
                  "http:// address is not encrypted.");
    if (scheme != "https"_L1 && !localHttp)
        return tr("An image or file is sent by its https:// address.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a complete https:// address.");
    return {};
}

QStringList ReplyRules::variables(const QString &text)
{
    QStringList found;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString v = u"{{"_s + it.next().captured(1) + u"}}"_s;
        if (!found.contains(v))
            found.append(v);
    }
    return found;
}

QString ReplyRules::expand(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString value = values.value(m.captured(1));
        out += value.trimmed().isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString ReplyRules::unfilledProblem(const QString &text)
{
    const QStringList left = variables(text);
    if (left.isEmpty())
        return {};
    return tr("Fill in %1 first: it has no value here. Type over it, or delete it.")
        .arg(left.first());
}
