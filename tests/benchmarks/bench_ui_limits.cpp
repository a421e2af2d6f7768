// SPDX-License-Identifier: GPL-3.0-or-later
// The limits the README states, tried in the window: how long each step
// blocks the event loop (the longest gap between ticks of a 1 ms timer while
// the step and the events it posts run, plus 300 ms to settle), against the
// same steps on an ordinary project measured in the same run (the baseline)
// and against the 100 ms a step may block.
//
// Projects (generated through the model layer; labels and entities in bulk
// with one SQL transaction, as a script would add them):
//   baseline     200 articles of 2-6 KB, 25 annotations each, 4 labels
//   article      the baseline + one article of 50 MB (the import limit)
//   annotations  2,000 articles with 500 annotations each: 1,000,000
//   longname     the baseline + an entity whose name and alias have 10,000
//                characters, linked to a mention
//   labels       the baseline + 10,000 labels
//   entities     the baseline + 100,000 entities
// Steps: open the project, show its largest article, add an annotation the
// way a hotkey does, open the entities panel, close the project.
//
// Options: --only NAME, --scale PERCENT (of every size above; 100),
// --dir PATH, --keep. Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.
// Prints figures only; it fails only if a step does not do what it should.

#include "articleview.h"
#include "benchsupport.h"
#include "entitiespanel.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "textfileimporter.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <map>

using namespace Marginalia;

namespace {

constexpr double BudgetMs = 100.0;

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::exit(1);
}

int scaled(int value)
{
    static const qint64 percent = Bench::intOption("--scale", 100);
    return qMax(1, int(qint64(value) * percent / 100));
}

struct Blocking
{
    double stepMs = 0; ///< the call itself
    double longestMs = 0; ///< the longest the event loop went without a turn
};

/// Runs \a step from the event loop and measures how long the loop could
/// not turn, until 300 ms after it returned.
Blocking measure(const std::function<void()> &step)
{
    Blocking blocking;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    QTimer::singleShot(0, [&] {
        QElapsedTimer stepClock;
        stepClock.start();
        step();
        blocking.stepMs = double(stepClock.nsecsElapsed()) / 1e6;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
    });
    clock.start();
    ticker.start();
    loop.exec();
    const qint64 now = clock.nsecsElapsed();
    blocking.longestMs = double(qMax(longest, now - last)) / 1e6;
    return blocking;
}

void execute(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        fail(sql, QString::fromUtf8(message));
}

