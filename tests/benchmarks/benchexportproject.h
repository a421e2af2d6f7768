// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the export benchmarks (bench_export, bench_export_formats): the
// generated project of articles and annotations, and the plain-CSV baseline,
// one SQLite C API SELECT of the annotation rows written as RFC 4180 CSV.
// Not a benchmark itself (only bench_*.cpp become executables).
#pragma once

#include "benchsupport.h"
#include "projectdatabase.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <charconv>
#include <cstdio>
#include <string>

namespace BenchExport {

using namespace Marginalia;

struct Span
{
    qint64 start = 0; ///< code points
    qint64 end = 0;
};

/// Words (runs of letters, digits, apostrophes, hyphens) as code point ranges.
inline QVector<Span> words(const QString &text)
{
    QVector<Span> result;
    qint64 codePoint = 0;
    qint64 wordStart = -1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++codePoint) {
        const QChar c = text.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate();
        const bool inWord = !pair
            && (c.isLetterOrNumber() || (wordStart >= 0 && c == QLatin1Char('\''))
                || (wordStart >= 0 && c == QLatin1Char('-')));
        if (inWord && wordStart < 0)
            wordStart = codePoint;
        else if (!inWord && wordStart >= 0) {
            result.append({ wordStart, codePoint });
            wordStart = -1;
        }
        i += pair ? 2 : 1;
    }
    if (wordStart >= 0)
        result.append({ wordStart, codePoint });
    return result;
}

inline constexpr const char *Notes[] = {
    "vérifier l'orthographe",      "homonyme, à confirmer",         "cité comme \"source proche\"",
    "ambigu : personne ou lieu ?", "see also the earlier dispatch", "titre, pas une personne"
};
inline constexpr const char *Annotators[] = { "camille", "jérôme", "alex" };
inline constexpr int EntitiesPerLabel = 250;

inline bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "%s: %s\n", sql, message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::exit(1);
}

