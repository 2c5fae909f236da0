#include "problemoutput.h"

#include <QJsonObject>
#include <QTextStream>

namespace GravDesk::Cli {

QJsonArray problemsJson(const QVector<SiteProblem> &problems)
{
    QJsonArray out;
    for (const SiteProblem &p : problems) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityName(p.severity));
        o.insert(QStringLiteral("kind"), problemKindName(p.kind));
        o.insert(QStringLiteral("path"), p.path);
        if (p.line > 0)
            o.insert(QStringLiteral("line"), p.line);
        o.insert(QStringLiteral("message"), p.text());
        // The sentence and its arguments, whatever the language of "message": for scripts.
        o.insert(QStringLiteral("message_id"), problemMessageName(p.message.id));
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(p.message.args));
        if (!p.related.isEmpty())
            o.insert(QStringLiteral("related"), QJsonArray::fromStringList(p.related));
        out.append(o);
    }
    return out;
}

void printProblems(QTextStream &out, const QVector<SiteProblem> &problems)
{
    for (const SiteProblem &p : problems) {
        out << "  " << severityName(p.severity) << " [" << problemKindName(p.kind) << "] " << p.path;
        if (p.line > 0)
            out << ":" << p.line;
        out << ": " << p.text() << "\n";
    }
}

} // namespace GravDesk::Cli
