// SPDX-License-Identifier: GPL-3.0-or-later
// Intercoder agreement at scale (issue 13): every figure of the report for
// three coders over 10,000 double-coded articles (goal: under 5 s).
// The articles are the scale benchmark's (2-8 KB, French and English, 20
// mentions each, the quotes the detector finds). Three coders are made from
// those mentions with SQL in the copy (setup, not measured): ana keeps them,
// ben relabels one in seven, widens one in eleven by a character and drops
// one in thirteen, chloé does the same with other strides; each coder also
// gets every detected quote, ben naming another speaker for one in five.
// The baseline, measured in the same run, is one pass reading what the
// report reads (each text, checked, its mentions and quotes) and computing
// nothing: the least any agreement figure over those articles costs.
//
// Options: --articles N (10000), --runs N (3), --dir PATH (the scale
// projects' folder, shared with bench_scale), --keep.
// Prints figures only; it checks nothing about time.

#include "agreementstudy.h"
#include "benchscaleproject.h"
#include "projectdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

const QStringList Coders { QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral(u"chloé") };

/// The three coders' copies of the base mentions and quotes, in one
/// transaction.
void addCoders(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        BenchExport::fail("open", path);
    // label ids run 1..4: (label_id % 4) + 1 is always another label.
    const char *sql = R"sql(
BEGIN;
CREATE TEMP TABLE base AS SELECT * FROM annotations WHERE status = 0;
CREATE TEMP TABLE base_quotes AS SELECT * FROM quotes;
INSERT INTO annotations (article_id, start, "end", label_id, entity_id, annotator, status,
                         created_at, modified_at)
    SELECT article_id, start, "end", label_id, entity_id, 'ana', 0, created_at, modified_at
    FROM base;
INSERT INTO annotations (article_id, start, "end", label_id, entity_id, annotator, status,
                         created_at, modified_at)
    SELECT article_id, start, "end" + (id % 11 = 0),
           CASE WHEN id % 7 = 0 THEN (label_id % 4) + 1 ELSE label_id END,
           entity_id, 'ben', 0, created_at, modified_at
    FROM base WHERE id % 13 <> 0;
INSERT INTO annotations (article_id, start, "end", label_id, entity_id, annotator, status,
                         created_at, modified_at)
    SELECT article_id, start + (id % 17 = 0 AND "end" - start > 1), "end",
           CASE WHEN id % 9 = 0 THEN (label_id % 4) + 1 ELSE label_id END,
           entity_id, 'chloé', 0, created_at, modified_at
    FROM base WHERE id % 19 <> 0;
INSERT INTO quotes (article_id, start, "end", speaker_entity_id, speaker_annotation_id,
                    cue_start, cue_end, origin, annotator, created_at, modified_at, speaker_name)
    SELECT article_id, start, "end", speaker_entity_id, speaker_annotation_id, cue_start,
           cue_end, 1, c.name, created_at, modified_at,
           CASE WHEN c.name = 'ben' AND q.id % 5 = 0 THEN 'Quelqu''un' ELSE speaker_name END
    FROM base_quotes q, (SELECT 'ana' AS name UNION ALL SELECT 'ben' UNION ALL SELECT 'chloé') c;
COMMIT;
)sql";
    if (!BenchExport::exec(db, sql))
        std::exit(1);
    sqlite3_close(db);
}

/// What the report reads, article by article, with nothing computed.
double readingPass(ProjectDatabase &project, const QVector<qint64> &articles, qint64 *units)
{
    QElapsedTimer timer;
    timer.start();
    *units = 0;
    for (const qint64 id : articles) {
        QString damage;
        const std::optional<QString> text = project.verifiedArticleText(id, &damage);
        *units += text ? text->size() : 0;
        *units += project.coderSpans(id).size();
        *units += project.coderQuotes(id).size();
    }
    return Bench::seconds(timer);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int articles = int(Bench::intOption("--articles", 10000));
    const int runs = int(Bench::intOption("--runs", 3));
    const QString folder = Bench::stringOption(
        "--dir", QCoreApplication::applicationDirPath() + QStringLiteral("/scale"));
    QDir().mkpath(folder);
    const BenchScale::ScaleProject scale = BenchScale::scaleProject(folder, articles, 20261206);
    std::printf("scale project: %s, %lld articles, %lld mentions, %lld quotes\n",
                qPrintable(scale.path), scale.articles, scale.annotations, scale.quotes);

    // A copy of our own, made while no connection to either file is open.
    const auto work = Bench::workDir();
    const QString path = QDir(work->path()).filePath(QStringLiteral("agreement.marginalia"));
    if (!QFile::copy(scale.path, path))
        BenchExport::fail("copy", path);
    QElapsedTimer setup;
    setup.start();
    addCoders(path);
    std::printf("three coders added in %.1f s: %lld mentions, %lld quotes in all\n",
                Bench::seconds(setup), BenchScale::count(path, "SELECT count(*) FROM annotations"),
                BenchScale::count(path, "SELECT count(*) FROM quotes"));

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database)
        BenchExport::fail("open", opened.error);
    ProjectDatabase &project = *opened.database;
    const QVector<qint64> common = project.articlesByAnnotator(Coders.first());

    QVector<double> baseline;
    QVector<double> study;
    AgreementReport report;
    for (int run = 0; run < runs; ++run) {
        qint64 units = 0;
        baseline.append(readingPass(project, common, &units));
        QElapsedTimer timer;
        timer.start();
        AgreementRequest request;
        request.coders = Coders;
        QString error;
        const std::optional<AgreementReport> result = AgreementStudy(project).run(request, &error);
        study.append(Bench::seconds(timer));
        if (!result)
            BenchExport::fail("agreement", error);
        report = *result;
    }
    const AgreementFigures &all = report.all.overall;
    std::printf("compared: %lld articles, %lld characters, %lld tokens, %lld spans over the pairs, "
                "%lld quotes with a speaker from two coders or more\n",
                report.articles, report.characters, report.tokens, all.spans,
                report.all.speakerQuotes);
    std::printf("all coders: f1_exact %.4f, f1_overlap %.4f, kappa_tokens %.4f, alpha_u %.4f, "
                "speaker alpha %.4f\n",
                all.f1Exact.value_or(-9), all.f1Overlap.value_or(-9), all.kappaTokens.value_or(-9),
                all.alphaU.value_or(-9), report.all.speakerAlpha.value_or(-9));
    const double baselineSeconds = Bench::median(baseline);
    const double studySeconds = Bench::median(study);
    std::printf("reading pass (baseline): %.3f s median of [%s]\n", baselineSeconds,
                Bench::listSeconds(baseline).constData());
    std::printf("agreement, all figures:  %.3f s median of [%s]\n", studySeconds,
                Bench::listSeconds(study).constData());
    std::printf("ratio to the reading pass: %.2f; goal under 5 s: %s\n",
                studySeconds / baselineSeconds, studySeconds < 5.0 ? "met" : "NOT met");
    return 0;
}
