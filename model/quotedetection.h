// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QStringList>
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

    /// Detects the article's quotes again; false with a message on failure,
    /// or when the project holds the article damaged (StoredArticleCheck).
    bool redetect(qint64 articleId, QString *error);
    /// Every article; returns how many quotes were stored, or -1 when the
    /// project could not be written. Damaged articles are left as they are
    /// and listed in damaged(); the others are done.
    qint64 redetectAll(QString *error);
    /// The articles the last redetect() or redetectAll() left out as
    /// damaged, a line each.
    QStringList damaged() const { return m_damaged; }

    /// The detector's findings for a text as quotes to store (code points),
    /// speakers linked to the mentions among \a persons they coincide with.
    static QVector<NewQuote> toQuotes(const QString &text, const QVector<DetectedQuote> &detected,
                                      const QVector<Annotation> &persons);

private:
    enum class Outcome { Stored, Damaged, Failed };
    Outcome detect(qint64 articleId, QString *message);

    ProjectDatabase &m_database;
    std::unique_ptr<QuoteDetector> m_detector;
    QStringList m_damaged;
};

} // namespace Marginalia
