// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleTextParser: the optional `date YYYY[-MM[-DD]]` header, the title line
// and the stored text, which is the input minus exactly the header.
#include "articletextparser.h"
#include "testconfig.h"
#include "textdecoder.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTest>

using Marginalia::ArticleTextParser;

class TestArticleTextParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parsesTheSampleFile();
    void isValidPartialDate_data();
    void isValidPartialDate();
};

void TestArticleTextParser::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");

    // The sample's shape: a space, the header and the title on one line.
    QTest::newRow("sample: leading space, header and title on one line")
        << QStringLiteral(" date 2022-12 Le président russe Vladimir Poutine se rendra en "
                          "Biélorussie.\n\nIl s’entretiendra avec le dirigeant biélorusse.\n")
        << QStringLiteral("2022-12")
        << QStringLiteral("Le président russe Vladimir Poutine se rendra en Biélorussie.")
        << QStringLiteral("Le président russe Vladimir Poutine se rendra en Biélorussie.\n\n"
                          "Il s’entretiendra avec le dirigeant biélorusse.\n");
    QTest::newRow("year only") << QStringLiteral("date 2022 Bilan de l'année\nCorps")
                               << QStringLiteral("2022") << QStringLiteral("Bilan de l'année")
                               << QStringLiteral("Bilan de l'année\nCorps");
    QTest::newRow("full date") << QStringLiteral("date 2022-12-05 Sommet à Minsk\nCorps")
                               << QStringLiteral("2022-12-05") << QStringLiteral("Sommet à Minsk")
                               << QStringLiteral("Sommet à Minsk\nCorps");
    // The header is the lower-case keyword the format defines; a headline that
    // starts with "Date 2024" is a headline.
    QTest::newRow("capitalised keyword is a title")
        << QStringLiteral("Date 2024 set for the election\nCorps") << QString()
        << QStringLiteral("Date 2024 set for the election")
        << QStringLiteral("Date 2024 set for the election\nCorps");
    QTest::newRow("upper-case keyword is a title")
        << QStringLiteral("DATE 2022-12 Titre") << QString() << QStringLiteral("DATE 2022-12 Titre")
        << QStringLiteral("DATE 2022-12 Titre");
    QTest::newRow("several spaces after the keyword and the date")
        << QStringLiteral("date    2022-12     Titre\nCorps") << QStringLiteral("2022-12")
        << QStringLiteral("Titre") << QStringLiteral("Titre\nCorps");
    QTest::newRow("tabs around the date")
        << QStringLiteral("\tdate\t2022-12\tTitre\nCorps") << QStringLiteral("2022-12")
        << QStringLiteral("Titre") << QStringLiteral("Titre\nCorps");
    QTest::newRow("no-break spaces around the date")
        << QStringLiteral(u"date\u00A02022-12\u00A0Titre") << QStringLiteral("2022-12")
        << QStringLiteral("Titre") << QStringLiteral("Titre");
    QTest::newRow("header alone on its line takes its line end")
        << QStringLiteral("date 2022-12\nTitre\n\nCorps") << QStringLiteral("2022-12")
        << QStringLiteral("Titre") << QStringLiteral("Titre\n\nCorps");
    QTest::newRow("header alone with trailing spaces")
        << QStringLiteral("date 2022-12-05  \t\nTitre\nCorps") << QStringLiteral("2022-12-05")
        << QStringLiteral("Titre") << QStringLiteral("Titre\nCorps");
    QTest::newRow("header alone then a blank line: only one line end goes")
        << QStringLiteral("date 2022\n\nTitre\nCorps") << QStringLiteral("2022")
        << QStringLiteral("Titre") << QStringLiteral("\nTitre\nCorps");
    QTest::newRow("title keeps its trailing spaces in the text")
        << QStringLiteral("date 2022 Titre  \nCorps") << QStringLiteral("2022")
        << QStringLiteral("Titre") << QStringLiteral("Titre  \nCorps");
    QTest::newRow("header only, nothing after it")
        << QStringLiteral("date 2022-12") << QStringLiteral("2022-12") << QString() << QString();
    QTest::newRow("header and line end only")
        << QStringLiteral("date 2022-12 \n") << QStringLiteral("2022-12") << QString() << QString();
    QTest::newRow("title with emoji and Arabic after the header")
        << QStringLiteral(u"date 2023-01-31 \U0001F1EB\U0001F1F7 \u0642\u0645\u0629 Paris\nCorps")
        << QStringLiteral("2023-01-31")
        << QStringLiteral(u"\U0001F1EB\U0001F1F7 \u0642\u0645\u0629 Paris")
        << QStringLiteral(u"\U0001F1EB\U0001F1F7 \u0642\u0645\u0629 Paris\nCorps");
    QTest::newRow("leap day in a leap year")
        << QStringLiteral("date 2024-02-29 Titre") << QStringLiteral("2024-02-29")
        << QStringLiteral("Titre") << QStringLiteral("Titre");

    // Not a header: the whole input is the text and its first line the title.
    const auto noHeader = [](const char *name, const QString &input, const QString &title) {
        QTest::newRow(name) << input << QString() << title << input;
    };
    noHeader("month 13", QStringLiteral("date 2022-13 Titre\nCorps"),
             QStringLiteral("date 2022-13 Titre"));
    noHeader("month 00", QStringLiteral("date 2022-00 Titre"),
             QStringLiteral("date 2022-00 Titre"));
    noHeader("February 30", QStringLiteral("date 2022-02-30 Titre"),
             QStringLiteral("date 2022-02-30 Titre"));
    noHeader("February 29 in a common year", QStringLiteral("date 2023-02-29 Titre"),
             QStringLiteral("date 2023-02-29 Titre"));
    noHeader("day 00", QStringLiteral("date 2022-12-00 Titre"),
             QStringLiteral("date 2022-12-00 Titre"));
    noHeader("two-digit year", QStringLiteral("date 22-12 Titre"),
             QStringLiteral("date 22-12 Titre"));
    noHeader("one-digit month", QStringLiteral("date 2022-1 Titre"),
             QStringLiteral("date 2022-1 Titre"));
    noHeader("trailing dash", QStringLiteral("date 2022-12- Titre"),
             QStringLiteral("date 2022-12- Titre"));
    noHeader("five-digit year", QStringLiteral("date 20221 Titre"),
             QStringLiteral("date 20221 Titre"));
    noHeader("no space after the keyword", QStringLiteral("date2022 Titre"),
             QStringLiteral("date2022 Titre"));
    noHeader("letter glued to the date", QStringLiteral("date 2022-12x Titre"),
             QStringLiteral("date 2022-12x Titre"));
    noHeader("time glued to the date", QStringLiteral("date 2022-12-05T10:00 Titre"),
             QStringLiteral("date 2022-12-05T10:00 Titre"));
    noHeader("comma glued to the date", QStringLiteral("date 2022, une année\nCorps"),
             QStringLiteral("date 2022, une année"));
    noHeader("slashes instead of dashes", QStringLiteral("date 2022/12 Titre"),
             QStringLiteral("date 2022/12 Titre"));
    noHeader("full-width digits", QStringLiteral(u"date \uFF12\uFF10\uFF12\uFF12 Titre"),
             QStringLiteral(u"date \uFF12\uFF10\uFF12\uFF12 Titre"));
    noHeader("Arabic-Indic digits", QStringLiteral(u"date \u0662\u0660\u0662\u0662 Titre"),
             QStringLiteral(u"date \u0662\u0660\u0662\u0662 Titre"));
    noHeader("keyword without a date", QStringLiteral("date Titre"), QStringLiteral("date Titre"));
    noHeader("keyword alone", QStringLiteral("date"), QStringLiteral("date"));
    noHeader("a longer word starting with date", QStringLiteral("dates 2022 à retenir"),
             QStringLiteral("dates 2022 à retenir"));
    noHeader("keyword inside a word", QStringLiteral("update 2022-12 Titre"),
             QStringLiteral("update 2022-12 Titre"));
    noHeader("French keyword is not the header", QStringLiteral("Le 5 décembre 2022\nCorps"),
             QStringLiteral("Le 5 décembre 2022"));
    noHeader("header on the second line is not a header", QStringLiteral("Titre\ndate 2022-12"),
             QStringLiteral("Titre"));
    noHeader("header after a blank line is not a header", QStringLiteral("\ndate 2022-12 Titre"),
             QStringLiteral("date 2022-12 Titre"));

    noHeader("plain title and body", QStringLiteral("Titre\n\nCorps"), QStringLiteral("Titre"));
    noHeader("leading blank lines skipped for the title but kept in the text",
             QStringLiteral("\n\n  \n\t\nTitre\nCorps"), QStringLiteral("Titre"));
    noHeader("title trimmed of spaces, tabs and NBSP",
             QStringLiteral(u"  \t\u00A0Un titre  avec  espaces \t\nCorps"),
             QStringLiteral("Un titre  avec  espaces"));
    noHeader("title is the first line even without a line end",
             QStringLiteral("Seulement un titre"), QStringLiteral("Seulement un titre"));
    noHeader("right-to-left title",
             QStringLiteral(u"\u0628\u0648\u062A\u064A\u0646 \u0641\u064A "
                            u"\u0645\u064A\u0646\u0633\u0643\nCorps"),
             QStringLiteral(u"\u0628\u0648\u062A\u064A\u0646 \u0641\u064A "
                            u"\u0645\u064A\u0646\u0633\u0643"));
    noHeader("empty input", QString(), QString());
    noHeader("only blank lines", QStringLiteral("\n  \n\t\n"), QString());
}

