// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the crash test: applies a stream of edits chosen by a seed to
// a project through the model layer, as the window and the CLI store them,
// and prints "ACK n FINGERPRINT" once edit n is stored. The parent kills it
// with SIGKILL at a random moment and checks the file it leaves.
//
//   crash_worker PROJECT SEED [--ops N] [--jobs] [--workdir DIR]
//
// --ops N    stop after N edits (the parent replays a prefix this way)
// --jobs     also open and close a second connection in this process, as the
//            window's import and export jobs do, and run an export on it
#include "editscript.h"
#include "projectdatabase.h"
#include "projectfingerprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Marginalia;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: crash_worker PROJECT SEED [--ops N] [--jobs] [--workdir DIR]\n");
        return 2;
    }
    const QString path = args.at(1);
    const quint64 seed = args.at(2).toULongLong();
    int ops = std::numeric_limits<int>::max();
    bool jobs = false;
    QString workdir;
    for (int i = 3; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--ops") && i + 1 < args.size())
            ops = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--jobs"))
            jobs = true;
        else if (args.at(i) == QLatin1String("--workdir") && i + 1 < args.size())
            workdir = args.at(++i);
    }
    QTemporaryDir scratch;
    if (workdir.isEmpty())
        workdir = scratch.path();

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database) {
        say("FAIL 0 " + opened.error.toUtf8());
        return 3;
    }
    ProjectDatabase &project = *opened.database;
    CrashSupport::EditScript worker(project, seed, workdir);
    std::mt19937_64 jobRandom(seed ^ 0x9e3779b97f4a7c15ULL);
    say("READY " + CrashSupport::projectFingerprint(project));
    for (int n = 1; n <= ops; ++n) {
        say("BEGIN " + QByteArray::number(n));
        QString error;
        if (!worker.step(n, &error)) {
            say("FAIL " + QByteArray::number(n) + ' ' + error.toUtf8());
            return 3;
        }
        say("ACK " + QByteArray::number(n) + ' ' + CrashSupport::projectFingerprint(project));
        if (jobs && jobRandom() % 4 == 0
            && !worker.exportOnSecondConnection(jobRandom() % 2 == 0, &error)) {
            say("FAIL " + QByteArray::number(n) + " export: " + error.toUtf8());
            return 3;
        }
    }
    say("DONE");
    return 0;
}
