// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "articlespans.h"
#include "codepointindex.h"
#include "csvwriter.h"
#include "entitylookup.h"
#include "exportjob.h"
#include "jsonwriter.h"
#include "occurrencetagger.h"
#include "projectdatabase.h"
#include "quotedetection.h"
#include "textfileimporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstring>

namespace Marginalia {

namespace {

const QString ProgramName = QStringLiteral("marginalia-cli");

// QCommandLineParser takes "-5" for an option and a file named "-x" too.
// Options first, then "--", then the positional arguments in their order,
// so offsets like -5 reach the command and get a proper range error.
QStringList positionalsLast(const QStringList &arguments, const QStringList &valueOptions,
                            QString *missingValue)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+$"));
    QStringList options;
    QStringList positionals;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositionals) {
            positionals.append(argument);
        } else if (argument == QLatin1String("--")) {
            onlyPositionals = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1
                   && !negativeNumber.match(argument).hasMatch()) {
            options.append(argument);
            const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (valueOptions.contains(name)) {
                // Without this, Qt would take the "--" added below as the value.
                if (i + 1 >= arguments.size())
                    *missingValue = argument;
                else
                    options.append(arguments.at(++i));
            }
        } else {
            positionals.append(argument);
        }
    }
    return options + QStringList { QStringLiteral("--") } + positionals;
}

/// The entity a typed --entity name means under a label, matched as the
/// window matches names (case, and accents unless the project says not);
/// 0 when there is none yet and the name makes a new one.
qint64 knownEntity(ProjectDatabase &project, const QString &labelName, const QString &name)
{
    if (name.trimmed().isEmpty())
        return 0;
    const std::optional<Label> label = project.labelByName(labelName);
    if (!label)
        return 0;
    const EntityLookup lookup(project.entities(),
                              TextNormalizer::Options { true, project.matchIgnoringAccents() });
    return lookup.find(name, label->id);
}

} // namespace

std::optional<QChar> CommandLine::parseDelimiter(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("comma") || lower == QLatin1String(","))
        return QLatin1Char(',');
    if (lower == QLatin1String("semicolon") || lower == QLatin1String(";"))
        return QLatin1Char(';');
    if (lower == QLatin1String("tab") || lower == QLatin1String("\t"))
        return QLatin1Char('\t');
    return std::nullopt;
}

int CommandLine::takeDelimiter(const QCommandLineParser &parser, const QCommandLineOption &option,
                               const QString &command, CsvOptions *options)
{
    if (!parser.isSet(option))
        return -1;
    const std::optional<QChar> separator = parseDelimiter(parser.value(option));
    if (!separator)
        return usageError(
            command,
            tr("unknown delimiter '%1' (use comma, semicolon or tab)").arg(parser.value(option)));
    options->delimiter = *separator;
    return -1;
}

QStringList CommandLine::commaList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

bool CommandLine::parseInteger(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

CommandLine::CommandLine(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void CommandLine::print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
}

void CommandLine::printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
}

void CommandLine::printDamage(const QString &projectPath, const QStringList &problems)
{
    for (const QString &problem : problems)
        printError(QDir::toNativeSeparators(projectPath) + QLatin1String(": ") + problem
                   + QLatin1Char('\n'));
}

QString CommandLine::overview() const
{
    return tr("Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]\n"
              "\n"
              "Annotate news articles from the command line, in the same project files as\n"
              "the Marginalia window.\n"
              "\n"
              "Commands:\n"
              "  init      Create a new, empty project file\n"
              "  import    Import articles (.txt, CSV, JSONL), annotations or brat folders\n"
              "  list      List the project's articles\n"
              "  annotate  Tag a span of an article with a label\n"
              "  export    Export annotations (CSV, JSONL, brat, CoNLL), articles, entities or "
              "texts\n"
              "  quotes    List the quotes, detecting them again if asked\n"
              "  entities  List the entities with their aliases and mention counts\n"
              "  tag-all   Tag every whole-word occurrence of a text with a label\n"
              "  relabel   Give an annotation another label\n"
              "  delete    Delete annotations or quotes by id\n"
              "  agreement Measure how far the coders agree (F1, kappa, alpha)\n"
              "  backup    Back up the project (safe while it is open)\n"
              "  backups   List the project's backups with their dates and counts\n"
              "  restore   Restore a backup into a new project file\n"
              "  check     Check every page of the project file for damage\n"
              "\n"
              "Run '%1 COMMAND --help' for a command's options.\n"
              "\n"
              "Offsets are Unicode code points into the stored article text, half-open\n"
              "[start, end), as in Python's text[start:end].\n"
              "\n"
              "Exit status: 0 when everything succeeded; 1 when something was rejected or\n"
              "failed (the rest is done, one line per problem on standard error); 2 for a\n"
              "usage error.\n")
        .arg(ProgramName);
}

