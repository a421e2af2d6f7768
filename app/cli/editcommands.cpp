// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli relabel and delete: the scripted edits a coder makes in a
// copy (issue 13), by the ids every export writes.
#include "annotation.h"
#include "commandline.h"
#include "projectdatabase.h"

#include <QCommandLineParser>
#include <QDir>

namespace Marginalia {

int CommandLine::runRelabel(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString command = QStringLiteral("relabel");
    const QString synopsis = tr("PROJECT ANNOTATION_ID LABEL [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATION_ID"),
                                 tr("The mention, by the id the exports give it."));
    parser.addPositionalArgument(QStringLiteral("LABEL"), tr("A label name, e.g. LOC."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the changed annotation as JSON."));
    const int parsed = parse(parser, { json }, arguments, command,
                             tr("Give a mention another label of the project. Its span, "
                                "entity and note stay; the change is stamped now."),
                             synopsis, 3, 3);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    qint64 id = 0;
    if (!parseInteger(positional.at(1), &id) || id <= 0)
        return usageError(
            command, tr("ANNOTATION_ID must be an annotation id, not '%1'").arg(positional.at(1)));
    const std::unique_ptr<ProjectDatabase> project = openProject(positional.first());
    if (!project)
        return Failure;
    const QString where = QDir::toNativeSeparators(project->path());
    std::optional<Annotation> annotation = project->annotation(id);
    if (!annotation) {
        printError(tr("%1: no annotation with id %2\n").arg(where).arg(id));
        return Failure;
    }
    const std::optional<Label> label = project->labelByName(positional.at(2));
    if (!label) {
        printError(tr("%1: no label named '%2'; nothing changed\n").arg(where, positional.at(2)));
        return Failure;
    }
    if (annotation->labelId != label->id) {
        annotation->labelId = label->id;
        annotation->labelName = label->name;
        QString error;
        if (!project->updateAnnotation(*annotation, &error)) {
            printError(tr("%1: nothing changed: %2\n").arg(where, error));
            return Failure;
        }
        annotation = project->annotation(id);
        if (!annotation)
            return Failure;
    }
    printAnnotation(*project, *annotation, parser.isSet(json));
    return Success;
}

int CommandLine::runDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString command = QStringLiteral("delete");
    const QString synopsis = tr("PROJECT ID... [--quotes]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("Annotations, by the ids the exports give them."));
    const QCommandLineOption quotes(
        QStringLiteral("quotes"),
        tr("The ids are quote ids (the rows of kind 'quote' in the CSV; 'quotes' lists them)."));
    const int parsed = parse(parser, { quotes }, arguments, command,
                             tr("Delete mentions (or quotes, with --quotes). Ids that do not "
                                "exist are reported and the others deleted; the mentions go in "
                                "one transaction."),
                             synopsis, 2, -1);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    QVector<qint64> ids;
    for (const QString &text : positional.mid(1)) {
        qint64 id = 0;
        if (!parseInteger(text, &id) || id <= 0)
            return usageError(command, tr("ID must be an id, not '%1'").arg(text));
        if (!ids.contains(id))
            ids.append(id);
    }
    const std::unique_ptr<ProjectDatabase> project = openProject(positional.first());
    if (!project)
        return Failure;
    const QString where = QDir::toNativeSeparators(project->path());
    const bool ofQuotes = parser.isSet(quotes);
    QVector<qint64> found;
    int missing = 0;
    for (const qint64 id : std::as_const(ids)) {
        const bool exists =
            ofQuotes ? project->quote(id).has_value() : project->annotation(id).has_value();
        if (exists) {
            found.append(id);
        } else {
            printError(
                (ofQuotes ? tr("%1: no quote with id %2\n") : tr("%1: no annotation with id %2\n"))
                    .arg(where)
                    .arg(id));
            ++missing;
        }
    }
    QString error;
    bool deleted = true;
    if (!found.isEmpty() && !ofQuotes) {
        deleted = project->deleteAnnotations(found, &error);
    } else {
        for (const qint64 id : std::as_const(found)) {
            if (!project->deleteQuote(id, &error)) {
                deleted = false;
                break;
            }
        }
    }
    if (!deleted) {
        printError(tr("%1: delete failed: %2\n").arg(where, error));
        return Failure;
    }
    print((ofQuotes ? tr("Deleted %n quote(s)\n", nullptr, int(found.size()))
                    : tr("Deleted %n annotation(s)\n", nullptr, int(found.size()))));
    return missing > 0 ? Failure : Success;
}

} // namespace Marginalia
