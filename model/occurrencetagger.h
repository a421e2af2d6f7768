// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Marginalia {

class ProjectDatabase;

/// "Tag all": finds every other whole-word occurrence of a text, in one
/// article or across the project, and tags it with a label and entity.
/// Across the project, the full-text index names the candidate articles and
/// only those are read; terms the index cannot be trusted with (scripts
/// written without spaces) fall back to reading every article. Spans that
/// already carry an annotation, of any label, are left alone.
class OccurrenceTagger
{
    Q_DECLARE_TR_FUNCTIONS(OccurrenceTagger)
public:
    struct Request
    {
        QString text; ///< the words to find
        QString labelName;
        qint64 entityId = 0; ///< links the new mentions; 0: entityName, or none
        QString entityName;
        qint64 articleId = 0; ///< 0: the whole project
        bool fold = false; ///< case-insensitive, and accents too if foldAccents; NFC always
        bool foldAccents = true; ///< the project's choice (matchIgnoringAccents)
        QString annotator;
    };

    struct Plan
    {
        QVector<NewAnnotation> annotations; ///< in article and text order
        qint64 candidateArticles = 0; ///< articles read
        /// Articles left alone because the project holds them damaged
        /// (StoredArticleCheck), a line each; the others are tagged.
        QStringList damaged;
        bool usedIndex = false; ///< candidates came from the full-text index
        int articles() const;
    };

    /// Told how many candidate articles were read of how many; answering
    /// false stops the plan (it then fails with "cancelled").
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit OccurrenceTagger(ProjectDatabase &database);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// What tagging would add; stores nothing.
    std::optional<Plan> plan(const Request &request, QString *error);
    /// Plans and stores in one transaction: all of it or, on error, nothing.
    /// \a damaged gets the plan's damaged articles.
    std::optional<QVector<Annotation>> run(const Request &request, QString *error,
                                           QStringList *damaged = nullptr);

private:
    ProjectDatabase &m_database;
    Progress m_progress;
};

} // namespace Marginalia
