// SPDX-License-Identifier: GPL-3.0-or-later
// The article view on light and dark palettes (issue 12, defect 12: the
// quote ink was a fixed dark blue, unreadable on a dark palette) and the
// selected annotation's outline (defect 13: it was drawn over the accent of
// "É" and the elided "l’" before it). Contrast is WCAG 2's ratio; the view
// is a real ArticleView on the offscreen platform, read back from its text
// layout and its pixels.
#include "annotation.h"
#include "articleview.h"
#include "viewcolours.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace Marginalia;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

/// A dark theme as Breeze Dark and Adwaita Dark have it, roughly.
QPalette darkPalette(const QColor &base = QColor(0x1e, 0x1e, 0x1e),
                     const QColor &text = QColor(0xe6, 0xe6, 0xe6))
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base.lighter(120));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

/// The default labels' colours (schema version 1).
const QStringList DefaultLabelColours { QStringLiteral("#0072b2"), QStringLiteral("#9c755f"),
                                        QStringLiteral("#d55e00"), QStringLiteral("#d37295") };

QColor foregroundAt(ArticleView &view, int at)
{
    const QTextBlock block = view.document()->findBlock(at);
    const int inBlock = at - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format.foreground().color();
    }
    return QColor();
}

} // namespace

class TestViewColours : public QObject
{
    Q_OBJECT
private slots:
    void textStaysReadable_data();
    void textStaysReadable();
    void viewFollowsThePalette();
    void outlineLeavesTheLettersAlone();
    void suggestionMarksOnlyItsOwnLine();
};

void TestViewColours::textStaysReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("dark, white text") << darkPalette(QColor(42, 42, 42), Qt::white);
    QTest::newRow("black") << darkPalette(Qt::black, Qt::white);
}

void TestViewColours::textStaysReadable()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor ink = ViewColours::quoteInk(palette);
    QVERIFY2(ViewColours::contrast(ink, base) >= 4.5,
             qPrintable(QString::number(ViewColours::contrast(ink, base))));
    for (const QString &name : DefaultLabelColours) {
        for (const bool nested : { false, true }) {
            const QColor tinted =
                ViewColours::over(ViewColours::tint(QColor(name), palette, nested), base);
            const QString what = QStringLiteral("%1%2").arg(name, nested ? u" nested" : u"");
            // Text and quotes over a mention stay readable; the tint shows.
            QVERIFY2(ViewColours::contrast(text, tinted) >= 4.5, qPrintable(what));
            QVERIFY2(ViewColours::contrast(ink, tinted) >= 4.5, qPrintable(what));
            QVERIFY2(ViewColours::contrast(tinted, base) >= 1.25, qPrintable(what));
        }
    }
    const QColor found = ViewColours::over(ViewColours::found(palette), base);
    QVERIFY(ViewColours::contrast(text, found) >= 4.5);
}

void TestViewColours::viewFollowsThePalette()
{
    ArticleView view;
    view.setPalette(lightPalette());
    const QString text = QStringLiteral("Titre\n« Nous avançons », a dit Macron.");
    view.setArticle(text, QStringLiteral("fr"));
    Quote quote;
    quote.id = 1;
    quote.start = 8;
    quote.end = 21;
    view.setQuotes({ quote });
    QCOMPARE(foregroundAt(view, 10), ViewColours::quoteInk(lightPalette()));
    // The theme turns dark while the article is shown.
    view.setPalette(darkPalette());
    QCOMPARE(foregroundAt(view, 10), ViewColours::quoteInk(darkPalette()));
    QVERIFY(ViewColours::contrast(foregroundAt(view, 10), QColor(0x1e, 0x1e, 0x1e)) >= 4.5);
    QVERIFY(ViewColours::isDark(darkPalette()));
    QVERIFY(!ViewColours::isDark(lightPalette()));
}

void TestViewColours::outlineLeavesTheLettersAlone()
{
    ArticleView view;
    view.setPalette(lightPalette());
    view.resize(700, 200);
    const QString text = QStringLiteral("Vu de l’Élysée, rien.");
    view.setArticle(text, QStringLiteral("fr"));
    Annotation elysee;
    elysee.id = 7;
    elysee.labelId = 2;
    elysee.start = text.indexOf(u'É'); // no surrogates before: code points are UTF-16 here
    elysee.end = elysee.start + 6;
    view.setAnnotations({ elysee }, { { 2, QColor(QStringLiteral("#9c755f")) } });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QImage before = view.viewport()->grab().toImage();
    view.setSelectedAnnotation(elysee.id);
    const QImage after = view.viewport()->grab().toImage();
    QVERIFY(before != after); // the outline is drawn

    // The letters of "l’Élysée", from the elided letter to the end of the
    // name and from the top of the accent to the baseline, are drawn as
    // they were.
    const auto caret = [&view](qint64 at) {
        QTextCursor cursor(view.document());
        cursor.setPosition(int(at));
        return view.cursorRect(cursor);
    };
    const QRect first = caret(elysee.start - 2);
    const qreal right = caret(elysee.end).left();
    const QTextLine line = view.document()->firstBlock().layout()->lineAt(0);
    const QRectF glyphs = QFontMetricsF(view.font()).tightBoundingRect(QStringLiteral("l’Élysée"));
    const qreal baseline = first.top() + line.ascent();
    const QRectF ink(first.left(), baseline + glyphs.top(), right - first.left(), glyphs.height());
    QVERIFY(ink.width() > 20 && ink.height() > 5);
    const qreal scale = after.devicePixelRatio();
    int letters = 0;
    int changed = 0;
    for (int y = int(ink.top() * scale); y < int(ink.bottom() * scale); ++y) {
        for (int x = int(ink.left() * scale); x < int(ink.right() * scale); ++x) {
            // A pixel of a letter (dark on the light page and tint).
            const bool letter = QColor(before.pixel(x, y)).lightness() < 110;
            if (letter)
                ++letters;
            if (letter && before.pixel(x, y) != after.pixel(x, y))
                ++changed;
        }
    }
    QVERIFY(letters > 20);
    QCOMPARE(changed, 0);
}

void TestViewColours::suggestionMarksOnlyItsOwnLine()
{
    // A suggestion is underlined with dashes: its box's top edge, drawn in
    // the gap above its line, read as an underline of the line above.
    ArticleView view;
    view.setPalette(lightPalette());
    view.resize(700, 200);
    const QString text = QStringLiteral("Le chef du Kremlin\nVladimir Poutine s’envole.");
    view.setArticle(text, QStringLiteral("fr"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage before = view.viewport()->grab().toImage();
    const qint64 start = text.indexOf(QStringLiteral("Vladimir"));
    view.setSuggestions({ { start, start + 16, QColor(0xd5, 0x5e, 0x00), QString() } });
    const QImage after = view.viewport()->grab().toImage();

    QTextCursor cursor(view.document());
    cursor.setPosition(int(start));
    const QRectF lineBox = view.cursorRect(cursor); // the second line, in the viewport
    const qreal scale = after.devicePixelRatio();
    int above = 0;
    int below = 0;
    for (int y = 0; y < after.height(); ++y) {
        for (int x = 0; x < after.width(); ++x) {
            if (before.pixel(x, y) == after.pixel(x, y))
                continue;
            if (y / scale < lineBox.top() + lineBox.height() / 2)
                ++above;
            else
                ++below;
        }
    }
    QCOMPARE(above, 0);
    QVERIFY(below > 10);
}

QTEST_MAIN(TestViewColours)
#include "tst_viewcolours.moc"
