// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real marginalia-cli binary as a script would.
#pragma once

#include "testconfig.h"

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; ///< -2 if it crashed, -1 if it did not finish
    QString out;
    QString err;
};

/// Runs the CLI; a non-empty \a environment replaces the inherited one.
inline CliRun cli(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment())
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MARGINALIA_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
