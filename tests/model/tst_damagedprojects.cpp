// SPDX-License-Identifier: GPL-3.0-or-later
// A project damaged while it is open: another program (or a failing disk)
// changes article 2's text, length or spans through its own SQLite
// connection, past every check opening made. Every export format, quote
// detection, tag all and the imports that read stored texts must then name
// the article, leave out what is damaged and go on with the rest.
#include "annotationfileimporter.h"
#include "bratimporter.h"
#include "exportjob.h"
#include "occurrencetagger.h"
#include "projectdatabase.h"
#include "quotedetection.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QByteArray Texts[] = {
    "First article\n\nVladimir Poutine a d\xC3\xA9"
    "clar\xC3\xA9 : \xC2\xAB Nous irons \xC3\xA0 Minsk \xC2\xBB, selon l\xE2\x80\x99"
    "agence \xF0\x9F\x98\x80.\n",
    "Damaged article\n\nEmmanuel Macron a d\xC3\xA9"
    "clar\xC3\xA9 : \xC2\xAB La France est pr\xC3\xAAte \xC2\xBB, mardi.\n",
    "Third article\n\nOlaf Scholz a d\xC3\xA9"
    "clar\xC3\xA9 : \xC2\xAB Berlin attend \xC2\xBB, hier.\n",
};

/// Everything written to \a path, a file or a folder's files.
QByteArray written(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return readAll(path);
    QByteArray all;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext())
        all += readAll(it.next());
    return all;
}

} // namespace

class TestDamagedProjects : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsLeaveOutWhatIsDamaged_data();
    void exportsLeaveOutWhatIsDamaged();
    void detectionAndTaggingGoOnWithTheRest_data();
    void detectionAndTaggingGoOnWithTheRest();
    void importsDoNotCheckSpansAgainstADamagedText();

private:
    void addData(bool withSpans);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
};

void TestDamagedProjects::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = createProject(*m_dir);
    QVERIFY(m_project);
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files.append(m_dir->filePath(QStringLiteral("corpus/%1.txt").arg(i + 1)));
        QVERIFY(writeFile(files.last(), Texts[i]));
    }
    const TextFileImporter::Report report = TextFileImporter(*m_project).importPaths(files);
    QCOMPARE(report.importedIds, QVector<qint64>({ 1, 2, 3 }));
    const qint64 names[][2] = { { 15, 31 }, { 17, 32 }, { 15, 26 } };
    for (qint64 id = 1; id <= 3; ++id) {
        NewAnnotation person;
        person.articleId = id;
        person.start = names[id - 1][0];
        person.end = names[id - 1][1];
        person.labelName = QStringLiteral("PER");
        QString error;
        QVERIFY2(m_project->addAnnotation(person, &error), qPrintable(error));
        QCOMPARE(m_project->quotes(id).size(), 1);
        QVERIFY(m_project->quotes(id).first().cueStart >= 0);
    }
}

void TestDamagedProjects::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestDamagedProjects::addData(bool withSpans)
{
    QTest::addColumn<QByteArray>("sql"); // "=VALUE": stored as article 2's text unchecked
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("articleLeftOut");

    const QString hash = QStringLiteral("its text does not match its stored hash; left out");
    QTest::newRow("text edited") << QByteArray("UPDATE article_texts SET text = "
                                               "replace(text, 'Macron', 'Micron') "
                                               "WHERE article_id = 2")
                                 << hash << true;
    QTest::newRow("text not UTF-8")
        << QByteArray("UPDATE article_texts SET text = CAST(x'4d6163726f6eff' AS TEXT) "
                      "WHERE article_id = 2")
        << "its text is not valid UTF-8; left out" << true;
    QTest::newRow("text a blob of invalid UTF-8")
        << QByteArray("UPDATE article_texts SET text = x'fffe4d0061' WHERE article_id = 2")
        << "its text is stored as binary data, not text; left out" << true;
    QTest::newRow("text an integer")
        << QByteArray("=42") << "its text is stored as a number, not text; left out" << true;
    QTest::newRow("text NULL") << QByteArray("=NULL") << "it has no text; left out" << true;
    QTest::newRow("text row gone")
        << QByteArray("DELETE FROM article_texts WHERE article_id = 2") << "it has no text" << true;
    QTest::newRow("length wrong") << QByteArray("UPDATE articles SET length = 10 WHERE id = 2")
                                  << "its stored length, 10 characters, is not its text's, 77"
                                  << true;
    if (!withSpans)
        return;
    QTest::newRow("quote past the end")
        << QByteArray("UPDATE quotes SET \"end\" = 14128 WHERE article_id = 2") << "quote 2 at ["
        << false;
    QTest::newRow("mention past the end")
        << QByteArray("UPDATE annotations SET start = 750, \"end\" = 760 WHERE article_id = 2")
        << "annotation 2 at [750, 760) lies outside its text of 77 character(s); left out" << false;
}

void TestDamagedProjects::exportsLeaveOutWhatIsDamaged_data()
{
    addData(true);
}

