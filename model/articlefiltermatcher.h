// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlefilter.h"

#include <QStringView>
#include <QVector>

namespace Marginalia {

class ProjectDatabase;

/// An ArticleFilter ready to test articles, for the window's list and for
/// 'marginalia-cli list' alike: the title and source needles normalised as
/// the project normalises text, and the articles holding the label's or the
/// annotator's mentions read once from the schema's kept sets.
class ArticleFilterMatcher
{
public:
    /// What the filter looks at in one article. The keys are the title and
    /// source normalised (normalizedKey()); they are only read when the
    /// filter asks (needsTitleKey(), needsSourceKey()).
    struct Candidate
    {
        qint64 id = 0;
        ArticleStatus status = ArticleStatus::Todo;
        QStringView date;
        qint64 quoteCount = 0;
        QStringView titleKey;
        QStringView sourceKey;
    };

    explicit ArticleFilterMatcher(const ArticleFilter &filter = {});

    const ArticleFilter &filter() const { return m_filter; }
    bool needsTitleKey() const { return !m_titleNeedle.isEmpty(); }
    bool needsSourceKey() const { return !m_sourceNeedle.isEmpty(); }
    static QString normalizedKey(const QString &text);

    /// Reads which articles hold the filter's label and annotator.
    void readArticleSets(ProjectDatabase &database);
    /// The sets \a other read, for a filter whose label and annotator are
    /// the same (a new title or date leaves them as they were).
    void takeArticleSets(ArticleFilterMatcher &other);
    /// After an edit of article \a id: whether it holds them now.
    void followArticle(ProjectDatabase &database, qint64 id);

    bool matches(const Candidate &article) const;

private:
    ArticleFilter m_filter;
    QString m_titleNeedle;
    QString m_sourceNeedle;
    QVector<qint64> m_labelArticles; ///< sorted
    QVector<qint64> m_annotatorArticles; ///< sorted
};

} // namespace Marginalia
