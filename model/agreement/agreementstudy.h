// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementreport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Marginalia {

class ProjectDatabase;

/// Which coders, labels and articles to compare.
struct AgreementRequest
{
    /// At least two; empty: everyone who signed a mention.
    QStringList coders;
    /// Empty: every label of the project that one of the coders used.
    QStringList labels;
    /// Empty: the articles in which every coder made a mention (until the
    /// project records which articles each coder was given).
    QVector<qint64> articles;
};

/// Reads the coders' accepted mentions and quotes from a project, one
/// article at a time, and computes every figure of the agreement report:
/// F1 of exact and overlapping spans, kappa over ICU word tokens,
/// Krippendorff's α_u over the characters, nominal α over quote speakers;
/// for each pair of coders and for all of them.
/// Offsets are code points, as stored; tokens are the segments ICU's word
/// break rules call words (letters, numbers, kana, ideographs), not spaces,
/// punctuation or symbols, which would add agreement on nothing.
class AgreementStudy
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStudy)
public:
    explicit AgreementStudy(ProjectDatabase &project);

    /// Called before each article with how many are done and how many there
    /// are, and once at the end; return false before an article to stop
    /// (run() then returns nothing, and says so).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// The report, or nothing with \a error naming what is wrong (an
    /// unknown coder, label or article; fewer than two coders; stopped).
    std::optional<AgreementReport> run(const AgreementRequest &request, QString *error,
                                       const Progress &progress = {});

private:
    ProjectDatabase &m_project;
};

} // namespace Marginalia
