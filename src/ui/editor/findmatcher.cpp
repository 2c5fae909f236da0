#include "editor/findmatcher.h"

#include "text/searchfold.h"

namespace GravDesk {

void FindMatcher::mapYo(QString &text)
{
    SearchFold::mapYo(text); // the site search's rule, so the find bar and site search agree
}

bool FindMatcher::setPattern(const QString &pattern, const FindOptions &options, QString *error)
{
    m_pattern = pattern;
    m_options = options;
    QString source = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.yoIsYe)
        mapYo(source);
    if (options.wholeWord)
        source = QStringLiteral("(?<!\\w)(?:") + source + QStringLiteral(")(?!\\w)");
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    if (options.regularExpression)
        flags |= QRegularExpression::MultilineOption; // ^ and $ are the ends of lines, as editors do
    m_regex = QRegularExpression(source, flags);
    m_valid = !pattern.isEmpty() && m_regex.isValid();
    if (!m_regex.isValid() && error)
        *error = m_regex.errorString();
    if (m_valid)
        m_regex.optimize();
    return m_regex.isValid();
}

QString FindMatcher::prepare(const QString &text) const
{
    if (!m_options.yoIsYe)
        return text;
    QString mapped = text;
    mapYo(mapped);
    return mapped;
}

QVector<FindMatch> FindMatcher::findAll(const QString &prepared, int limit, bool *more) const
{
    QVector<FindMatch> out;
    if (more)
        *more = false;
    if (!m_valid)
        return out;
    QRegularExpressionMatchIterator it = m_regex.globalMatch(prepared);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        if (out.size() >= limit) {
            if (more)
                *more = true;
            break;
        }
        out.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    return out;
}

FindMatch FindMatcher::findNext(const QString &prepared, int from) const
{
    if (!m_valid)
        return {};
    for (int pass = 0; pass < 2; ++pass) {
        QRegularExpressionMatchIterator it = m_regex.globalMatch(prepared, pass == 0 ? from : 0);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (pass == 1 && m.capturedStart() >= from)
                break;
            if (m.capturedLength() > 0)
                return {int(m.capturedStart()), int(m.capturedLength())};
        }
    }
    return {};
}

FindMatch FindMatcher::findPrevious(const QString &prepared, int before) const
{
    if (!m_valid)
        return {};
    FindMatch last;
    FindMatch lastBefore;
    QRegularExpressionMatchIterator it = m_regex.globalMatch(prepared);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        last = {int(m.capturedStart()), int(m.capturedLength())};
        if (last.start < before)
            lastBefore = last;
    }
    return lastBefore.length > 0 ? lastBefore : last;
}

bool FindMatcher::matchesExactly(const QString &prepared, int start, int length) const
{
    if (!m_valid || length <= 0)
        return false;
    const QRegularExpressionMatch m
        = m_regex.match(prepared, start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && m.capturedStart() == start && m.capturedLength() == length;
}

QString FindMatcher::replacementFor(
    const QString &original, const QString &prepared, const FindMatch &match, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    const QRegularExpressionMatch m
        = m_regex.match(prepared, match.start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        const bool escape = (c == u'\\' || c == u'$') && i + 1 < replacement.size();
        if (escape && replacement.at(i + 1).isDigit()) {
            const int group = replacement.at(i + 1).digitValue();
            if (m.hasMatch() && group <= m_regex.captureCount() && m.capturedStart(group) >= 0)
                out += original.mid(m.capturedStart(group), m.capturedLength(group));
            ++i;
        } else if (escape && replacement.at(i + 1) == c) {
            out += c; // `\\` and `$$`
            ++i;
        } else if (c == u'\\' && i + 1 < replacement.size() && replacement.at(i + 1) == u'n') {
            out += u'\n';
            ++i;
        } else if (c == u'\\' && i + 1 < replacement.size() && replacement.at(i + 1) == u't') {
            out += u'\t';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString FindMatcher::replaceAll(const QString &original, const QString &replacement, int *count) const
{
    *count = 0;
    if (!m_valid)
        return original;
    const QString prepared = prepare(original);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = m_regex.globalMatch(prepared);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        if (*count == 0)
            out.reserve(original.size());
        out += QStringView(original).mid(copied, m.capturedStart() - copied);
        out += replacementFor(original, prepared, {int(m.capturedStart()), int(m.capturedLength())}, replacement);
        copied = m.capturedEnd();
        ++*count;
    }
    if (*count == 0)
        return original;
    out += QStringView(original).mid(copied);
    return out;
}

} // namespace GravDesk
