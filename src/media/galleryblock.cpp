#include "galleryblock.h"

#include "io/safefile.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace GravDesk::GalleryBlock {
namespace {

const QRegularExpression &openingLine()
{
    static const QRegularExpression re(QStringLiteral("^[ \\t]*\\[owl-carousel(?:[ \\t]+([^\\]\\n]*?))?[ \\t]*\\][ \\t]*$"),
        QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &closingLine()
{
    static const QRegularExpression re(
        QStringLiteral("^[ \\t]*\\[/owl-carousel\\][ \\t]*(?:\\n|$)"), QRegularExpression::MultilineOption);
    return re;
}

qsizetype lineEnd(const QString &text, qsizetype from)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'), from);
    return nl < 0 ? text.size() : nl + 1;
}

// Text to put before a block inserted at @p pos so that it starts after a blank line (or at the start).
QString leadIn(const QString &body, qsizetype pos)
{
    if (pos == 0)
        return QString();
    if (body.at(pos - 1) != QLatin1Char('\n'))
        return QStringLiteral("\n\n");
    if (pos == 1 || body.at(pos - 2) == QLatin1Char('\n'))
        return QString();
    return QStringLiteral("\n");
}

QString leadOut(const QString &body, qsizetype pos)
{
    if (pos >= body.size())
        return QString();
    if (body.at(pos) == QLatin1Char('\n'))
        return QString();
    return QStringLiteral("\n");
}

} // namespace

QString defaultParams()
{
    return QStringLiteral("class=\"gallery-owl\" items=1 margin=10 loop=true autoplay=false lazyLoad=true");
}

QString learnParams(const QString &pagesDir)
{
    QHash<QString, int> counts;
    QString best;
    QDirIterator it(pagesDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        // QDir::Files lists links to devices too: only regular files are read (a link to /dev/zero never ends).
        const FileRead file = readRegularFile(it.next(), 4 * 1024 * 1024);
        if (!file.ok)
            continue;
        const QString text = QString::fromUtf8(file.bytes).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        auto m = openingLine().globalMatch(text);
        while (m.hasNext()) {
            const QString params = m.next().captured(1).trimmed();
            const int c = ++counts[params];
            if (best.isNull() || c > counts.value(best) || (c == counts.value(best) && params < best))
                best = params;
        }
    }
    return best.isNull() ? defaultParams() : best;
}

QString slideLine(const GallerySlide &slide)
{
    QString alt = slide.alt.simplified();
    alt.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
    QString title = slide.title.simplified();
    QString line = QStringLiteral("![") + alt + QStringLiteral("](") + slide.fileName;
    if (!title.isEmpty()) {
        // Parsedown takes a title in "…" or '…' with no quote of the same kind inside.
        if (!title.contains(QLatin1Char('"')))
            line += QStringLiteral(" \"") + title + QLatin1Char('"');
        else if (!title.contains(QLatin1Char('\'')))
            line += QStringLiteral(" '") + title + QLatin1Char('\'');
        else
            line += QStringLiteral(" \"") + title.replace(QLatin1Char('"'), QLatin1Char('\'')) + QLatin1Char('"');
    }
    return line + QLatin1Char(')');
}

QString block(const QString &params, const QList<GallerySlide> &slides)
{
    QString out = QStringLiteral("[owl-carousel");
    if (!params.trimmed().isEmpty())
        out += QLatin1Char(' ') + params.trimmed();
    out += QStringLiteral("]\n");
    for (const GallerySlide &s : slides)
        out += slideLine(s) + QLatin1Char('\n');
    out += QStringLiteral("[/owl-carousel]\n");
    return out;
}

QList<CarouselRange> find(const QString &body)
{
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^\\s)]+)"));
    QList<CarouselRange> out;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch open = openingLine().match(body, from);
        if (!open.hasMatch())
            break;
        const QRegularExpressionMatch close = closingLine().match(body, open.capturedEnd());
        if (!close.hasMatch())
            break;
        CarouselRange r;
        r.start = open.capturedStart();
        r.end = close.capturedEnd();
        r.params = open.captured(1).trimmed();
        auto im = image.globalMatch(body.mid(open.capturedEnd(), close.capturedStart() - open.capturedEnd()));
        while (im.hasNext())
            r.files.append(im.next().captured(1));
        out.append(r);
        from = r.end;
    }
    return out;
}

int carouselAt(const QList<CarouselRange> &ranges, qsizetype position, qsizetype length)
{
    for (int i = 0; i < ranges.size(); ++i) {
        const CarouselRange &r = ranges.at(i);
        if (position < r.end && position + std::max<qsizetype>(length, 1) > r.start)
            return i;
    }
    return -1;
}

QString insertAt(const QString &body, qsizetype position, const QString &block)
{
    position = std::clamp<qsizetype>(position, 0, body.size());
    // A block goes on lines of its own: move to the end of the line the position is on.
    if (position > 0 && body.at(position - 1) != QLatin1Char('\n'))
        position = lineEnd(body, position);
    return body.left(position) + leadIn(body, position) + block + leadOut(body, position) + body.mid(position);
}

QString replace(const QString &body, const CarouselRange &range, const QString &block)
{
    return body.left(range.start) + block + body.mid(range.end);
}

QString insertDefault(
    const QString &body, const QString &params, const QList<GallerySlide> &slides, const QString &summaryDelimiter)
{
    const QList<CarouselRange> existing = find(body);
    if (!existing.isEmpty()) {
        const CarouselRange &r = existing.first();
        const QRegularExpressionMatch close = closingLine().match(body, r.start);
        QString lines;
        for (const GallerySlide &s : slides)
            lines += slideLine(s) + QLatin1Char('\n');
        return body.left(close.capturedStart()) + lines + body.mid(close.capturedStart());
    }
    const QString text = block(params, slides);
    if (!summaryDelimiter.isEmpty()) {
        const QRegularExpression delimiter(
            QStringLiteral("^") + QRegularExpression::escape(summaryDelimiter) + QStringLiteral("[ \\t]*$"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = delimiter.match(body);
        if (m.hasMatch()) {
            qsizetype pos = lineEnd(body, m.capturedStart());
            // Keep one blank line between the delimiter and the block, as the site writes it.
            if (pos < body.size() && body.at(pos) == QLatin1Char('\n'))
                pos += 1;
            return insertAt(body, pos, text);
        }
    }
    QString trimmed = body;
    return insertAt(trimmed, trimmed.size(), text);
}

} // namespace GravDesk::GalleryBlock
