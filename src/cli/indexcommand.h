#pragma once

#include <QStringList>

class QTextStream;

namespace GravDesk::Cli {

/// `gravdesk-cli index SITE [--json]`. Returns the process exit code.
int runIndex(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace GravDesk::Cli
