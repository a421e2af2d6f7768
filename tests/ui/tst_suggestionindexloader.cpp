// SPDX-License-Identifier: GPL-3.0-or-later
// The window's suggestion names: read on a thread from a connection of its
// own the first time, at once afterwards while reads stay fast, and read
// again whenever entities change, also while a read is under way.
#include "projectdatabase.h"
#include "suggestionindexloader.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestSuggestionIndexLoader : public QObject
{
    Q_OBJECT

private slots:
    void firstReadIsOnAThread();
    void fastReadsAreReadAtOnce();
    void anEntityAddedDuringAReadIsKnown();
    void linkedWordingsAreCounted();
    void closingWaitsForARead();

private:
    static qint64 addEntity(ProjectDatabase &project, const QString &name);
    /// Entities enough that the thread reads for a while.
    static void addEntities(ProjectDatabase &project, int count);
};

qint64 TestSuggestionIndexLoader::addEntity(ProjectDatabase &project, const QString &name)
{
    Entity entity;
    entity.name = name;
    entity.labelId = project.labelByName(QStringLiteral("PER"))->id;
    QString error;
    const std::optional<Entity> added = project.addEntity(entity, &error);
    return added ? added->id : 0;
}

void TestSuggestionIndexLoader::addEntities(ProjectDatabase &project, int count)
{
    for (int i = 0; i < count; ++i)
        addEntity(project, QStringLiteral("Nom %1").arg(i));
}

void TestSuggestionIndexLoader::firstReadIsOnAThread()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const qint64 id = addEntity(*project, QStringLiteral("Kaja Kallas"));
    QVERIFY(id > 0);

    SuggestionIndexLoader loader(*project, {});
    QSignalSpy ready(&loader, &SuggestionIndexLoader::ready);
    QCOMPARE(loader.index(), nullptr);
    QVERIFY(loader.isReading());
    QCOMPARE(loader.index(), nullptr); // one read at a time
    QVERIFY(ready.wait(10000));
    QVERIFY(!loader.isReading());
    QVERIFY(loader.current());
    QVERIFY(loader.current()->knows(id));
    QCOMPARE(loader.current()->entityName(id), QStringLiteral("Kaja Kallas"));
    QCOMPARE(loader.current()->finder().patternCount(), 1);
    QVERIFY(loader.lastReadMs() >= 0);
}

void TestSuggestionIndexLoader::fastReadsAreReadAtOnce()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    addEntity(*project, QStringLiteral("Kaja Kallas"));
    SuggestionIndexLoader loader(*project, {});
    QSignalSpy ready(&loader, &SuggestionIndexLoader::ready);
    QCOMPARE(loader.index(), nullptr);
    QVERIFY(ready.wait(10000));
    if (loader.lastReadMs() >= SuggestionIndexLoader::FastReadMs)
        QSKIP("this machine read three names in over 20 ms");

    const qint64 added = addEntity(*project, QStringLiteral("Alar Karis"));
    loader.invalidate();
    QCOMPARE(loader.current(), nullptr);
    const SuggestionIndex *index = loader.index();
    QVERIFY(index); // no thread, no gap
    QVERIFY(!loader.isReading());
    QVERIFY(index->knows(added));
    QCOMPARE(ready.size(), 1);
}

void TestSuggestionIndexLoader::anEntityAddedDuringAReadIsKnown()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    addEntities(*project, 2000);
    SuggestionIndexLoader loader(*project, {});
    QSignalSpy ready(&loader, &SuggestionIndexLoader::ready);
    QCOMPARE(loader.index(), nullptr);
    // The thread may or may not have read the entities already: the result
    // it brings back is dropped either way and the index read again.
    const qint64 added = addEntity(*project, QStringLiteral("Kaja Kallas"));
    loader.invalidate();
    QVERIFY(ready.wait(10000));
    QVERIFY(loader.current());
    QVERIFY(loader.current()->knows(added));
    QCOMPARE(loader.current()->entityCount(), 2001);
    QCOMPARE(ready.size(), 1); // the stale read was never offered
}

void TestSuggestionIndexLoader::linkedWordingsAreCounted()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    NewArticle article;
    article.title = QStringLiteral("Riigikogu");
    article.text = QStringLiteral("Kallas ütles. Peaminister Kallas lisas. Kallas.");
    QVector<NewArticle> batch { article };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    const qint64 entity = addEntity(*project, QStringLiteral("Kaja Kallas"));
    for (qint64 start : { 0, 26 }) {
        NewAnnotation request;
        request.articleId = outcomes.first().id;
        request.start = start;
        request.end = start + 6;
        request.labelName = QStringLiteral("PER");
        request.entityName = QStringLiteral("Kaja Kallas");
        QVERIFY2(project->addAnnotation(request, &error), qPrintable(error));
    }

    SuggestionIndexLoader loader(*project, {});
    QSignalSpy ready(&loader, &SuggestionIndexLoader::ready);
    loader.index();
    QVERIFY(ready.wait(10000));
    const SuggestionIndex *index = loader.current();
    QVERIFY(index);
    QCOMPARE(index->forms().value({ entity, QStringLiteral("Kallas") }), qint64(2));
    QCOMPARE(index->finder().patternCount(), 2); // the name and the linked wording
}

void TestSuggestionIndexLoader::closingWaitsForARead()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    addEntities(*project, 2000);
    {
        SuggestionIndexLoader loader(*project, {});
        QCOMPARE(loader.index(), nullptr);
        QVERIFY(loader.isReading());
    } // waits for the thread; its queued result goes with the loader
    QCoreApplication::processEvents();
    // The thread's connection is closed: the project closes and opens cleanly.
    const QString path = project->path();
    project.reset();
    QVERIFY(ProjectDatabase::open(path).database);
}

QTEST_MAIN(TestSuggestionIndexLoader)
#include "tst_suggestionindexloader.moc"