inline void bindText(sqlite3_stmt *statement, int index, const QByteArray &value)
{
    sqlite3_bind_text64(statement, index, value.constData(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

struct BuiltProject
{
    qint64 articles = 0;
    qint64 annotations = 0;
    qint64 articlesWithEmoji = 0;
};

/// The label (index in position order: PER, LOC, ORG) of proper noun \a noun
/// of the vocabulary, as an analyst would tag it.
inline int nounLabel(int noun)
{
    if (noun <= 12 || (noun >= 51 && noun <= 53))
        return 0;
    if ((noun >= 13 && noun <= 33) || noun >= 54)
        return 1;
    return 2;
}

/// How mentions are picked: any words, linked at random (stresses the
/// exporters with many wordings), or the names in the text, linked to the
/// entity they name under its label, a quarter of them by their last word
/// only (as analysts tag a year of news).
enum class Mentions { AnyWords, Names };

inline BuiltProject buildProject(const QString &path, int articleCount, int perArticle,
                                 const Bench::CorpusOptions &options,
                                 Mentions mentions = Mentions::AnyWords)
{
    BuiltProject built;
    ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
    if (!created.database)
        fail("create", created.error);

    struct Pending
    {
        int article; ///< index in generation order
        Span span;
        int noun = -1; ///< the proper noun it names, Mentions::Names only
    };
    const Bench::detail::WordList &properNouns = Bench::detail::vocabulary().properNouns;
    QStringList nounTexts;
    for (const QByteArray &noun : properNouns)
        nounTexts.append(QString::fromUtf8(noun));
    QVector<Pending> pending;
    pending.reserve(qsizetype(articleCount) * perArticle);
    QVector<qint64> articleIds(articleCount, 0);

    QVector<NewArticle> batch;
    QVector<int> batchIndexes;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    const auto flush = [&]() {
        QString error;
        if (!created.database->insertArticles(batch, &outcomes, &error))
            fail("insertArticles", error);
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).duplicate)
                fail("insertArticles", QStringLiteral("unexpected duplicate"));
            articleIds[batchIndexes.at(i)] = outcomes.at(i).id;
        }
        built.articles += outcomes.size();
        batch.clear();
        batchIndexes.clear();
    };

    for (int i = 0; i < articleCount; ++i) {
        const Bench::GeneratedArticle generated = Bench::generateArticle(i, options);
        NewArticle article;
        article.title = QString::fromUtf8(generated.title);
        article.date = QString::fromLatin1(generated.date);
        article.source = QStringLiteral("/home/camille/corpus/%1/article-%2.txt")
                             .arg(QString::fromLatin1(generated.date.left(4)))
                             .arg(i, 6, 10, QLatin1Char('0'));
        article.encoding = QStringLiteral("UTF-8");
        article.text = QString::fromUtf8(generated.body);
        if (generated.body.contains("\xF0\x9F"))
            ++built.articlesWithEmoji;

        // Stratified picks: one span in each twentieth of the words, one to
        // three words long.
        Bench::Rng rng(options.seed ^ (quint64(i + 1) * 0x9E3779B97F4A7C15ULL));
        int picked = 0;
        if (mentions == Mentions::Names) {
            // UTF-16 index to code point, once per text.
            QVector<int> codePoint(article.text.size() + 1);
            for (qsizetype u = 0, c = 0; u <= article.text.size(); ++u) {
                codePoint[u] = int(c);
                if (u < article.text.size() && !article.text.at(u).isHighSurrogate())
                    ++c;
            }
            QVector<Pending> names;
            for (int noun = 0; noun < nounTexts.size(); ++noun) {
                const QString &name = nounTexts.at(noun);
                for (qsizetype at = article.text.indexOf(name); at >= 0;
                     at = article.text.indexOf(name, at + name.size())) {
                    qsizetype from = at;
                    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
                    if (space > 0 && rng.chance(25))
                        from = at + space + 1;
                    names.append(Pending {
                        i, Span { codePoint.at(from), codePoint.at(at + name.size()) }, noun });
                }
            }
            std::sort(names.begin(), names.end(), [](const Pending &a, const Pending &b) {
                return a.span.start < b.span.start;
            });
            const qsizetype count = names.size();
            for (int k = 0; k < perArticle && k < count; ++k) {
                pending.append(names.at(count * k / qMin<qsizetype>(count, perArticle)));
                ++picked;
            }
        }
        const QVector<Span> spans = words(article.text);
        const qsizetype wordCount = spans.size();
        for (int k = picked; k < perArticle && wordCount > 0; ++k) {
            const qsizetype from = wordCount * k / perArticle;
            const qsizetype to = qMax(from + 1, wordCount * (k + 1) / perArticle);
            const qsizetype first = from + rng.below(int(to - from));
            const int extra = rng.below(100) < 70 ? 0 : rng.between(1, 2);
            const qsizetype last = qMin(wordCount - 1, first + extra);
            pending.append(Pending { i, Span { spans.at(first).start, spans.at(last).end } });
        }

        batch.append(std::move(article));
        batchIndexes.append(i);
        if (batch.size() >= 1000)
            flush();
    }
    if (!batch.isEmpty())
        flush();
    created.database.reset();

    // Annotations straight into the table, in one transaction.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK
        || !exec(db, "PRAGMA foreign_keys = ON") || !exec(db, "BEGIN IMMEDIATE"))
        fail("annotations", QString::fromUtf8(sqlite3_errmsg(db)));

    QVector<qint64> labelIds;
    {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db, "SELECT id FROM labels ORDER BY position, id", -1, &q, nullptr);
        while (sqlite3_step(q) == SQLITE_ROW)
            labelIds.append(sqlite3_column_int64(q, 0));
        sqlite3_finalize(q);
    }
    if (labelIds.isEmpty())
        fail("annotations", QStringLiteral("the project has no labels"));

    QVector<QVector<qint64>> entityIds(labelIds.size());
    {
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO entities (name, label_id) VALUES (?1, ?2)", -1, &insert,
                           nullptr);
        const Bench::detail::WordList &nouns = Bench::detail::vocabulary().properNouns;
        const int nounCount = int(nouns.size());
        for (qsizetype l = 0; l < labelIds.size(); ++l) {
            for (int k = 0; k < EntitiesPerLabel; ++k) {
                QByteArray name = nouns.at(k % nounCount);
                if (k >= nounCount)
                    name += " (" + QByteArray::number(k / nounCount) + ')';
                bindText(insert, 1, name);
                sqlite3_bind_int64(insert, 2, labelIds.at(l));
                if (sqlite3_step(insert) != SQLITE_DONE)
                    fail("entities", QString::fromUtf8(sqlite3_errmsg(db)));
                sqlite3_reset(insert);
                entityIds[l].append(sqlite3_last_insert_rowid(db));
            }
        }
        sqlite3_finalize(insert);
    }

    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO annotations (article_id, start, \"end\", label_id, entity_id, "
                       "note, annotator, status, created_at, modified_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9)",
                       -1, &insert, nullptr);
    Bench::Rng rng(options.seed ^ 0xA5A5A5A5ULL);
    for (const Pending &p : std::as_const(pending)) {
        const int label = p.noun >= 0 ? nounLabel(p.noun) : rng.below(int(labelIds.size()));
        sqlite3_bind_int64(insert, 1, articleIds.at(p.article));
        sqlite3_bind_int64(insert, 2, p.span.start);
        sqlite3_bind_int64(insert, 3, p.span.end);
        sqlite3_bind_int64(insert, 4, labelIds.at(label));
        if (mentions == Mentions::Names && p.noun < 0)
            sqlite3_bind_null(insert, 5);
        else if (rng.chance(60))
            sqlite3_bind_int64(
                insert, 5,
                entityIds.at(label).at(p.noun >= 0 ? p.noun : rng.below(EntitiesPerLabel)));
        else
            sqlite3_bind_null(insert, 5);
        bindText(insert, 6, rng.chance(10) ? QByteArray(rng.pick(Notes)) : QByteArray());
        bindText(insert, 7, QByteArray(rng.pick(Annotators)));
        char createdAt[32];
        char modified[32];
        const int day = rng.between(1, 28);
        const int hour = rng.between(8, 18);
        std::snprintf(createdAt, sizeof createdAt, "2024-03-%02dT%02d:%02d:%02d.%03dZ", day, hour,
                      rng.below(60), rng.below(60), rng.below(1000));
        std::snprintf(modified, sizeof modified, "2024-03-%02dT%02d:%02d:%02d.%03dZ", day,
                      hour + rng.below(2), rng.below(60), rng.below(60), rng.below(1000));
        bindText(insert, 8, QByteArray(createdAt));
        bindText(insert, 9, rng.chance(80) ? QByteArray(createdAt) : QByteArray(modified));
        if (sqlite3_step(insert) != SQLITE_DONE)
            fail("annotations", QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(insert);
        ++built.annotations;
    }
    sqlite3_finalize(insert);
    if (!exec(db, "COMMIT"))
        std::exit(1);
    sqlite3_close(db);
    return built;
}