/// Adds rows to a closed project in one transaction, as a script would.
void bulkInsert(const QString &path, const char *sql, int count,
                const std::function<void(sqlite3_stmt *, int)> &bind)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        fail("open", path);
    execute(db, "BEGIN");
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        fail(sql, QString::fromUtf8(sqlite3_errmsg(db)));
    for (int i = 0; i < count; ++i) {
        bind(statement, i);
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail(sql, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    execute(db, "COMMIT");
    sqlite3_close(db);
}

void bindText(sqlite3_stmt *statement, int column, const QByteArray &text)
{
    sqlite3_bind_text(statement, column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

/// Every run of letters of \a text, as code point ranges.
QVector<std::pair<qint64, qint64>> words(const QString &text, int most)
{
    QVector<std::pair<qint64, qint64>> found;
    qint64 codePoint = 0;
    qint64 start = -1;
    for (qsizetype i = 0; i < text.size() && found.size() < most; ++i) {
        const bool letter = text.at(i).isLetter();
        if (letter && start < 0)
            start = codePoint;
        if (!letter && start >= 0) {
            found.append({ start, codePoint });
            start = -1;
        }
        if (!text.at(i).isLowSurrogate())
            ++codePoint;
    }
    return found;
}

/// A project of \a articles generated articles with \a perArticle
/// annotations each, made through the model layer, closed.
void makeProject(const QString &path, const QString &folder, int articles, int perArticle)
{
    ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
    if (!created.database)
        fail("create", created.error);
    ProjectDatabase &project = *created.database;
    Bench::CorpusOptions corpus;
    QStringList files;
    for (int i = 0; i < articles; ++i) {
        const QString file = QDir(folder).filePath(QStringLiteral("a%1.txt").arg(i));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(Bench::generateArticle(i, corpus).file) < 0)
            fail("write", file);
        files.append(file);
    }
    TextFileImporter::Options options;
    options.detectQuotes = false;
    TextFileImporter importer(project, options);
    const TextFileImporter::Report report = importer.importPaths(files);
    if (!report.error.isEmpty() || report.importedIds.size() != articles)
        fail("import", report.error);
    for (const QString &file : files)
        QFile::remove(file);

    const QStringList labels { QStringLiteral("PER"), QStringLiteral("LOC"), QStringLiteral("ORG"),
                               QStringLiteral("MISC") };
    QVector<NewAnnotation> batch;
    for (qint64 id : report.importedIds) {
        const QString text = project.articleText(id).value_or(QString());
        const auto spans = words(text, perArticle);
        for (int k = 0; k < spans.size(); ++k) {
            NewAnnotation a;
            a.articleId = id;
            a.start = spans.at(k).first;
            a.end = spans.at(k).second;
            a.labelName = labels.at(k % labels.size());
            a.annotator = QStringLiteral("bench");
            batch.append(a);
        }
        if (batch.size() >= 20000 || id == report.importedIds.constLast()) {
            QString error;
            if (!project.addAnnotations(batch, &error))
                fail("addAnnotations", error);
            batch.clear();
        }
    }
}

struct Step
{
    QString name;
    Blocking blocking;
};

/// Opens \a path in a window and measures the steps a user takes first.
QVector<Step> measureWindow(const QString &path)
{
    QVector<Step> steps;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    bool opened = false;
    steps.append({ QStringLiteral("open the project"),
                   measure([&] { opened = window.openProject(path, true); }) });
    if (!opened)
        fail("openProject", path);
    ProjectDatabase &project = window.session()->database();

    qint64 largest = 0;
    qint64 largestLength = -1;
    for (const ArticleSummary &article : project.articleSummaries()) {
        if (article.length > largestLength) {
            largest = article.id;
            largestLength = article.length;
        }
    }
    steps.append({ QStringLiteral("show the largest article"),
                   measure([&] { window.showArticle(largest); }) });
    if (window.currentArticle() != largest)
        fail("showArticle", QString::number(largest));

    const auto spans = words(project.articleSpanText(largest, 0, 400).value_or(QString()), 40);
    const qsizetype before = project.annotations(largest).size();
    const qint64 label = project.labels().constFirst().id;
    for (const auto &span : spans) {
        if (project.annotations(largest).size() != before)
            break;
        window.articleView()->selectSpan({ span.first, span.second });
        const Blocking added = measure([&] { window.applyLabel(label); });
        if (project.annotations(largest).size() == before + 1)
            steps.append({ QStringLiteral("add an annotation"), added });
    }
    if (project.annotations(largest).size() != before + 1)
        fail("applyLabel", QStringLiteral("no annotation was added"));

    steps.append({ QStringLiteral("open the entities panel"), measure([&] {
                       window.entitiesPanel()->parentWidget()->show();
                       window.entitiesPanel()->parentWidget()->raise();
                   }) });
    steps.append({ QStringLiteral("close the project"), measure([&] { window.closeProject(); }) });
    return steps;
}

QString formatMs(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2)
                      : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_ui_limits"));
    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    const QString only = Bench::stringOption("--only");
    const QString folder = dir->path();

    using Maker = std::function<void(const QString &)>;
    const auto baseline = [&](const QString &path) { makeProject(path, folder, scaled(200), 25); };
    const std::vector<std::pair<QString, Maker>> cases {
        { QStringLiteral("baseline"), baseline },
        { QStringLiteral("article"),
          [&](const QString &path) {
              baseline(path);
              ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
              const QString file = QDir(folder).filePath(QStringLiteral("big.txt"));
              QFile out(file);
              if (!out.open(QIODevice::WriteOnly))
                  fail("write", file);
              out.write("Fifty megabytes\n");
              const qint64 bytes = qint64(scaled(50)) * 1000 * 1000;
              for (int i = 0; out.size() < bytes - 8192; ++i)
                  out.write(Bench::generateArticle(i, {}).body.left(8000));
              out.close();
              QElapsedTimer clock;
              clock.start();
              TextFileImporter importer(*opened.database);
              const TextFileImporter::Report report = importer.importPaths({ file });
              if (report.importedIds.size() != 1)
                  fail("import", file);
              std::printf("import of a %.1f MB article (model, off the window's thread): %s\n",
                          double(bytes) / 1e6, qPrintable(formatMs(clock.elapsed())));
          } },
        { QStringLiteral("annotations"),
          [&](const QString &path) { makeProject(path, folder, scaled(2000), 500); } },
        { QStringLiteral("longname"),
          [&](const QString &path) {
              baseline(path);
              ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
              ProjectDatabase &project = *opened.database;
              Entity entity;
              entity.name = QStringLiteral("Nom ").repeated(2500);
              entity.aliases = { QStringLiteral("Alias").repeated(2000) };
              entity.labelId = project.labelByName(QStringLiteral("PER"))->id;
              QString error;
              const std::optional<Entity> added = project.addEntity(entity, &error);
              if (!added)
                  fail("addEntity", error);
              Annotation mention = project.annotations(project.articleIds().constFirst()).first();
              mention.labelId = entity.labelId;
              mention.entityId = added->id;
              if (!project.updateAnnotation(mention, &error))
                  fail("updateAnnotation", error);
          } },
        { QStringLiteral("labels"),
          [&](const QString &path) {
              baseline(path);
              bulkInsert(path, "INSERT INTO labels (name, color, position) VALUES (?, ?, ?)",
                         scaled(10000), [](sqlite3_stmt *s, int i) {
                             bindText(s, 1, "Label " + QByteArray::number(i));
                             bindText(s, 2,
                                      "#" + QByteArray::number(0x100000 + i * 97, 16).right(6));
                             sqlite3_bind_int(s, 3, 10 + i);
                         });
          } },
        { QStringLiteral("entities"),
          [&](const QString &path) {
              baseline(path);
              const QList<QByteArray> names = QByteArray(Bench::ProperNouns).split('|');
              bulkInsert(path, "INSERT INTO entities (name, label_id) VALUES (?, ?)",
                         scaled(100000), [&names](sqlite3_stmt *s, int i) {
                             bindText(s, 1,
                                      names.at(i % names.size()) + ' ' + QByteArray::number(i));
                             sqlite3_bind_int(s, 2, 1 + i % 4);
                         });
          } },
    };

    std::map<QString, QVector<Step>> results;
    for (const auto &[name, make] : cases) {
        if (!only.isEmpty() && name != only && name != QLatin1String("baseline"))
            continue;
        const QString path = QDir(folder).filePath(name + QStringLiteral(".marginalia"));
        QElapsedTimer clock;
        clock.start();
        make(path);
        std::printf("%s: made in %s (%.1f MB)\n", qPrintable(name),
                    qPrintable(formatMs(clock.elapsed())), double(QFileInfo(path).size()) / 1e6);
        std::fflush(stdout);
        results[name] = measureWindow(path);
    }

    const QVector<Step> &base = results[QStringLiteral("baseline")];
    std::printf("\n%-12s %-26s %12s %14s %10s %10s\n", "project", "step", "call", "longest block",
                "×baseline", "×100 ms");
    for (const auto &[name, make] : cases) {
        if (!results.count(name))
            continue;
        const QVector<Step> &steps = results[name];
        for (int i = 0; i < steps.size(); ++i) {
            const double reference = i < base.size() ? base.at(i).blocking.longestMs : 0;
            std::printf("%-12s %-26s %12s %14s %10.2f %10.2f%s\n", qPrintable(name),
                        qPrintable(steps.at(i).name),
                        qPrintable(formatMs(steps.at(i).blocking.stepMs)),
                        qPrintable(formatMs(steps.at(i).blocking.longestMs)),
                        reference > 0 ? steps.at(i).blocking.longestMs / reference : 0.0,
                        steps.at(i).blocking.longestMs / BudgetMs,
                        steps.at(i).blocking.longestMs > BudgetMs ? "  over" : "");
        }
    }
    return 0;
}
