// SPDX-License-Identifier: GPL-3.0-or-later
// Counts the schema's triggers keep (versions 5 and 6): the wordings each
// entity's mentions use, each article's mentions and quotes, each entity's
// mentions and articles, the project's mentions and quotes. After every
// kind of edit they equal a full recount from the mentions, the quotes and
// the article texts, and the readers use them.
#include "projectdatabase.h"
#include "schema.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// Non-BMP characters before the names: offsets are code points, substr()
// counts code points, and Qt's UTF-16 indices would land elsewhere.
const QString FirstText = QStringLiteral("Minsk 😀\n🇫🇷 Poutine rencontre Loukachenko à Minsk. "
                                         "Poutine repart, Loukachenko reste.");
const QString SecondText = QStringLiteral("Moscou\nVladimir Poutine parle. Poutine se tait.");

const QByteArray StoredForms = "SELECT entity_id, form, mentions FROM entity_forms ORDER BY 1, 2";
const QByteArray RecountedForms =
    "SELECT n.entity_id, substr(t.text, n.start + 1, n.\"end\" - n.start) AS form, count(*) "
    "FROM annotations n JOIN article_texts t ON t.article_id = n.article_id "
    "WHERE n.entity_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2";
const QByteArray StoredArticleCounts =
    "SELECT article_id, annotations FROM article_counts WHERE annotations > 0 ORDER BY 1";
const QByteArray RecountedArticleCounts =
    "SELECT article_id, count(*) FROM annotations GROUP BY 1 ORDER BY 1";
const QByteArray StoredQuoteCounts =
    "SELECT article_id, quotes FROM article_counts WHERE quotes > 0 ORDER BY 1";
const QByteArray RecountedQuoteCounts =
    "SELECT article_id, count(*) FROM quotes GROUP BY 1 ORDER BY 1";
const QByteArray StoredTotals = "SELECT annotations, quotes FROM project_counts";
const QByteArray RecountedTotals =
    "SELECT (SELECT count(*) FROM annotations), (SELECT count(*) FROM quotes)";
const QByteArray StoredArticleLabels =
    "SELECT label_id, article_id, mentions FROM article_labels ORDER BY 1, 2";
const QByteArray RecountedArticleLabels =
    "SELECT label_id, article_id, count(*) FROM annotations GROUP BY 1, 2 ORDER BY 1, 2";
const QByteArray StoredArticleAnnotators =
    "SELECT annotator, article_id, mentions FROM article_annotators ORDER BY 1, 2";
const QByteArray RecountedArticleAnnotators =
    "SELECT annotator, article_id, count(*) FROM annotations GROUP BY 1, 2 ORDER BY 1, 2";
const QByteArray StoredEntityCounts =
    "SELECT entity_id, mentions, articles FROM entity_counts WHERE mentions > 0 ORDER BY 1";
const QByteArray RecountedEntityCounts =
    "SELECT entity_id, count(*), count(DISTINCT article_id) FROM annotations "
    "WHERE entity_id IS NOT NULL GROUP BY 1 ORDER BY 1";

NewAnnotation mention(qint64 articleId, const QString &text, const QString &words,
                      const QString &label, const QString &entity, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(words, at + 1);
    NewAnnotation request;
    request.articleId = articleId;
    request.start = QStringView(text).left(at).toUcs4().size();
    request.end = request.start + words.toUcs4().size();
    request.labelName = label;
    request.entityName = entity;
    return request;
}

NewAnnotation signedBy(NewAnnotation request, const QString &annotator)
{
    request.annotator = annotator;
    return request;
}

