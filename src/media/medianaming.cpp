#include "medianaming.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace GravDesk::MediaNaming {
namespace {

const QRegularExpression &numberedName()
{
    static const QRegularExpression re(
        QStringLiteral("^(.+)-(\\d{1,6})\\.(jpe?g|png|webp|gif|avif|heic)$"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

QStringList folderFiles(const QString &pageFolder)
{
    return QDir(pageFolder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

QString folderDate(const QString &folderName)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d+\\.)?(\\d{4}-\\d{2}-\\d{2})(?:$|[-_.])"));
    const QRegularExpressionMatch m = re.match(folderName);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString learnPrefix(const QString &pageFolder)
{
    QHash<QString, int> counts;
    QString best;
    for (const QString &name : folderFiles(pageFolder)) {
        const QRegularExpressionMatch m = numberedName().match(name);
        if (!m.hasMatch() || !isSafeFileName(m.captured(1)))
            continue;
        const int c = ++counts[m.captured(1)];
        if (best.isEmpty() || c > counts.value(best) || (c == counts.value(best) && m.captured(1) < best))
            best = m.captured(1);
    }
    if (!best.isEmpty())
        return best;
    const QString folderName = QFileInfo(pageFolder).fileName();
    const QString date = folderDate(folderName);
    if (!date.isEmpty())
        return date;
    static const QRegularExpression numericPrefix(QStringLiteral("^\\d+\\."));
    QString slug = safeFileName(QString(folderName).remove(numericPrefix));
    return slug.isEmpty() ? QStringLiteral("image") : slug;
}

QStringList allocate(
    const QString &pageFolder, const QString &prefix, int count, const QString &extension, const QStringList &reserved)
{
    QSet<QString> taken;
    int highest = 0;
    const QStringList existing = folderFiles(pageFolder);
    for (const QStringList *list : {&existing, &reserved}) {
        for (const QString &name : *list) {
            taken.insert(name.toLower());
            const QRegularExpressionMatch m = numberedName().match(name);
            if (m.hasMatch() && m.captured(1).compare(prefix, Qt::CaseInsensitive) == 0)
                highest = std::max(highest, m.captured(2).toInt());
        }
    }
    QStringList out;
    int n = highest;
    while (out.size() < count) {
        const QString name = prefix + QLatin1Char('-') + QString::number(++n) + QLatin1Char('.') + extension;
        // The sidecar and retina names belong to the photo too: skip a number any of them already uses.
        if (taken.contains(name.toLower()) || taken.contains((name + QStringLiteral(".meta.yaml")).toLower()))
            continue;
        taken.insert(name.toLower());
        out.append(name);
    }
    return out;
}

QString safeFileName(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace())
            s.append(QLatin1Char('-'));
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7f && !QStringLiteral("<>:\"/\\|?*").contains(c))
            s.append(c);
    }
    while (!s.isEmpty() && (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('-'))))
        s.chop(1);
    while (!s.isEmpty() && (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('-'))))
        s.remove(0, 1);
    while (s.toUtf8().size() > 200)
        s.chop(1);
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"), QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(s).hasMatch())
        s.prepend(QLatin1Char('_'));
    return s;
}

bool isSafeFileName(const QString &name)
{
    return !name.isEmpty() && safeFileName(name) == name;
}

} // namespace GravDesk::MediaNaming
