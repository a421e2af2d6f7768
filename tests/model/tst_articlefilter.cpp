// SPDX-License-Identifier: GPL-3.0-or-later
// The article list's date range (issue 12, worklist filters): ISO dates,
// full or partial, against a range open at either end. A partial date
// ("2022-12") spans its period, so a range that touches it keeps it.
#include "articlefilter.h"

#include <QTest>

using namespace Marginalia;

Q_DECLARE_METATYPE(ArticleFilter)

class TestArticleFilter : public QObject
{
    Q_OBJECT
private slots:
    void dateInRange_data();
    void dateInRange();
    void emptyUntilAPartIsSet_data();
    void emptyUntilAPartIsSet();
};

void TestArticleFilter::dateInRange_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("inside");

    const QString from = QStringLiteral("2022-12-05");
    const QString to = QStringLiteral("2023-01-10");
    QTest::newRow("no range, no date") << QString() << QString() << QString() << true;
    QTest::newRow("undated, a range") << QString() << from << to << false;
    QTest::newRow("day inside") << QStringLiteral("2022-12-24") << from << to << true;
    QTest::newRow("first day") << from << from << to << true;
    QTest::newRow("last day") << to << from << to << true;
    QTest::newRow("day before") << QStringLiteral("2022-12-04") << from << to << false;
    QTest::newRow("day after") << QStringLiteral("2023-01-11") << from << to << false;
    QTest::newRow("month overlapping the start") << QStringLiteral("2022-12") << from << to << true;
    QTest::newRow("month overlapping the end") << QStringLiteral("2023-01") << from << to << true;
    QTest::newRow("month before") << QStringLiteral("2022-11") << from << to << false;
    QTest::newRow("month after") << QStringLiteral("2023-02") << from << to << false;
    QTest::newRow("year overlapping") << QStringLiteral("2023") << from << to << true;
    QTest::newRow("year before") << QStringLiteral("2021") << from << to << false;
    QTest::newRow("from only, later day")
        << QStringLiteral("2030-01-01") << from << QString() << true;
    QTest::newRow("from only, earlier day")
        << QStringLiteral("2001-01-01") << from << QString() << false;
    QTest::newRow("to only, earlier day")
        << QStringLiteral("2001-01-01") << QString() << to << true;
    QTest::newRow("to only, same month later day")
        << QStringLiteral("2023-01-31") << QString() << to << false;
    QTest::newRow("to only, the month") << QStringLiteral("2023-01") << QString() << to << true;
    QTest::newRow("date with a time")
        << QStringLiteral("2022-12-31T23:59:00") << from << to << true;
    QTest::newRow("malformed") << QStringLiteral("12") << from << to << false;
}

void TestArticleFilter::dateInRange()
{
    QFETCH(QString, date);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, inside);
    QCOMPARE(ArticleFilter::dateInRange(date, from, to), inside);
}

void TestArticleFilter::emptyUntilAPartIsSet_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<bool>("empty");
    ArticleFilter none;
    QTest::newRow("nothing") << none << true;
    ArticleFilter spaces;
    spaces.title = QStringLiteral("  ");
    QTest::newRow("blank title") << spaces << true;
    ArticleFilter status;
    status.status = ArticleStatus::Todo;
    QTest::newRow("status") << status << false;
    ArticleFilter labelOnly;
    labelOnly.labelId = 3;
    QTest::newRow("a label, presence any") << labelOnly << true;
    ArticleFilter without = labelOnly;
    without.labelPresence = ArticleFilter::Presence::Without;
    QTest::newRow("without a label") << without << false;
    ArticleFilter unsigned_;
    unsigned_.annotator = QString();
    QTest::newRow("unsigned mentions") << unsigned_ << false;
    ArticleFilter until;
    until.dateTo = QStringLiteral("2022-01-01");
    QTest::newRow("an end date") << until << false;
}

void TestArticleFilter::emptyUntilAPartIsSet()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(bool, empty);
    QCOMPARE(filter.isEmpty(), empty);
}

QTEST_GUILESS_MAIN(TestArticleFilter)
#include "tst_articlefilter.moc"
