// SPDX-License-Identifier: GPL-3.0-or-later
// Project-wide tag all: a project of 100,000 generated articles, a rare name
// planted in one article in a hundred ("Sergueï Choïgou", half of them as
// "CHOIGOU") and a common one the generator spreads everywhere ("Anne
// Hidalgo"). Tag all finds the candidate articles through the full-text
// index, reads only those and checks each occurrence with the name matcher.
// The baseline, measured in the same run, is the bare FTS5 query for the same
// term through the SQLite C API: the least a search of the index costs.
//
// Options: --articles N (100000), --runs N (3), --dir PATH, --keep.
// Prints figures only; it checks nothing about time.

#include "benchsupport.h"
#include "fulltextquery.h"
#include "occurrencetagger.h"
#include "projectdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

double bareQuerySeconds(const QString &path, const QString &query, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = query.toUtf8();
    sqlite3_prepare_v2(db, "SELECT rowid FROM article_search WHERE article_search MATCH ?1", -1,
                       &statement, nullptr);
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    *rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ++*rows;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return Bench::seconds(timer);
}

// What tag all would cost at least without the index: reading every text.
double readEveryTextSeconds(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT text FROM article_texts", -1, &statement, nullptr);
    qint64 units = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        units +=
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                              sqlite3_column_bytes(statement, 0))
                .size();
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (units == 0)
        std::fprintf(stderr, "read no text\n");
    return Bench::seconds(timer);
}

struct Term
{
    const char *label;
    QString text;
    bool fold;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int articles = int(Bench::intOption("--articles", 100000));
    const int runs = int(Bench::intOption("--runs", 3));
    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    const QString path = dir->filePath(QStringLiteral("tagall.marginalia"));

    {
        QElapsedTimer timer;
        timer.start();
        ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
        Bench::CorpusOptions options;
        options.minBytes = 1500;
        options.maxBytes = 4000;
        QVector<NewArticle> batch;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        qint64 bytes = 0;
        for (int i = 0; i < articles; ++i) {
            const Bench::GeneratedArticle generated = Bench::generateArticle(i, options);
            NewArticle article;
            article.title = QString::fromUtf8(generated.title);
            article.text = QString::fromUtf8(generated.body);
            if (i % 100 == 7)
                article.text += i % 200 == 7 ? QStringLiteral("Sergueï Choïgou l’a confirmé.\n")
                                             : QStringLiteral("Selon CHOIGOU, rien.\n");
            bytes += generated.body.size();
            batch.append(article);
            if (batch.size() == 5000 || i + 1 == articles) {
                if (!created.database->insertArticles(batch, &outcomes, &error)) {
                    std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
                    return 1;
                }
                batch.clear();
            }
        }
        std::printf("project: %d articles (%.1f MB of text) written in %.2f s\n", articles,
                    Bench::megabytes(bytes), Bench::seconds(timer));
    }

    const QVector<Term> terms = {
        { "rare name, exact", QStringLiteral("Choïgou"), false },
        { "rare name, folded", QStringLiteral("Choïgou"), true },
        { "common name, exact", QStringLiteral("Anne Hidalgo"), false },
    };
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    ProjectDatabase &project = *opened.database;
    std::printf("\n== median of %d runs ==\n", runs);
    for (const Term &term : terms) {
        OccurrenceTagger::Request request;
        request.text = term.text;
        request.labelName = QStringLiteral("PER");
        request.fold = term.fold;
        QVector<double> planned, bare;
        qint64 candidates = 0;
        qint64 found = 0;
        qint64 rows = 0;
        for (int run = 0; run < runs; ++run) {
            bare.append(bareQuerySeconds(path, FullTextQuery::phrase(term.text), &rows));
            QElapsedTimer timer;
            timer.start();
            QString error;
            OccurrenceTagger tagger(project);
            const std::optional<OccurrenceTagger::Plan> plan = tagger.plan(request, &error);
            planned.append(Bench::seconds(timer));
            if (!plan) {
                std::fprintf(stderr, "tag all failed: %s\n", qPrintable(error));
                return 1;
            }
            candidates = plan->candidateArticles;
            found = plan->annotations.size();
        }
        std::printf("%-20s %6lld occurrences in %6lld candidate articles (index: %lld rows): "
                    "tag all %.1f ms; bare FTS5 query %.2f ms; ratio %.1fx\n",
                    term.label, static_cast<long long>(found), static_cast<long long>(candidates),
                    static_cast<long long>(rows), Bench::median(planned) * 1000,
                    Bench::median(bare) * 1000, Bench::median(planned) / Bench::median(bare));
    }

    std::printf("reading every text into QStrings, what any scan without the index costs: "
                "%.0f ms\n",
                readEveryTextSeconds(path) * 1000);

    // Storing, once: the rare name, folded, in one transaction.
    OccurrenceTagger::Request request { QStringLiteral("Choïgou"),
                                        QStringLiteral("PER"),
                                        0,
                                        QStringLiteral("Sergueï Choïgou"),
                                        0,
                                        true,
                                        true,
                                        QString() };
    QElapsedTimer timer;
    timer.start();
    QString error;
    OccurrenceTagger tagger(project);
    const std::optional<QVector<Annotation>> added = tagger.run(request, &error);
    std::printf("tag all and store (one transaction, fsync): %lld annotations in %.1f ms\n",
                static_cast<long long>(added ? added->size() : -1), Bench::seconds(timer) * 1000);
    return 0;
}
