// SPDX-License-Identifier: GPL-3.0-or-later
// Import runs: what the next open does with a run that never ended,
// depending on whether the process that owns it can still be running.
#include "importrun.h"
#include "processidentity.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

constexpr int RunArticles = 3;

QVector<NewArticle> articles(const QString &prefix, int count)
{
    QVector<NewArticle> batch;
    for (int i = 0; i < count; ++i) {
        NewArticle article;
        article.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        article.text = article.title + QStringLiteral("\nLe texte de l\u2019article %1.").arg(i);
        article.prepare();
        batch.append(article);
    }
    return batch;
}

/// The identity of a process that has just ended (reaped, so its id is free).
QString endedProcessIdentity()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    const QStringList mine = ProcessIdentity::current().split(QLatin1Char(' '));
    return QStringList { mine.at(0), mine.at(1), QString::number(pid), mine.at(3) }.join(
        QLatin1Char(' '));
}

QString withPart(int index, const QString &value)
{
    QStringList parts = ProcessIdentity::current().split(QLatin1Char(' '));
    parts[index] = value;
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestImportRuns : public QObject
{
    Q_OBJECT

private slots:
    void liveness_data();
    void liveness();
    void unfinishedRunAtOpen_data();
    void unfinishedRunAtOpen();
    void endKeepsOrRemoves();
    void destroyedRunIsUndone();
};

void TestImportRuns::liveness_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<int>("expected");
    const int running = int(ProcessIdentity::Liveness::Running);
    const int ended = int(ProcessIdentity::Liveness::Ended);
    const int unknown = int(ProcessIdentity::Liveness::Unknown);
    QTest::newRow("this process") << ProcessIdentity::current() << running;
    QTest::newRow("a process that ended") << QString() << ended; // filled in liveness()
    QTest::newRow("its id reused by a later process") << withPart(3, QStringLiteral("1")) << ended;
    QTest::newRow("before the machine restarted")
        << withPart(1, QStringLiteral("00000000-0000-0000-0000-000000000000")) << ended;
    QTest::newRow("on another machine")
        << withPart(0, QStringLiteral("elsewhere.example")) << unknown;
    QTest::newRow("not an identity") << QStringLiteral("garbage") << unknown;
    QTest::newRow("process id zero") << withPart(2, QStringLiteral("0")) << unknown;
}

void TestImportRuns::liveness()
{
    QFETCH(QString, identity);
    QFETCH(int, expected);
    if (identity.isEmpty())
        identity = endedProcessIdentity();
    QCOMPARE(int(ProcessIdentity::check(identity)), expected);
}

void TestImportRuns::unfinishedRunAtOpen_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("undone");
    QTest::newRow("owner ended") << QString() << true;
    QTest::newRow("owner before a restart")
        << withPart(1, QStringLiteral("00000000-0000-0000-0000-000000000000")) << true;
    QTest::newRow("owner still running") << ProcessIdentity::current() << false;
    QTest::newRow("owner on another machine")
        << withPart(0, QStringLiteral("elsewhere.example")) << false;
}

void TestImportRuns::unfinishedRunAtOpen()
{
    QFETCH(QString, owner);
    QFETCH(bool, undone);
    if (owner.isEmpty())
        owner = endedProcessIdentity();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.marginalia"));
    {
        auto project = createProject(dir, QStringLiteral("p.marginalia"));
        QVERIFY(project);
        QString error;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QVector<NewArticle> before = articles(QStringLiteral("Before"), 2);
        QVERIFY2(project->insertArticles(before, &outcomes, &error), qPrintable(error));
        const std::optional<qint64> run = project->beginImportRun(&error);
        QVERIFY2(run, qPrintable(error));
        QVector<NewArticle> batch = articles(QStringLiteral("Run"), RunArticles);
        QVERIFY2(project->insertArticles(batch, &outcomes, &error, *run), qPrintable(error));
        // The process "dies" here: the run is neither finished nor abandoned.
    }
    QVERIFY(rawExec(path, "UPDATE import_runs SET owner = '" + owner.toUtf8() + "'"));

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.database->articleCount(), qint64(undone ? 2 : 2 + RunArticles));
    QCOMPARE(opened.notices.size(), undone ? 1 : 0);
    if (undone) {
        QVERIFY2(opened.notices.first().contains(QLatin1String("p.marginalia")),
                 qPrintable(opened.notices.first()));
        QVERIFY2(opened.notices.first().contains(QLatin1String("3 article")),
                 qPrintable(opened.notices.first()));
    }
    opened.database.reset();
    QCOMPARE(rawQueryInt(path, "SELECT count(*) FROM import_runs"), qint64(undone ? 0 : 1));
    QCOMPARE(rawQueryInt(path, "SELECT count(*) FROM import_run_articles"),
             qint64(undone ? 0 : RunArticles));
    QCOMPARE(rawQueryRows(path, "PRAGMA integrity_check"), QStringList { QStringLiteral("ok") });
}

void TestImportRuns::endKeepsOrRemoves()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QString error;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    for (const bool keep : { true, false }) {
        const qint64 before = project->articleCount();
        ImportRun run(*project);
        QVERIFY2(run.begin(&error), qPrintable(error));
        QVERIFY(run.id() > 0);
        QVector<NewArticle> batch =
            articles(keep ? QStringLiteral("Kept") : QStringLiteral("Removed"), RunArticles);
        QVERIFY2(project->insertArticles(batch, &outcomes, &error, run.id()), qPrintable(error));
        QCOMPARE(project->articleCount(), before + RunArticles);
        QVERIFY2(run.end(keep, &error), qPrintable(error));
        QCOMPARE(project->articleCount(), keep ? before + RunArticles : before);
    }
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM import_runs"), qint64(0));
}

void TestImportRuns::destroyedRunIsUndone()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QString error;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    {
        ImportRun run(*project);
        QVERIFY2(run.begin(&error), qPrintable(error));
        QVector<NewArticle> batch = articles(QStringLiteral("Dropped"), RunArticles);
        QVERIFY2(project->insertArticles(batch, &outcomes, &error, run.id()), qPrintable(error));
    }
    QCOMPARE(project->articleCount(), qint64(0));
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM import_runs"), qint64(0));
}

QTEST_GUILESS_MAIN(TestImportRuns)
#include "tst_importruns.moc"
