// SPDX-License-Identifier: GPL-3.0-or-later
// One project, several users of it at once: this process holds connections
// as the window does (its own, plus the import and export jobs' second
// connection), while the real marginalia-cli opens and closes the project.
// Regression test for edits of the window that went to a deleted log: the
// window's header check once opened and closed the file by hand, which
// dropped the process's locks, so the CLI took itself for the last user,
// checkpointed and deleted the -wal and -shm the window went on writing to.
#include "clirun.h"
#include "projectdatabase.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// The links of this process's open descriptors to files that were deleted.
QStringList deletedOpenFiles()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.endsWith(QLatin1String(" (deleted)")))
            deleted.append(target);
    }
    return deleted;
}

qint64 annotationsSeenByCli(const QString &project)
{
    const CliRun run = cli({ QStringLiteral("list"), project, QStringLiteral("--json") });
    if (run.exitCode != 0)
        return -1;
    qint64 total = 0;
    const QJsonArray articles = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue &article : articles)
        total += article.toObject().value(QLatin1String("annotations")).toInteger();
    return total;
}

} // namespace

class TestSharedProject : public QObject
{
    Q_OBJECT

private slots:
    void editsAfterAnotherProcessClosedAreStored_data();
    void editsAfterAnotherProcessClosedAreStored();
};

void TestSharedProject::editsAfterAnotherProcessClosedAreStored_data()
{
    QTest::addColumn<bool>("secondConnection");
    QTest::addColumn<QString>("command");
    QTest::newRow("list") << false << QStringLiteral("list");
    QTest::newRow("job connection, then list") << true << QStringLiteral("list");
    QTest::newRow("job connection, then export") << true << QStringLiteral("export");
}

void TestSharedProject::editsAfterAnotherProcessClosedAreStored()
{
    QFETCH(bool, secondConnection);
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.marginalia"));
    std::unique_ptr<ProjectDatabase> window = ProjectDatabase::create(path).database;
    QVERIFY(window);
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Poutine à Minsk");
    batch[0].text = QStringLiteral("Poutine à Minsk\nVladimir Poutine a rencontré Loukachenko.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(window->insertArticles(batch, &outcomes, &error), qPrintable(error));
    const qint64 articleId = outcomes.first().id;

    if (secondConnection) {
        // As the window's import or export job: opened and closed in this process.
        ProjectDatabase::OpenResult job = ProjectDatabase::open(path);
        QVERIFY2(job.database, qPrintable(job.error));
    }
    QStringList arguments { command, path };
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("--format") << QStringLiteral("articles");
    QCOMPARE(cli(arguments).exitCode, 0);

    QVERIFY2(QFile::exists(path + QLatin1String("-wal")), "the CLI removed the window's log");
    QVERIFY2(deletedOpenFiles().isEmpty(),
             qPrintable(deletedOpenFiles().join(QLatin1String(", "))));

    for (qint64 start : { 0, 16, 33 }) {
        NewAnnotation tag;
        tag.articleId = articleId;
        tag.start = start;
        tag.end = start + 6;
        tag.labelName = QStringLiteral("PER");
        QVERIFY2(window->addAnnotation(tag, &error), qPrintable(error));
    }
    // Another process sees every edit the window reported as stored.
    QCOMPARE(annotationsSeenByCli(path), 3);
    QVERIFY(deletedOpenFiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestSharedProject)
#include "tst_sharedproject.moc"
