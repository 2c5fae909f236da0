#include "pagemerge.h"

#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "page/pagecompare.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <vector>

namespace GravDesk {
namespace {

// For each item of @p a, the index of its partner in @p b along a longest common subsequence (-1: none).
std::vector<qsizetype> matchLcs(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<qsizetype> match(size_t(n), -1);
    // Pages have tens of paragraphs; a pathological size falls back to matching equal ends only.
    if (qint64(n + 1) * (m + 1) > 4'000'000) {
        qsizetype i = 0;
        while (i < n && i < m && a.at(i) == b.at(i)) {
            match[size_t(i)] = i;
            ++i;
        }
        for (qsizetype k = 1; k <= n - i && k <= m - i && a.at(n - k) == b.at(m - k); ++k)
            match[size_t(n - k)] = m - k;
        return match;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a.at(i) == b.at(j) ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            match[size_t(i)] = j;
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return match;
}

// How one conflict is settled: the side taken, or the user's own text (Edited).
using Settle = std::function<MergeChoice(const MergeConflict &)>;

// An edited paragraph run keeps the blank line that separated it from what follows.
QString withParagraphEnd(QString text, const QString &like)
{
    if (text.isEmpty())
        return text;
    const qsizetype end = like.size() - QString(like).remove(QRegularExpression(QStringLiteral("\\n+$"))).size();
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text + QString(std::max<qsizetype>(end, 1), QLatin1Char('\n'));
}

// Where @p side holds all of @p base's paragraphs in one run with paragraphs added before or after it (-1: it
// does not). A paragraph added next to one the other side edited is no conflict: nothing overlaps.
qsizetype keptWhole(const QStringList &base, const QStringList &side)
{
    if (base.isEmpty() || side.size() <= base.size())
        return -1;
    for (qsizetype k = 0; k + base.size() <= side.size(); ++k) {
        if (side.mid(k, base.size()) == base)
            return k;
    }
    return -1;
}

struct BodyMerge
{
    QString text;
    QList<MergeConflict> conflicts;
};

// diff3 over paragraphs: paragraphs kept by both sides are the fixed points; between two of them a side
// that left the base as it was gives way to the other; two different changes are a conflict.
BodyMerge mergeParagraphs(const QString &base, const QString &mine, const QString &theirs, const Settle &settleConflict)
{
    const QStringList b = splitParagraphs(base), m = splitParagraphs(mine), t = splitParagraphs(theirs);
    const std::vector<qsizetype> bm = matchLcs(b, m), bt = matchLcs(b, t);
    BodyMerge r;
    qsizetype pb = 0, pm = 0, pt = 0; // starts of the current unsettled stretch
    const auto conflict = [&](const QString &cb, const QString &cm, const QString &ct) {
        const MergeConflict c {MergeConflict::Kind::Paragraphs, QString(), cb, cm, ct};
        r.conflicts.append(c);
        const MergeChoice choice = settleConflict(c);
        r.text += choice.side == MergeChoice::Side::Theirs ? ct
            : choice.side == MergeChoice::Side::Edited     ? withParagraphEnd(choice.text, ct.isEmpty() ? cm : ct)
                                                           : cm;
    };
    // Every paragraph of @p side is the base's at its place or a new text (none moved there from elsewhere).
    const auto inPlace = [](const QStringList &sb, const QStringList &side) {
        for (qsizetype k = 0; k < sb.size(); ++k) {
            if (side.at(k) != sb.at(k) && sb.contains(side.at(k)))
                return false;
        }
        return true;
    };
    const auto settle = [&](qsizetype eb, qsizetype em, qsizetype et) {
        const QStringList sb = b.mid(pb, eb - pb), sm = m.mid(pm, em - pm), st = t.mid(pt, et - pt);
        const QString cb = sb.join(QString());
        const QString cm = sm.join(QString());
        const QString ct = st.join(QString());
        qsizetype at = -1;
        if (cm == cb)
            r.text += ct;
        else if (ct == cb || ct == cm)
            r.text += cm;
        else if ((at = keptWhole(sb, st)) >= 0 && keptWhole(sb, sm) < 0)
            // Theirs only added paragraphs before or after the stretch that mine changed: both.
            r.text += st.mid(0, at).join(QString()) + cm + st.mid(at + sb.size()).join(QString());
        else if ((at = keptWhole(sb, sm)) >= 0 && keptWhole(sb, st) < 0)
            r.text += sm.mid(0, at).join(QString()) + ct + sm.mid(at + sb.size()).join(QString());
        else if (sb.size() > 1 && sm.size() == sb.size() && st.size() == sb.size() && inPlace(sb, sm) && inPlace(sb, st)) {
            // Both sides edited paragraphs where they stand (two people fixing two neighbouring paragraphs):
            // paragraph by paragraph, a conflict only where both changed the same one.
            for (qsizetype k = 0; k < sb.size(); ++k) {
                if (sm.at(k) == sb.at(k))
                    r.text += st.at(k);
                else if (st.at(k) == sb.at(k) || st.at(k) == sm.at(k))
                    r.text += sm.at(k);
                else
                    conflict(sb.at(k), sm.at(k), st.at(k));
            }
        } else {
            conflict(cb, cm, ct);
        }
    };
    for (qsizetype i = 0; i < b.size(); ++i) {
        const qsizetype jm = bm[size_t(i)], jt = bt[size_t(i)];
        if (jm < 0 || jt < 0 || jm < pm || jt < pt)
            continue;
        settle(i, jm, jt);
        r.text += b.at(i);
        pb = i + 1;
        pm = jm + 1;
        pt = jt + 1;
    }
    settle(b.size(), m.size(), t.size());
    return r;
}

// A field's lines without comment and blank lines: a comment edited on one side is not a change of the
// value (and mine's comments stay, since the result is mine's text).
QString fieldText(const QList<QPair<QString, QString>> &fields, const QString &key)
{
    for (const auto &f : fields) {
        if (f.first != key)
            continue;
        QStringList kept;
        for (const QString &line : f.second.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
                kept.append(line);
        }
        return kept.join(QLatin1Char('\n'));
    }
    return QString();
}

bool hasField(const QList<QPair<QString, QString>> &fields, const QString &key)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&key](const auto &f) { return f.first == key; });
}