enum class Edit {
    None,
    DeleteOneOfTwo,
    DeleteOnlyOne,
    MoveSpan,
    Relink,
    Unlink,
    LinkUnlinked,
    Merge,
    DeleteEntity,
    RestoreEntity,
    DeleteLabel,
    RestoreLabel,
    DeleteArticle,
    DeleteAndRestore,
    DeleteQuote,
    ReplaceQuotes,
    Relabel,
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestKeptCounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsFollowEveryEdit_data();
    void countsFollowEveryEdit();
    void readersUseTheCounts();
    void migrationCountsExistingMentions();

private:
    QStringList storedForms() const { return rawQueryRows(m_project->path(), StoredForms); }
    QStringList recountedForms() const { return rawQueryRows(m_project->path(), RecountedForms); }
    void compareAllCounts() const
    {
        const QString path = m_project->path();
        QCOMPARE(rawQueryRows(path, StoredForms), rawQueryRows(path, RecountedForms));
        QCOMPARE(rawQueryRows(path, StoredArticleCounts),
                 rawQueryRows(path, RecountedArticleCounts));
        QCOMPARE(rawQueryRows(path, StoredEntityCounts), rawQueryRows(path, RecountedEntityCounts));
        QCOMPARE(rawQueryRows(path, StoredQuoteCounts), rawQueryRows(path, RecountedQuoteCounts));
        QCOMPARE(rawQueryRows(path, StoredTotals), rawQueryRows(path, RecountedTotals));
        QCOMPARE(rawQueryRows(path, StoredArticleLabels),
                 rawQueryRows(path, RecountedArticleLabels));
        QCOMPARE(rawQueryRows(path, StoredArticleAnnotators),
                 rawQueryRows(path, RecountedArticleAnnotators));
    }
    qint64 entityIdOf(const QString &name) const
    {
        return rawQueryInt(m_project->path(),
                           "SELECT id FROM entities WHERE name = '" + name.toUtf8() + "'");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    qint64 m_first = 0;
    qint64 m_second = 0;
    QVector<Annotation> m_mentions;
    QVector<Quote> m_quotes;
};

void TestKeptCounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = createProject(*m_dir);
    QVERIFY(m_project);
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("Minsk");
    batch[0].text = FirstText;
    batch[1].title = QStringLiteral("Moscou");
    batch[1].text = SecondText;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(m_project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_first = outcomes.at(0).id;
    m_second = outcomes.at(1).id;
    const QString per = QStringLiteral("PER");
    const QString putin = QStringLiteral("Vladimir Poutine");
    const auto added = m_project->addAnnotations(
        { mention(m_first, FirstText, QStringLiteral("Poutine"), per, putin),
          mention(m_first, FirstText, QStringLiteral("Poutine"), per, putin, 1),
          mention(m_first, FirstText, QStringLiteral("Loukachenko"), per,
                  QStringLiteral("Alexandre Loukachenko")),
          signedBy(mention(m_first, FirstText, QStringLiteral("Loukachenko"), per, QString(), 1),
                   QStringLiteral("Zoé")),
          mention(m_first, FirstText, QStringLiteral("Minsk"), QStringLiteral("LOC"),
                  QStringLiteral("Minsk"), 1),
          mention(m_second, SecondText, QStringLiteral("Vladimir Poutine"), per, putin),
          mention(m_second, SecondText, QStringLiteral("Poutine"), per, putin, 1) },
        &error);
    QVERIFY2(added, qPrintable(error));
    m_mentions = *added;
    m_quotes.clear();
    // Two quotes in the first article, one in the second.
    for (const auto &[article, text, words] :
         { std::tuple { m_first, FirstText, QStringLiteral("Poutine rencontre") },
           std::tuple { m_first, FirstText, QStringLiteral("Loukachenko reste") },
           std::tuple { m_second, SecondText, QStringLiteral("Poutine parle") } }) {
        NewQuote quote;
        quote.articleId = article;
        quote.start = QStringView(text).left(text.indexOf(words)).toUcs4().size();
        quote.end = quote.start + words.toUcs4().size();
        quote.manual = true;
        const std::optional<Quote> stored = m_project->addQuote(quote, &error);
        QVERIFY2(stored, qPrintable(error));
        m_quotes.append(*stored);
    }
}

void TestKeptCounts::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestKeptCounts::countsFollowEveryEdit_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("wordings"); ///< entity name|form|mentions, after the edit

