#include "pagecompare.h"

#include "page/envelope.h"
#include "page/frontmatterdocument.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace GravDesk {
namespace {

QList<QPair<QString, QString>> fieldTexts(const QByteArray &header)
{
    return headerFields(header);
}

QString lf(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s;
}

} // namespace

QList<QPair<QString, QString>> headerFields(const QByteArray &header)
{
    QList<QPair<QString, QString>> out;
    const QString text = QString::fromUtf8(header);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (i == lines.size() - 1 && l.isEmpty())
            break;
        const bool topKey = !l.isEmpty() && !l.at(0).isSpace() && l.at(0) != QLatin1Char('#') && l.at(0) != QLatin1Char('-')
            && l.contains(QLatin1Char(':'));
        if (topKey) {
            QString key = l.section(QLatin1Char(':'), 0, 0).trimmed();
            if (key.size() >= 2 && (key.startsWith(QLatin1Char('\'')) || key.startsWith(QLatin1Char('"'))))
                key = key.mid(1, key.size() - 2);
            out.append({key, l + QLatin1Char('\n')});
        } else if (!out.isEmpty()) {
            out.last().second += l + QLatin1Char('\n');
        } else {
            out.append({QString(), l + QLatin1Char('\n')});
        }
    }
    return out;
}

int PageComparison::differences() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const CompareItem &i) { return i.differs; }));
}

void PageComparison::takeAll(bool mine)
{
    for (CompareItem &i : items)
        i.takeMine = mine;
}

