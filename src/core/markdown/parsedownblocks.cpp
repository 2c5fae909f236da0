// Block pass of the Parsedown 1.7.4 compatible parser: one line at a time, the current block is
// continued, completed or replaced exactly in Parsedown's order, with Grav's extra block types.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace GravDesk::Markdown {

namespace {

const QStringList &voidElements()
{
    static const QStringList v
        = QStringLiteral("area base br col command embed hr img input link meta param source").split(QChar(u' '));
    return v;
}

const QSet<QString> &textLevelElements()
{
    static const QSet<QString> s = [] {
        const QStringList l = QStringLiteral("a br bdo abbr blink nextid acronym basefont b em big cite small spacer "
                                             "listing i rp del code strike marquee q rt ins font strong s tt kbd mark "
                                             "u xm sub nobr sup ruby var span wbr time")
                                  .split(QChar(u' '));
        return QSet<QString>(l.begin(), l.end());
    }();
    return s;
}

const QString &htmlAttributeRegex()
{
    static const QString r = QStringLiteral("[a-zA-Z_:][\\w:.-]*(?:\\s*=\\s*(?:[^\"'=<>`\\s]+|\"[^\"]*\"|'[^']*'))?");
    return r;
}

QString stripUpTo4Spaces(const QString &s)
{
    int i = 0;
    while (i < 4 && i < s.size() && s.at(i) == u' ')
        ++i;
    return s.mid(i);
}

} // namespace

// PHP rtrim() with the default character list.
QString chopChars(const QString &s, const QString &chars) // \0 never occurs in lines we keep
{
    int n = s.size();
    while (n > 0 && chars.contains(s.at(n - 1)))
        --n;
    return s.left(n);
}

