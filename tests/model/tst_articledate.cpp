// SPDX-License-Identifier: GPL-3.0-or-later
// Article dates as news exports write them (issue 12, defect 18): ISO,
// numeric day/month/year in either order, French and English month names,
// RSS's RFC 2822; the rest refused rather than guessed.
#include "articledate.h"

#include <QTest>

using namespace Marginalia;

class TestArticleDate : public QObject
{
    Q_OBJECT
private slots:
    void readsTheUsualForms_data();
    void readsTheUsualForms();
    void ambiguityIsTold_data();
    void ambiguityIsTold();
    void orderOfAFile();
};

void TestArticleDate::readsTheUsualForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("dayFirst"); ///< empty: not a date
    QTest::addColumn<QString>("monthFirst");

    const auto row = [](const char *name, const QString &value, const QString &dayFirst,
                        const QString &monthFirst = QString()) {
        QTest::newRow(name) << value << dayFirst << (monthFirst.isNull() ? dayFirst : monthFirst);
    };
    row("ISO day", QStringLiteral("2022-12-05"), QStringLiteral("2022-12-05"));
    row("ISO month", QStringLiteral("2022-12"), QStringLiteral("2022-12"));
    row("ISO year", QStringLiteral(" 2022 "), QStringLiteral("2022"));
    row("ISO date-time", QStringLiteral("2022-12-05T23:10:00+01:00"), QStringLiteral("2022-12-05"));
    row("slashes", QStringLiteral("05/12/2022"), QStringLiteral("2022-12-05"),
        QStringLiteral("2022-05-12"));
    row("dots, one digit", QStringLiteral("5.1.2023"), QStringLiteral("2023-01-05"),
        QStringLiteral("2023-05-01"));
    row("dashes", QStringLiteral("05-12-2022"), QStringLiteral("2022-12-05"),
        QStringLiteral("2022-05-12"));
    row("day over 12", QStringLiteral("25/12/2022"), QStringLiteral("2022-12-25"));
    row("day over 12, month first", QStringLiteral("12/25/2022"), QStringLiteral("2022-12-25"));
    row("with a time", QStringLiteral("05/12/2022 14:30"), QStringLiteral("2022-12-05"),
        QStringLiteral("2022-05-12"));
    row("French", QStringLiteral("5 décembre 2022"), QStringLiteral("2022-12-05"));
    row("French, weekday", QStringLiteral("Lundi 5 Décembre 2022"), QStringLiteral("2022-12-05"));
    row("French, first", QStringLiteral("1er février 2023"), QStringLiteral("2023-02-01"));
    row("French, abbreviated", QStringLiteral("1er févr. 2023"), QStringLiteral("2023-02-01"));
    row("French, no accents", QStringLiteral("15 aout 2021"), QStringLiteral("2021-08-15"));
    row("French, with time", QStringLiteral("5 décembre 2022 à 10h30"),
        QStringLiteral("2022-12-05"));
    row("English", QStringLiteral("5 December 2022"), QStringLiteral("2022-12-05"));
    row("English, month first", QStringLiteral("December 5, 2022"), QStringLiteral("2022-12-05"));
    row("English, ordinal", QStringLiteral("Monday, December 5th, 2022"),
        QStringLiteral("2022-12-05"));
    row("English, abbreviated", QStringLiteral("Sept. 3, 2021"), QStringLiteral("2021-09-03"));
    row("RFC 2822", QStringLiteral("Mon, 05 Dec 2022 23:30:00 -0500"),
        QStringLiteral("2022-12-05"));
    row("month and year", QStringLiteral("décembre 2022"), QStringLiteral("2022-12"));
    row("empty", QString(), QString());
    row("no such day", QStringLiteral("31/02/2022"), QString());
    row("no such month", QStringLiteral("5 brumaire 2022"), QString());
    row("two-digit year", QStringLiteral("05/12/22"), QString());
    row("words", QStringLiteral("last Tuesday"), QString());
    row("mixed separators", QStringLiteral("05/12-2022"), QString());
    row("ISO month 13", QStringLiteral("2022-13"), QString());
}

void TestArticleDate::readsTheUsualForms()
{
    QFETCH(QString, value);
    QFETCH(QString, dayFirst);
    QFETCH(QString, monthFirst);
    QCOMPARE(ArticleDate::toIso(value, ArticleDate::Order::DayFirst).value_or(QString()), dayFirst);
    QCOMPARE(ArticleDate::toIso(value, ArticleDate::Order::MonthFirst).value_or(QString()),
             monthFirst);
}

void TestArticleDate::ambiguityIsTold_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("both under 13") << QStringLiteral("01/02/2024") << true;
    QTest::newRow("same day and month") << QStringLiteral("03/03/2024") << false;
    QTest::newRow("day over 12") << QStringLiteral("13/02/2024") << false;
    QTest::newRow("ISO") << QStringLiteral("2024-02-01") << false;
    QTest::newRow("words") << QStringLiteral("1 February 2024") << false;
}

void TestArticleDate::ambiguityIsTold()
{
    QFETCH(QString, value);
    QFETCH(bool, ambiguous);
    QCOMPARE(ArticleDate::isAmbiguous(value), ambiguous);
}

void TestArticleDate::orderOfAFile()
{
    using Order = ArticleDate::Order;
    const QStringList european { QStringLiteral("01/02/2024"), QStringLiteral("28/02/2024") };
    const QStringList american { QStringLiteral("01/02/2024"), QStringLiteral("02/28/2024") };
    const QStringList unclear { QStringLiteral("01/02/2024"), QStringLiteral("2024-02-28") };
    QCOMPARE(ArticleDate::orderOf(european, Order::MonthFirst), Order::DayFirst);
    QCOMPARE(ArticleDate::orderOf(american, Order::DayFirst), Order::MonthFirst);
    QCOMPARE(ArticleDate::orderOf(unclear, Order::MonthFirst), Order::MonthFirst);
}

QTEST_GUILESS_MAIN(TestArticleDate)
#include "tst_articledate.moc"
