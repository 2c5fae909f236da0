#pragma once

#include "site/pageindex.h"

#include <QJsonArray>
#include <QVector>

class QTextStream;

namespace GravDesk::Cli {

/// Problems as a JSON array of {severity, kind, path, line?, message, related?}.
QJsonArray problemsJson(const QVector<SiteProblem> &problems);
/// One problem per line: `  severity [kind] path:line: message`.
void printProblems(QTextStream &out, const QVector<SiteProblem> &problems);

} // namespace GravDesk::Cli