void TestArticleTextParser::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, date);
    QFETCH(QString, title);
    QFETCH(QString, text);

    const ArticleTextParser::Parsed parsed = ArticleTextParser::parse(input);
    QCOMPARE(parsed.date, date);
    QCOMPARE(parsed.title, title);
    QCOMPARE(parsed.text, text);

    // Independently of the expected columns: the text is a suffix of the
    // input, and what was cut is exactly one header (or nothing).
    QVERIFY(input.endsWith(parsed.text));
    const QString removed = input.left(input.size() - parsed.text.size());
    if (parsed.date.isEmpty()) {
        QCOMPARE(removed, QString());
    } else {
        const QRegularExpression header(
            QStringLiteral(u"^[ \t\u00A0]*date[ \t\u00A0]+%1[ \t\u00A0]*\n?$")
                .arg(QRegularExpression::escape(parsed.date)),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(header.match(removed).hasMatch(), qPrintable(removed));
        QVERIFY(ArticleTextParser::isValidPartialDate(parsed.date));
    }
    // The title is trimmed and is a line of the text.
    QCOMPARE(parsed.title, parsed.title.trimmed());
    QVERIFY(parsed.text.contains(parsed.title));
}

void TestArticleTextParser::parsesTheSampleFile()
{
    QFile file(QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR
                              "/../resources/samples/poutine-bielorussie-2022-12.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Marginalia::TextDecoder::Result decoded = Marginalia::TextDecoder::decode(file.readAll());
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));

    const ArticleTextParser::Parsed parsed = ArticleTextParser::parse(decoded.text);
    QCOMPARE(parsed.date, QStringLiteral("2022-12"));
    QCOMPARE(parsed.title,
             QStringLiteral("Le président russe Vladimir Poutine se rendra en Biélorussie."));
    // " date 2022-12 " is 14 UTF-16 units; everything after it is kept.
    QCOMPARE(parsed.text, decoded.text.mid(14));
    QVERIFY(parsed.text.startsWith(parsed.title + QLatin1String("\n\n")));
}

