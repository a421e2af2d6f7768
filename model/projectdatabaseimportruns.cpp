// SPDX-License-Identifier: GPL-3.0-or-later
// Import runs: an article import commits batch by batch (edits in the
// window go on meanwhile), so the run is recorded with the articles it has
// stored until it ends. A cancel or a failure undoes it at once; a process
// killed midway leaves the record, and the next open undoes the run.
#include "processidentity.h"
#include "projectdatabase.h"
#include "projectdatabasetransaction.h"
#include "sqlstatement.h"
#include "timestamps.h"

#include <QDir>

#include <sqlite3.h>

namespace Marginalia {

std::optional<qint64> ProjectDatabase::beginImportRun(QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return std::nullopt;
    SqlStatement insert = statement("INSERT INTO import_runs (owner, started_at) VALUES (?1, ?2)");
    insert.bind(1, ProcessIdentity::current()).bind(2, Timestamps::nowUtc());
    if (!run(insert, error))
        return std::nullopt;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

bool ProjectDatabase::finishImportRun(qint64 run, QString *error)
{
    // The run's article rows go with it (ON DELETE CASCADE).
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    SqlStatement remove = statement("DELETE FROM import_runs WHERE id = ?1");
    remove.bind(1, run);
    return this->run(remove, error) && transaction.commit(error);
}

bool ProjectDatabase::abandonImportRun(qint64 run, QString *error)
{
    bool removed = false;
    return removeImportRun(run, QString(), &removed, error);
}

bool ProjectDatabase::removeImportRun(qint64 run, const QString &deadOwner, bool *removed,
                                      QString *error)
{
    *removed = false;
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    if (!deadOwner.isEmpty()) {
        // Decided before the write lock: another process may have undone
        // the run since, and started its own under the same id.
        SqlStatement owner = statement("SELECT owner FROM import_runs WHERE id = ?1");
        owner.bind(1, run);
        if (!owner.next() || owner.text(0) != deadOwner
            || ProcessIdentity::check(deadOwner) != ProcessIdentity::Liveness::Ended)
            return true;
    }
    QVector<qint64> articles;
    {
        SqlStatement q = statement("SELECT article_id FROM import_run_articles WHERE run_id = ?1");
        q.bind(1, run);
        while (q.next())
            articles.append(q.int64(0));
    }
    SqlStatement remove = statement("DELETE FROM import_runs WHERE id = ?1");
    remove.bind(1, run);
    if (!deleteArticleRows(articles, error) || !this->run(remove, error)
        || !transaction.commit(error))
        return false;
    *removed = true;
    return true;
}

QStringList ProjectDatabase::undoAbandonedImportRuns(QString *error)
{
    struct Run
    {
        qint64 id = 0;
        QString owner;
        QString startedAt;
        qint64 articles = 0;
    };
    QVector<Run> ended;
    {
        SqlStatement q =
            statement("SELECT r.id, r.owner, r.started_at, "
                      "(SELECT count(*) FROM import_run_articles a WHERE a.run_id = r.id) "
                      "FROM import_runs r ORDER BY r.id");
        while (q.next()) {
            Run found { q.int64(0), q.text(1), q.text(2), q.int64(3) };
            if (ProcessIdentity::check(found.owner) == ProcessIdentity::Liveness::Ended)
                ended.append(found);
        }
    }
    QStringList notices;
    for (const Run &found : std::as_const(ended)) {
        bool removed = false;
        if (!removeImportRun(found.id, found.owner, &removed, error))
            break;
        if (!removed)
            continue; // another process undid it first
        notices.append(tr("%1: an import started at %2 did not finish (its process ended), so "
                          "it was undone: %n article(s) removed",
                          nullptr, int(found.articles))
                           .arg(QDir::toNativeSeparators(m_path), found.startedAt));
    }
    return notices;
}

} // namespace Marginalia