QString specialCharsDecode(const QString &s)
{
    if (!s.contains(QChar(u'&')))
        return s;
    QString t = s;
    t.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    t.replace(QStringLiteral("&#039;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    t.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    t.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return t;
}

QString trimChars(const QString &s, const QString &chars)
{
    int a = 0, b = s.size();
    while (a < b && chars.contains(s.at(a)))
        ++a;
    while (b > a && chars.contains(s.at(b - 1)))
        --b;
    return s.mid(a, b - a);
}

QString phpTrim(const QString &s)
{
    return trimChars(s, QStringLiteral(" \t\n\r\v"));
}

// mb_strlen() of a byte string holding UTF-8: continuation bytes do not count.
int utf8Length(const QString &bytes)
{
    int n = 0;
    for (QChar c : bytes)
        if ((c.unicode() & 0xC0) != 0x80)
            ++n;
    return n;
}

Parsedown::Parsedown(const ParsedownOptions &options, LinkHooks hooks)
    : m_options(options)
    , m_hooks(std::move(hooks))
{
    // shortcode-core: names joined unescaped, no word boundary (a prefix test, as in Grav)
    // (from the per-thread cache: a Parsedown is built per page, and JIT-compiling this pattern costs
    // more than rendering a typical page)
    thread_local QStringList lastNames;
    thread_local QRegularExpression lastRegex;
    if (lastRegex.pattern().isEmpty() || options.shortcodeNames != lastNames) {
        lastNames = options.shortcodeNames;
        lastRegex = cachedRegex(
            QStringLiteral("^\\[\\/?(?:") + options.shortcodeNames.join(QChar(u'|')) + QStringLiteral(")[^\\]]*\\]$"));
    }
    m_shortcodeLine = lastRegex;
}

QString Parsedown::text(const QString &markdown)
{
    m_references.clear();
    m_referencesWithTitle.clear();
    m_depth = 0;
    m_timedOut = false;
    m_deadline = m_options.maxMs > 0 ? QDeadlineTimer(m_options.maxMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    QString t = markdown;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QChar(u'\r'), QChar(u'\n'));
    m_leadingNewlines = 0;
    while (m_leadingNewlines < t.size() && t.at(m_leadingNewlines) == u'\n')
        ++m_leadingNewlines;
    t = trimChars(t, QStringLiteral("\n"));
    return trimChars(lines(t.split(QChar(u'\n'))), QStringLiteral("\n"));
}

bool Parsedown::reference(const QString &text)
{
    static const QRegularExpression r(QStringLiteral("^\\[(.+?)\\]:[ ]*<?(\\S+?)>?(?:[ ]+[\"'(](.+)[\"')])?[ ]*$"));
    const auto m = r.match(text);
    if (!m.hasMatch())
        return false;
    const QString id = m.captured(1).toLower();
    m_references.insert(id, {m.captured(2), m.captured(3)});
    if (m.capturedStart(3) >= 0)
        m_referencesWithTitle.insert(id);
    else
        m_referencesWithTitle.remove(id);
    return true;
}

bool Parsedown::startBlock(int type, const Line &line, Block *cur, Block &b)
{
    const QString &text = line.text;
    switch (type) {
    case Code:
        if (cur && !cur->typed && !cur->interrupted)
            return false;
        if (line.indent < 4)
            return false;
        b.name = QStringLiteral("pre");
        b.text = line.body.mid(4);
        return true;
    case Comment:
        if (m_options.markupEscaped || !text.startsWith(QStringLiteral("<!--")))
            return false;
        b.hasMarkup = true;
        b.markup = line.body;
        b.closed = text.endsWith(QStringLiteral("-->"));
        return true;
    case FencedCode: {
        const QRegularExpression r = cachedRegex(QStringLiteral("^[") + text.at(0) + QStringLiteral("]{3,}[ ]*([^`]+)?[ ]*$"));
        const auto m = r.match(text);
        if (!m.hasMatch())
            return false;
        b.name = QStringLiteral("pre");
        if (m.capturedStart(1) >= 0) {
            const QString info = m.captured(1);
            int n = 0;
            while (n < info.size() && !QStringLiteral(" \t\n\f\r").contains(info.at(n)))
                ++n;
            b.hasClass = true;
            b.cssClass = QStringLiteral("language-") + info.left(n);
        }
        b.fence = text.at(0);
        return true;
    }
    case Header: {
        if (text.size() < 2)
            return false;
        int level = 1;
        while (level < text.size() && text.at(level) == u'#')
            ++level;
        if (level > 6)
            return false;
        b.name = QStringLiteral("h") + QString::number(level);
        b.text = trimChars(text, QStringLiteral("# "));
        return true;
    }
    case List: {
        const bool ul = text.at(0).unicode() <= u'-';
        const QString pattern = ul ? QStringLiteral("[*+-]") : QStringLiteral("[0-9]+[.]");
        const QRegularExpression r = cachedRegex(QStringLiteral("^(") + pattern + QStringLiteral("[ ]+)(.*)"));
        const auto m = r.match(text);
        if (!m.hasMatch())
            return false;
        b.indent = line.indent;
        b.pattern = pattern;
        b.name = ul ? QStringLiteral("ul") : QStringLiteral("ol");
        if (!ul) {
            const QString start = m.captured(0).left(m.captured(0).indexOf(QChar(u'.')));
            if (start != QStringLiteral("1"))
                b.start = start;
        }
        b.items.append(QStringList {m.captured(2)});
        return true;
    }
    case Quote: {
        static const QRegularExpression r(QStringLiteral("^>[ ]?(.*)"));
        const auto m = r.match(text);
        if (!m.hasMatch())
            return false;
        b.name = QStringLiteral("blockquote");
        b.lines = QStringList {m.captured(1)};
        return true;
    }
    case Rule: {
        const QString c = QRegularExpression::escape(text.left(1));
        const QRegularExpression r = cachedRegex(QStringLiteral("^(") + c + QStringLiteral(")([ ]*\\1){2,}[ ]*$"));
        if (!r.match(text).hasMatch())
            return false;
        b.name = QStringLiteral("hr");
        return true;
    }
    case SetextHeader:
        if (!cur || cur->typed || cur->interrupted)
            return false;
        if (!chopChars(text, text.left(1)).isEmpty())
            return false;
        b = *cur;
        b.name = text.at(0) == u'=' ? QStringLiteral("h1") : QStringLiteral("h2");
        return true;
    case Markup: {
        if (m_options.markupEscaped)
            return false;
        const QRegularExpression r
            = cachedRegex(QStringLiteral("^<(\\w[\\w-]*)(?:[ ]*") + htmlAttributeRegex() + QStringLiteral(")*[ ]*(\\/)?>"));
        const auto m = r.match(text);
        if (!m.hasMatch())
            return false;
        if (textLevelElements().contains(m.captured(1).toLower()))
            return false;
        b.name = m.captured(1);
        b.hasMarkup = true;
        b.markup = text;
        const QString remainder = text.mid(m.capturedLength(0));
        const bool selfClosing = m.capturedStart(2) >= 0 || voidElements().contains(m.captured(1));
        if (phpTrim(remainder).isEmpty()) {
            if (selfClosing)
                b.closed = true;
        } else {
            if (selfClosing)
                return false;
            const QRegularExpression close
                = cachedRegex(QStringLiteral("<\\/") + QRegularExpression::escape(m.captured(1)) + QStringLiteral(">[ ]*$"),
                    QRegularExpression::CaseInsensitiveOption);
            if (close.match(remainder).hasMatch())
                b.closed = true;
        }
        return true;
    }
    case Reference:
        if (!reference(text))
            return false;
        b.hidden = true;
        return true;
    case Table: {
        if (!cur || cur->typed || cur->interrupted)
            return false;
        if (!cur->text.contains(QChar(u'|')) || !chopChars(text, QStringLiteral(" -:|")).isEmpty())
            return false;
        const QString divider = trimChars(phpTrim(text), QStringLiteral("|"));
        for (const QString &raw : divider.split(QChar(u'|'))) {
            const QString cell = phpTrim(raw);
            if (cell.isEmpty())
                continue; // Parsedown skips empty divider cells, shifting later alignments
            QString align;
            if (cell.startsWith(QChar(u':')))
                align = QStringLiteral("left");
            if (cell.endsWith(QChar(u':')))
                align = align == QStringLiteral("left") ? QStringLiteral("center") : QStringLiteral("right");
            b.aligns.append(align);
        }
        const QString header = trimChars(phpTrim(cur->text), QStringLiteral("|"));
        for (const QString &cell : header.split(QChar(u'|')))
            b.headerCells.append(phpTrim(cell));
        b.identified = true;
        b.name = QStringLiteral("table");
        return true;
    }
    case TwigTag: {
        static const QRegularExpression r(QStringLiteral("(?:\\{\\{|\\{%|\\{#)(.*)(?:\\}\\}|%\\}|#\\})"));
        if (!r.match(line.body).hasMatch())
            return false;
        b.hasMarkup = true;
        b.markup = line.body;
        return true;
    }
    case ShortCodes:
        if (!m_shortcodeLine.match(phpTrim(line.body)).hasMatch())
            return false;
        b.hasMarkup = true;
        b.markup = line.body;
        return true;
    case Notices: {
        const int n = static_cast<int>(m_options.noticeLevels.size());
        if (n == 0)
            return false;
        const QRegularExpression r = cachedRegex(QStringLiteral("^(!{1,") + QString::number(n) + QStringLiteral("}) (.*)"));
        const auto m = r.match(text);
        if (!m.hasMatch())
            return false;
        const int level = static_cast<int>(m.capturedLength(1)) - 1;
        QString base = m_options.noticeBase.isEmpty()
            ? QString()
            : QString(m_options.noticeBase).replace(QChar(u','), QChar(u' ')) + QChar(u' ');
        b.name = QStringLiteral("div");
        b.cssClass = base + m_options.noticeLevels.at(level);
        b.lines = QStringList {m.captured(2)};
        return true;
    }
    }
    return false;
}

bool Parsedown::continueBlock(const Line &line, Block &b)
{
    const QString &text = line.text;
    switch (b.type) {
    case Code:
        if (line.indent < 4)
            return false;
        if (b.interrupted) {
            b.text += QChar(u'\n');
            b.interrupted = false;
        }
        b.text += QChar(u'\n') + line.body.mid(4);
        return true;
    case Comment:
        if (b.closed)
            return false;
        b.markup += QChar(u'\n') + line.body;
        if (text.endsWith(QStringLiteral("-->")))
            b.closed = true;
        return true;
    case FencedCode: {
        if (b.complete)
            return false;
        if (b.interrupted) {
            b.text += QChar(u'\n');
            b.interrupted = false;
        }
        const QRegularExpression r
            = cachedRegex(QStringLiteral("^") + QRegularExpression::escape(QString(b.fence)) + QStringLiteral("{3,}[ ]*$"));
        if (r.match(text).hasMatch()) {
            b.text = b.text.mid(1);
            b.complete = true;
            return true;
        }
        b.text += QChar(u'\n') + line.body;
        return true;
    }
    case List: {
        const QRegularExpression r = cachedRegex(QStringLiteral("^") + b.pattern + QStringLiteral("(?:[ ]+(.*)|$)"));
        QRegularExpressionMatch m;
        if (b.indent == line.indent && (m = r.match(text)).hasMatch()) {
            if (b.interrupted) {
                b.items.last().append(QString());
                b.loose = true;
                b.interrupted = false;
            }
            b.items.append(QStringList {m.captured(1)});
            return true;
        }
        if (text.at(0) == u'[' && reference(text))
            return true;
        if (!b.interrupted) {
            b.items.last().append(stripUpTo4Spaces(line.body));
            return true;
        }
        if (line.indent > 0) {
            b.items.last().append(QString());
            b.items.last().append(stripUpTo4Spaces(line.body));
            b.interrupted = false;
            return true;
        }
        return false;
    }
    case Quote: {
        static const QRegularExpression r(QStringLiteral("^>[ ]?(.*)"));
        if (text.at(0) == u'>') {
            const auto m = r.match(text);
            if (b.interrupted) {
                b.lines.append(QString());
                b.interrupted = false;
            }
            b.lines.append(m.captured(1));
            return true;
        }
        if (!b.interrupted) {
            b.lines.append(text);
            return true;
        }
        return false;
    }
    case Markup: {
        if (b.closed)
            return false;
        const QString name = QRegularExpression::escape(b.name);
        const QRegularExpression open = cachedRegex(
            QStringLiteral("^<") + name + QStringLiteral("(?:[ ]*") + htmlAttributeRegex() + QStringLiteral(")*[ ]*>"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression close = cachedRegex(
            QStringLiteral("(.*?)<\\/") + name + QStringLiteral(">[ ]*$"), QRegularExpression::CaseInsensitiveOption);
        if (open.match(text).hasMatch())
            ++b.depth;
        if (close.match(text).hasMatch()) {
            if (b.depth > 0)
                --b.depth;
            else
                b.closed = true;
        }
        if (b.interrupted) {
            b.markup += QChar(u'\n');
            b.interrupted = false;
        }
        b.markup += QChar(u'\n') + line.body;
        return true;
    }
    case Table: {
        if (b.interrupted)
            return false;
        if (text.at(0) != u'|' && text.indexOf(QChar(u'|')) <= 0)
            return false;
        static const QRegularExpression cellRe(QStringLiteral("(?:(\\\\[|])|[^|`]|`[^`]+`|`)+"));
        const QString row = trimChars(phpTrim(text), QStringLiteral("|"));
        QStringList cells;
        auto it = cellRe.globalMatch(row);
        while (it.hasNext())
            cells.append(phpTrim(it.next().captured(0)));
        b.rows.append(cells);
        return true;
    }
    case ShortCodes: return false; // declared continuable by shortcode-core, never continues
    case Notices: {
        if (b.interrupted)
            return false;
        const QRegularExpression r
            = cachedRegex(QStringLiteral("^(!{1,") + QString::number(m_options.noticeLevels.size()) + QStringLiteral("}) ?(.*)"));
        const auto m = r.match(text);
        if (!m.hasMatch())
            return false;
        b.lines.append(m.captured(2));
        return true;
    }
    default: return false;
    }
}

void Parsedown::completeBlock(Block &b)
{
    if (b.type == List && b.loose) {
        for (QStringList &li : b.items)
            if (li.isEmpty() || !li.last().isEmpty())
                li.append(QString());
    }
}

} // namespace GravDesk::Markdown