void TestArticleTextParser::isValidPartialDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");

    QTest::newRow("year") << QStringLiteral("2022") << true;
    QTest::newRow("year 1900") << QStringLiteral("1900") << true;
    QTest::newRow("year and month") << QStringLiteral("2022-12") << true;
    QTest::newRow("January") << QStringLiteral("2022-01") << true;
    QTest::newRow("full date") << QStringLiteral("2022-12-05") << true;
    QTest::newRow("last day of the year") << QStringLiteral("2022-12-31") << true;
    QTest::newRow("April 30") << QStringLiteral("2022-04-30") << true;
    QTest::newRow("leap day, year divisible by 4") << QStringLiteral("2024-02-29") << true;
    QTest::newRow("leap day, year divisible by 400") << QStringLiteral("2000-02-29") << true;
    QTest::newRow("leap day 2400") << QStringLiteral("2400-02-29") << true;
    QTest::newRow("February 28 in a common year") << QStringLiteral("2023-02-28") << true;

    QTest::newRow("leap day in a common year") << QStringLiteral("2023-02-29") << false;
    QTest::newRow("leap day, century not divisible by 400")
        << QStringLiteral("1900-02-29") << false;
    QTest::newRow("leap day 2100") << QStringLiteral("2100-02-29") << false;
    QTest::newRow("February 30") << QStringLiteral("2022-02-30") << false;
    QTest::newRow("April 31") << QStringLiteral("2022-04-31") << false;
    QTest::newRow("December 32") << QStringLiteral("2022-12-32") << false;
    QTest::newRow("day 00") << QStringLiteral("2022-12-00") << false;
    QTest::newRow("month 13") << QStringLiteral("2022-13") << false;
    QTest::newRow("month 00") << QStringLiteral("2022-00") << false;
    QTest::newRow("month 13 with a day") << QStringLiteral("2022-13-01") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("two-digit year") << QStringLiteral("22") << false;
    QTest::newRow("two-digit year and month") << QStringLiteral("22-12") << false;
    QTest::newRow("five digits") << QStringLiteral("20221") << false;
    QTest::newRow("one-digit month") << QStringLiteral("2022-1") << false;
    QTest::newRow("one-digit day") << QStringLiteral("2022-12-5") << false;
    QTest::newRow("trailing dash") << QStringLiteral("2022-12-") << false;
    QTest::newRow("slash") << QStringLiteral("2022/12") << false;
    QTest::newRow("dots") << QStringLiteral("2022.12.05") << false;
    QTest::newRow("plus sign as month") << QStringLiteral("2022-+1") << false;
    QTest::newRow("minus sign as day") << QStringLiteral("2022-12--1") << false;
    QTest::newRow("negative year") << QStringLiteral("-202") << false;
    QTest::newRow("leading space") << QStringLiteral(" 2022") << false;
    QTest::newRow("trailing space") << QStringLiteral("2022 ") << false;
    QTest::newRow("time appended") << QStringLiteral("2022-12-05T10") << false;
    QTest::newRow("letters") << QStringLiteral("abcd") << false;
    QTest::newRow("full-width digits") << QStringLiteral(u"\uFF12\uFF10\uFF12\uFF12") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral(u"\u0662\u0660\u0662\u0662") << false;
    QTest::newRow("month name") << QStringLiteral("2022-de") << false;
}

void TestArticleTextParser::isValidPartialDate()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);

    QCOMPARE(ArticleTextParser::isValidPartialDate(date), valid);
}

QTEST_GUILESS_MAIN(TestArticleTextParser)

#include "tst_articletextparser.moc"
