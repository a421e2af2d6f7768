// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstudy.h"

#include "codepointindex.h"
#include "cohenkappa.h"
#include "fleisskappa.h"
#include "label.h"
#include "nominalalpha.h"
#include "projectdatabase.h"
#include "spanmatcher.h"
#include "unitizingalpha.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <unicode/ubrk.h>

#include <algorithm>

namespace Marginalia {

namespace {

struct SpanCounts
{
    qint64 spans = 0;
    qint64 exact = 0;
    qint64 overlap = 0;
};

struct PooledUnit
{
    int coder;
    int label;
    qint64 start;
    qint64 length;
};

/// A word token, in UTF-16 units of the article's text.
struct Token
{
    qint64 start;
    qint64 end;
};

std::optional<double> f1(qint64 matches, qint64 spans)
{
    if (spans == 0)
        return std::nullopt;
    return 2.0 * double(matches) / double(spans);
}

/// ICU's word break iterator, kept for every article.
class WordSegments
{
public:
    WordSegments()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_iterator = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
        if (U_FAILURE(status))
            m_iterator = nullptr;
    }
    ~WordSegments()
    {
        if (m_iterator)
            ubrk_close(m_iterator);
    }
    WordSegments(const WordSegments &) = delete;
    WordSegments &operator=(const WordSegments &) = delete;

    /// The segments ICU's rules call words (letters, numbers, kana,
    /// ideographs): not spaces, punctuation or symbols.
    void words(const QString &text, QVector<Token> &tokens)
    {
        tokens.clear();
        if (!m_iterator)
            return;
        UErrorCode status = U_ZERO_ERROR;
        ubrk_setText(m_iterator, reinterpret_cast<const UChar *>(text.utf16()),
                     int32_t(text.size()), &status);
        if (U_FAILURE(status))
            return;
        int32_t from = ubrk_first(m_iterator);
        for (int32_t to = ubrk_next(m_iterator); to != UBRK_DONE;
             from = to, to = ubrk_next(m_iterator)) {
            if (ubrk_getRuleStatus(m_iterator) >= UBRK_WORD_NONE_LIMIT)
                tokens.append({ from, to });
        }
    }

private:
    UBreakIterator *m_iterator = nullptr;
};

/// Each token's category for one coder: 0 for none, 1 + label for the
/// label of the shortest span that shares a character with it.
void categorize(const QVector<CodedSpan> &spans, const QVector<Token> &tokens,
                QVector<int> &categories)
{
    categories.fill(0, tokens.size());
    QVector<CodedSpan> longestFirst = spans;
    std::stable_sort(
        longestFirst.begin(), longestFirst.end(),
        [](const CodedSpan &x, const CodedSpan &y) { return x.end - x.start > y.end - y.start; });
    for (const CodedSpan &span : std::as_const(longestFirst)) {
        auto first = std::upper_bound(tokens.cbegin(), tokens.cend(), span.start,
                                      [](qint64 at, const Token &t) { return at < t.end; });
        for (auto t = first; t != tokens.cend() && t->start < span.end; ++t)
            categories[t - tokens.cbegin()] = span.label + 1;
    }
}

QString speakerKey(const ProjectDatabase::CoderQuote &quote)
{
    if (quote.speakerEntityId > 0)
        return QStringLiteral("entity:%1").arg(quote.speakerEntityId);
    if (quote.speakerMentionStart >= 0) {
        return QStringLiteral("mention:%1-%2")
            .arg(quote.speakerMentionStart)
            .arg(quote.speakerMentionEnd);
    }
    if (!quote.speakerName.isEmpty())
        return QStringLiteral("name:") + quote.speakerName.toCaseFolded();
    return QString(); // no speaker: a value as well
}

} // namespace

AgreementStudy::AgreementStudy(ProjectDatabase &project)
    : m_project(project)
{
}

