#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/*!
 * \brief Declarative mapping between a value type and its JSON object.
 *
 * Each v1.1 value type lists its keys once; reading and writing both follow that list, so the
 * two never drift apart. Keys the mapping does not know, and known keys whose value has an
 * unexpected JSON type, are kept in the value's \c extra object and written back unchanged:
 * an unknown field always survives a round trip.
 *
 * Supported member types: QString, bool/double/qint64 wrapped in std::optional, QJsonObject,
 * QJsonArray, any mapped type (it has a static \c mapping()), std::optional and QList of those.
 */
namespace JsonCodec {

template<typename T>
concept Mapped = requires(const T &t)
{
    T::mapping();
    t.extra;
};

template<typename T> struct Codec;

template<> struct Codec<QString>
{
    static bool read(const QJsonValue &v, QString &out)
    {
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    }
    // A null QString is absent; an empty one was sent as "" and is written back as "".
    static QJsonValue write(const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); }
};

template<> struct Codec<std::optional<bool>>
{
    static bool read(const QJsonValue &v, std::optional<bool> &out)
    {
        if (!v.isBool())
            return false;
        out = v.toBool();
        return true;
    }
    static QJsonValue write(const std::optional<bool> &b)
    {
        return b ? QJsonValue(*b) : QJsonValue();
    }
};

template<> struct Codec<std::optional<double>>
{
    static bool read(const QJsonValue &v, std::optional<double> &out)
    {
        if (!v.isDouble())
            return false;
        out = v.toDouble();
        return true;
    }
    static QJsonValue write(const std::optional<double> &d)
    {
        return d ? QJsonValue(*d) : QJsonValue();
    }
};

template<> struct Codec<std::optional<qint64>>
{
    static bool read(const QJsonValue &v, std::optional<qint64> &out)
    {
        if (!v.isDouble())
            return false;
        out = v.toInteger();
        return true;
    }
    static QJsonValue write(const std::optional<qint64> &i)
    {
        return i ? QJsonValue(*i) : QJsonValue();
    }
};

template<> struct Codec<QJsonObject>
{
    static bool read(const QJsonValue &v, QJsonObject &out)
    {
        if (!v.isObject())
            return false;
        out = v.toObject();
        return true;
    }
    static QJsonValue write(const QJsonObject &o)
    {
        return o.isEmpty() ? QJsonValue() : QJsonValue(o);
    }
};

template<> struct Codec<QJsonArray>
{
    static bool read(const QJsonValue &v, QJsonArray &out)
    {
        if (!v.isArray())
            return false;
        out = v.toArray();
        return true;
    }
    static QJsonValue write(const QJsonArray &a)
    {
        return a.isEmpty() ? QJsonValue() : QJsonValue(a);
    }
};

template<Mapped T> struct Codec<T>
{
    static bool read(const QJsonValue &v, T &out)
    {
        if (!v.isObject())
            return false;
        out = T::mapping().read(v.toObject());
        return true;
    }
    static QJsonValue write(const T &t)
    {
        const QJsonObject o = T::mapping().write(t);
        return o.isEmpty() ? QJsonValue() : QJsonValue(o);
    }
};

template<Mapped T> struct Codec<std::optional<T>>
{
    static bool read(const QJsonValue &v, std::optional<T> &out)
    {
        if (!v.isObject())
            return false;
        out = T::mapping().read(v.toObject());
        return true;
    }
    static QJsonValue write(const std::optional<T> &t)
    {
        return t ? QJsonValue(T::mapping().write(*t)) : QJsonValue();
    }
};

template<Mapped T> struct Codec<QList<T>>
{
    // An array holding anything but objects is not ours to interpret: it goes to extra whole.
    static bool read(const QJsonValue &v, QList<T> &out)
    {
        if (!v.isArray())
            return false;
        const QJsonArray array = v.toArray();
        QList<T> items;
        items.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isObject())
                return false;
            items.append(T::mapping().read(item.toObject()));
        }
        out = std::move(items);
        return true;
    }
    static QJsonValue write(const QList<T> &list)
    {
        if (list.isEmpty())
            return QJsonValue();
        QJsonArray array;
        for (const T &t : list)
            array.append(T::mapping().write(t));
        return array;
    }
};

} // namespace JsonCodec

template<typename T> class JsonMapping
{
public:
    /*! Maps \a key to \a member. The order of calls is the order keys are written in. */
    template<typename M> JsonMapping &field(QLatin1StringView key, M T::*member)
    {
        m_index.insert(QString(key), m_fields.size());
        m_fields.append({QString(key),
                         [member](T &t, const QJsonValue &v) {
                             return JsonCodec::Codec<M>::read(v, t.*member);
                         },
                         [member](const T &t) { return JsonCodec::Codec<M>::write(t.*member); }});
        return *this;
    }

    /*! Reads \a object into a new T; never fails, unknown or mistyped keys land in extra. */
    T read(const QJsonObject &object) const
    {
        T t;
        for (auto it = object.begin(), end = object.end(); it != end; ++it) {
            const QString key = it.key();
            const auto found = m_index.constFind(key);
            if (found == m_index.cend() || !m_fields.at(*found).read(t, it.value()))
                t.extra.insert(key, it.value());
        }
        return t;
    }

    /*! Writes the mapped fields that hold a value, then every key kept in extra. */
    QJsonObject write(const T &t) const
    {
        QJsonObject object = t.extra;
        for (const Field &f : m_fields) {
            const QJsonValue v = f.write(t);
            if (!v.isUndefined() && !v.isNull())
                object.insert(f.key, v);
        }
        return object;
    }

private:
    struct Field
    {
        QString key;
        std::function<bool(T &, const QJsonValue &)> read;
        std::function<QJsonValue(const T &)> write;
    };
    QList<Field> m_fields;
    QHash<QString, qsizetype> m_index;
};
