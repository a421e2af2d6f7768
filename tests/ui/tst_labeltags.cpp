// SPDX-License-Identifier: GPL-3.0-or-later
// Label names on mentions (issue 12, View ▸ Label Names on Mentions): a tag
// in the label's colour above the start of each mention, in room the layout
// makes above every line; clicks still land on the words under the pointer,
// and with the tags off the text is laid out exactly as before. A real
// ArticleView and MainWindow on the offscreen platform.
#include "annotation.h"
#include "articleview.h"
#include "mainwindow.h"
#include "testhelpers.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString Text = QStringLiteral(
    "Le président russe Vladimir Poutine se rendra en Biélorussie.\n"
    "Le chef du Kremlin, Vladimir Poutine, s’envole pour la Biélorussie lundi, craignant à Kyiv "
    "qu’il n’ait l’intention de faire pression sur l’ancien allié soviétique 😀 pour qu’il "
    "rejoigne une nouvelle offensive terrestre contre l’Ukraine et rouvre un nouveau front.\n"
    "Fin.");

Annotation mention(qint64 id, const QString &words, int occurrence, qint64 labelId,
                   const QString &label)
{
    Annotation a;
    a.id = id;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = Text.indexOf(words, at + 1);
    a.start = QStringView(Text).left(at).toUcs4().size();
    a.end = a.start + words.toUcs4().size();
    a.labelId = labelId;
    a.labelName = label;
    return a;
}

QVector<qreal> lineTops(const ArticleView &view)
{
    // In the view's coordinates, as they are painted.
    QVector<qreal> tops;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        const qreal blockTop = view.document()->documentLayout()->blockBoundingRect(block).top();
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            tops.append(blockTop + block.layout()->lineAt(i).y());
    }
    return tops;
}

} // namespace

class TestLabelTags : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tagsSitAboveTheirMentionsInTheLabelsColour();
    void clicksStillFindTheWords();
    void offLeavesTheLayoutAsItWas();
    void theViewMenuTogglesAndRemembers();
};

void TestLabelTags::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLabelTags::tagsSitAboveTheirMentionsInTheLabelsColour()
{
    ArticleView view;
    view.resize(500, 400);
    view.setArticle(Text, QStringLiteral("fr"));
    const QColor per(0x00, 0x72, 0xb2);
    const QColor loc(0x9c, 0x75, 0x5f);
    const QVector<Annotation> annotations {
        mention(1, QStringLiteral("Vladimir Poutine"), 0, 1, QStringLiteral("PER")),
        mention(2, QStringLiteral("Biélorussie"), 0, 2, QStringLiteral("LOC")),
        mention(3, QStringLiteral("Kremlin"), 0, 2, QStringLiteral("ORG")),
        // Nested at the same start: the outer tag first, the inner one beside it.
        mention(4, QStringLiteral("Vladimir Poutine"), 1, 1, QStringLiteral("PER")),
        mention(5, QStringLiteral("Vladimir"), 1, 1, QStringLiteral("PER")),
    };
    view.setAnnotations(annotations, { { 1, per }, { 2, loc } });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.labelTagRect(1).isNull()); // off by default

    view.setLabelTags(true);
    QTest::qWait(20);
    const QImage shot = view.viewport()->grab().toImage();
    for (const Annotation &a : annotations) {
        const QRectF tag = view.labelTagRect(a.id);
        QVERIFY2(!tag.isNull(), qPrintable(a.labelName));
        // The tag ends above the line of its mention's first character.
        const QList<uint> ucs4 = Text.toUcs4();
        const int utf16 =
            int(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), a.start)
                    .size());
        QTextCursor cursor(view.document());
        cursor.setPosition(utf16);
        const QRect caret = view.cursorRect(cursor);
        QVERIFY2(tag.bottom() <= caret.top() + 1,
                 qPrintable(QStringLiteral("%1: tag bottom %2, text top %3")
                                .arg(a.id)
                                .arg(tag.bottom())
                                .arg(caret.top())));
        QVERIFY(tag.left() >= caret.left() - 1);
        // Filled with the label's colour (ORG has none here: the palette's).
        const QColor fill = shot.pixelColor(int(tag.left()) + 1, int(tag.center().y()));
        if (a.labelId == 1)
            QCOMPARE(fill.rgb(), per.rgb());
    }
    // Tags at the same start do not cover each other.
    QVERIFY(view.labelTagRect(5).left() >= view.labelTagRect(4).right());
}

void TestLabelTags::clicksStillFindTheWords()
{
    ArticleView view;
    view.resize(500, 400);
    view.setArticle(Text, QStringLiteral("fr"));
    const Annotation kremlin = mention(3, QStringLiteral("Kremlin"), 0, 2, QStringLiteral("ORG"));
    view.setAnnotations({ kremlin }, { { 2, QColor(0xd5, 0x5e, 0x00) } });
    view.setLabelTags(true);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(20);
    QSignalSpy clicked(&view, &ArticleView::annotationClicked);
    QTextCursor cursor(view.document());
    cursor.setPosition(int(Text.indexOf(QStringLiteral("Kremlin"))) + 3);
    const QPoint middle = view.cursorRect(cursor).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toLongLong(), kremlin.id);
    // A word picked by the pointer on a later line is the word drawn there.
    cursor.setPosition(int(Text.indexOf(QStringLiteral("rouvre"))) + 2);
    const QTextCursor found = view.cursorForPosition(view.cursorRect(cursor).center());
    QCOMPARE(found.position(), cursor.position());
}

void TestLabelTags::offLeavesTheLayoutAsItWas()
{
    ArticleView view;
    view.resize(500, 400);
    view.setArticle(Text, QStringLiteral("fr"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTextCursor last(view.document());
    last.movePosition(QTextCursor::End);
    const QRect before = view.cursorRect(last);
    const QVector<qreal> plain = lineTops(view);

    view.setLabelTags(true);
    QTest::qWait(20);
    const QRect roomy = view.cursorRect(last);
    // Every line has room above it: the last one is lower by a tag per line.
    QVERIFY(plain.size() >= 4);
    QVERIFY2(roomy.top() > before.top() + plain.size() * 6,
             qPrintable(QStringLiteral("%1 → %2").arg(before.top()).arg(roomy.top())));
    QCOMPARE(roomy.left(), before.left()); // nothing moves sideways

    view.setLabelTags(false);
    QTest::qWait(20);
    QCOMPARE(view.cursorRect(last), before);
    QCOMPARE(lineTops(view), plain);
}

void TestLabelTags::theViewMenuTogglesAndRemembers()
{
    {
        MainWindow window;
        auto *toggle = window.findChild<QAction *>(QStringLiteral("labelTagsAction"));
        QVERIFY(toggle);
        QVERIFY(toggle->isCheckable());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!window.articleView()->labelTags());
        toggle->trigger();
        QVERIFY(window.articleView()->labelTags());
    }
    MainWindow again;
    QVERIFY(again.findChild<QAction *>(QStringLiteral("labelTagsAction"))->isChecked());
    QVERIFY(again.articleView()->labelTags());
    again.findChild<QAction *>(QStringLiteral("labelTagsAction"))->trigger();
    QVERIFY(!again.articleView()->labelTags());
    QVERIFY(!QSettings().value(QStringLiteral("view/labelTags")).toBool());
}

QTEST_MAIN(TestLabelTags)
#include "tst_labeltags.moc"
