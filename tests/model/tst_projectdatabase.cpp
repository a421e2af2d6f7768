// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdatabase.h"
#include "schema.h"
#include "storedarticlecheck.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

NewArticle article(const QString &title, const QString &body)
{
    NewArticle a;
    a.title = title;
    a.text = title + QLatin1Char('\n') + body;
    a.encoding = QStringLiteral("UTF-8");
    a.source = title + QLatin1String(".txt");
    return a;
}

} // namespace

class TestProjectDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createSetsIdentityAndPragmas();
    void createRefusesExistingFile();
    void closeLeavesOneFile();
    void reopenKeepsEverything();
    void leadingFeffIsKept_data();
    void leadingFeffIsKept();
    void refusedFilesAreLeftUntouched_data();
    void refusedFilesAreLeftUntouched();
    void duplicatesAreReportedNotStored();
    void addAnnotationValidates_data();
    void addAnnotationValidates();
    void addAnnotationLinksEntities();
    void committedEditIsVisibleToAnotherConnection();
    void deletingAnArticleCascades();
    void exportWalkVisitsEveryArticleInOrder();
};

void TestProjectDatabase::createSetsIdentityAndPragmas()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QCOMPARE(project->schemaVersion(), Schema::current().version);
    QCOMPARE(project->journalMode(), QStringLiteral("wal"));
    QCOMPARE(project->synchronousLevel(), 2); // FULL
    QVERIFY(project->foreignKeysEnabled());

    const QVector<Label> labels = project->labels();
    QCOMPARE(labels.size(), 4);
    const QStringList names { QStringLiteral("PER"), QStringLiteral("LOC"), QStringLiteral("ORG"),
                              QStringLiteral("MISC") };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(labels.at(i).name, names.at(i));
        QCOMPARE(labels.at(i).hotkey, QString::number(i + 1));
        QVERIFY(labels.at(i).color.startsWith(QLatin1Char('#')));
    }
    project.reset();

    // The identity is in the main file's header, where other tools look.
    const QByteArray header = readAll(dir.filePath(QStringLiteral("test.marginalia"))).left(100);
    QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), Schema::ApplicationId);
    QCOMPARE(int(qFromBigEndian<quint32>(header.constData() + 60)), Schema::current().version);
}

void TestProjectDatabase::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.marginalia"));
    QVERIFY(writeFile(path, "precious"));
    const ProjectDatabase::OpenResult result = ProjectDatabase::create(path);
    QVERIFY(!result.database);
    QCOMPARE(result.status, ProjectDatabase::OpenStatus::AlreadyExists);
    QVERIFY(result.error.contains(QStringLiteral("exists.marginalia")));
    QCOMPARE(readAll(path), QByteArray("precious"));
}

void TestProjectDatabase::closeLeavesOneFile()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QVector<NewArticle> batch { article(QStringLiteral("One"), QStringLiteral("Body one.")) };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    QVERIFY(QFile::exists(project->path() + QLatin1String("-wal")));
    const QString path = project->path();
    project.reset();
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(path + QLatin1String("-shm")));

    // The copied file alone is the whole project.
    const QString copy = dir.filePath(QStringLiteral("copy.marginalia"));
    QVERIFY(QFile::copy(path, copy));
    ProjectDatabase::OpenResult reopened = ProjectDatabase::open(copy);
    QVERIFY2(reopened.database, qPrintable(reopened.error));
    QCOMPARE(reopened.database->articleCount(), 1);
}

void TestProjectDatabase::leadingFeffIsKept_data()
{
    // Found by fuzz_articletableimport: QString::fromUtf8 drops a leading
    // U+FEFF, so a title read back lost it (and a text would shift offsets).
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    const QChar feff(0xFEFF);
    QTest::newRow("title") << feff + QStringLiteral("  Titre") << QStringLiteral("Texte.");
    QTest::newRow("text") << QStringLiteral("Titre") << feff + QStringLiteral("Texte.");
    QTest::newRow("both, doubled")
        << QString(2, feff) + QStringLiteral("T") << QString(2, feff) + QStringLiteral("Texte.");
    QTest::newRow("inside stays as ever")
        << QStringLiteral("a") + feff << QStringLiteral("b") + feff;
}

