#pragma once

#include "site/pageindex.h"

#include <QJsonArray>
#include <QVector>

class QTextStream;

namespace GravDesk::Cli {

/**
 * Problems as a JSON array of {severity, kind, path, line?, message, message_id, args, related?}: message in
 * the interface language, message_id (problemMessageName()) and args the same in every language.
 */
QJsonArray problemsJson(const QVector<SiteProblem> &problems);
/// One problem per line: `  severity [kind] path:line: message`, the message in the interface language.
void printProblems(QTextStream &out, const QVector<SiteProblem> &problems);

} // namespace GravDesk::Cli
