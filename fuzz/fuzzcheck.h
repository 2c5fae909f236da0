#pragma once

// Shared by the harnesses: a property check that stops the fuzzer (abort: libFuzzer saves the input as a
// crash), and the exact comparison of parsed header values.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, message)                                                                                           \
    do {                                                                                                                         \
        if (!(condition))                                                                                                        \
            ::FuzzCheck::fail(#condition, (message), __FILE__, __LINE__);                                                        \
    } while (false)

namespace FuzzCheck {

[[noreturn]] inline void fail(const char *condition, const QString &message, const char *file, int line)
{
    std::fprintf(stderr, "\n*** property violated at %s:%d: %s\n*** %s\n", file, line, condition, qPrintable(message));
    std::fflush(stderr);
    std::abort();
}

inline bool isInteger(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return true;
    default: return false;
    }
}

/// Where @p a and @p b differ ("" when they are the same value; integers of any width are the same integer).
inline QString difference(const QVariant &a, const QVariant &b, const QString &at = QString())
{
    const QString where = at.isEmpty() ? QStringLiteral("(top)") : at;
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid() ? QString() : where + QStringLiteral(": null vs value");
    if (isInteger(a) && isInteger(b))
        return a.toLongLong() == b.toLongLong() ? QString() : where;
    if (a.typeId() != b.typeId())
        return where + QStringLiteral(": type ") + QString::fromLatin1(a.typeName()) + QStringLiteral(" vs ")
            + QString::fromLatin1(b.typeName());
    switch (a.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap ma = a.toMap(), mb = b.toMap();
        if (ma.keys() != mb.keys())
            return where + QStringLiteral(": keys");
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            const QString d
                = difference(it.value(), mb.value(it.key()), at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case QMetaType::QVariantList: {
        const QVariantList la = a.toList(), lb = b.toList();
        if (la.size() != lb.size())
            return where + QStringLiteral(": list size");
        for (qsizetype i = 0; i < la.size(); ++i) {
            const QString d = difference(la[i], lb[i], where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case QMetaType::Double: {
        const double x = a.toDouble(), y = b.toDouble();
        return x == y || (std::isnan(x) && std::isnan(y)) ? QString() : where;
    }
    default: return a == b ? QString() : where;
    }
}

} // namespace FuzzCheck
