// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "projectbackups.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>

class QCommandLineParser;
class QCommandLineOption;

namespace Marginalia {

class ProjectDatabase;
struct Annotation;

/// marginalia-cli: the model layer's commands for batch work and scripts.
/// Exit status: 0 when all succeeded, 1 when something was rejected or
/// failed (the rest done, one line per problem on stderr), 2 on usage errors.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    /// Output goes to these streams; tests can point them elsewhere.
    explicit CommandLine(FILE *out = stdout, FILE *err = stderr);

    int run(const QStringList &arguments);

private:
    int dispatch(const QStringList &arguments);
    int runInit(const QStringList &arguments);
    int runImport(const QStringList &arguments);
    int runList(const QStringList &arguments);
    int runAnnotate(const QStringList &arguments);
    int runExport(const QStringList &arguments);
    int runQuotes(const QStringList &arguments);
    int runEntities(const QStringList &arguments);
    int runTagAll(const QStringList &arguments);
    /// relabel and delete (editcommands.cpp): scripted edits of a coder's copy.
    int runRelabel(const QStringList &arguments);
    int runDelete(const QStringList &arguments);
    /// agreement (agreementcommand.cpp): intercoder agreement figures.
    int runAgreement(const QStringList &arguments);
    int runBackup(const QStringList &arguments);
    int runBackups(const QStringList &arguments);
    int runRestore(const QStringList &arguments);
    int runCheck(const QStringList &arguments);

    /// Parses a command's options; returns -1 to go on, or the exit code.
    int parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
              const QStringList &arguments, const QString &command, const QString &description,
              const QString &synopsis, int minPositional, int maxPositional);
    /// Opens a project, printing why not; then takes the daily backup
    /// when one is due (\a dailyBackup), reporting a failure on stderr.
    std::unique_ptr<ProjectDatabase> openProject(const QString &path, bool dailyBackup = true);
    void backUpIfDue(ProjectDatabase &project);
    /// The backup before a destructive bulk operation; a failure is reported
    /// on stderr and the operation goes on.
    void backUpBefore(ProjectDatabase &project, ProjectBackups::Reason reason);
    int usageError(const QString &command, const QString &message);
    /// One annotation as 'annotate' prints it: a line, or a JSON object.
    void printAnnotation(ProjectDatabase &project, const Annotation &annotation, bool json);
    static bool parseInteger(const QString &text, qint64 *value);
    /// --delimiter's value: comma, semicolon or tab (or the character).
    static std::optional<QChar> parseDelimiter(const QString &name);
    /// Sets \a options' delimiter from \a option when given; returns -1 to
    /// go on, or the usage error's exit code for an unknown one.
    int takeDelimiter(const QCommandLineParser &parser, const QCommandLineOption &option,
                      const QString &command, CsvOptions *options);
    /// The items of a comma-separated option value, trimmed, empty ones left out.
    static QStringList commaList(const QString &value);
    /// One line per row, one tab between columns, whatever the cells hold.
    static QString tabCell(QString text);
    QString overview() const;

    void print(const QString &text);
    void printError(const QString &text);
    /// One line per damaged article or span, naming the project file.
    void printDamage(const QString &projectPath, const QStringList &problems);

    FILE *m_out;
    FILE *m_err;
};

} // namespace Marginalia
