// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>
#include <QVector>

#include <utility>

namespace Marginalia {

/// Where the words of a full-text query are in an article's text, found the
/// way the index matched them: whole words (runs of letters and digits, as
/// FTS5's unicode61 tokenizer cuts them), case and accents folded with
/// TextNormalizer; a "quoted phrase" as consecutive words whatever is
/// between them; prefix* as the start of a word. Terms after NOT are left
/// out, and so are the operators and column names.
///
/// The index says which articles match; this says where, to select the hit
/// when a search result is opened.
class SearchHitLocator
{
public:
    using Span = std::pair<qsizetype, qsizetype>; ///< UTF-16 in the text, half-open

    struct Term
    {
        QStringList words; ///< folded; one for a word, several for a phrase
        bool prefix = false; ///< the last word may be the start of a longer one
    };

    /// Reads the terms of an FTS5 query (the user query made by
    /// FullTextQuery, or FTS5 syntax as typed). Never fails: what is not a
    /// term is skipped.
    explicit SearchHitLocator(QStringView ftsQuery);

    const QVector<Term> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    /// Every hit of any term in \a text, in text order; overlapping hits are
    /// merged into one span.
    QVector<Span> locate(QStringView text) const;

    /// The words of \a text as the index cuts them, after folding: each
    /// word's folded form. For tests and for reading terms.
    static QStringList words(QStringView text);

private:
    void addTerm(QStringView text, bool prefix);

    QVector<Term> m_terms;
};

} // namespace Marginalia
