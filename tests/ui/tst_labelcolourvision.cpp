// SPDX-License-Identifier: GPL-3.0-or-later
// The default labels' colours told apart by analysts with a colour vision
// deficiency (issue 12, accessibility): each pair of the four labels a new
// project has, as swatches (the Labels panel, the Annotations panel) and as
// the view's tints on light and dark paper (ViewColours), seen through a
// simulation of protanopia, deuteranopia and tritanopia (Machado, Oliveira
// and Fernandes 2009, severity 1), differs by a CIEDE2000 distance of at
// least MinSwatchDistance (MinLightTintDistance, MinDarkTintDistance for the tints). The old
// defaults (Tableau's blue, green, red and purple) failed: LOC and ORG were 0.7 apart under
// deuteranopia. The smallest distance is printed for the README.
#include "testhelpers.h"
#include "viewcolours.h"

#include <QPalette>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

using Rgb = std::array<double, 3>; ///< sRGB, 0..1
using Matrix = std::array<Rgb, 3>; ///< on linear RGB

// Tints are pale by design (text over them keeps WCAG's 4.5:1, checked by
// tst_viewcolours), so they lie closer than the swatches they come from.
constexpr double MinSwatchDistance = 10.0;
constexpr double MinLightTintDistance = 4.5;
constexpr double MinDarkTintDistance = 6.0;

const Matrix Normal { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };
const Matrix Protanopia { { { 0.152286, 1.052583, -0.204868 },
                            { 0.114503, 0.786281, 0.099216 },
                            { -0.003882, -0.048116, 1.051998 } } };
const Matrix Deuteranopia { { { 0.367322, 0.860646, -0.227968 },
                              { 0.280085, 0.672501, 0.047413 },
                              { -0.011820, 0.042940, 0.968881 } } };
const Matrix Tritanopia { { { 1.255528, -0.076749, -0.178779 },
                            { -0.078411, 0.930809, 0.147602 },
                            { 0.004733, 0.691367, 0.303900 } } };

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toGamma(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

Rgb seenWith(const Rgb &colour, const Matrix &vision)
{
    Rgb out {};
    for (int i = 0; i < 3; ++i) {
        double sum = 0;
        for (int j = 0; j < 3; ++j)
            sum += vision[i][j] * toLinear(colour[j]);
        out[i] = toGamma(sum);
    }
    return out;
}

/// CIE L*a*b* under D65.
Rgb lab(const Rgb &colour)
{
    const double r = toLinear(colour[0]), g = toLinear(colour[1]), b = toLinear(colour[2]);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double degrees(double radians)
{
    return radians * 180 / M_PI;
}

double radians(double degrees)
{
    return degrees * M_PI / 180;
}

/// CIEDE2000 (Sharma, Wu and Dalal 2005).
double distance(const Rgb &p, const Rgb &q)
{
    const auto [l1, a1, b1] = p;
    const auto [l2, a2, b2] = q;
    const double cBar = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2;
    const double g =
        0.5 * (1 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25, 7))));
    const double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
    const double c1p = std::hypot(a1p, b1), c2p = std::hypot(a2p, b2);
    const auto hue = [](double b, double a) {
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1p = hue(b1, a1p), h2p = hue(b2, a2p);
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2p - h1p;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dL = l2 - l1, dC = c2p - c1p;
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2));
    const double lBar = (l1 + l2) / 2, cBarP = (c1p + c2p) / 2;
    double hBar = h1p + h2p;
    if (c1p * c2p != 0) {
        if (std::abs(h1p - h2p) <= 180)
            hBar = (h1p + h2p) / 2;
        else
            hBar = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(radians(hBar - 30)) + 0.24 * std::cos(radians(2 * hBar))
        + 0.32 * std::cos(radians(3 * hBar + 6)) - 0.20 * std::cos(radians(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double rC = 2 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25, 7)));
    const double sL = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sC = 1 + 0.045 * cBarP;
    const double sH = 1 + 0.015 * cBarP * t;
    const double rT = -std::sin(radians(2 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2)
                     + rT * (dC / sC) * (dH / sH));
}