// The bytes before the body with another header put in place of the old one.
QByteArray withHeader(const Envelope &env, const QByteArray &oldHeader, const QByteArray &newHeader)
{
    const QByteArray prefix = env.prefix();
    const qsizetype at = prefix.indexOf(oldHeader);
    if (oldHeader.isEmpty() || at < 0)
        return prefix;
    return prefix.left(at) + newHeader + prefix.mid(at + oldHeader.size());
}

} // namespace

QByteArray toLf(const QByteArray &bytes)
{
    QByteArray s = bytes;
    s.replace("\r\n", "\n");
    s.replace('\r', '\n');
    return s;
}

namespace {

PageMergeResult mergeWith(
    const QByteArray &baseRaw, const QByteArray &mineRaw, const QByteArray &theirsRaw, bool isPage, const Settle &settle)
{
    PageMergeResult r;
    const QByteArray base = toLf(baseRaw), mine = toLf(mineRaw), theirs = toLf(theirsRaw);
    if (mine == base || mine == theirs) {
        r.clean = true;
        r.merged = theirs;
        return r;
    }
    if (theirs == base) {
        r.clean = true;
        r.merged = mine;
        return r;
    }
    const Envelope eb = splitEnvelope(base), em = splitEnvelope(mine), et = splitEnvelope(theirs);
    if (!isPage || !eb.validUtf8 || !em.validUtf8 || !et.validUtf8) {
        const MergeConflict c {MergeConflict::Kind::WholeFile, QString(), QString::fromUtf8(base), QString::fromUtf8(mine),
            QString::fromUtf8(theirs)};
        r.conflicts.append(c);
        const MergeChoice choice = settle(c);
        r.merged = choice.side == MergeChoice::Side::Theirs ? theirs
            : choice.side == MergeChoice::Side::Edited      ? toLf(choice.text.toUtf8())
                                                            : mine;
        return r;
    }

    // Header, field by field, written into mine's header text.
    const QByteArray hb = headerBytes(eb), hm = headerBytes(em), ht = headerBytes(et);
    QByteArray prefix = em.prefix();
    if (hm == hb) {
        prefix = et.prefix();
    } else if (ht != hb && ht != hm) {
        const auto fb = headerFields(hb), fm = headerFields(hm), ft = headerFields(ht);
        QStringList keys;
        for (const auto *fields : {&fm, &ft, &fb}) {
            for (const auto &f : *fields) {
                if (!keys.contains(f.first))
                    keys.append(f.first);
            }
        }
        FrontMatterDocument doc(hm);
        const FrontMatterDocument theirsDoc(ht);
        bool wholeHeader = !em.hasHeader || !et.hasHeader || !doc.isEditable() || !theirsDoc.parsed().accepted;
        QStringList fromTheirs;
        QList<QPair<QString, QString>> edited; // fields the user wrote themselves: key, YAML lines
        for (const QString &key : std::as_const(keys)) {
            const QString vb = fieldText(fb, key).trimmed(), vm = fieldText(fm, key).trimmed(), vt = fieldText(ft, key).trimmed();
            if (vm == vt || vt == vb)
                continue;
            if (vm == vb) {
                if (key.isEmpty())
                    continue; // comments above the first key: mine's stay
                fromTheirs.append(key);
                continue;
            }
            const MergeConflict c {MergeConflict::Kind::HeaderField, key, vb, vm, vt};
            r.conflicts.append(c);
            const MergeChoice choice = settle(c);
            if (choice.side == MergeChoice::Side::Theirs && !key.isEmpty())
                fromTheirs.append(key);
            else if (choice.side == MergeChoice::Side::Edited && !key.isEmpty())
                edited.append({key, choice.text});
        }
        for (const auto &e : std::as_const(edited)) {
            if (wholeHeader)
                break;
            FrontMatterEditResult done;
            if (e.second.trimmed().isEmpty()) {
                done = doc.remove(e.first);
            } else {
                const FrontMatterDocument typed(toLf(e.second.toUtf8()) + '\n');
                if (!typed.parsed().accepted || !typed.parsed().values.contains(e.first)) {
                    r.error = QCoreApplication::translate("GravDesk::Vcs", "The field “%1” as edited is not valid: %2")
                                  .arg(e.first,
                                      typed.parsed().accepted
                                          ? QCoreApplication::translate("GravDesk::Vcs", "it must start with “%1:”.").arg(e.first)
                                          : typed.parsed().error);
                    return r;
                }
                done = doc.setValue(e.first, typed.value(e.first), theirsDoc.parsed().keyOrder);
            }
            if (!done.ok) {
                r.error = done.error;
                return r;
            }
        }
        for (const QString &key : std::as_const(fromTheirs)) {
            if (wholeHeader)
                break;
            const FrontMatterEditResult e
                = hasField(ft, key) ? doc.setValue(key, theirsDoc.value(key), theirsDoc.parsed().keyOrder) : doc.remove(key);
            if (!e.ok)
                wholeHeader = true;
        }
        if (wholeHeader && (!fromTheirs.isEmpty() || !edited.isEmpty())) {
            // Not editable field by field: the header as a whole is the one decision.
            r.conflicts.erase(std::remove_if(r.conflicts.begin(), r.conflicts.end(),
                                  [](const MergeConflict &c) { return c.kind == MergeConflict::Kind::HeaderField; }),
                r.conflicts.end());
            const MergeConflict c {
                MergeConflict::Kind::HeaderField, QString(), QString::fromUtf8(hb), QString::fromUtf8(hm), QString::fromUtf8(ht)};
            r.conflicts.append(c);
            const MergeChoice choice = settle(c);
            if (choice.side == MergeChoice::Side::Theirs)
                prefix = et.prefix();
            else if (choice.side == MergeChoice::Side::Edited)
                prefix = withHeader(em, hm, toLf(choice.text.toUtf8()));
        } else {
            prefix = withHeader(em, hm, doc.text());
        }
    }

    const BodyMerge body = mergeParagraphs(
        QString::fromUtf8(eb.rawBody()), QString::fromUtf8(em.rawBody()), QString::fromUtf8(et.rawBody()), settle);
    r.conflicts += body.conflicts;
    r.merged = prefix + body.text.toUtf8();
    r.clean = r.conflicts.isEmpty();
    return r;
}

} // namespace