int CommandLine::usageError(const QString &command, const QString &message)
{
    if (command.isEmpty())
        printError(tr("%1: %2\nRun '%1 --help' for usage.\n").arg(ProgramName, message));
    else
        printError(
            tr("%1 %2: %3\nRun '%1 %2 --help' for usage.\n").arg(ProgramName, command, message));
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    int status = dispatch(arguments);
    // Output cut short (a full disk, a closed pipe) is a failure, not success.
    if ((fflush(m_out) != 0 || ferror(m_out)) && status == Success) {
        printError(tr("cannot write to standard output (%1)\n")
                       .arg(QString::fromLocal8Bit(strerror(errno))));
        status = Failure;
    }
    return status;
}

int CommandLine::dispatch(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty())
        return usageError(QString(), tr("no command given"));
    const QString command = rest.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        print(overview());
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        print(QStringLiteral("%1 %2\n").arg(ProgramName, QCoreApplication::applicationVersion()));
        return Success;
    }
    const QStringList commandArguments = rest;
    if (command == QLatin1String("init"))
        return runInit(commandArguments);
    if (command == QLatin1String("import"))
        return runImport(commandArguments);
    if (command == QLatin1String("list"))
        return runList(commandArguments);
    if (command == QLatin1String("annotate"))
        return runAnnotate(commandArguments);
    if (command == QLatin1String("export"))
        return runExport(commandArguments);
    if (command == QLatin1String("quotes"))
        return runQuotes(commandArguments);
    if (command == QLatin1String("entities"))
        return runEntities(commandArguments);
    if (command == QLatin1String("tag-all"))
        return runTagAll(commandArguments);
    if (command == QLatin1String("relabel"))
        return runRelabel(commandArguments);
    if (command == QLatin1String("delete"))
        return runDelete(commandArguments);
    if (command == QLatin1String("agreement"))
        return runAgreement(commandArguments);
    if (command == QLatin1String("backup"))
        return runBackup(commandArguments);
    if (command == QLatin1String("backups"))
        return runBackups(commandArguments);
    if (command == QLatin1String("restore"))
        return runRestore(commandArguments);
    if (command == QLatin1String("check"))
        return runCheck(commandArguments);
    return usageError(QString(), tr("unknown command '%1'").arg(command));
}

int CommandLine::parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                       const QStringList &arguments, const QString &command,
                       const QString &description, const QString &synopsis, int minPositional,
                       int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help and exit."));
    parser.addOption(help);
    parser.addOptions(options);

    QStringList valueOptions;
    for (const QCommandLineOption &option : options) {
        if (!option.valueName().isEmpty())
            valueOptions += option.names();
    }
    QString missingValue;
    QStringList normalised = positionalsLast(arguments.mid(1), valueOptions, &missingValue);
    if (!missingValue.isEmpty())
        return usageError(command, tr("%1 needs a value").arg(missingValue));
    normalised.prepend(ProgramName + QLatin1Char(' ') + command);
    if (!parser.parse(normalised))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names only the program; ours names the command too.
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd, tr("Usage: %1 %2 %3").arg(ProgramName, command, synopsis));
        print(text);
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(command, tr("missing arguments (expected: %1)").arg(synopsis));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(command, tr("too many arguments (expected: %1)").arg(synopsis));
    return -1;
}

std::unique_ptr<ProjectDatabase> CommandLine::openProject(const QString &path, bool dailyBackup)
{
    ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    if (!result.database) {
        printError(result.error + QLatin1Char('\n'));
        return nullptr;
    }
    if (result.migratedFrom > 0)
        printError(tr("%1: upgraded from schema version %2 to %3; the old file was kept as %4\n")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(result.migratedFrom)
                       .arg(result.database->schemaVersion())
                       .arg(QDir::toNativeSeparators(result.backupPath)));
    if (!result.warning.isEmpty())
        printError(result.warning + QLatin1Char('\n'));
    for (const QString &notice : std::as_const(result.notices))
        printError(notice + QLatin1Char('\n'));
    if (dailyBackup && !result.database->isReadOnly())
        backUpIfDue(*result.database);
    return std::move(result.database);
}

