// Parsedown::lines() – the driver that feeds lines to the block types – and block rendering.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <optional>

namespace GravDesk::Markdown {

namespace {
bool isContinuable(int type)
{
    return type == Code || type == Comment || type == FencedCode || type == List || type == Quote || type == Markup
        || type == Table || type == ShortCodes || type == Notices;
}
bool isCompletable(int type)
{
    return type == Code || type == FencedCode || type == List;
}
} // namespace

QString Parsedown::lines(const QStringList &lines)
{
    if (m_depth >= m_options.maxDepth) // hostile nesting: the rest is kept as escaped text
        return QChar(u'\n') + escapeHtml(lines.join(QChar(u'\n')), false) + QChar(u'\n');
    const bool topLevel = m_depth == 0;
    ++m_depth;
    std::optional<Block> cur;
    QVector<Block> blocks;
    qsizetype stoppedAt = -1; // the time budget ran out before this line
    for (qsizetype lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        // hostile input: a clock read every 64 lines keeps the check cheap
        if ((lineIndex & 63) == 63 && (m_timedOut || m_deadline.hasExpired())) {
            m_timedOut = true;
            stoppedAt = lineIndex;
            break;
        }
        QString raw = lines.at(lineIndex);
        if (chopChars(raw).isEmpty()) {
            if (cur)
                cur->interrupted = true;
            continue;
        }
        if (raw.contains(QChar(u'\t'))) {
            const QStringList parts = raw.split(QChar(u'\t'));
            QString l = parts.first();
            for (int i = 1; i < parts.size(); ++i) {
                l += QString(4 - utf8Length(l) % 4, QChar(u' '));
                l += parts.at(i);
            }
            raw = l;
        }
        Line line;
        while (line.indent < raw.size() && raw.at(line.indent) == u' ')
            ++line.indent;
        line.body = raw;
        line.text = line.indent > 0 ? raw.mid(line.indent) : raw;

        if (cur && cur->continuable) {
            if (continueBlock(line, *cur))
                continue;
            if (isCompletable(cur->type))
                completeBlock(*cur);
        }

        QVector<int> types {Code};
        switch (line.text.at(0).unicode()) {
        case u'#': types << Header; break;
        case u'*': types << Rule << List; break;
        case u'+': types << List; break;
        case u'-': types << SetextHeader << Table << Rule << List; break;
        case u':': types << Table; break;
        case u'<': types << Comment << Markup; break;
        case u'=': types << SetextHeader; break;
        case u'>': types << Quote; break;
        case u'[':
            types << Reference;
            if (m_options.shortcodeBlocks)
                types << ShortCodes;
            break;
        case u'_': types << Rule; break;
        case u'`':
        case u'~': types << FencedCode; break;
        case u'|': types << Table; break;
        case u'{':
            if (m_options.twigBlocks)
                types << TwigTag;
            break;
        case u'!':
            if (m_options.notices)
                types << Notices;
            break;
        default:
            if (line.text.at(0).isDigit() && line.text.at(0).unicode() < 128)
                types << List;
        }
        bool started = false;
        for (int type : std::as_const(types)) {
            Block b;
            if (!startBlock(type, line, cur ? &*cur : nullptr, b))
                continue;
            b.type = type;
            b.typed = true;
            // a table or setext heading takes over the paragraph it underlines: it starts where that did
            if (type != SetextHeader && !(type == Table && b.identified))
                b.line = static_cast<int>(lineIndex);
            else if (cur)
                b.line = cur->line;
            if (!b.identified) {
                if (cur)
                    blocks.append(*cur);
                b.identified = true;
            }
            b.continuable = isContinuable(type);
            cur = b;
            started = true;
            break;
        }
        if (started)
            continue;
        if (cur && !cur->typed && !cur->interrupted) {
            cur->text += QChar(u'\n') + line.text;
        } else {
            if (cur)
                blocks.append(*cur);
            Block p;
            p.line = static_cast<int>(lineIndex);
            p.name = QStringLiteral("p");
            p.text = line.text;
            p.identified = true;
            cur = p;
        }
    }
    if (cur && cur->continuable && isCompletable(cur->type))
        completeBlock(*cur);
    if (cur)
        blocks.append(*cur);

    QString markup;
    const bool annotate = topLevel && m_options.sourceLines;
    for (const Block &b : std::as_const(blocks)) {
        if (b.hidden)
            continue;
        markup += QChar(u'\n');
        if (!annotate && !(b.type == TwigTag && m_options.previewPlaceholders)) {
            markup += b.hasMarkup ? b.markup : renderBlock(b);
            continue;
        }
        QString html = b.hasMarkup ? b.markup : renderBlock(b);
        if (b.type == TwigTag && m_options.previewPlaceholders)
            html = placeholder(QStringLiteral("twig"), html, true);
        if (annotate) {
            const int index = b.line + m_leadingNewlines;
            const int fileLine = index < m_options.lineMap.size() ? m_options.lineMap.at(index) : index + 1;
            const QString tag = b.type == TwigTag && m_options.previewPlaceholders ? QStringLiteral("div") : b.name;
            if (b.type == ShortCodes) {
                const QString trimmed = phpTrim(html);
                if (!trimmed.startsWith(QStringLiteral("[/"))) // the element a closing tag ends is annotated already
                    html.prepend(sourceLineMarker(fileLine));
            } else if (b.type != Comment && !tag.isEmpty() && html.startsWith(QChar(u'<') + tag)
                && (html.size() == tag.size() + 1
                    || !(html.at(tag.size() + 1).isLetterOrNumber() || html.at(tag.size() + 1) == u'-'))) {
                html.insert(tag.size() + 1, QStringLiteral(" data-gd-line=\"") + QString::number(fileLine) + QChar(u'"'));
            }
        }
        markup += html;
    }
    if (stoppedAt >= 0) // what was not parsed in time is shown, escaped, rather than dropped
        markup
            += QStringLiteral("\n<pre>") + escapeHtml(lines.mid(stoppedAt).join(QChar(u'\n')), false) + QStringLiteral("</pre>");
    markup += QChar(u'\n');
    --m_depth;
    return markup;
}

QString Parsedown::renderBlock(const Block &b)
{
    const QString open = QChar(u'<') + b.name;
    const QString close = QStringLiteral("</") + b.name + QChar(u'>');
    switch (b.type) {
    case Code:
    case FencedCode: {
        QString code = QStringLiteral("<code");
        if (b.hasClass)
            code += QStringLiteral(" class=\"") + escapeHtml(b.cssClass, true) + QChar(u'"');
        return QStringLiteral("<pre>") + code + QChar(u'>') + escapeHtml(b.text, false) + QStringLiteral("</code></pre>");
    }
    case Rule: return QStringLiteral("<hr />");
    case List: {
        QString out = open;
        if (!b.start.isNull())
            out += QStringLiteral(" start=\"") + escapeHtml(b.start, true) + QChar(u'"');
        out += QChar(u'>');
        for (const QStringList &li : b.items) {
            QString inner = lines(li);
            const QString trimmed = phpTrim(inner);
            if (!li.contains(QString()) && trimmed.startsWith(QStringLiteral("<p>"))) {
                inner = trimmed.mid(3);
                const int p = inner.indexOf(QStringLiteral("</p>"));
                if (p >= 0)
                    inner.remove(p, 4);
            }
            out += QStringLiteral("\n<li>") + inner + QStringLiteral("</li>");
        }
        return out + QChar(u'\n') + close;
    }
    case Quote: return open + QChar(u'>') + lines(b.lines) + close;
    case Notices:
        return open + QStringLiteral(" class=\"") + escapeHtml(b.cssClass, true) + QStringLiteral("\">") + lines(b.lines) + close;
    case Table: {
        auto cell = [&](const QString &tag, const QString &text, int index) -> QString {
            QString out = QChar(u'<') + tag;
            if (index < b.aligns.size() && !b.aligns.at(index).isEmpty())
                out += QStringLiteral(" style=\"text-align: ") + b.aligns.at(index) + QStringLiteral(";\"");
            return out + QChar(u'>') + line(text) + QStringLiteral("</") + tag + QChar(u'>');
        };
        QString out = QStringLiteral("<table>\n<thead>\n<tr>");
        for (int i = 0; i < b.headerCells.size(); ++i)
            out += QChar(u'\n') + cell(QStringLiteral("th"), b.headerCells.at(i), i);
        out += QStringLiteral("\n</tr>\n</thead>\n<tbody>");
        for (const QStringList &row : b.rows) {
            out += QStringLiteral("\n<tr>");
            for (int i = 0; i < row.size(); ++i)
                out += QChar(u'\n') + cell(QStringLiteral("td"), row.at(i), i);
            out += QStringLiteral("\n</tr>");
        }
        return out + QStringLiteral("\n</tbody>\n</table>");
    }
    default: // paragraph, headings (also setext)
        return open + QChar(u'>') + line(b.text) + close;
    }
}

} // namespace GravDesk::Markdown