std::optional<AgreementReport> AgreementStudy::run(const AgreementRequest &request, QString *error,
                                                   const Progress &progress)
{
    const QString where = QDir::toNativeSeparators(m_project.path());
    const QStringList signers = m_project.annotators();
    AgreementReport report;
    if (request.coders.isEmpty()) {
        for (const QString &name : signers) {
            if (!name.isEmpty())
                report.coders.append(name);
        }
    } else {
        for (const QString &name : request.coders) {
            if (!signers.contains(name)) {
                *error = tr("%1: no mention is signed '%2' (signed: %3)")
                             .arg(where, name, signers.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (!report.coders.contains(name))
                report.coders.append(name);
        }
    }
    const int m = int(report.coders.size());
    if (m < 2) {
        *error = tr("%1: agreement needs at least two coders; mentions are signed by: %2")
                     .arg(where,
                          report.coders.isEmpty() ? tr("nobody")
                                                  : report.coders.join(QStringLiteral(", ")));
        return std::nullopt;
    }

    QHash<qint64, int> labelIndex;
    QStringList labelNames;
    if (request.labels.isEmpty()) {
        for (const Label &label : m_project.labels()) {
            labelIndex.insert(label.id, int(labelNames.size()));
            labelNames.append(label.name);
        }
    } else {
        for (const QString &name : request.labels) {
            const std::optional<Label> label = m_project.labelByName(name);
            if (!label) {
                *error = tr("%1: no label named '%2'").arg(where, name);
                return std::nullopt;
            }
            if (!labelIndex.contains(label->id)) {
                labelIndex.insert(label->id, int(labelNames.size()));
                labelNames.append(label->name);
            }
        }
    }
    const int labelCount = int(labelNames.size());

    QVector<qint64> articles = request.articles;
    if (articles.isEmpty()) {
        report.basis = AgreementReport::Basis::AnnotatedByAll;
        QVector<qint64> common = m_project.articlesByAnnotator(report.coders.first());
        for (int c = 1; c < m && !common.isEmpty(); ++c) {
            const QVector<qint64> mine = m_project.articlesByAnnotator(report.coders.at(c));
            QVector<qint64> both;
            std::set_intersection(common.cbegin(), common.cend(), mine.cbegin(), mine.cend(),
                                  std::back_inserter(both));
            common = std::move(both);
        }
        articles = std::move(common);
    } else {
        report.basis = AgreementReport::Basis::Given;
        for (const qint64 id : std::as_const(articles)) {
            if (!m_project.articleSummary(id)) {
                *error = tr("%1: no article with id %2").arg(where).arg(id);
                return std::nullopt;
            }
        }
    }

    QVector<std::pair<int, int>> pairs;
    for (int x = 0; x < m; ++x) {
        for (int y = x + 1; y < m; ++y)
            pairs.append({ x, y });
    }
    QHash<QString, int> coderIndex;
    for (int c = 0; c < m; ++c)
        coderIndex.insert(report.coders.at(c), c);

    QVector<QVector<SpanCounts>> spanCounts(pairs.size(), QVector<SpanCounts>(labelCount));
    QVector<CohenKappa> pairKappa(pairs.size(), CohenKappa(labelCount + 1));
    FleissKappa allKappa(labelCount + 1, m);
    QVector<FleissKappa> allLabelKappa(labelCount, FleissKappa(2, m));
    QVector<PooledUnit> units;
    QVector<bool> labelUsed(labelCount, false);
    QHash<QString, int> speakerValues;
    QVector<NominalAlpha> pairSpeakers(pairs.size());
    NominalAlpha allSpeakers;

    WordSegments segments;
    QVector<Token> tokens;
    QVector<QVector<CodedSpan>> utf16Spans(m);
    QVector<QVector<CodedSpan>> spansByCoder(m);
    QVector<CodedSpan> la;
    QVector<CodedSpan> lb;
    QVector<QVector<int>> categories(m);
    QVector<int> counts(labelCount + 1);
    qint64 done = 0;
    for (const qint64 articleId : std::as_const(articles)) {
        if (progress && !progress(done, articles.size())) {
            *error = tr("Stopped before the figures were complete.");
            return std::nullopt;
        }
        ++done;
        QString damage;
        const std::optional<QString> text = m_project.verifiedArticleText(articleId, &damage);
        if (!text) {
            if (!damage.isEmpty())
                report.problems.append(damage);
            continue;
        }
        const CodePointIndex index(*text);
        const qint64 length = index.codePointCount();
        for (QVector<CodedSpan> &list : spansByCoder)
            list.clear();
        for (const ProjectDatabase::CoderSpan &span : m_project.coderSpans(articleId)) {
            const auto coder = coderIndex.constFind(span.annotator);
            const auto label = labelIndex.constFind(span.labelId);
            if (coder == coderIndex.cend() || label == labelIndex.cend())
                continue;
            if (span.end > length) {
                // A damaged file: the span would reach into the next article.
                report.problems.append(tr("article %1: a mention by %2 at %3–%4 ends past the "
                                          "text's %5 characters; left out")
                                           .arg(articleId)
                                           .arg(span.annotator)
                                           .arg(span.start)
                                           .arg(span.end)
                                           .arg(length));
                continue;
            }
            spansByCoder[*coder].append({ span.start, span.end, *label });
        }
        // Without a list of articles, an article counts only where every
        // coder made an accepted mention (suggestions are signed too).
        if (report.basis == AgreementReport::Basis::AnnotatedByAll
            && std::any_of(spansByCoder.cbegin(), spansByCoder.cend(),
                           [](const QVector<CodedSpan> &list) { return list.isEmpty(); }))
            continue;
        for (int c = 0; c < m; ++c) {
            for (const CodedSpan &span : std::as_const(spansByCoder[c])) {
                labelUsed[span.label] = true;
                units.append(
                    { c, span.label, report.characters + span.start, span.end - span.start });
            }
        }

        for (qsizetype p = 0; p < pairs.size(); ++p) {
            const QVector<CodedSpan> &a = spansByCoder[pairs[p].first];
            const QVector<CodedSpan> &b = spansByCoder[pairs[p].second];
            for (int l = 0; l < labelCount; ++l) {
                la.clear();
                lb.clear();
                std::copy_if(a.cbegin(), a.cend(), std::back_inserter(la),
                             [l](const CodedSpan &s) { return s.label == l; });
                std::copy_if(b.cbegin(), b.cend(), std::back_inserter(lb),
                             [l](const CodedSpan &s) { return s.label == l; });
                if (la.isEmpty() && lb.isEmpty())
                    continue;
                SpanCounts &c = spanCounts[p][l];
                c.spans += la.size() + lb.size();
                c.exact += SpanMatcher::exactMatches(la, lb);
                c.overlap += SpanMatcher::overlapMatches(la, lb);
            }
        }

        // Tokens stay in UTF-16, where ICU finds them; the spans, fewer,
        // are moved there instead.
        segments.words(*text, tokens);
        report.tokens += tokens.size();
        for (int c = 0; c < m; ++c) {
            utf16Spans[c] = spansByCoder[c];
            for (CodedSpan &span : utf16Spans[c]) {
                span.start = index.toUtf16(span.start);
                span.end = index.toUtf16(span.end);
            }
            categorize(utf16Spans[c], tokens, categories[c]);
        }
        // Most tokens nobody tagged: counted once per article, not one by one.
        qint64 untagged = 0;
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            bool tagged = false;
            for (int c = 0; c < m && !tagged; ++c)
                tagged = categories[c][t] != 0;
            if (!tagged) {
                ++untagged;
                continue;
            }
            for (qsizetype p = 0; p < pairs.size(); ++p)
                pairKappa[p].add(categories[pairs[p].first][t], categories[pairs[p].second][t]);
            counts.fill(0);
            for (int c = 0; c < m; ++c)
                ++counts[categories[c][t]];
            allKappa.addItem(counts.constData());
            for (int l = 0; l < labelCount; ++l) {
                const int binary[2] = { m - counts[l + 1], counts[l + 1] };
                allLabelKappa[l].addItem(binary);
            }
        }
        if (untagged > 0) {
            for (qsizetype p = 0; p < pairs.size(); ++p)
                pairKappa[p].add(0, 0, untagged);
            counts.fill(0);
            counts[0] = m;
            allKappa.addItems(counts.constData(), untagged);
            const int none[2] = { m, 0 };
            for (int l = 0; l < labelCount; ++l)
                allLabelKappa[l].addItems(none, untagged);
        }

        // Speakers: a quote is one unit when coders marked the same span.
        QHash<std::pair<qint64, qint64>, QVector<int>> quoteUnits;
        for (const ProjectDatabase::CoderQuote &quote : m_project.coderQuotes(articleId)) {
            const auto coder = coderIndex.constFind(quote.annotator);
            if (coder == coderIndex.cend())
                continue;
            QVector<int> &values = quoteUnits[{ quote.start, quote.end }];
            if (values.isEmpty())
                values.fill(-1, m);
            if (values[*coder] >= 0)
                continue; // a coder's second quote on one span: the first speaks
            const QString key = speakerKey(quote);
            auto value = speakerValues.constFind(key);
            if (value == speakerValues.cend())
                value = speakerValues.insert(key, int(speakerValues.size()));
            values[*coder] = *value;
        }
        for (const QVector<int> &values : std::as_const(quoteUnits)) {
            for (qsizetype p = 0; p < pairs.size(); ++p) {
                const int first = values[pairs[p].first];
                const int second = values[pairs[p].second];
                if (first >= 0 && second >= 0)
                    pairSpeakers[p].addUnit({ first, second });
            }
            QVector<int> present;
            for (const int value : values) {
                if (value >= 0)
                    present.append(value);
            }
            allSpeakers.addUnit(present);
        }

        report.characters += length;
        ++report.articles;
    }
    if (progress)
        progress(done, articles.size());

    UnitizingAlpha unitizing(report.characters, m);
    for (const PooledUnit &unit : std::as_const(units))
        unitizing.addUnit(unit.coder, unit.label, unit.start, unit.length);

    // Labels nobody used are left out, unless they were asked for.
    QVector<int> shown;
    for (int l = 0; l < labelCount; ++l) {
        if (labelUsed[l] || !request.labels.isEmpty())
            shown.append(l);
    }
    for (const int l : std::as_const(shown))
        report.labels.append(labelNames.at(l));

    QVector<int> everyone;
    for (int c = 0; c < m; ++c)
        everyone.append(c);
    report.all.coders = report.coders;
    report.all.labels.resize(shown.size());
    for (qsizetype p = 0; p < pairs.size(); ++p) {
        const QVector<int> both { pairs[p].first, pairs[p].second };
        AgreementComparison comparison;
        comparison.coders = { report.coders.at(both[0]), report.coders.at(both[1]) };
        AgreementFigures &overall = comparison.overall;
        for (int l = 0; l < labelCount; ++l) {
            overall.spans += spanCounts[p][l].spans;
            overall.exactMatches += spanCounts[p][l].exact;
            overall.overlapMatches += spanCounts[p][l].overlap;
        }
        overall.f1Exact = f1(overall.exactMatches, overall.spans);
        overall.f1Overlap = f1(overall.overlapMatches, overall.spans);
        overall.tokens = pairKappa[p].items();
        overall.tokenDisagreements = pairKappa[p].items() - pairKappa[p].agreements();
        overall.kappaTokens = pairKappa[p].value();
        overall.alphaU = unitizing.overall(both).alpha;
        for (qsizetype s = 0; s < shown.size(); ++s) {
            const int l = shown[s];
            AgreementFigures figures;
            figures.spans = spanCounts[p][l].spans;
            figures.exactMatches = spanCounts[p][l].exact;
            figures.overlapMatches = spanCounts[p][l].overlap;
            figures.f1Exact = f1(figures.exactMatches, figures.spans);
            figures.f1Overlap = f1(figures.overlapMatches, figures.spans);
            const CohenKappa binary = pairKappa[p].binary(l + 1);
            figures.tokens = binary.items();
            figures.tokenDisagreements = binary.items() - binary.agreements();
            figures.kappaTokens = binary.value();
            figures.alphaU = unitizing.category(l, both).alpha;
            comparison.labels.append(figures);
            // All coders: pooled over the pairs.
            AgreementFigures &pooled = report.all.labels[s];
            pooled.spans += figures.spans;
            pooled.exactMatches += figures.exactMatches;
            pooled.overlapMatches += figures.overlapMatches;
        }
        comparison.speakerQuotes = pairSpeakers[p].pairableUnits();
        comparison.speakerAlpha = pairSpeakers[p].value();
        report.all.overall.spans += overall.spans;
        report.all.overall.exactMatches += overall.exactMatches;
        report.all.overall.overlapMatches += overall.overlapMatches;
        report.pairs.append(comparison);
    }
    AgreementFigures &pooled = report.all.overall;
    pooled.f1Exact = f1(pooled.exactMatches, pooled.spans);
    pooled.f1Overlap = f1(pooled.overlapMatches, pooled.spans);
    pooled.tokens = allKappa.items();
    pooled.tokenDisagreements = allKappa.disagreements();
    pooled.kappaTokens = allKappa.value();
    pooled.alphaU = unitizing.overall(everyone).alpha;
    for (qsizetype s = 0; s < shown.size(); ++s) {
        const int l = shown[s];
        AgreementFigures &figures = report.all.labels[s];
        figures.f1Exact = f1(figures.exactMatches, figures.spans);
        figures.f1Overlap = f1(figures.overlapMatches, figures.spans);
        figures.tokens = allLabelKappa[l].items();
        figures.tokenDisagreements = allLabelKappa[l].disagreements();
        figures.kappaTokens = allLabelKappa[l].value();
        figures.alphaU = unitizing.category(l, everyone).alpha;
    }
    report.all.speakerQuotes = allSpeakers.pairableUnits();
    report.all.speakerAlpha = allSpeakers.value();
    return report;
}

} // namespace Marginalia
