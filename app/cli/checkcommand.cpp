// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli check: SQLite's check of every page, whatever the ledger
// of checked files says (an open skips it for a file we closed ourselves).
#include "commandline.h"
#include "integrityledger.h"
#include "jsonwriter.h"
#include "projectdatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

namespace Marginalia {

int CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print {project, damaged, problem, milliseconds} as JSON."));
    const int parsed = parse(
        parser, { json }, arguments, QStringLiteral("check"),
        tr("Check every page of the project file for damage with SQLite's quick_check. Opening "
           "a project runs the same check unless the file is as Marginalia last closed it "
           "(within %1 days); this command always runs it. Exit status 1 if the file is "
           "damaged or cannot be opened.")
            .arg(IntegrityLedger::RecheckDays),
        synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.positionalArguments().first();
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<ProjectDatabase> project = openProject(path, false);
    if (!project)
        return Failure;
    // An open that checked the file in full has its answer already.
    const QString problem = project->integrityCheck() == ProjectDatabase::IntegrityCheck::Full
        ? QString()
        : project->checkIntegrity();
    const qint64 ms = timer.elapsed();
    if (parser.isSet(json)) {
        JsonWriter writer;
        writer.beginObject()
            .field(u"project", QDir::toNativeSeparators(path))
            .flag(u"damaged", !problem.isEmpty())
            .field(u"problem", problem)
            .field(u"milliseconds", ms)
            .endObject();
        print(writer.text() + QLatin1Char('\n'));
    } else if (problem.isEmpty()) {
        print(tr("%1: no damage found (every page checked in %2 s)\n")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(double(ms) / 1000.0, 0, 'f', 2));
    }
    if (!problem.isEmpty()) {
        printError(problem + QLatin1Char('\n'));
        return Failure;
    }
    return Success;
}

} // namespace Marginalia
