// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli on a project damaged behind its back: article 2's text,
// length or spans changed by raw SQL through the sqlite3 C API, as a
// corrupted disk or another program would leave them. Every export format,
// the quotes listing, quotes --redetect and tag-all must name the article,
// leave out what is wrong, do the rest and exit 1 — never write a text that
// does not match the hash printed beside it, or a span outside its text.
// (tst_storedarticlecheck damages a project while it is open, past the
// checks opening makes.)
#include "clirun.h"
#include "csvreader.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

namespace {

QVector<QStringList> csvRows(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    Marginalia::CsvReader reader(text, QLatin1Char(','));
    Marginalia::CsvReader::Record record;
    QVector<QStringList> rows;
    while (reader.next(&record))
        rows.append(record.fields);
    return rows;
}

/// Python's text[start:end].
QString codePoints(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end)
        return QStringLiteral("<outside>");
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

} // namespace

class TestCliDamage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damageIsReportedAndLeftOut_data();
    void damageIsReportedAndLeftOut();

private:
    QTemporaryDir m_dir;
    QString m_pristine;
};

void TestCliDamage::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MARGINALIA_CLI_PATH)));
    m_pristine = m_dir.filePath(QStringLiteral("pristine.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), m_pristine }).exitCode, 0);
    const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
    QVERIFY(writeFile(corpus + QStringLiteral("/a.txt"),
                      "First article\n\nVladimir Poutine a d\xC3\xA9"
                      "clar\xC3\xA9 : \xC2\xAB Nous irons \xC3\xA0 Minsk \xC2\xBB, selon "
                      "l\xE2\x80\x99"
                      "agence \xF0\x9F\x98\x80.\n"));
    QVERIFY(writeFile(corpus + QStringLiteral("/b.txt"),
                      "Damaged article\n\nEmmanuel Macron a d\xC3\xA9"
                      "clar\xC3\xA9 : \xC2\xAB La France est pr\xC3\xAAte \xC2\xBB, mardi.\n"));
    QVERIFY(writeFile(corpus + QStringLiteral("/c.txt"),
                      "Third article\n\nOlaf Scholz a d\xC3\xA9"
                      "clar\xC3\xA9 : \xC2\xAB Berlin attend \xC2\xBB, hier.\n"));
    QCOMPARE(cli({ QStringLiteral("import"), m_pristine, corpus }).exitCode, 0);
    // One person per article (the name right after the title and blank line).
    const struct
    {
        const char *id;
        const char *start;
        const char *end;
    } names[] = { { "1", "15", "31" }, { "2", "17", "32" }, { "3", "15", "26" } };
    for (const auto &name : names)
        QCOMPARE(cli({ QStringLiteral("annotate"), m_pristine, QLatin1String(name.id),
                       QLatin1String(name.start), QLatin1String(name.end), QStringLiteral("PER") })
                     .exitCode,
                 0);
    // Every article has its detected quote, with a cue.
    QCOMPARE(rawQueryInt(m_pristine,
                         "SELECT count(DISTINCT article_id) FROM quotes "
                         "WHERE cue_start IS NOT NULL"),
             3);
}

void TestCliDamage::damageIsReportedAndLeftOut_data()
{
    QTest::addColumn<QByteArray>("sql"); // "=VALUE": stored as article 2's text unchecked
    QTest::addColumn<QString>("damage"); // article, quote or entity: what is left out
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("command"); // an export format, quotes, redetect or tag-all

    const QString hash = QStringLiteral("its text does not match its stored hash");
    const struct
    {
        const char *name;
        QByteArray sql;
        const char *damage;
        QString reason;
    } damages[] = {
        { "text edited",
          "UPDATE article_texts SET text = replace(text, 'Macron', 'Micron') WHERE article_id = 2",
          "article", hash },
        { "text cut", "UPDATE article_texts SET text = substr(text, 1, 20) WHERE article_id = 2",
          "article", hash },
        { "text not UTF-8",
          "UPDATE article_texts SET text = CAST(x'44616d61676564ff0a' AS TEXT) "
          "WHERE article_id = 2",
          "article", QStringLiteral("its text is not valid UTF-8") },
        { "text a blob", "UPDATE article_texts SET text = CAST(text AS BLOB) WHERE article_id = 2",
          "article", QStringLiteral("its text is stored as binary data") },
        { "text a blob of invalid UTF-8",
          "UPDATE article_texts SET text = x'fffe0041' WHERE article_id = 2", "article",
          QStringLiteral("its text is stored as binary data") },
        { "text an integer", "=42", "article", QStringLiteral("its text is stored as a number") },
        { "text NULL", "=NULL", "article", QStringLiteral("it has no text") },
        { "text row gone", "DELETE FROM article_texts WHERE article_id = 2", "article",
          QStringLiteral("it has no text") },
        { "length too long", "UPDATE articles SET length = length + 7 WHERE id = 2", "article",
          QStringLiteral("its stored length") },
        { "length too short", "UPDATE articles SET length = 10 WHERE id = 2", "article",
          QStringLiteral("its stored length") },
        { "quote past the end", "UPDATE quotes SET \"end\" = 14128 WHERE article_id = 2", "quote",
          QStringLiteral("outside its text") },
        { "cue past the end",
          "UPDATE quotes SET cue_start = 900, cue_end = 905 WHERE article_id = 2", "quote",
          QStringLiteral("outside its text") },
        { "mention past the end",
          "UPDATE annotations SET start = 750, \"end\" = 760 WHERE article_id = 2", "entity",
          QStringLiteral("outside its text") },
    };
    const char *commands[] = { "csv",   "articles", "jsonl",    "brat",   "conll",
                               "texts", "quotes",   "redetect", "tag-all" };
    for (const auto &damage : damages) {
        for (const char *command : commands) {
            // Spans are not what the texts format writes, nor what detection reads.
            const bool spanDamage = qstrcmp(damage.damage, "article") != 0;
            if (spanDamage
                && (qstrcmp(command, "redetect") == 0 || qstrcmp(command, "tag-all") == 0))
                continue;
            QTest::addRow("%s, %s", damage.name, command)
                << damage.sql << QString::fromLatin1(damage.damage) << damage.reason
                << QString::fromLatin1(command);
        }
    }
}

void TestCliDamage::damageIsReportedAndLeftOut()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    QFETCH(QString, command);

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("damaged.marginalia"));
    QVERIFY(QFile::copy(m_pristine, project));
    // Detection and tagging must show they went on past article 2.
    QVERIFY(rawExec(project, "DELETE FROM quotes WHERE article_id = 3"));
    if (sql.startsWith('='))
        QVERIFY(storeUncheckedText(project, 2, sql.mid(1)));
    else
        QVERIFY(rawExec(project, sql));

    const QString out = dir.filePath(QStringLiteral("out"));
    QStringList arguments;
    if (command == QLatin1String("quotes"))
        arguments = { QStringLiteral("quotes"), project, QStringLiteral("--json") };
    else if (command == QLatin1String("redetect"))
        arguments = { QStringLiteral("quotes"), project, QStringLiteral("--redetect"),
                      QStringLiteral("--json") };
    else if (command == QLatin1String("tag-all"))
        arguments = { QStringLiteral("tag-all"), project, QStringLiteral("article"),
                      QStringLiteral("MISC"), QStringLiteral("--json") };
    else
        arguments = { QStringLiteral("export"), project, QStringLiteral("--format"), command,
                      QStringLiteral("--out"),  out };
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    const QString prefix = project + QStringLiteral(": article 2 \"Damaged article\": ");
    bool named = false;
    for (const QString &line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QVERIFY2(line.size() < 300, qPrintable(line));
        named = named || (line.startsWith(prefix) && line.contains(reason));
    }
    // A number or NULL where the text belongs also fails SQLite's quick
    // check, which opening runs: then the whole file is refused, and nothing written.
    if (!named && sql.startsWith('=')
        && run.err.startsWith(project + QStringLiteral(": the project file is damaged"))) {
        QVERIFY(!QFile::exists(out));
        return;
    }
    QVERIFY2(named, qPrintable(run.err));
    const bool articleLeftOut = damage == QLatin1String("article");

    if (command == QLatin1String("redetect") || command == QLatin1String("tag-all")) {
        // The rest was done: article 3's quote is back, articles 1 and 3 are tagged.
        if (command == QLatin1String("redetect")) {
            QCOMPARE(rawQueryInt(project, "SELECT count(*) FROM quotes WHERE article_id = 3"), 1);
        } else {
            QCOMPARE(rawQueryInt(project,
                                 "SELECT count(DISTINCT n.article_id) FROM annotations n "
                                 "JOIN labels l ON l.id = n.label_id "
                                 "WHERE l.name = 'MISC' AND n.article_id IN (1, 3)"),
                     2);
            QCOMPARE(rawQueryInt(project,
                                 "SELECT count(*) FROM annotations WHERE article_id = 2 "
                                 "AND label_id = (SELECT id FROM labels "
                                 "WHERE name = 'MISC')"),
                     0);
        }
        return;
    }
    if (command == QLatin1String("quotes")) {
        const QJsonArray quotes = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QSet<qint64> articles;
        for (const QJsonValue &quote : quotes)
            articles.insert(quote.toObject().value(QLatin1String("article_id")).toInteger());
        QVERIFY(articles.contains(1));
        QCOMPARE(articles.contains(2), damage == QLatin1String("entity"));
        return;
    }

    if (command == QLatin1String("csv") || command == QLatin1String("articles")) {
        const QVector<QStringList> rows = csvRows(readAll(out));
        QVERIFY(rows.size() > 1);
        const qsizetype id = rows.first().indexOf(QLatin1String("article_id"));
        const qsizetype kind = rows.first().indexOf(QLatin1String("kind"));
        QSet<QString> articles;
        for (const QStringList &row : rows.mid(1)) {
            articles.insert(row.at(id));
            if (row.at(id) == QLatin1String("2") && kind >= 0)
                QVERIFY2(row.at(kind) != damage, qPrintable(row.join(QLatin1Char('|'))));
        }
        QVERIFY(articles.contains(QStringLiteral("1")));
        QCOMPARE(articles.contains(QStringLiteral("2")), !articleLeftOut);
    } else if (command == QLatin1String("jsonl")) {
        QSet<qint64> articles;
        for (const QByteArray &line : readAll(out).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            const QString text = object.value(QLatin1String("text")).toString();
            QCOMPARE(QString::fromLatin1(sha256(text.toUtf8())),
                     object.value(QLatin1String("text_sha256")).toString());
            const qint64 id = object.value(QLatin1String("id")).toInteger();
            articles.insert(id);
            for (const QJsonValue &value : object.value(QLatin1String("annotations")).toArray()) {
                const QJsonObject span = value.toObject();
                QCOMPARE(codePoints(text, span.value(QLatin1String("start")).toInteger(),
                                    span.value(QLatin1String("end")).toInteger()),
                         span.value(QLatin1String("text")).toString());
                if (id == 2)
                    QVERIFY(span.value(QLatin1String("kind")).toString() != damage);
            }
        }
        QVERIFY(articles.contains(1));
        QCOMPARE(articles.contains(2), !articleLeftOut);
    } else if (command == QLatin1String("conll")) {
        const QByteArray conll = readAll(out);
        QVERIFY(conll.contains("-DOCSTART-\tarticle_id=1 "));
        QCOMPARE(conll.contains("-DOCSTART-\tarticle_id=2 "), !articleLeftOut);
    } else { // brat, texts: files per article and a manifest of their hashes
        QVERIFY(QFile::exists(out + QStringLiteral("/1.txt")));
        QCOMPARE(QFile::exists(out + QStringLiteral("/2.txt")), !articleLeftOut);
        const QVector<QStringList> manifest =
            csvRows(readAll(out + QStringLiteral("/manifest.csv")));
        const qsizetype file = manifest.first().indexOf(QLatin1String("txt_file"));
        const qsizetype hash = manifest.first().indexOf(QLatin1String("text_sha256"));
        QVERIFY(file >= 0 && hash >= 0);
        for (const QStringList &row : manifest.mid(1))
            QCOMPARE(QString::fromLatin1(sha256(readAll(out + QLatin1Char('/') + row.at(file)))),
                     row.at(hash));
        if (command == QLatin1String("brat") && !articleLeftOut) {
            const QByteArray ann = readAll(out + QStringLiteral("/2.ann"));
            QVERIFY2(!ann.contains(damage == QLatin1String("quote") ? "\tQUOTE " : "\tPER "),
                     ann.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestCliDamage)
#include "tst_cli_damage.moc"
