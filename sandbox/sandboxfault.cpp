#include "sandbox/sandboxfault.h"

#include <QHash>

using namespace Qt::StringLiterals;

bool SandboxFault::matches(const QString &requestMethod, const QString &path) const
{
    return (method.isEmpty() || method.compare(requestMethod, Qt::CaseInsensitive) == 0) &&
           (pathContains.isEmpty() || path.contains(pathContains)) &&
           (pathEndsWith.isEmpty() || path.endsWith(pathEndsWith));
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject &object, QString *error)
{
    static const QHash<QString, Kind> kinds = {
        {u"status"_s, Kind::Status},       {u"delay"_s, Kind::Delay},
        {u"drop"_s, Kind::DropMidBody},    {u"malformed"_s, Kind::MalformedJson},
        {u"noanswer"_s, Kind::NoAnswer},   {u"body"_s, Kind::Body},
        {u"endless"_s, Kind::EndlessBody},
    };
    const QString kindName = object.value("kind"_L1).toString();
    if (!kinds.contains(kindName)) {
        *error =
            u"unknown fault kind '%1'; use one of: %2"_s.arg(kindName, kinds.keys().join(u", "));
        return std::nullopt;
    }
    SandboxFault f;
    f.kind = kinds.value(kindName);
    f.status = object.value("status"_L1).toInt(f.kind == Kind::Body ? 200 : 500);
    f.count = object.value("count"_L1).toInt(1);
    f.delayMs = object.value("delayMs"_L1).toInt(0);
    if (object.contains("retryAfter"_L1))
        f.retryAfter = object.value("retryAfter"_L1).toInt();
    f.body = object.value("body"_L1).toString().toUtf8();
    f.location = object.value("location"_L1).toString().toUtf8();
    f.method = object.value("method"_L1).toString();
    f.pathContains = object.value("path"_L1).toString();
    return f;
}
