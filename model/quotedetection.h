// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

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

    /// An article whose quotes a run over the project changed.
    struct Change
    {
        qint64 articleId = 0;
        QVector<Quote> before;
        QVector<Quote> after;
    };
    /// A run over the project: each article in a transaction of its own, so
    /// what is done stays done when the run stops early.
    struct Run
    {
        qint64 done = 0; ///< articles gone through, damaged ones included
        qint64 total = 0;
        qint64 quotes = 0; ///< quotes the articles gone through hold
        bool stopped = false; ///< the progress callback stopped it
        QVector<Change> changes; ///< articles whose quotes changed, with keepChanges
    };
    /// Called after each article; return false to stop after it.
    using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;
    /// redetectAll with progress, a stop, and what changed for undo (only
    /// the articles whose quotes changed, so memory follows the change).
    /// False with \a error when the project could not be written; \a run
    /// then says what was done before.
    bool redetectProject(Run *run, const ProgressCallback &progress, bool keepChanges,
                         QString *error);
    /// The articles the last redetect() or redetectAll() left out as
    /// damaged, a line each.
    QStringList damaged() const { return m_damaged; }

    /// The detector's findings for a text as quotes to store (code points),
    /// speakers linked to the mentions among \a persons they coincide with.
    static QVector<NewQuote> toQuotes(const QString &text, const QVector<DetectedQuote> &detected,
                                      const QVector<Annotation> &persons);

private:
    enum class Outcome { Stored, Damaged, Failed };
    Outcome detect(qint64 articleId, QString *message, bool *changed = nullptr);

    ProjectDatabase &m_database;
    std::unique_ptr<QuoteDetector> m_detector;
    QStringList m_damaged;
};

} // namespace Marginalia
