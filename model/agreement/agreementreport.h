// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

class QIODevice;

namespace Marginalia {

/// The figures of one comparison (a pair of coders, or all of them) over
/// one label or all labels. Counts come with every coefficient so that a
/// reader can tell a figure over three spans from one over three thousand.
struct AgreementFigures
{
    /// Spans compared: |A| + |B| for a pair; for all coders, summed over
    /// every pair, as are the matches, so that F1 = 2 · matches / spans.
    qint64 spans = 0;
    qint64 exactMatches = 0;
    qint64 overlapMatches = 0;
    std::optional<double> f1Exact;
    std::optional<double> f1Overlap;
    qint64 tokens = 0;
    /// Tokens the coders put in different categories (label or none).
    qint64 tokenDisagreements = 0;
    /// Cohen's kappa for a pair, Fleiss' kappa for all coders together.
    std::optional<double> kappaTokens;
    std::optional<double> alphaU;
};

/// One comparison: its coders and figures, overall and per label.
struct AgreementComparison
{
    QStringList coders;
    AgreementFigures overall;
    QVector<AgreementFigures> labels; ///< parallel to AgreementReport::labels
    /// Quotes (the same span) that at least two of the coders marked, and
    /// Krippendorff's nominal alpha over the speakers they gave them.
    qint64 speakerQuotes = 0;
    std::optional<double> speakerAlpha;
};

/// What `marginalia-cli agreement` and Team ▸ Agreement show.
class AgreementReport
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)
public:
    /// How the articles compared were chosen.
    enum class Basis { Given, AnnotatedByAll };

    QStringList coders;
    QStringList labels;
    Basis basis = Basis::AnnotatedByAll;
    qint64 articles = 0;
    qint64 characters = 0; ///< code points: the continuum of α_u
    qint64 tokens = 0;
    QVector<AgreementComparison> pairs;
    AgreementComparison all;
    /// Articles left out (damaged text), one line each.
    QStringList problems;

    /// One JSON object, keys in a fixed order.
    QString toJson() const;
    /// One row per comparison and label (the label cell empty for all
    /// labels together), with a header row.
    bool writeCsv(QIODevice *device, const CsvOptions &options) const;
    /// A plain-text table for a terminal.
    QString toText() const;
    /// "alice + bob", or "all (3 coders)".
    static QString comparisonName(const AgreementComparison &comparison, bool isAll);
    /// The CSV's column names, in order.
    static QStringList csvHeader();
};

} // namespace Marginalia