QStringList splitParagraphs(const QString &body)
{
    QStringList out;
    QString current;
    bool hasText = false; // the current block has a non-blank line
    bool afterText = false; // ... and blank lines after it
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? body.size() : end + 1;
        const QStringView line = QStringView(body).mid(start, end - start);
        const bool blank = line.trimmed().isEmpty();
        if (!blank && afterText) {
            out.append(current);
            current.clear();
            hasText = afterText = false;
        }
        if (blank && hasText)
            afterText = true;
        hasText = hasText || !blank;
        current += line;
        start = end;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

PageComparison comparePages(const QByteArray &diskFile, const QByteArray &mineHeader, bool mineHasHeader, const QString &mineBody,
    const QByteArray &baseFile)
{
    PageComparison c;
    const Envelope disk = splitEnvelope(diskFile);
    c.diskHeader = headerBytes(disk);
    c.diskHasHeader = disk.hasHeader;
    c.mineHeader = mineHeader;
    c.mineHasHeader = mineHasHeader;

    // Header: field by field, in the disk's order, then the user's new fields.
    const QByteArray diskLf = lf(QString::fromUtf8(c.diskHeader)).toUtf8();
    const QByteArray mineLf = lf(QString::fromUtf8(mineHeader)).toUtf8();
    const auto diskFields = fieldTexts(diskLf);
    const auto mineFields = fieldTexts(mineLf);
    QStringList keys;
    for (const auto &f : diskFields)
        keys.append(f.first);
    for (const auto &f : mineFields) {
        if (!keys.contains(f.first))
            keys.append(f.first);
    }
    const auto textOf = [](const QList<QPair<QString, QString>> &fields, const QString &key) {
        for (const auto &f : fields) {
            if (f.first == key)
                return f.second;
        }
        return QString();
    };
    for (const QString &key : std::as_const(keys)) {
        CompareItem item;
        item.kind = CompareItem::Kind::HeaderField;
        item.key = key;
        item.diskText = textOf(diskFields, key);
        item.mineText = textOf(mineFields, key);
        item.differs = item.diskText.trimmed() != item.mineText.trimmed();
        c.items.append(item);
    }
    if (!baseFile.isEmpty()) {
        // Where only the disk changed a field, the disk's value is the default.
        const Envelope base = splitEnvelope(baseFile);
        const auto baseFields = fieldTexts(lf(QString::fromUtf8(headerBytes(base))).toUtf8());
        for (CompareItem &item : c.items) {
            if (item.differs && item.kind == CompareItem::Kind::HeaderField)
                item.takeMine = item.mineText.trimmed() != textOf(baseFields, item.key).trimmed();
        }
    }

    // Body: paragraphs aligned by their longest common sequence; each run of differences is one item.
    const QStringList a = splitParagraphs(QString::fromUtf8(disk.body));
    const QStringList b = splitParagraphs(lf(mineBody));
    // Common paragraphs at both ends are matched directly; the table for the middle is bounded.
    qsizetype head = 0, tail = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    for (qsizetype k = 0; k < head; ++k) {
        CompareItem same;
        same.diskText = same.mineText = a.at(k);
        c.items.append(same);
    }
    const QStringList midA = a.mid(head, a.size() - head - tail);
    const QStringList midB = b.mid(head, b.size() - head - tail);
    const bool small = qint64(midA.size() + 1) * (midB.size() + 1) <= 4'000'000;
    const qsizetype n = small ? midA.size() : 0, m = small ? midB.size() : 0;
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = midA.at(i) == midB.at(j) ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
    qsizetype i = 0, j = 0;
    // A run of differences; when both sides have as many paragraphs, each pair is an item of its own.
    QStringList pendingDisk, pendingMine;
    const auto flush = [&] {
        const auto add = [&c](const QString &disk, const QString &mine) {
            CompareItem item;
            item.differs = true;
            item.diskText = disk;
            item.mineText = mine;
            c.items.append(item);
        };
        if (pendingDisk.size() == pendingMine.size()) {
            for (qsizetype k = 0; k < pendingDisk.size(); ++k)
                add(pendingDisk.at(k), pendingMine.at(k));
        } else {
            add(pendingDisk.join(QString()), pendingMine.join(QString()));
        }
        pendingDisk.clear();
        pendingMine.clear();
    };
    if (!small) {
        pendingDisk = QStringList {midA.join(QString())};
        pendingMine = QStringList {midB.join(QString())};
    }
    while (i < n || j < m) {
        if (i < n && j < m && midA.at(i) == midB.at(j)) {
            flush();
            CompareItem same;
            same.diskText = same.mineText = midA.at(i);
            c.items.append(same);
            ++i;
            ++j;
        } else if (j < m && (i >= n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
            pendingMine.append(midB.at(j++));
        } else {
            pendingDisk.append(midA.at(i++));
        }
    }
    flush();
    if (!baseFile.isEmpty()) {
        // A run of paragraphs the user left as they were (and the disk changed) defaults to the disk's.
        const QString baseBody = QString::fromUtf8(splitEnvelope(baseFile).body);
        for (CompareItem &item : c.items) {
            if (item.differs && item.kind == CompareItem::Kind::BodyPart && baseBody.contains(item.mineText)
                && (item.diskText.isEmpty() || !baseBody.contains(item.diskText)))
                item.takeMine = false;
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k) {
        CompareItem same;
        same.diskText = same.mineText = a.at(k);
        c.items.append(same);
    }
    return c;
}

CompareMerge mergeChoices(const PageComparison &c)
{
    CompareMerge r;
    bool allHeaderMine = true, allHeaderDisk = true;
    for (const CompareItem &i : c.items) {
        if (i.kind != CompareItem::Kind::HeaderField || !i.differs)
            continue;
        (i.takeMine ? allHeaderDisk : allHeaderMine) = false;
    }
    if (allHeaderMine) {
        r.header = c.mineHeader;
    } else if (allHeaderDisk) {
        r.header = c.diskHeader;
    } else {
        // The disk's header with the user's fields set into it, each with the value the user's header gives it.
        FrontMatterDocument doc(c.diskHeader);
        const FrontMatterDocument mine(c.mineHeader);
        if (!doc.isEditable() || !mine.parsed().accepted) {
            r.error = QCoreApplication::translate("PageCompare",
                "The two headers cannot be combined field by field (one of them is not valid YAML). Take one header whole.");
            return r;
        }
        for (const CompareItem &i : c.items) {
            if (i.kind != CompareItem::Kind::HeaderField || !i.differs || !i.takeMine || i.key.isEmpty())
                continue;
            const FrontMatterEditResult e
                = mine.contains(i.key) ? doc.setValue(i.key, mine.value(i.key), mine.parsed().keyOrder) : doc.remove(i.key);
            if (!e.ok) {
                r.error
                    = QCoreApplication::translate("PageCompare", "The field “%1” cannot be taken over: %2").arg(i.key, e.error);
                return r;
            }
        }
        r.header = doc.text();
    }
    for (const CompareItem &i : c.items) {
        if (i.kind == CompareItem::Kind::BodyPart)
            r.body += (!i.differs || i.takeMine) ? i.mineText : i.diskText;
    }
    r.ok = true;
    return r;
}

} // namespace GravDesk