Rgb rgbOf(const QColor &colour)
{
    return { colour.redF(), colour.greenF(), colour.blueF() };
}

QPalette paper(const QColor &base)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    return palette;
}

} // namespace

Q_DECLARE_METATYPE(Matrix)

class TestLabelColourVision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultLabelsStayApart_data();
    void defaultLabelsStayApart();
    void aConfusablePairIsCaught();

private:
    QVector<Label> m_labels;
};

void TestLabelColourVision::initTestCase()
{
    // The colours a new project gets, from the schema that makes it.
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    m_labels = project->labels();
    QCOMPARE(m_labels.size(), 4);
}

void TestLabelColourVision::defaultLabelsStayApart_data()
{
    QTest::addColumn<Matrix>("vision");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<double>("minimum");
    const std::pair<const char *, Matrix> visions[] = { { "normal", Normal },
                                                        { "protanopia", Protanopia },
                                                        { "deuteranopia", Deuteranopia },
                                                        { "tritanopia", Tritanopia } };
    for (const auto &[name, matrix] : visions) {
        QTest::addRow("%s, swatches", name) << matrix << "swatch" << MinSwatchDistance;
        QTest::addRow("%s, tints on white", name) << matrix << "light" << MinLightTintDistance;
        QTest::addRow("%s, tints on a dark base", name) << matrix << "dark" << MinDarkTintDistance;
    }
}

void TestLabelColourVision::defaultLabelsStayApart()
{
    QFETCH(Matrix, vision);
    QFETCH(QString, shown);
    QFETCH(double, minimum);
    const QColor base = shown == QLatin1String("dark") ? QColor(0x1e, 0x1e, 0x1e) : Qt::white;
    QVector<Rgb> seen;
    for (const Label &label : std::as_const(m_labels)) {
        QColor colour(label.color);
        if (shown != QLatin1String("swatch"))
            colour = ViewColours::over(ViewColours::tint(colour, paper(base), false), base);
        seen.append(lab(seenWith(rgbOf(colour), vision)));
    }
    double smallest = 1e9;
    QString pair;
    for (int i = 0; i < seen.size(); ++i) {
        for (int j = i + 1; j < seen.size(); ++j) {
            const double d = distance(seen.at(i), seen.at(j));
            if (d < smallest) {
                smallest = d;
                pair = m_labels.at(i).name + QLatin1Char('/') + m_labels.at(j).name;
            }
        }
    }
    qInfo("%s: smallest CIEDE2000 distance %.1f (%s)", QTest::currentDataTag(), smallest,
          qPrintable(pair));
    QVERIFY2(smallest >= minimum,
             qPrintable(QStringLiteral("%1 are %2 apart").arg(pair).arg(smallest, 0, 'f', 1)));
}

void TestLabelColourVision::aConfusablePairIsCaught()
{
    // The check sees what it is for: the old LOC green and ORG red, far
    // apart to normal vision, nearly one colour to a deuteranope.
    const Rgb green = rgbOf(QColor(QStringLiteral("#59a14f")));
    const Rgb red = rgbOf(QColor(QStringLiteral("#e15759")));
    QVERIFY(distance(lab(seenWith(green, Normal)), lab(seenWith(red, Normal))) > 40);
    QVERIFY(distance(lab(seenWith(green, Deuteranopia)), lab(seenWith(red, Deuteranopia))) < 2);
    // Sharma et al.'s first test pair, to check the formula itself.
    QCOMPARE(qRound(distance({ 50, 2.6772, -79.7751 }, { 50, 0, -82.7485 }) * 1e4), 20425);
}

QTEST_MAIN(TestLabelColourVision)
#include "tst_labelcolourvision.moc"