void TestProjectDatabase::leadingFeffIsKept()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QVector<NewArticle> batch { article(title, QString()) };
    batch[0].text = text; // exactly, without the title line
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    const qint64 id = outcomes.first().id;
    QCOMPARE(project->articleText(id), std::optional<QString>(text));
    const std::optional<ArticleSummary> summary = project->articleSummary(id);
    QVERIFY(summary);
    QCOMPARE(summary->title, title);
    QCOMPARE(summary->length, qint64(text.toUcs4().size()));
    // An export reads the text whole through the check: sound, not damaged.
    QString checked;
    QCOMPARE(
        StoredArticleCheck::checkText(*summary, SqlStatement::Type::Text, text.toUtf8(), &checked),
        QString());
    QCOMPARE(checked, text);
}

void TestProjectDatabase::reopenKeepsEverything()
{
    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir);
        QVERIFY(project);
        path = project->path();
        QVector<NewArticle> batch { article(QStringLiteral("Title"),
                                            QStringLiteral("Text 😀 here.")) };
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY(project->insertArticles(batch, &outcomes, &error));
        NewAnnotation request;
        request.articleId = outcomes.first().id;
        request.start = 0;
        request.end = 5;
        request.labelName = QStringLiteral("per"); // labels match regardless of case
        QVERIFY2(project->addAnnotation(request, &error), qPrintable(error));
    }
    ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    QVERIFY2(result.database, qPrintable(result.error));
    QCOMPARE(result.status, ProjectDatabase::OpenStatus::Opened);
    QCOMPARE(result.migratedFrom, 0);
    QVERIFY(result.backupPath.isEmpty());
    const QVector<ArticleSummary> articles = result.database->articleSummaries();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().length, 18); // "Title\nText 😀 here." in code points
    QCOMPARE(articles.first().annotationCount, 1);
    QCOMPARE(result.database->annotations(articles.first().id).first().labelName,
             QStringLiteral("PER"));
}

void TestProjectDatabase::refusedFilesAreLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("wording");

    using S = ProjectDatabase::OpenStatus;
    QTest::newRow("missing") << "missing" << int(S::Missing) << "no such file";
    QTest::newRow("empty file") << "empty" << int(S::Empty) << "empty";
    QTest::newRow("plain text") << "text" << int(S::NotSqlite) << "not an SQLite database";
    QTest::newRow("random bytes") << "random" << int(S::NotSqlite) << "not an SQLite database";
    QTest::newRow("another program's SQLite")
        << "foreign" << int(S::NotOurs) << "not a Marginalia project";
    QTest::newRow("SQLite with another application id")
        << "otherid" << int(S::NotOurs) << "not a Marginalia project";
    QTest::newRow("newer schema version") << "newer" << int(S::NewerVersion) << "newer version";
    QTest::newRow("cut inside the header") << "header-cut" << int(S::Truncated) << "truncated";
    QTest::newRow("cut in half") << "half" << int(S::Truncated) << "truncated";
    QTest::newRow("damaged page") << "damaged" << int(S::Corrupted) << "damaged";
    QTest::newRow("negative schema version") << "negative" << int(S::Corrupted) << "negative";
    QTest::newRow("tables but no schema version")
        << "unversioned" << int(S::Corrupted) << "no schema version";
    QTest::newRow("bytes appended") << "appended" << int(S::Truncated) << "bytes appended";
}

