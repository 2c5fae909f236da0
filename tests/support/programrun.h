#pragma once

#include <QByteArray>
#include <QStringList>

namespace GravDesk {

/// What a finished program printed and returned (code -1: it did not finish in time).
struct ProgramRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs @p program with @p args and waits for it.
ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000);

} // namespace GravDesk
