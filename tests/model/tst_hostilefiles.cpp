// SPDX-License-Identifier: GPL-3.0-or-later
// Mutated copies of a real project (bit flips, truncations, zeroed and
// swapped pages, header fields, write-ahead logs left beside it) opened
// through the model layer: never a crash or a hang, always a clear refusal
// or a correct open; a refused file is left byte for byte as it was, with
// no side file, no backup, nothing new in its folder.
//
// MARGINALIA_HOSTILE_FILES sets how many mutations (default 600);
// MARGINALIA_HOSTILE_SEED the seed (default: from the clock, printed).
#include "exportjob.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <thread>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

constexpr int OpenTimeLimitSeconds = 30;

// Aborts the whole test, naming the case, when one case runs too long: a
// hang is a failure we must see, not a CI timeout.
class Watchdog
{
public:
    explicit Watchdog(const QByteArray &what)
        : m_what(what)
        , m_thread([this] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::seconds(OpenTimeLimitSeconds),
                                 [this] { return m_finished; })) {
                std::fprintf(stderr, "HANG: %s took over %d s\n", m_what.constData(),
                             OpenTimeLimitSeconds);
                std::abort();
            }
        })
    {
    }
    ~Watchdog()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_one();
        m_thread.join();
    }

private:
    QByteArray m_what;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

struct Original
{
    QByteArray file;
    QByteArray wal; ///< a log of later edits, as a crash would leave it
    int pageSize = 4096;
};

