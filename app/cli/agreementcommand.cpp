// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli agreement: intercoder agreement of a team's coders (issue 13).
#include "agreementstudy.h"
#include "commandline.h"
#include "projectdatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>

namespace Marginalia {

int CommandLine::runAgreement(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString command = QStringLiteral("agreement");
    const QString synopsis = tr("PROJECT [--annotators A,B,...] [--labels PER,...] "
                                "[--articles IDS] [--json] [--csv FILE [--delimiter SEPARATOR]]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption annotators(
        { QStringLiteral("annotators"), QStringLiteral("coders") },
        tr("The coders to compare, by the names their mentions are signed with (at least "
           "two, separated by commas). Default: everyone who signed a mention."),
        QStringLiteral("NAMES"));
    const QCommandLineOption labels(QStringLiteral("labels"),
                                    tr("Only these labels (names separated by commas). Default: "
                                       "every label the coders used."),
                                    QStringLiteral("LABELS"));
    const QCommandLineOption articles(
        QStringLiteral("articles"),
        tr("Compare over these articles (ids separated by commas). Default: the articles in "
           "which every coder made at least one mention."),
        QStringLiteral("IDS"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the figures as JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Also write the table as CSV to FILE (replaced only once "
                                    "complete)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        tr("CSV: the field separator: comma (default), semicolon (then with decimal commas) "
           "or tab."),
        QStringLiteral("SEPARATOR"));
    const int parsed =
        parse(parser, { annotators, labels, articles, json, csv, delimiter }, arguments, command,
              tr("Measure how far the coders agree, for every pair of them and for all "
                 "together, per label and overall: F1 of exact spans (f1_exact), F1 of spans "
                 "that overlap (f1_overlap), kappa over word tokens (kappa_tokens), "
                 "Krippendorff's unitizing alpha over the characters (alpha_u), and "
                 "Krippendorff's nominal alpha over the speakers of the quotes they both "
                 "marked. Only accepted mentions count, not suggestions."),
              synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    const auto list = [&parser](const QCommandLineOption &option) {
        return commaList(parser.value(option));
    };
    AgreementRequest request;
    for (const QString &name : list(annotators)) {
        if (!request.coders.contains(name))
            request.coders.append(name);
    }
    if (parser.isSet(annotators) && request.coders.size() < 2)
        return usageError(command, tr("--annotators needs at least two different names"));
    request.labels = list(labels);
    for (const QString &item : list(articles)) {
        qint64 id = 0;
        if (!parseInteger(item, &id) || id <= 0)
            return usageError(command, tr("--articles wants article ids, not '%1'").arg(item));
        if (!request.articles.contains(id))
            request.articles.append(id);
    }
    if (parser.isSet(articles) && request.articles.isEmpty())
        return usageError(command, tr("--articles needs at least one article id"));
    CsvOptions csvOptions;
    if (const int refused = takeDelimiter(parser, delimiter, command, &csvOptions); refused >= 0)
        return refused;

    const std::unique_ptr<ProjectDatabase> project =
        openProject(parser.positionalArguments().first(), false);
    if (!project)
        return Failure;
    const QString where = QDir::toNativeSeparators(project->path());
    AgreementStudy study(*project);
    QString error;
    const std::optional<AgreementReport> report = study.run(request, &error);
    if (!report) {
        printError(error + QLatin1Char('\n'));
        return Failure;
    }
    for (const QString &problem : report->problems)
        printError(tr("%1: left out: %2\n").arg(where, problem));
    if (report->articles == 0) {
        printError(report->basis == AgreementReport::Basis::AnnotatedByAll
                       ? tr("%1: no article holds mentions by every one of %2; name the "
                            "articles with --articles\n")
                             .arg(where, report->coders.join(QStringLiteral(", ")))
                       : tr("%1: none of the articles given could be read\n").arg(where));
    }
    if (parser.isSet(csv)) {
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly) || !report->writeCsv(&file, csvOptions)
            || !file.commit()) {
            printError(tr("%1: cannot write: %2\n")
                           .arg(QDir::toNativeSeparators(parser.value(csv)), file.errorString()));
            return Failure;
        }
    }
    print(parser.isSet(json) ? report->toJson() + QLatin1Char('\n') : report->toText());
    return report->problems.isEmpty() ? Success : Failure;
}

} // namespace Marginalia
