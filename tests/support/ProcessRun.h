#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace dv::test {

/// What a finished process left: its exit code, its output as bytes (JSON and text checks
/// decode it themselves) and its error stream as text.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs `program` to its end with `input` on stdin; a process still running after
/// `timeoutMs` stops the test (qFatal), so a hang cannot pass for a failure.
inline ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs,
                             const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dv::test