// A real project with articles in several scripts, annotations, an entity
// and quotes, closed; and a write-ahead log of further edits.
Original makeOriginal(const QTemporaryDir &dir)
{
    Original original;
    const QString path = dir.filePath(QStringLiteral("original.marginalia"));
    {
        ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
        ProjectDatabase &project = *created.database;
        QVector<NewArticle> batch;
        for (int i = 0; i < 30; ++i) {
            NewArticle article;
            article.title = QStringLiteral("Article %1 — Poutine à Minsk").arg(i);
            article.date = QStringLiteral("2022-12-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            article.text = article.title
                + QStringLiteral("\n« Nous resterons », a déclaré Vladimir Poutine. "
                                 "Лукашенко ответил. قال الرئيس 😀 普京 %1\n")
                      .arg(i)
                      .repeated(1 + i % 5);
            batch.append(article);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        project.insertArticles(batch, &outcomes, &error);
        for (const auto &outcome : outcomes) {
            NewAnnotation tag;
            tag.articleId = outcome.id;
            tag.start = 11;
            tag.end = 18;
            tag.labelName = QStringLiteral("PER");
            tag.entityName = QStringLiteral("Vladimir Poutine");
            tag.note = QStringLiteral("note");
            project.addAnnotation(tag, &error);
            NewQuote quote;
            quote.articleId = outcome.id;
            quote.start = 33;
            quote.end = 48;
            quote.manual = true;
            project.addQuote(quote, &error);
        }
    }
    original.file = readAll(path);
    original.pageSize = qFromBigEndian<quint16>(original.file.constData() + 16);

    // Later edits left in the log: close without a checkpoint.
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL;"
                 "UPDATE annotations SET note = 'later';"
                 "INSERT INTO labels (name, color) VALUES ('EVENT', '#123456');",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
    original.wal = readAll(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    return original;
}

struct Mutant
{
    QByteArray file;
    QByteArray wal; ///< empty: none beside it
    QByteArray description;
};

Mutant mutate(const Original &original, quint64 seed)
{
    std::mt19937_64 random(seed);
    const auto below = [&random](qint64 n) { return n > 0 ? qint64(random() % quint64(n)) : 0; };
    Mutant m { original.file, QByteArray(), QByteArray() };
    const qint64 pages = m.file.size() / original.pageSize;
    const auto flipBits = [&](QByteArray &bytes, int count) {
        for (int i = 0; i < count && !bytes.isEmpty(); ++i)
            bytes[below(bytes.size())] ^= char(1 << below(8));
    };
    static const int headerFields[] = { 16, 18, 19, 20, 21, 22, 23, 24, 28, 32, 36,
                                        40, 44, 48, 52, 56, 60, 64, 68, 92, 96 };
    const auto setHeaderField = [&](QByteArray &bytes) {
        const int field = headerFields[below(std::size(headerFields))];
        const quint32 values[] = { 0u,
                                   1u,
                                   2u,
                                   0xFFFFFFFFu,
                                   0x80000000u,
                                   quint32(random()),
                                   quint32(original.pageSize / 2),
                                   65536u };
        const quint32 value = values[below(std::size(values))];
        if (field >= 16 && field <= 23 && field != 16)
            bytes[field] = char(value);
        else if (field == 16)
            qToBigEndian<quint16>(quint16(value), bytes.data() + 16);
        else
            qToBigEndian<quint32>(value, bytes.data() + field);
        return QByteArray("header field at ") + QByteArray::number(field) + " = "
            + QByteArray::number(value);
    };

    switch (seed % 8) {
    case 0: {
        const int count = 1 + int(below(16));
        flipBits(m.file, count);
        m.description = QByteArray::number(count) + " bits flipped";
        break;
    }
    case 1: {
        const qint64 size = below(m.file.size());
        m.file.truncate(size);
        m.description = "truncated to " + QByteArray::number(size);
        break;
    }
    case 2: {
        const qint64 page = below(pages);
        std::fill(m.file.begin() + page * original.pageSize,
                  m.file.begin() + (page + 1) * original.pageSize, '\0');
        m.description = "page " + QByteArray::number(page + 1) + " zeroed";
        break;
    }
    case 3:
        m.description = setHeaderField(m.file);
        break;
    case 4: {
        const qint64 at = below(m.file.size());
        const qint64 length = 1 + below(64);
        for (qint64 i = at; i < std::min<qint64>(at + length, m.file.size()); ++i)
            m.file[i] = char(random());
        m.description =
            QByteArray::number(length) + " bytes scribbled at " + QByteArray::number(at);
        break;
    }
    case 5: {
        m.wal = original.wal;
        const int count = int(below(4));
        flipBits(m.wal, count);
        if (below(3) == 0)
            m.wal.truncate(below(m.wal.size()));
        m.description = "a log beside it, " + QByteArray::number(count) + " bits flipped, "
            + QByteArray::number(m.wal.size()) + " bytes";
        break;
    }
    case 6: {
        const qint64 from = below(pages);
        const qint64 to = below(pages);
        const QByteArray page = m.file.mid(from * original.pageSize, original.pageSize);
        m.file.replace(to * original.pageSize, original.pageSize, page);
        m.description = "page " + QByteArray::number(from + 1) + " copied over page "
            + QByteArray::number(to + 1);
        break;
    }
    default: {
        m.description = setHeaderField(m.file) + ", and bits flipped";
        flipBits(m.file, 1 + int(below(4)));
        if (below(2) == 0) {
            m.wal = original.wal;
            m.description += ", and a log beside it";
        }
        break;
    }
    }
    return m;
}

// Everything the window and the CLI read of an opened project, and two
// exports: damaged contents may be refused, but nothing may crash.
void exercise(ProjectDatabase &project, const QString &folder)
{
    for (const ArticleSummary &article : project.articleSummaries()) {
        project.articleText(article.id);
        project.annotations(article.id);
        project.quotes(article.id);
        project.rejectedSuggestions(article.id);
    }
    project.entitySummaries();
    project.labels();
    for (ExportFormat format : { ExportFormat::AnnotationsCsv, ExportFormat::Jsonl }) {
        ExportJob job(project, ExportJob::Settings { format, {}, {} });
        QString error;
        job.write(QDir(folder).filePath(QStringLiteral("export.out")), &error);
    }
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void mutatedProjectsAreRefusedOrOpened();
};

void TestHostileFiles::mutatedProjectsAreRefusedOrOpened()
{
    bool ok = false;
    int count = qEnvironmentVariableIntValue("MARGINALIA_HOSTILE_FILES", &ok);
    if (!ok || count <= 0)
        count = 600;
    const QByteArray seedText = qgetenv("MARGINALIA_HOSTILE_SEED");
    const quint64 firstSeed = seedText.isEmpty() ? quint64(QDateTime::currentMSecsSinceEpoch()) * 8
                                                 : seedText.toULongLong();
    qInfo("%d mutated files, first seed %llu (MARGINALIA_HOSTILE_SEED repeats them)", count,
          firstSeed);

    QTemporaryDir originalDir;
    const Original original = makeOriginal(originalDir);
    QVERIFY(original.file.size() > 8 * original.pageSize);
    QVERIFY(!original.wal.isEmpty());

    QMap<QString, int> outcomes;
    for (int i = 0; i < count; ++i) {
        const quint64 seed = firstSeed + quint64(i);
        const Mutant mutant = mutate(original, seed);
        const QByteArray what = "seed " + QByteArray::number(seed) + ": " + mutant.description;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mutant.marginalia"));
        QVERIFY(writeFile(path, mutant.file));
        if (!mutant.wal.isNull() && !mutant.wal.isEmpty())
            QVERIFY(writeFile(path + QLatin1String("-wal"), mutant.wal));
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        const QByteArray walBefore = readAll(path + QLatin1String("-wal"));

        ProjectDatabase::OpenResult result;
        {
            const Watchdog watchdog(what + " (open)");
            result = ProjectDatabase::open(path);
        }
        if (result.database) {
            {
                const Watchdog watchdog(what + " (reads and exports)");
                exercise(*result.database, dir.path());
            }
            result.database.reset();
            ++outcomes[QStringLiteral("opened")];
            continue;
        }
        ++outcomes[QString::number(int(result.status))];
        QVERIFY2(result.error.contains(QLatin1String("mutant.marginalia")), what.constData());
        QVERIFY2(!result.error.contains(QLatin1Char('\n')),
                 (what + ": " + result.error.toUtf8()).constData());
        QVERIFY2(result.error.size() < 400, (what + ": " + result.error.toUtf8()).constData());
        QVERIFY2(readAll(path) == mutant.file, (what + ": the refused file changed").constData());
        QVERIFY2(readAll(path + QLatin1String("-wal")) == walBefore,
                 (what + ": the log beside it changed").constData());
        const QStringList filesAfter = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(filesAfter == filesBefore,
                 (what + ": left " + filesAfter.join(QLatin1Char(' ')).toUtf8()).constData());
    }
    QStringList tally;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        tally.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    qInfo("outcomes (status numbers as in ProjectDatabase::OpenStatus): %s",
          qPrintable(tally.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
