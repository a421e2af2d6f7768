// SPDX-License-Identifier: GPL-3.0-or-later
#include "occurrencetagger.h"

#include "codepointindex.h"
#include "fulltextquery.h"
#include "namematcher.h"
#include "projectdatabase.h"

#include <QSet>

#include <utility>

namespace Marginalia {

int OccurrenceTagger::Plan::articles() const
{
    int count = 0;
    qint64 last = 0;
    for (const NewAnnotation &annotation : annotations) {
        if (annotation.articleId != last)
            ++count;
        last = annotation.articleId;
    }
    return count;
}

OccurrenceTagger::OccurrenceTagger(ProjectDatabase &database)
    : m_database(database)
{
}

std::optional<OccurrenceTagger::Plan> OccurrenceTagger::plan(const Request &request, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString term = request.text.trimmed();
    if (term.isEmpty())
        return fail(tr("there is no text to look for"));
    if (!m_database.labelByName(request.labelName))
        return fail(tr("no label named \"%1\"").arg(request.labelName));

    NameMatcher matcher(
        TextNormalizer::Options { request.fold, request.fold && request.foldAccents });
    matcher.build({ NameMatcher::Pattern { term, 0, 0 } });
    if (matcher.patternCount() == 0)
        return fail(tr("\"%1\" holds no word to look for").arg(term));

    Plan plan;
    QVector<qint64> candidates;
    if (request.articleId > 0) {
        if (!m_database.articleSummary(request.articleId))
            return fail(tr("no article with id %1").arg(request.articleId));
        candidates = { request.articleId };
    } else {
        const QString phrase = FullTextQuery::phrase(term);
        if (phrase.isEmpty()) {
            candidates = m_database.articleIds();
        } else {
            std::optional<QVector<qint64>> found = m_database.articlesMatching(phrase, error);
            if (!found)
                return std::nullopt;
            candidates = std::move(*found);
            plan.usedIndex = true;
        }
    }

    for (qsizetype done = 0; done < candidates.size(); ++done) {
        if (m_progress && !m_progress(done, candidates.size()))
            return fail(tr("cancelled"));
        const qint64 articleId = candidates.at(done);
        QString damage;
        const std::optional<QString> text = m_database.verifiedArticleText(articleId, &damage);
        if (!text) {
            if (!damage.isEmpty())
                plan.damaged.append(damage);
            continue;
        }
        ++plan.candidateArticles;
        const QVector<NameMatcher::Match> matches = matcher.findAll(*text);
        if (matches.isEmpty())
            continue;
        QSet<std::pair<qint64, qint64>> taken;
        for (const Annotation &existing : m_database.annotations(articleId))
            taken.insert({ existing.start, existing.end });
        const CodePointIndex index(*text);
        for (const NameMatcher::Match &match : matches) {
            const qint64 start = index.toCodePoint(match.start);
            const qint64 end = index.toCodePoint(match.end);
            if (taken.contains({ start, end }))
                continue;
            taken.insert({ start, end });
            NewAnnotation annotation;
            annotation.articleId = articleId;
            annotation.start = start;
            annotation.end = end;
            annotation.labelName = request.labelName;
            annotation.entityId = request.entityId;
            annotation.entityName = request.entityName;
            annotation.annotator = request.annotator;
            plan.annotations.append(annotation);
        }
    }
    return plan;
}

std::optional<QVector<Annotation>> OccurrenceTagger::run(const Request &request, QString *error,
                                                         QStringList *damaged)
{
    std::optional<Plan> planned = plan(request, error);
    if (!planned)
        return std::nullopt;
    if (damaged)
        *damaged = planned->damaged;
    if (planned->annotations.isEmpty())
        return QVector<Annotation>();
    return m_database.addAnnotations(planned->annotations, error);
}

} // namespace Marginalia
