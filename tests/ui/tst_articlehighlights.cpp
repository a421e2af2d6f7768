// SPDX-License-Identifier: GPL-3.0-or-later
// Quote highlighting in ArticleView, read back from the text layout's
// formats: every character of a quote is styled and nothing else is,
// whether the quotes touch a few blocks (repainted one by one) or hundreds
// (one pass over the document), and a new article starts unstyled.
#include "annotation.h"
#include "articleview.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Marginalia;

namespace {

/// Whether the character at UTF-16 index \a at is set in a quote's style.
bool italicAt(ArticleView &view, int at)
{
    const QTextBlock block = view.document()->findBlock(at);
    const int inBlock = at - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format.fontItalic();
    }
    return false;
}

/// \a paragraphs lines of "« Bonjour » dit Jean-Étienne 😀." (the emoji
/// makes code points and UTF-16 differ), with a quote over each « … » of
/// every \a step-th line.
struct Article
{
    QString text;
    QVector<Quote> quotes;
    QVector<std::pair<int, int>> quoteUtf16; ///< the quotes in UTF-16, to check
};

Article makeArticle(int paragraphs, int step)
{
    Article article;
    const QString line = QStringLiteral("😀 « Bonjour » dit Jean-Étienne.\n");
    const int codePointsPerLine = int(line.toUcs4().size());
    for (int i = 0; i < paragraphs; ++i) {
        if (i % step == 0) {
            Quote quote;
            quote.id = i + 1;
            quote.start = qint64(i) * codePointsPerLine + 2;
            quote.end = quote.start + 11;
            article.quotes.append(quote);
            const int at = i * int(line.size()) + 3;
            article.quoteUtf16.append({ at, at + 11 });
        }
        article.text += line;
    }
    return article;
}

} // namespace

class TestArticleHighlights : public QObject
{
    Q_OBJECT

private slots:
    void quotesAreStyledWhereverTheyAre_data();
    void quotesAreStyledWhereverTheyAre();
    void aNewArticleStartsUnstyled();
};

void TestArticleHighlights::quotesAreStyledWhereverTheyAre_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<int>("step");
    QTest::newRow("one quote") << 5 << 10;
    QTest::newRow("a few blocks, one by one") << 40 << 4;
    QTest::newRow("hundreds of blocks, one pass") << 600 << 1;
    QTest::newRow("every third of hundreds") << 600 << 3;
}

void TestArticleHighlights::quotesAreStyledWhereverTheyAre()
{
    QFETCH(int, paragraphs);
    QFETCH(int, step);
    const Article article = makeArticle(paragraphs, step);
    ArticleView view;
    view.resize(600, 400);
    view.show();
    view.setArticle(article.text, QStringLiteral("fr"));
    view.setQuotes(article.quotes);

    int styled = 0;
    for (int at = 0; at < article.text.size(); ++at) {
        bool inQuote = false;
        for (const auto &[from, to] : article.quoteUtf16)
            inQuote = inQuote || (at >= from && at < to);
        QVERIFY2(italicAt(view, at) == inQuote,
                 qPrintable(QStringLiteral("character %1 (%2)").arg(at).arg(article.text.at(at))));
        styled += inQuote ? 1 : 0;
    }
    QCOMPARE(styled, int(article.quotes.size()) * 11);

    // Taking the quotes away unstyles every block they were in.
    view.setQuotes({});
    for (const auto &[from, to] : article.quoteUtf16) {
        for (int at = from; at < to; ++at)
            QVERIFY2(!italicAt(view, at), qPrintable(QString::number(at)));
    }
}

void TestArticleHighlights::aNewArticleStartsUnstyled()
{
    const Article first = makeArticle(300, 1);
    ArticleView view;
    view.show();
    view.setArticle(first.text, QStringLiteral("fr"));
    view.setQuotes(first.quotes);
    QVERIFY(italicAt(view, first.quoteUtf16.constFirst().first));

    const Article second = makeArticle(300, 7);
    view.setArticle(second.text, QStringLiteral("fr"));
    for (int at = 0; at < second.text.size(); ++at)
        QVERIFY2(!italicAt(view, at), qPrintable(QString::number(at)));
    // Word snapping still works on the new text (its words are found on
    // first use now).
    view.selectSpan({ 4, 6 });
    const std::optional<ArticleView::Span> snapped = view.selectionSpan();
    QVERIFY(snapped.has_value());
    QCOMPARE(snapped->first, qint64(4));
    QCOMPARE(snapped->second, qint64(11));
}

QTEST_MAIN(TestArticleHighlights)
#include "tst_articlehighlights.moc"