    const QString putin = QStringLiteral("Vladimir Poutine|Poutine|");
    const QString putinFull = QStringLiteral("Vladimir Poutine|Vladimir Poutine|1");
    const QString luka = QStringLiteral("Alexandre Loukachenko|Loukachenko|1");
    const QString minsk = QStringLiteral("Minsk|Minsk|1");
    QTest::newRow("as added") << Edit::None
                              << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("one of two mentions deleted")
        << Edit::DeleteOneOfTwo << QStringList { luka, minsk, putin + QLatin1Char('2'), putinFull };
    QTest::newRow("a wording's only mention deleted")
        << Edit::DeleteOnlyOne << QStringList { luka, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("span moved onto other words")
        << Edit::MoveSpan
        << QStringList { luka, minsk, putin + QLatin1Char('2'),
                         QStringLiteral("Vladimir Poutine|Poutine repart|1"), putinFull };
    QTest::newRow("mention linked to another entity")
        << Edit::Relink
        << QStringList { QStringLiteral("Alexandre Loukachenko|Loukachenko|1"),
                         QStringLiteral("Alexandre Loukachenko|Poutine|1"), minsk,
                         putin + QLatin1Char('2'), putinFull };
    QTest::newRow("mention unlinked")
        << Edit::Unlink << QStringList { luka, minsk, putin + QLatin1Char('2'), putinFull };
    QTest::newRow("unlinked mention linked")
        << Edit::LinkUnlinked
        << QStringList { QStringLiteral("Alexandre Loukachenko|Loukachenko|2"), minsk,
                         putin + QLatin1Char('3'), putinFull };
    QTest::newRow("entities merged")
        << Edit::Merge
        << QStringList { minsk, QStringLiteral("Vladimir Poutine|Loukachenko|1"),
                         putin + QLatin1Char('3'), putinFull };
    QTest::newRow("entity deleted") << Edit::DeleteEntity << QStringList { luka, minsk };
    QTest::newRow("entity deleted, undone")
        << Edit::RestoreEntity << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("label deleted")
        << Edit::DeleteLabel << QStringList { luka, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("label deleted, undone")
        << Edit::RestoreLabel << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("article deleted")
        << Edit::DeleteArticle << QStringList { putin + QLatin1Char('1'), putinFull };
    QTest::newRow("mentions deleted, undone")
        << Edit::DeleteAndRestore
        << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("quote deleted")
        << Edit::DeleteQuote << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("mention relabelled")
        << Edit::Relabel << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
    QTest::newRow("quotes replaced")
        << Edit::ReplaceQuotes << QStringList { luka, minsk, putin + QLatin1Char('3'), putinFull };
}

void TestKeptCounts::countsFollowEveryEdit()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, wordings);

