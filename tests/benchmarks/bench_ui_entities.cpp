// SPDX-License-Identifier: GPL-3.0-or-later
// Entities panel benchmark: a project of 50,000 entities (a third with
// aliases, a fifth with a QID) and 200,000 mentions over 2,000 articles,
// loaded into the panel's EntityListModel, sorted by name (ICU collation
// keys) and by mentions, filtered (folded names and aliases), one entity
// renamed through the session (store, undo state, row refresh, re-sort), and
// the link dialog's candidates found for a typed name. The baseline, measured
// in the same run, is a bare "SELECT id, name, label_id FROM entities" read
// into a vector through the SQLite C API.
//
// Options: --entities N (50000), --mentions N (200000), --runs N (3),
// --dir PATH, --keep. Prints figures only; it checks nothing about time.

#include "benchsupport.h"
#include "entityfiltermodel.h"
#include "entitylinkdialog.h"
#include "entitylistmodel.h"
#include "listcollation.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

constexpr const char *FirstNames[] = {
    "Vladimir", "Élisabeth", "Sergueï", "Zoé",   "Ángel",  "Jürgen",   "Chloé", "Øystein",
    "Agnès",    "Łukasz",    "Olaf",    "Marie", "Hélène", "François", "Joe",   "Çağla",
};
constexpr const char *Surnames[] = {
    "Poutine", "Borne", "Choïgou", "Lefèvre",  "Nguyễn",   "Müller", "Dupré",  "Kowalski",
    "Scholz",  "Biden", "Hidalgo", "Darmanin", "Zelensky", "Öztürk", "Ibáñez", "Ødegaard",
};

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        std::fprintf(stderr, "%s\n", message);
    sqlite3_free(message);
    return ok;
}

