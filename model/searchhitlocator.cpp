// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhitlocator.h"

#include "textnormalizer.h"

#include <QChar>

#include <algorithm>

namespace Marginalia {

namespace {

// unicode61's default token characters: letters, numbers and private use.
bool isTokenCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

struct Token
{
    qsizetype start; ///< in the folded text
    qsizetype end;
};

QVector<Token> tokenize(QStringView text)
{
    QVector<Token> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isTokenCharacter(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            tokens.append({ start, i });
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        tokens.append({ start, text.size() });
    return tokens;
}

// FTS5 barewords: ASCII letters, digits and '_', every non-ASCII character,
// and the substitute character.
bool isBarewordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x80 || (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z')
        || (u >= u'A' && u <= u'Z') || u == u'_' || u == 0x1a;
}

} // namespace

QStringList SearchHitLocator::words(QStringView text)
{
    const QString folded = TextNormalizer::normalize(text);
    QStringList out;
    for (const Token &t : tokenize(folded))
        out.append(folded.mid(t.start, t.end - t.start));
    return out;
}

void SearchHitLocator::addTerm(QStringView text, bool prefix)
{
    Term term { words(text), prefix };
    if (!term.words.isEmpty())
        m_terms.append(term);
}

// Reads FTS5's query syntax loosely: strings and barewords are terms, unless
// they are operators, column names (before ':') or NEAR distances (after
// ','); the term or group after NOT is skipped.
SearchHitLocator::SearchHitLocator(QStringView query)
{
    struct Piece
    {
        QString text;
        bool quoted = false;
        bool prefix = false;
        bool column = false; ///< followed by ':'
        bool afterComma = false;
        qsizetype depth = 0; ///< parentheses around it
    };
    QVector<Piece> pieces;
    qsizetype depth = 0; // parentheses
    bool inBraces = false; // a column list: {title text}: word
    bool afterComma = false;
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query.at(i);
        if (c == QLatin1Char('"')) {
            Piece piece;
            piece.quoted = true;
            for (++i; i < query.size(); ++i) {
                if (query.at(i) == QLatin1Char('"')) {
                    if (i + 1 < query.size() && query.at(i + 1) == QLatin1Char('"')) {
                        piece.text += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                piece.text += query.at(i);
            }
            piece.depth = depth;
            piece.afterComma = afterComma;
            pieces.append(piece);
            afterComma = false;
        } else if (isBarewordCharacter(c)) {
            const qsizetype from = i;
            while (i < query.size() && isBarewordCharacter(query.at(i)))
                ++i;
            Piece piece;
            piece.text = query.mid(from, i - from).toString();
            piece.column = inBraces;
            piece.depth = depth;
            piece.afterComma = afterComma;
            pieces.append(piece);
            afterComma = false;
        } else {
            if (c == QLatin1Char('*') && !pieces.isEmpty())
                pieces.last().prefix = true;
            else if (c == QLatin1Char(':') && !pieces.isEmpty())
                pieces.last().column = true;
            else if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')'))
                depth = qMax<qsizetype>(0, depth - 1);
            else if (c == QLatin1Char('{'))
                inBraces = true;
            else if (c == QLatin1Char('}'))
                inBraces = false;
            if (c == QLatin1Char(','))
                afterComma = true;
            else if (!c.isSpace())
                afterComma = false;
            ++i;
        }
    }
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces.at(i);
        if (p.column || (p.afterComma && !p.quoted))
            continue;
        if (!p.quoted && (p.text == QLatin1String("AND") || p.text == QLatin1String("OR")))
            continue;
        if (!p.quoted && p.text == QLatin1String("NEAR"))
            continue;
        if (!p.quoted && p.text == QLatin1String("NOT")) {
            // Skip what NOT applies to: the next term, or the group it opens.
            qsizetype j = i + 1;
            while (j < pieces.size() && pieces.at(j).column)
                ++j;
            if (j < pieces.size() && pieces.at(j).depth > p.depth) {
                while (j < pieces.size() && pieces.at(j).depth > p.depth)
                    ++j;
            } else if (j < pieces.size()) {
                ++j;
            }
            i = j - 1;
            continue;
        }
        addTerm(p.text, p.prefix);
    }
}

QVector<SearchHitLocator::Span> SearchHitLocator::locate(QStringView text) const
{
    QVector<Span> spans;
    if (m_terms.isEmpty() || text.isEmpty())
        return spans;
    const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(text);
    const QStringView folded(mapped.text);
    const QVector<Token> tokens = tokenize(folded);
    for (const Term &term : m_terms) {
        const qsizetype length = term.words.size();
        for (qsizetype i = 0; i + length <= tokens.size(); ++i) {
            bool matches = true;
            for (qsizetype k = 0; k < length && matches; ++k) {
                const Token &t = tokens.at(i + k);
                const QStringView word = folded.mid(t.start, t.end - t.start);
                const bool last = k + 1 == length;
                matches = (last && term.prefix) ? word.startsWith(term.words.at(k))
                                                : word == term.words.at(k);
            }
            if (matches)
                spans.append({ mapped.sourceStart(tokens.at(i).start),
                               mapped.sourceEnd(tokens.at(i + length - 1).end) });
        }
    }
    std::sort(spans.begin(), spans.end());
    QVector<Span> merged;
    for (const Span &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.first < merged.constLast().second)
            merged.last().second = qMax(merged.last().second, span.second);
        else
            merged.append(span);
    }
    return merged;
}

} // namespace Marginalia
