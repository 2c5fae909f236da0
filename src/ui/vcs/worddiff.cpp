#include "worddiff.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace GravDesk {
namespace {

QStringList tokens(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\s+|\\w+|[^\\w\\s]"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = token.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    return out;
}

QString escaped(const QString &t)
{
    QString s = t.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}

QString marked(const QString &t, const char *colour)
{
    if (t.trimmed().isEmpty())
        return escaped(t);
    return QStringLiteral("<span style=\"background:%1\">%2</span>").arg(QLatin1String(colour), escaped(t));
}

} // namespace

WordDiffHtml wordDiffHtml(const QString &a, const QString &b)
{
    const QStringList ta = tokens(a), tb = tokens(b);
    const qsizetype n = ta.size(), m = tb.size();
    WordDiffHtml out;
    const char *removed = "#f6c6c6";
    const char *added = "#c6efc6";
    if (qint64(n + 1) * (m + 1) > 4'000'000) {
        // Too long to compare word by word: both marked whole.
        out.left = marked(a, removed);
        out.right = marked(b, added);
        return out;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = ta.at(i) == tb.at(j) ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && ta.at(i) == tb.at(j)) {
            out.left += escaped(ta.at(i++));
            out.right += escaped(tb.at(j++));
        } else if (j >= m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
            out.left += marked(ta.at(i++), removed);
        } else {
            out.right += marked(tb.at(j++), added);
        }
    }
    return out;
}

} // namespace GravDesk
