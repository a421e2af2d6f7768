// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

struct UBreakIterator;

namespace Marginalia {

/// Tokens for token-per-line formats (CoNLL): ICU's word-break segments
/// (words, numbers, each punctuation mark, each emoji), with white space
/// dropped, so no token holds a space, a tab or a line break. A French
/// elided prefix is a token of its own ("l’" "Élysée"), by the rule the
/// window's word snapping uses (FrenchElision). Callers can force more cuts (span or sentence
/// boundaries). Offsets are UTF-16 indices; no token starts or ends inside a surrogate pair.
class WordTokenizer
{
public:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    explicit WordTokenizer(const QString &language = QString());
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer &) = delete;
    WordTokenizer &operator=(const WordTokenizer &) = delete;

    /// The tokens of \a text in order; a token also ends at each of \a cuts
    /// (UTF-16 offsets, in any order; a cut inside a surrogate pair is ignored).
    QVector<Token> tokenize(const QString &text, QVector<qsizetype> cuts = {});

    /// The white space tokens never hold: Unicode white space and the
    /// separators (no-break and thin spaces, line and paragraph separators).
    static bool isSpace(char32_t c);

private:
    UBreakIterator *m_iterator = nullptr;
};

} // namespace Marginalia