// The project is written once with the C API in one transaction: one
// addEntity per entity would commit (and fsync) 50,000 times.
bool fill(const QString &path, int entities, int mentions, int articles)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    bool ok = exec(db, "BEGIN");
    sqlite3_stmt *entity = nullptr;
    sqlite3_stmt *alias = nullptr;
    sqlite3_stmt *annotation = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO entities (id, name, label_id, external_id) VALUES (?1, ?2, "
                       "(SELECT id FROM labels ORDER BY position LIMIT 1 OFFSET ?3), ?4)",
                       -1, &entity, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO entity_aliases (entity_id, alias) VALUES (?1, ?2)", -1,
                       &alias, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO annotations (article_id, start, \"end\", label_id, entity_id, "
                       "created_at, modified_at) SELECT ?1, ?2, ?3, label_id, id, "
                       "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z' FROM entities "
                       "WHERE id = ?4",
                       -1, &annotation, nullptr);
    Bench::Rng rng(7);
    for (int i = 1; ok && i <= entities; ++i) {
        const QByteArray name = QByteArray(rng.pick(FirstNames)) + ' ' + rng.pick(Surnames) + ' '
            + QByteArray::number(i);
        const QByteArray qid =
            rng.chance(20) ? "Q" + QByteArray::number(rng.between(1, 9999999)) : QByteArray();
        sqlite3_bind_int64(entity, 1, i);
        sqlite3_bind_text(entity, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(entity, 3, rng.below(4));
        sqlite3_bind_text(entity, 4, qid.constData(), int(qid.size()), SQLITE_TRANSIENT);
        ok = sqlite3_step(entity) == SQLITE_DONE;
        sqlite3_reset(entity);
        if (rng.chance(33)) {
            const QByteArray surname = QByteArray(rng.pick(Surnames)) + ' ' + QByteArray::number(i);
            sqlite3_bind_int64(alias, 1, i);
            sqlite3_bind_text(alias, 2, surname.constData(), int(surname.size()), SQLITE_TRANSIENT);
            ok = ok && sqlite3_step(alias) == SQLITE_DONE;
            sqlite3_reset(alias);
        }
    }
    for (int i = 0; ok && i < mentions; ++i) {
        const int start = rng.between(0, 300);
        sqlite3_bind_int64(annotation, 1, 1 + rng.below(articles));
        sqlite3_bind_int(annotation, 2, start);
        sqlite3_bind_int(annotation, 3, start + rng.between(3, 20));
        // Skewed: a few entities are mentioned very often, as in the news.
        const int id =
            rng.chance(50) ? 1 + rng.below(qMax(1, entities / 100)) : 1 + rng.below(entities);
        sqlite3_bind_int64(annotation, 4, id);
        ok = sqlite3_step(annotation) == SQLITE_DONE;
        sqlite3_reset(annotation);
    }
    sqlite3_finalize(entity);
    sqlite3_finalize(alias);
    sqlite3_finalize(annotation);
    ok = ok && exec(db, "COMMIT");
    sqlite3_close(db);
    return ok;
}

double baselineSeconds(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, name, label_id FROM entities ORDER BY id", -1, &statement,
                       nullptr);
    struct Row
    {
        qint64 id;
        QString name;
        qint64 label;
    };
    QVector<Row> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        rows.append(
            { sqlite3_column_int64(statement, 0),
              QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
              sqlite3_column_int64(statement, 2) });
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    const double elapsed = Bench::seconds(timer);
    if (rows.isEmpty())
        std::fprintf(stderr, "baseline read no rows\n");
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int entities = int(Bench::intOption("--entities", 50000));
    const int mentions = int(Bench::intOption("--mentions", 200000));
    const int runs = int(Bench::intOption("--runs", 3));
    constexpr int Articles = 2000;
    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    const QString path = dir->filePath(QStringLiteral("entities.marginalia"));

    {
        QElapsedTimer timer;
        timer.start();
        ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
        Bench::CorpusOptions options;
        options.minBytes = 400;
        options.maxBytes = 900;
        QVector<NewArticle> batch;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        for (int i = 0; i < Articles; ++i) {
            const Bench::GeneratedArticle generated = Bench::generateArticle(i, options);
            NewArticle article;
            article.title = QString::fromUtf8(generated.title);
            article.text = QString::fromUtf8(generated.body);
            batch.append(article);
        }
        if (!created.database || !created.database->insertArticles(batch, &outcomes, &error)) {
            std::fprintf(stderr, "cannot make the project: %s\n", qPrintable(error));
            return 1;
        }
        created.database.reset();
        if (!fill(path, entities, mentions, Articles)) {
            std::fprintf(stderr, "cannot fill the project\n");
            return 1;
        }
        std::printf("project: %d entities, %d mentions over %d articles written in %.2f s\n",
                    entities, mentions, Articles, Bench::seconds(timer));
    }

    QVector<double> baseline, summaries, keys, load, sortName, sortMentions, filterFirst,
        filterNext, rename, undo, link;
    int rows = 0;
    int filtered = 0;
    int candidates = 0;
    for (int run = 0; run < runs; ++run) {
        baseline.append(baselineSeconds(path));
        ProjectSession session(std::move(ProjectDatabase::open(path).database));

        QElapsedTimer timer;
        timer.start();
        const QVector<EntitySummary> all = session.database().entitySummaries();
        summaries.append(Bench::seconds(timer));
        timer.restart();
        {
            const ListCollation collation;
            QVector<QCollatorSortKey> made;
            made.reserve(all.size());
            for (const EntitySummary &summary : all)
                made.append(collation.sortKey(summary.entity.name));
        }
        keys.append(Bench::seconds(timer));

        EntityListModel model;
        EntityFilterModel proxy(&model);
        timer.restart();
        model.setSession(&session);
        load.append(Bench::seconds(timer));
        rows = model.rowCount();

        timer.restart();
        proxy.sort(EntityListModel::NameColumn);
        sortName.append(Bench::seconds(timer));

        timer.restart();
        proxy.sort(EntityListModel::MentionsColumn, Qt::DescendingOrder);
        sortMentions.append(Bench::seconds(timer));
        proxy.sort(EntityListModel::NameColumn);

        // The first filter folds every name and alias once; later ones reuse them.
        timer.restart();
        proxy.setFilterText(QStringLiteral("choigou"));
        filterFirst.append(Bench::seconds(timer));
        timer.restart();
        proxy.setFilterText(QStringLiteral("ZOE OZTURK"));
        filterNext.append(Bench::seconds(timer));
        filtered = proxy.rowCount();
        proxy.setFilterText(QString());

        // A rename: stored with its undo state, the row read back and re-sorted.
        Entity before = all.at(all.size() / 2).entity;
        Entity after = before;
        after.name = QStringLiteral("Aaron Renamed %1").arg(run);
        timer.restart();
        session.changeEntity(before, after);
        rename.append(Bench::seconds(timer));
        if (model.summary(model.rowForEntity(before.id)).entity.name != after.name)
            std::fprintf(stderr, "the rename did not reach the list\n");
        timer.restart();
        session.undoStack()->undo();
        undo.append(Bench::seconds(timer));

        Annotation mention;
        mention.labelId = before.labelId;
        timer.restart();
        EntityLinkDialog dialog(&session, &model, mention, QStringLiteral("Poutine"));
        link.append(Bench::seconds(timer));
        candidates = dialog.candidates()->count();
        model.setSession(nullptr);
    }

    const auto ms = [](const QVector<double> &values) { return Bench::median(values) * 1000; };
    std::printf("\n== median of %d runs, %d entities ==\n", runs, rows);
    std::printf("entity list: load %.0f ms (alone: entitySummaries %.0f ms, collation keys %.0f "
                "ms); baseline SELECT into a vector %.0f ms; ratio %.2fx\n",
                ms(load), ms(summaries), ms(keys), ms(baseline), ms(load) / ms(baseline));
    std::printf("fill + sort by name: %.0f ms (sort %.0f ms); by mentions %.0f ms\n",
                ms(load) + ms(sortName), ms(sortName), ms(sortMentions));
    std::printf("filter: first %.0f ms (folds names and aliases), next %.1f ms (%d rows)\n",
                ms(filterFirst), ms(filterNext), filtered);
    std::printf("rename through the session: %.1f ms; undo %.1f ms\n", ms(rename), ms(undo));
    std::printf("link dialog with candidates for \"Poutine\": %.1f ms (%d listed)\n", ms(link),
                candidates);
    return 0;
}