void TestProjectDatabase::refusedFilesAreLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, wording);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("subject.marginalia"));

    // A real project with some pages of data, to cut or damage.
    const auto realProject = [&]() {
        auto project = createProject(dir, QStringLiteral("real.marginalia"));
        QVector<NewArticle> batch;
        for (int i = 0; i < 40; ++i)
            batch.append(article(QStringLiteral("Article %1").arg(i),
                                 QString(QStringLiteral("Lorem ipsum %1. ").arg(i)).repeated(60)));
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        project->insertArticles(batch, &outcomes, &error);
        project.reset();
        return readAll(dir.filePath(QStringLiteral("real.marginalia")));
    };

    if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "date 2022-12 Not a project\nJust an article.\n"));
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(rawExec(path,
                        "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                        "INSERT INTO notes(body) VALUES ('hello');"));
    } else if (kind == QLatin1String("otherid")) {
        QVERIFY(rawExec(path, "PRAGMA application_id = 1234; CREATE TABLE t(x);"));
    } else if (kind == QLatin1String("newer")) {
        QByteArray bytes = realProject();
        qToBigEndian<quint32>(Schema::current().version + 1, bytes.data() + 60);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("header-cut")) {
        QVERIFY(writeFile(path, realProject().left(60)));
    } else if (kind == QLatin1String("half")) {
        const QByteArray bytes = realProject();
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 2 + 1000)));
    } else if (kind == QLatin1String("negative")) {
        QByteArray bytes = realProject();
        qToBigEndian<quint32>(0xFFFFFFFFu, bytes.data() + 60);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("unversioned")) {
        const QByteArray sql = "PRAGMA application_id = "
            + QByteArray::number(Schema::ApplicationId) + "; CREATE TABLE labels(x);";
        QVERIFY(rawExec(path, sql.constData()));
    } else if (kind == QLatin1String("appended")) {
        QVERIFY(writeFile(path, realProject() + QByteArray("appended!")));
    } else if (kind == QLatin1String("damaged")) {
        QByteArray bytes = realProject();
        const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        QVERIFY(bytes.size() >= 6 * pageSize);
        // Scribble over the b-tree pages after the schema page.
        for (int i = pageSize; i < 6 * pageSize; ++i)
            bytes[i] = char(0x5A ^ (i & 0xFF));
        QVERIFY(writeFile(path, bytes));
    }

    const bool existed = QFile::exists(path);
    const QByteArray before = readAll(path);
    const ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    QVERIFY(!result.database);
    QCOMPARE(int(result.status), status);
    QVERIFY2(result.error.contains(QStringLiteral("subject.marginalia")), qPrintable(result.error));
    QVERIFY2(result.error.contains(wording), qPrintable(result.error));
    QCOMPARE(QFile::exists(path), existed);
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
}

void TestProjectDatabase::duplicatesAreReportedNotStored()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QVector<NewArticle> batch { article(QStringLiteral("A"), QStringLiteral("same")),
                                article(QStringLiteral("B"), QStringLiteral("other")),
                                article(QStringLiteral("A"), QStringLiteral("same")) };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(!outcomes.at(0).duplicate);
    QVERIFY(!outcomes.at(1).duplicate);
    QVERIFY(outcomes.at(2).duplicate);
    QCOMPARE(outcomes.at(2).id, outcomes.at(0).id);
    QCOMPARE(outcomes.at(2).existingTitle, QStringLiteral("A"));
    QCOMPARE(project->articleCount(), 2);

    // Against stored articles too, in a later batch.
    QVector<NewArticle> again { article(QStringLiteral("B"), QStringLiteral("other")) };
    QVERIFY(project->insertArticles(again, &outcomes, &error));
    QVERIFY(outcomes.first().duplicate);
    QCOMPARE(project->articleCount(), 2);
}

void TestProjectDatabase::addAnnotationValidates_data()
{
    QTest::addColumn<qint64>("articleOffset"); // added to the real article id
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("wording");

    // The article text is "Title\nabc😀é" (11 code points, 12 UTF-16 units).
    QTest::newRow("unknown article") << qint64(99) << qint64(0) << qint64(1) << "PER"
                                     << "no article";
    QTest::newRow("unknown label") << qint64(0) << qint64(0) << qint64(1) << "PERSON"
                                   << "no label";
    QTest::newRow("negative start") << qint64(0) << qint64(-1) << qint64(1) << "PER"
                                    << "negative";
    QTest::newRow("start equals end") << qint64(0) << qint64(3) << qint64(3) << "PER"
                                      << "less than";
    QTest::newRow("start after end") << qint64(0) << qint64(4) << qint64(3) << "PER"
                                     << "less than";
    QTest::newRow("end past the text (UTF-16 length)")
        << qint64(0) << qint64(0) << qint64(12) << "PER"
        << "past the end";
}

void TestProjectDatabase::addAnnotationValidates()
{
    QFETCH(qint64, articleOffset);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, label);
    QFETCH(QString, wording);

    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch { article(QStringLiteral("Title"), QStringLiteral("abc😀é")) };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    QCOMPARE(project->articleSummary(outcomes.first().id)->length, 11);

    NewAnnotation request;
    request.articleId = outcomes.first().id + articleOffset;
    request.start = start;
    request.end = end;
    request.labelName = label;
    request.entityName = QStringLiteral("Never Created");
    QVERIFY(!project->addAnnotation(request, &error));
    QVERIFY2(error.contains(wording), qPrintable(error));
    QCOMPARE(project->annotationCount(), 0);
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM entities"), 0);

    // The last code point is addressable: end == length is fine.
    request.articleId = outcomes.first().id;
    request.start = 9;
    request.end = 11;
    request.labelName = QStringLiteral("MISC");
    QVERIFY2(project->addAnnotation(request, &error), qPrintable(error));
}