struct Measure
{
    double seconds = 0;
    double openSeconds = 0; ///< ProjectDatabase::open, outside the timing
    qint64 rows = 0;
    qint64 bytes = 0;
};

/// Plain RFC 4180 CSV into a stdio file: quote fields holding , " CR or LF.
class PlainCsv
{
public:
    explicit PlainCsv(FILE *file)
        : m_file(file)
    {
        m_buffer.reserve(FlushAt + 4096);
    }
    ~PlainCsv() { flush(); }
    PlainCsv(const PlainCsv &) = delete;
    PlainCsv &operator=(const PlainCsv &) = delete;

    void text(const char *data, size_t size)
    {
        separate();
        bool quote = false;
        for (size_t i = 0; i < size && !quote; ++i)
            quote = data[i] == ',' || data[i] == '"' || data[i] == '\r' || data[i] == '\n';
        if (!quote) {
            m_buffer.append(data, size);
            return;
        }
        m_buffer += '"';
        for (size_t i = 0; i < size; ++i) {
            if (data[i] == '"')
                m_buffer += '"';
            m_buffer += data[i];
        }
        m_buffer += '"';
    }
    void text(const char *literal) { text(literal, std::char_traits<char>::length(literal)); }
    void column(sqlite3_stmt *statement, int column)
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        text(data ? data : "", size_t(sqlite3_column_bytes(statement, column)));
    }
    void number(qint64 value)
    {
        separate();
        char digits[24];
        const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, value);
        m_buffer.append(digits, size_t(r.ptr - digits));
    }
    void endRow()
    {
        m_buffer += "\r\n";
        m_started = false;
        if (m_buffer.size() >= FlushAt)
            flush();
    }
    void flush()
    {
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file);
        m_buffer.clear();
    }

private:
    static constexpr size_t FlushAt = 256 * 1024;
    void separate()
    {
        if (m_started)
            m_buffer += ',';
        m_started = true;
    }
    FILE *m_file;
    std::string m_buffer;
    bool m_started = false;
};

inline Measure runBaseline(const QString &projectPath, const QString &csvPath)
{
    Measure m;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(projectPath).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr)
        != SQLITE_OK)
        fail("baseline", QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT n.article_id, a.title, a.date, a.source, n.id, l.name, n.start, "
                           "n.\"end\", substr(t.text, n.start + 1, n.\"end\" - n.start), "
                           "coalesce(e.name, ''), n.note, n.annotator, n.created_at, "
                           "n.modified_at "
                           "FROM annotations n JOIN articles a ON a.id = n.article_id "
                           "JOIN article_texts t ON t.article_id = n.article_id "
                           "JOIN labels l ON l.id = n.label_id "
                           "LEFT JOIN entities e ON e.id = n.entity_id "
                           "ORDER BY n.article_id, n.start, n.\"end\", n.id",
                           -1, &q, nullptr)
        != SQLITE_OK)
        fail("baseline", QString::fromUtf8(sqlite3_errmsg(db)));
    FILE *file = std::fopen(QFile::encodeName(csvPath).constData(), "wb");
    if (!file)
        fail("baseline", csvPath);
    {
        PlainCsv csv(file);
        for (const char *column :
             { "article_id", "article_title", "article_date", "article_source", "annotation_id",
               "kind", "label", "start", "end", "text", "entity", "speaker", "note", "annotator",
               "created_at", "modified_at" })
            csv.text(column);
        csv.endRow();
        while (sqlite3_step(q) == SQLITE_ROW) {
            csv.number(sqlite3_column_int64(q, 0));
            csv.column(q, 1);
            csv.column(q, 2);
            csv.column(q, 3);
            csv.number(sqlite3_column_int64(q, 4));
            csv.text("entity");
            csv.column(q, 5);
            csv.number(sqlite3_column_int64(q, 6));
            csv.number(sqlite3_column_int64(q, 7));
            csv.column(q, 8);
            csv.column(q, 9);
            csv.text("", 0); // speaker
            csv.column(q, 10);
            csv.column(q, 11);
            csv.column(q, 12);
            csv.column(q, 13);
            csv.endRow();
            ++m.rows;
        }
    }
    std::fclose(file);
    sqlite3_finalize(q);
    sqlite3_close(db);
    m.seconds = Bench::seconds(timer);
    m.bytes = QFileInfo(csvPath).size();
    return m;
}

} // namespace BenchExport