void TestDamagedProjects::exportsLeaveOutWhatIsDamaged()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, reason);
    QFETCH(bool, articleLeftOut);

    const QString path = m_project->path();
    if (sql.startsWith('='))
        QVERIFY(storeUncheckedText(path, 2, sql.mid(1)));
    else
        QVERIFY(rawExec(path, sql));

    for (const ExportFormat format : ExportJob::formats()) {
        if (format == ExportFormat::EntitiesCsv) // no article, no text, no span
            continue;
        const QString name = ExportJob::formatName(format);
        ExportJob::Settings settings;
        settings.format = format;
        ExportJob job(*m_project, settings);
        const QString out = m_dir->filePath(QStringLiteral("out-") + name);
        QString error;
        QVERIFY2(job.write(out, &error), qPrintable(name + QLatin1String(": ") + error));
        QCOMPARE(job.damaged().size(), 1);
        QVERIFY2(job.damaged().first().startsWith(QStringLiteral("article 2 \"Damaged article\": ")
                                                  + reason),
                 qPrintable(name + QLatin1String(": ") + job.damaged().first()));
        // The other articles are all there; article 2 only when its text is sound.
        const QByteArray bytes = written(out);
        // (Its title or its text: the articles CSV has no texts, CoNLL no titles.)
        QVERIFY2(bytes.contains("Third article") || bytes.contains("Scholz"), qPrintable(name));
        QVERIFY2(bytes.contains("First article") || bytes.contains("Poutine"), qPrintable(name));
        QCOMPARE(bytes.contains("Damaged article") || bytes.contains("Macron")
                     || bytes.contains("Micron"),
                 !articleLeftOut);
    }
}

void TestDamagedProjects::detectionAndTaggingGoOnWithTheRest_data()
{
    addData(false);
}

void TestDamagedProjects::detectionAndTaggingGoOnWithTheRest()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, reason);

    const QString path = m_project->path();
    QVERIFY(rawExec(path, "DELETE FROM quotes WHERE article_id IN (1, 3)"));
    if (sql.startsWith('='))
        QVERIFY(storeUncheckedText(path, 2, sql.mid(1)));
    else
        QVERIFY(rawExec(path, sql));
    const QString damaged = QStringLiteral("article 2 \"Damaged article\": ") + reason;

    QuoteDetection detection(*m_project);
    QString error;
    QVERIFY2(detection.redetectAll(&error) >= 0, qPrintable(error));
    QCOMPARE(detection.damaged().size(), 1);
    QVERIFY2(detection.damaged().first().startsWith(damaged),
             qPrintable(detection.damaged().first()));
    QCOMPARE(m_project->quotes(1).size(), 1);
    QCOMPARE(m_project->quotes(3).size(), 1);
    QVERIFY(!detection.redetect(2, &error));
    QVERIFY2(error.startsWith(damaged), qPrintable(error));

    OccurrenceTagger tagger(*m_project);
    OccurrenceTagger::Request request;
    request.text = QStringLiteral("article");
    request.labelName = QStringLiteral("MISC");
    QStringList skipped;
    const std::optional<QVector<Annotation>> added = tagger.run(request, &error, &skipped);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 2);
    QCOMPARE(added->at(0).articleId, 1);
    QCOMPARE(added->at(1).articleId, 3);
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.first().startsWith(damaged), qPrintable(skipped.first()));

    QString damage;
    QVERIFY(!m_project->verifiedArticleText(2, &damage));
    QVERIFY(damage.startsWith(damaged));
    QVERIFY(m_project->verifiedArticleText(1, &damage));
    damage.clear();
    QVERIFY(!m_project->verifiedArticleText(99, &damage));
    QVERIFY(damage.isEmpty()); // no such article: not damage
}

void TestDamagedProjects::importsDoNotCheckSpansAgainstADamagedText()
{
    // An export of the sound project, and a brat folder with article 2's text.
    ExportJob::Settings settings;
    ExportJob job(*m_project, settings);
    const QString csv = m_dir->filePath(QStringLiteral("annotations.csv"));
    QString error;
    QVERIFY(job.write(csv, &error));
    const QString brat = m_dir->filePath(QStringLiteral("brat"));
    QVERIFY(writeFile(brat + QStringLiteral("/b.txt"), Texts[1]));
    QVERIFY(writeFile(brat + QStringLiteral("/b.ann"), "T1\tORG 17 25\tEmmanuel\n"));
    QVERIFY(rawExec(m_project->path(),
                    "DELETE FROM annotations; DELETE FROM quotes; "
                    "UPDATE article_texts SET text = replace(text, 'Macron', "
                    "'Micron') WHERE article_id = 2"));

    const AnnotationFileImporter::Report annotations =
        AnnotationFileImporter(*m_project).importFile(csv);
    QCOMPARE(annotations.annotations, 2); // articles 1 and 3
    QCOMPARE(annotations.quotes, 2);
    QCOMPARE(annotations.problems.size(), 2); // article 2's person and quote
    for (const ImportProblem &problem : annotations.problems)
        QVERIFY2(problem.reason.startsWith(
                     QStringLiteral("article 2 \"Damaged article\": its text does not match")),
                 qPrintable(problem.toString()));
    QVERIFY(m_project->annotations(2).isEmpty());

    const BratImporter::Report bratReport = BratImporter(*m_project).importFolder(brat);
    QCOMPARE(bratReport.problems.size(), 1);
    QVERIFY2(bratReport.problems.first().reason.startsWith(
                 QStringLiteral("same text as article 2 \"Damaged article\": its text does not")),
             qPrintable(bratReport.problems.first().toString()));
    QVERIFY(m_project->annotations(2).isEmpty());
}

QTEST_GUILESS_MAIN(TestDamagedProjects)
#include "tst_damagedprojects.moc"