bool answers(const MergeChoice &choice, const MergeConflict &conflict)
{
    const MergeConflict &c = choice.conflict;
    return c.kind == conflict.kind && c.key == conflict.key && c.mine == conflict.mine && c.theirs == conflict.theirs;
}

PageMergeResult mergePage(const QByteArray &base, const QByteArray &mine, const QByteArray &theirs, bool isPage, MergeTake take)
{
    MergeChoice taken;
    taken.side = take == MergeTake::Theirs ? MergeChoice::Side::Theirs : MergeChoice::Side::Mine;
    return mergeWith(base, mine, theirs, isPage, [&taken](const MergeConflict &) { return taken; });
}

PageMergeResult mergePage(const QByteArray &base, const QByteArray &mine, const QByteArray &theirs, bool isPage,
    const QList<MergeChoice> &choices, QList<MergeConflict> *unanswered)
{
    const auto find = [&choices](const MergeConflict &c) -> const MergeChoice * {
        for (const MergeChoice &choice : choices) {
            if (answers(choice, c))
                return &choice;
        }
        return nullptr;
    };
    PageMergeResult r = mergeWith(base, mine, theirs, isPage, [&find](const MergeConflict &c) {
        const MergeChoice *found = find(c);
        return found ? *found : MergeChoice {c, MergeChoice::Side::Mine, QString()};
    });
    // Counted on the conflicts reported (a header that is one decision replaces its fields' conflicts).
    for (const MergeConflict &c : std::as_const(r.conflicts)) {
        if (unanswered && !find(c))
            unanswered->append(c);
    }
    return r;
}

} // namespace GravDesk
