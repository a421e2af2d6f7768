// SPDX-License-Identifier: GPL-3.0-or-later
// The label palette: one list view for any number of labels (a button per
// label made a 10,000-label codebook block the window for minutes), each
// row showing its hotkey, name and colour, and a click on a row reporting
// that label.
#include "labelpalette.h"

#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Marginalia;

namespace {

QVector<Label> makeLabels(int count)
{
    QVector<Label> labels;
    for (int i = 0; i < count; ++i) {
        Label label;
        label.id = 100 + i;
        label.name = QStringLiteral("Label %1").arg(i);
        label.color = QColor::fromHsv(i * 37 % 360, 150, 210).name();
        label.hotkey = i < 9 ? QString::number(i + 1) : QString();
        labels.append(label);
    }
    return labels;
}

} // namespace

class TestLabelPalette : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryLabel_data();
    void showsEveryLabel();
    void clickReportsTheLabel();
    void swatchShowsTheColour();
};

void TestLabelPalette::showsEveryLabel_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("four") << 4;
    QTest::newRow("10,000") << 10000;
}

void TestLabelPalette::showsEveryLabel()
{
    QFETCH(int, count);
    LabelPalette palette;
    palette.resize(200, 400);
    palette.show();
    palette.setLabels(makeLabels(7)); // replaced below, not added to
    palette.setLabels(makeLabels(count));
    QAbstractItemModel *model = palette.view()->model();
    QCOMPARE(model->rowCount(), count);
    QVERIFY(palette.findChildren<QToolButton *>().isEmpty());
    if (count == 0)
        return;
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("1   Label 0"));
    const QModelIndex last = model->index(count - 1, 0);
    const QString name = QStringLiteral("Label %1").arg(count - 1);
    QCOMPARE(last.data().toString(),
             count <= 9 ? QStringLiteral("%1   %2").arg(count).arg(name) : name);
    QCOMPARE(last.data(Qt::ToolTipRole).toString(), QStringLiteral("Label %1").arg(count - 1));
    QVERIFY(!last.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(palette.view()->focusPolicy(), Qt::NoFocus); // keys stay with the text
}

void TestLabelPalette::clickReportsTheLabel()
{
    LabelPalette palette;
    palette.resize(200, 400);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    palette.setLabels(makeLabels(5));
    QSignalSpy activated(&palette, &LabelPalette::labelActivated);
    const QModelIndex third = palette.view()->model()->index(2, 0);
    const QRect rect = palette.view()->visualRect(third);
    QVERIFY(rect.isValid());
    QTest::mouseClick(palette.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), qint64(102));
}

void TestLabelPalette::swatchShowsTheColour()
{
    const QColor colour(QStringLiteral("#0072b2"));
    const QImage image = LabelPalette::swatch(colour).pixmap(32, 32).toImage();
    QCOMPARE(image.size(), QSize(32, 32));
    QCOMPARE(image.pixelColor(16, 16), colour);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // rounded corner, transparent
}

QTEST_MAIN(TestLabelPalette)
#include "tst_labelpalette.moc"
