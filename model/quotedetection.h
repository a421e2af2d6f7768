// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QVector>

namespace Marginalia {

class ProjectDatabase;
class QuoteDetector;
struct DetectedQuote;

/// Runs quote detection on stored articles: the detector works in UTF-16 on
/// one text; this turns its findings into quotes in code points, ties each
/// speaker to the PER mention or entity it names, and stores them without
/// touching quotes made or edited by hand.
class QuoteDetection
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDetection)
public:
    explicit QuoteDetection(ProjectDatabase &database);
    ~QuoteDetection();
    QuoteDetection(const QuoteDetection &) = delete;
    QuoteDetection &operator=(const QuoteDetection &) = delete;

    /// Detects the article's quotes again; false with a message on failure.
    bool redetect(qint64 articleId, QString *error);
    /// Every article; returns how many quotes were stored.
    qint64 redetectAll(QString *error);

    /// The detector's findings for a text as quotes to store (code points),
    /// speakers linked to the mentions among \a persons they coincide with.
    static QVector<NewQuote> toQuotes(const QString &text, const QVector<DetectedQuote> &detected,
                                      const QVector<Annotation> &persons);

private:
    ProjectDatabase &m_database;
    std::unique_ptr<QuoteDetector> m_detector;
};

} // namespace Marginalia