    QString error;
    const qint64 putin = entityIdOf(QStringLiteral("Vladimir Poutine"));
    const qint64 luka = entityIdOf(QStringLiteral("Alexandre Loukachenko"));
    QVERIFY(putin > 0 && luka > 0);
    bool ok = true;
    switch (edit) {
    case Edit::None:
        break;
    case Edit::DeleteOneOfTwo:
        ok = m_project->deleteAnnotation(m_mentions.at(1).id, &error);
        break;
    case Edit::DeleteOnlyOne:
        ok = m_project->deleteAnnotation(m_mentions.at(4).id, &error);
        break;
    case Edit::MoveSpan: {
        Annotation moved = m_mentions.at(1);
        moved.end += QStringLiteral(" repart").size();
        ok = m_project->updateAnnotation(moved, &error);
        break;
    }
    case Edit::Relink: {
        Annotation relinked = m_mentions.at(0);
        relinked.entityId = luka;
        ok = m_project->updateAnnotation(relinked, &error);
        break;
    }
    case Edit::Unlink: {
        Annotation unlinked = m_mentions.at(0);
        unlinked.entityId = 0;
        ok = m_project->updateAnnotation(unlinked, &error);
        break;
    }
    case Edit::LinkUnlinked: {
        Annotation linked = m_mentions.at(3);
        linked.entityId = luka;
        ok = m_project->updateAnnotation(linked, &error);
        break;
    }
    case Edit::Merge:
        ok = m_project->mergeEntities(putin, luka, &error);
        break;
    case Edit::DeleteEntity:
    case Edit::RestoreEntity: {
        const std::optional<EntityState> state = m_project->entityState({ putin }, &error);
        ok = state && m_project->deleteEntity(putin, &error);
        QVERIFY2(ok, qPrintable(error));
        compareAllCounts();
        if (edit == Edit::RestoreEntity)
            ok = m_project->restoreEntityState(*state, &error);
        break;
    }
    case Edit::DeleteLabel:
    case Edit::RestoreLabel: {
        const std::optional<Label> loc = m_project->labelByName(QStringLiteral("LOC"));
        QVERIFY(loc);
        const std::optional<ProjectDatabase::LabelSnapshot> snapshot =
            m_project->deleteLabel(loc->id, &error);
        ok = snapshot.has_value();
        QVERIFY2(ok, qPrintable(error));
        compareAllCounts();
        if (edit == Edit::RestoreLabel)
            ok = m_project->restoreLabel(*snapshot, &error);
        break;
    }
    case Edit::DeleteArticle:
        ok = m_project->deleteArticles({ m_first }, &error);
        break;
    case Edit::DeleteAndRestore: {
        QVector<qint64> ids;
        for (const Annotation &annotation : std::as_const(m_mentions))
            ids.append(annotation.id);
        ok = m_project->deleteAnnotations(ids, &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(storedForms().isEmpty());
        ok = m_project->restoreAnnotations(m_mentions, &error);
        break;
    }
    case Edit::DeleteQuote:
        ok = m_project->deleteQuote(m_quotes.at(0).id, &error);
        break;
    case Edit::Relabel: {
        // The article's only unlinked PER mention becomes a LOC one.
        Annotation relabelled = m_mentions.at(3);
        const std::optional<Label> loc = m_project->labelByName(QStringLiteral("LOC"));
        QVERIFY(loc);
        relabelled.labelId = loc->id;
        relabelled.labelName = loc->name;
        ok = m_project->updateAnnotation(relabelled, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(rawQueryInt(m_project->path(),
                             "SELECT mentions FROM article_labels WHERE label_id = "
                                 + QByteArray::number(loc->id)
                                 + " AND article_id = " + QByteArray::number(m_first)),
                 2);
        break;
    }
    case Edit::ReplaceQuotes:
        // As Detect Quotes does: the first article's two become its other one.
        ok = m_project->setQuotes(m_first, { m_quotes.at(1) }, &error)
            && m_project->setQuotes(m_second, {}, &error);
        break;
    }
    QVERIFY2(ok, qPrintable(error));

    compareAllCounts();
    QVERIFY(!rawQueryRows(m_project->path(), StoredArticleCounts).isEmpty());
    QStringList named = rawQueryRows(m_project->path(),
                                     "SELECT e.name, f.form, f.mentions FROM entity_forms f "
                                     "JOIN entities e ON e.id = f.entity_id ORDER BY 1, 2");
    QCOMPARE(named, wordings);
}

void TestKeptCounts::readersUseTheCounts()
{
    const QVector<EntityForm> forms = m_project->entityMentionForms();
    QStringList read;
    for (const EntityForm &form : forms)
        read.append(
            QStringLiteral("%1|%2|%3").arg(form.entityId).arg(form.text).arg(form.mentions));
    QCOMPARE(read, recountedForms());
    const qint64 loc = m_project->labelByName(QStringLiteral("LOC"))->id;
    const auto minsk = std::find_if(forms.cbegin(), forms.cend(), [](const EntityForm &form) {
        return form.text == QLatin1String("Minsk");
    });
    QVERIFY(minsk != forms.cend());
    QCOMPARE(minsk->labelId, loc);

    // The article list, the entities panel and the status bar.
    QStringList articles;
    for (const ArticleSummary &article : m_project->articleSummaries())
        articles.append(QStringLiteral("%1|%2").arg(article.id).arg(article.annotationCount));
    QCOMPARE(articles, rawQueryRows(m_project->path(), RecountedArticleCounts));
    QStringList entities;
    for (const EntitySummary &summary : m_project->entitySummaries()) {
        if (summary.mentions > 0)
            entities.append(QStringLiteral("%1|%2|%3")
                                .arg(summary.entity.id)
                                .arg(summary.mentions)
                                .arg(summary.articles));
        const std::optional<EntitySummary> one = m_project->entitySummary(summary.entity.id);
        QVERIFY(one);
        QCOMPARE(one->mentions, summary.mentions);
        QCOMPARE(one->articles, summary.articles);
    }
    QCOMPARE(entities, rawQueryRows(m_project->path(), RecountedEntityCounts));
    QCOMPARE(m_project->annotationCount(), qint64(m_mentions.size()));
    QCOMPARE(m_project->quoteCount(), qint64(m_quotes.size()));
    const std::optional<ArticleListRow> first = m_project->articleListRow(m_first);
    QVERIFY(first);
    QCOMPARE(first->quoteCount, 2);
    QCOMPARE(m_project->articleSummary(m_second)->quoteCount, 1);
}

void TestKeptCounts::migrationCountsExistingMentions()
{
    // A version 4 file with mentions opens with their wordings counted.
    const QString path = m_dir->filePath(QStringLiteral("v4.marginalia"));
    const Schema &schema = Schema::current();
    QByteArray sql = "PRAGMA application_id = " + QByteArray::number(Schema::ApplicationId)
        + "; PRAGMA user_version = 4; PRAGMA foreign_keys = ON;";
    for (int step = 0; step < 4; ++step)
        sql += schema.steps.at(step).sql;
    sql += "INSERT INTO articles (id, title, content_hash, length, imported_at) "
           "VALUES (1, 'a', 'h1', 21, 'now'), (2, 'b', 'h2', 12, 'now');"
           "INSERT INTO article_texts VALUES (1, '🇫🇷 Poutine et Poutine'), (2, 'Élysée Paris');"
           "INSERT INTO entities (id, name, label_id) VALUES (1, 'Vladimir Poutine', 1), "
           "(2, 'Paris', 2);"
           "INSERT INTO annotations (article_id, start, \"end\", label_id, entity_id, created_at, "
           "modified_at) VALUES (1, 3, 10, 1, 1, 'now', 'now'), (1, 14, 21, 1, 1, 'now', 'now'), "
           "(2, 7, 12, 2, 2, 'now', 'now'), (2, 0, 6, 2, NULL, 'now', 'now');"
           "INSERT INTO quotes (article_id, start, \"end\", created_at, modified_at) "
           "VALUES (2, 0, 6, 'now', 'now'), (2, 7, 12, 'now', 'now');";
    QVERIFY(rawExec(path, sql));
    const ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, 4);
    QCOMPARE(rawQueryRows(path, StoredForms),
             (QStringList { QStringLiteral("1|Poutine|2"), QStringLiteral("2|Paris|1") }));
    QCOMPARE(rawQueryRows(path, StoredForms), rawQueryRows(path, RecountedForms));
    QCOMPARE(rawQueryRows(path, StoredArticleCounts),
             (QStringList { QStringLiteral("1|2"), QStringLiteral("2|2") }));
    QCOMPARE(rawQueryRows(path, StoredEntityCounts),
             (QStringList { QStringLiteral("1|2|1"), QStringLiteral("2|1|1") }));
    QCOMPARE(rawQueryRows(path, StoredQuoteCounts), QStringList { QStringLiteral("2|2") });
    QCOMPARE(rawQueryRows(path, StoredTotals), QStringList { QStringLiteral("4|2") });
    QCOMPARE(rawQueryRows(path, StoredArticleLabels),
             (QStringList { QStringLiteral("1|1|2"), QStringLiteral("2|2|2") }));
    QCOMPARE(rawQueryRows(path, StoredArticleAnnotators),
             (QStringList { QStringLiteral("|1|2"), QStringLiteral("|2|2") }));
}

QTEST_GUILESS_MAIN(TestKeptCounts)
#include "tst_keptcounts.moc"