void TestProjectDatabase::addAnnotationLinksEntities()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch { article(QStringLiteral("Poutine"),
                                        QStringLiteral("Poutine et Poutine.")) };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    NewAnnotation request;
    request.articleId = outcomes.first().id;
    request.labelName = QStringLiteral("PER");
    request.entityName = QStringLiteral("Vladimir Poutine");
    request.note = QStringLiteral("headline");
    request.annotator = QStringLiteral("ana");
    request.start = 0;
    request.end = 7;
    const auto first = project->addAnnotation(request, &error);
    request.start = 8;
    request.end = 15;
    const auto second = project->addAnnotation(request, &error);
    QVERIFY(first && second);
    QVERIFY(first->entityId > 0);
    QCOMPARE(second->entityId, first->entityId);
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM entities"), 1);
    const QVector<Annotation> stored = project->annotations(request.articleId);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().entityName, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(stored.first().note, QStringLiteral("headline"));
    QCOMPARE(stored.first().annotator, QStringLiteral("ana"));
    QVERIFY(stored.first().createdAt.endsWith(QLatin1Char('Z')));
}

void TestProjectDatabase::committedEditIsVisibleToAnotherConnection()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch { article(QStringLiteral("T"), QStringLiteral("Some text")) };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    NewAnnotation request;
    request.articleId = outcomes.first().id;
    request.start = 2;
    request.end = 6;
    request.labelName = QStringLiteral("LOC");
    QVERIFY(project->addAnnotation(request, &error));
    // Still open: the edit is already committed to the log, not held in memory.
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM annotations"), 1);
}

void TestProjectDatabase::deletingAnArticleCascades()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch { article(QStringLiteral("T"), QStringLiteral("Some text")) };
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    NewAnnotation request;
    request.articleId = outcomes.first().id;
    request.start = 2;
    request.end = 6;
    request.labelName = QStringLiteral("LOC");
    request.entityName = QStringLiteral("Somewhere");
    QVERIFY(project->addAnnotation(request, &error));
    QVERIFY(project->deleteArticles({ request.articleId }, &error));
    QCOMPARE(project->articleCount(), 0);
    QCOMPARE(project->annotationCount(), 0);
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM article_texts"), 0);
    // Entities are the project's knowledge, not the article's: they stay.
    QCOMPARE(rawQueryInt(project->path(), "SELECT count(*) FROM entities"), 1);
}

void TestProjectDatabase::exportWalkVisitsEveryArticleInOrder()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(
            article(QStringLiteral("A%1").arg(i), QStringLiteral("Text number %1").arg(i)));
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    // Annotate articles 1 and 3 only, out of text order.
    for (const int index : { 3, 1 }) {
        for (const qint64 start : { 5, 0 }) {
            NewAnnotation request;
            request.articleId = outcomes.at(index).id;
            request.start = start;
            request.end = start + 2;
            request.labelName = QStringLiteral("MISC");
            QVERIFY(project->addAnnotation(request, &error));
        }
    }
    QVector<qint64> visited;
    QVERIFY(project->forEachArticle(
        [&](const ProjectDatabase::ExportArticle &a) {
            visited.append(a.summary.id);
            const qsizetype expected =
                (a.summary.id == outcomes.at(1).id || a.summary.id == outcomes.at(3).id) ? 2 : 0;
            if (a.annotations.size() != expected)
                return false;
            for (const Annotation &n : a.annotations) {
                if (n.articleId != a.summary.id)
                    return false;
            }
            if (expected && a.annotations.first().start != 0)
                return false;
            return a.text.startsWith(a.summary.title);
        },
        false, &error));
    QCOMPARE(visited.size(), 5);
    QVERIFY(std::is_sorted(visited.cbegin(), visited.cend()));

    visited.clear();
    QVERIFY(project->forEachArticle(
        [&](const ProjectDatabase::ExportArticle &a) {
            visited.append(a.summary.id);
            return true;
        },
        true, &error));
    QCOMPARE(visited, (QVector<qint64> { outcomes.at(1).id, outcomes.at(3).id }));
}

QTEST_GUILESS_MAIN(TestProjectDatabase)
#include "tst_projectdatabase.moc"