QString CommandLine::tabCell(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

int CommandLine::runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT");
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("The project file to create (*.marginalia)."));
    const int parsed = parse(parser, {}, arguments, QStringLiteral("init"),
                             tr("Create a new project file with the default labels PER, LOC, ORG "
                                "and MISC."),
                             synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.positionalArguments().first();
    const ProjectDatabase::OpenResult result = ProjectDatabase::create(path);
    if (!result.database) {
        printError(result.error + QLatin1Char('\n'));
        return Failure;
    }
    print(tr("Created %1\n").arg(QDir::toNativeSeparators(path)));
    return Success;
}

int CommandLine::runAnnotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT ARTICLE_ID START END LABEL");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"), tr("The article, by id."));
    parser.addPositionalArgument(QStringLiteral("START"),
                                 tr("First code point of the span (from 0)."));
    parser.addPositionalArgument(QStringLiteral("END"), tr("Code point just after the span."));
    parser.addPositionalArgument(QStringLiteral("LABEL"), tr("A label name, e.g. PER."));
    const QCommandLineOption entity(
        QStringLiteral("entity"),
        tr("Link the mention to the entity NAME of the same label (created if new)."),
        QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), tr("Attach a note."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption annotator(
        QStringLiteral("annotator"),
        tr("Record NAME as the annotator (default: the name chosen in "
           "the window's Preferences, else $USER)."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the stored annotation as JSON."));
    const int parsed =
        parse(parser, { entity, note, annotator, json }, arguments, QStringLiteral("annotate"),
              tr("Tag the span [START, END) of an article. Offsets are Unicode "
                 "code points into the stored text, as 'export' writes it."),
              synopsis, 5, 5);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    NewAnnotation request;
    const struct
    {
        const char *name;
        qint64 *target;
        int index;
    } numbers[] = { { "ARTICLE_ID", &request.articleId, 1 },
                    { "START", &request.start, 2 },
                    { "END", &request.end, 3 } };
    for (const auto &number : numbers) {
        if (!parseInteger(positional.at(number.index), number.target))
            return usageError(QStringLiteral("annotate"),
                              tr("%1 must be a whole number, not '%2'")
                                  .arg(QLatin1String(number.name), positional.at(number.index)));
    }
    request.labelName = positional.at(4);
    request.entityName = parser.value(entity);
    request.note = parser.value(note);
    request.annotator = parser.isSet(annotator) ? parser.value(annotator) : defaultAnnotator();

    const std::unique_ptr<ProjectDatabase> project = openProject(positional.first());
    if (!project)
        return Failure;
    request.entityId = knownEntity(*project, request.labelName, request.entityName);
    QString error;
    const std::optional<Annotation> annotation = project->addAnnotation(request, &error);
    if (!annotation) {
        printError(
            tr("%1: nothing stored: %2\n").arg(QDir::toNativeSeparators(project->path()), error));
        return Failure;
    }
    printAnnotation(*project, *annotation, parser.isSet(json));
    return Success;
}

void CommandLine::printAnnotation(ProjectDatabase &project, const Annotation &annotation, bool json)
{
    // The span's text, cut by code points as every export does.
    const QString text = project.articleText(annotation.articleId).value_or(QString());
    const CodePointIndex index(text);
    const qsizetype from = index.toUtf16(annotation.start);
    const QString spanText = text.mid(from, index.toUtf16(annotation.end) - from);
    if (json) {
        JsonWriter out;
        out.beginObject()
            .field(u"id", annotation.id)
            .field(u"article_id", annotation.articleId)
            .field(u"start", annotation.start)
            .field(u"end", annotation.end)
            .field(u"label", annotation.labelName)
            .field(u"text", spanText)
            .field(u"entity", annotation.entityName)
            .field(u"note", annotation.note)
            .field(u"annotator", annotation.annotator)
            .endObject();
        print(out.text() + QLatin1Char('\n'));
    } else {
        print(tr("Annotation %1: %2 [%3, %4) \"%5\"\n")
                  .arg(annotation.id)
                  .arg(annotation.labelName)
                  .arg(annotation.start)
                  .arg(annotation.end)
                  .arg(spanText));
    }
}

int CommandLine::runQuotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT [--article ID] [--redetect] [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption article(QStringLiteral("article"), tr("Only the article ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption redetect(
        QStringLiteral("redetect"),
        tr("Detect the quotes again first. Quotes added or edited by hand are kept."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print a JSON array of {article_id, id, start, end, text, speaker, cue}."));
    const int parsed =
        parse(parser, { article, redetect, json }, arguments, QStringLiteral("quotes"),
              tr("List the quotes (direct speech) with their speakers. Offsets are "
                 "Unicode code points into the stored text, half-open."),
              synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    qint64 only = 0;
    if (parser.isSet(article) && (!parseInteger(parser.value(article), &only) || only <= 0))
        return usageError(QStringLiteral("quotes"),
                          tr("--article wants an article id, not '%1'").arg(parser.value(article)));
    const std::unique_ptr<ProjectDatabase> project =
        openProject(parser.positionalArguments().first());
    if (!project)
        return Failure;
    if (only > 0 && !project->articleSummary(only)) {
        printError(tr("%1: no article with id %2\n")
                       .arg(QDir::toNativeSeparators(project->path()))
                       .arg(only));
        return Failure;
    }

    QString error;
    // Damaged articles are named once, whichever step met them first.
    QStringList damaged;
    const auto noteDamage = [&damaged](const QString &problem) {
        if (!damaged.contains(problem))
            damaged.append(problem);
    };
    if (parser.isSet(redetect)) {
        if (only == 0) // the whole project's detected quotes are replaced
            backUpBefore(*project, ProjectBackups::Reason::RedetectQuotes);
        QuoteDetection detection(*project);
        const bool ok =
            only > 0 ? detection.redetect(only, &error) : detection.redetectAll(&error) >= 0;
        for (const QString &problem : detection.damaged())
            noteDamage(problem);
        if (!ok && detection.damaged().isEmpty()) {
            printError(tr("%1: quote detection failed and nothing was stored (%2)\n")
                           .arg(QDir::toNativeSeparators(project->path()), error));
            return Failure;
        }
    }

    // Printed an article at a time: a year's project holds half a million quotes.
    const bool asJson = parser.isSet(json);
    bool first = true;
    print(asJson ? QStringLiteral("[")
                 : QStringLiteral("article_id\tid\tstart\tend\tspeaker\ttext\n"));
    const auto visit = [&](const ProjectDatabase::ExportArticle &a) {
        if (only > 0 && a.summary.id != only)
            return true;
        const ArticleSpans spans(a);
        JsonWriter out;
        QString plain;
        for (const ExportSpan &span : spans.spans()) {
            if (span.kind != ExportSpan::Kind::Quote)
                continue;
            if (asJson) {
                const QStringView cue =
                    span.cueStart >= 0 ? spans.slice(span.cueStart, span.cueEnd) : QStringView();
                out.beginObject()
                    .field(u"article_id", a.summary.id)
                    .field(u"id", span.id)
                    .field(u"start", span.start)
                    .field(u"end", span.end)
                    .field(u"text", spans.slice(span.start, span.end))
                    .field(u"speaker", span.speaker)
                    .field(u"cue", cue)
                    .endObject();
            } else {
                plain += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                             .arg(a.summary.id)
                             .arg(span.id)
                             .arg(span.start)
                             .arg(span.end)
                             .arg(span.speaker,
                                  spans.slice(span.start, span.end).toString().simplified());
            }
        }
        if (asJson && !out.text().isEmpty()) {
            print(first ? out.text() : QLatin1Char(',') + out.text());
            first = false;
        } else if (!plain.isEmpty()) {
            print(plain);
        }
        return true;
    };
    ProjectDatabase::ExportQuery query;
    query.onlyAnnotated = true;
    if (only > 0)
        query.selection.articleIds = { only };
    query.damaged = noteDamage;
    if (!project->forEachArticle(query, visit, &error)) {
        // The array stays open: a reader must not take what was printed for all.
        printError(error + QLatin1Char('\n'));
        return Failure;
    }
    if (asJson)
        print(QStringLiteral("]\n"));
    printDamage(project->path(), damaged);
    return damaged.isEmpty() ? Success : Failure;
}

int CommandLine::runEntities(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print a JSON array of {id, name, label, aliases, external_id, mentions, articles}."));
    const int parsed = parse(parser, { json }, arguments, QStringLiteral("entities"),
                             tr("List the entities: id, name, label, aliases, external id, number "
                                "of mentions and of articles that mention it."),
                             synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    const std::unique_ptr<ProjectDatabase> project =
        openProject(parser.positionalArguments().first());
    if (!project)
        return Failure;

    const QVector<EntitySummary> entities = project->entitySummaries();
    if (parser.isSet(json)) {
        JsonWriter out;
        for (const EntitySummary &summary : entities) {
            out.beginObject()
                .field(u"id", summary.entity.id)
                .field(u"name", summary.entity.name)
                .field(u"label", summary.labelName)
                .beginArray(u"aliases");
            for (const QString &alias : summary.entity.aliases)
                out.element(alias);
            out.endArray()
                .field(u"external_id", summary.entity.externalId)
                .field(u"mentions", summary.mentions)
                .field(u"articles", summary.articles)
                .endObject();
        }
        print(QLatin1Char('[') + out.text() + QLatin1String("]\n"));
        return Success;
    }
    print(QStringLiteral("id\tname\tlabel\taliases\texternal_id\tmentions\tarticles\n"));
    for (const EntitySummary &summary : entities) {
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                  .arg(summary.entity.id)
                  .arg(tabCell(summary.entity.name), tabCell(summary.labelName),
                       tabCell(summary.entity.aliases.join(QLatin1String(" | "))),
                       tabCell(summary.entity.externalId))
                  .arg(summary.mentions)
                  .arg(summary.articles));
    }
    return Success;
}

int CommandLine::runTagAll(const QStringList &arguments)
{
    const QString command = QStringLiteral("tag-all");
    QCommandLineParser parser;
    const QString synopsis =
        tr("PROJECT TEXT LABEL [--entity NAME] [--article ID] [--fold] [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The words to find."));
    parser.addPositionalArgument(QStringLiteral("LABEL"), tr("The label to tag them with."));
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    tr("Link the new mentions to this entity (made if new)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption article(QStringLiteral("article"),
                                     tr("Only in article ID (default: the whole project)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption fold(
        QStringLiteral("fold"),
        tr("Ignore case, and accents unless the project matches names with them."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print {\"tagged\": N, \"articles\": M}."));
    const int parsed = parse(parser, { entity, article, fold, json }, arguments, command,
                             tr("Tag every whole-word occurrence of TEXT with LABEL, in one "
                                "article or the whole project, in one transaction. Spans that "
                                "already carry an annotation are left alone."),
                             synopsis, 3, 3);
    if (parsed >= 0)
        return parsed;
    qint64 only = 0;
    if (parser.isSet(article) && (!parseInteger(parser.value(article), &only) || only <= 0))
        return usageError(command,
                          tr("--article wants an article id, not '%1'").arg(parser.value(article)));
    const QStringList positionals = parser.positionalArguments();
    const std::unique_ptr<ProjectDatabase> project = openProject(positionals.at(0));
    if (!project)
        return Failure;

    OccurrenceTagger::Request request;
    request.text = positionals.at(1);
    request.labelName = positionals.at(2);
    request.entityName = parser.value(entity).trimmed();
    request.entityId = knownEntity(*project, request.labelName, request.entityName);
    request.articleId = only;
    request.fold = parser.isSet(fold);
    request.foldAccents = project->matchIgnoringAccents();
    request.annotator = defaultAnnotator();
    QString error;
    OccurrenceTagger tagger(*project);
    QStringList damaged;
    const std::optional<QVector<Annotation>> added = tagger.run(request, &error, &damaged);
    printDamage(project->path(), damaged);
    if (!added) {
        printError(tr("%1: nothing was tagged (%2)\n")
                       .arg(QDir::toNativeSeparators(project->path()), error));
        return Failure;
    }
    QSet<qint64> articles;
    for (const Annotation &annotation : *added)
        articles.insert(annotation.articleId);
    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginObject()
            .field(u"tagged", qint64(added->size()))
            .field(u"articles", qint64(articles.size()))
            .endObject();
        print(out.text() + QLatin1Char('\n'));
    } else {
        print(tr("Tagged %n occurrence(s)", nullptr, int(added->size()))
              + tr(" in %n article(s)\n", nullptr, int(articles.size())));
    }
    return damaged.isEmpty() ? Success : Failure;
}

} // namespace Marginalia
