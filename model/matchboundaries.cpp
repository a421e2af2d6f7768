// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchboundaries.h"

#include "frenchelision.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

namespace Marginalia {

namespace {

/// Marks, format characters and joiners belong to the character before them.
bool joinsPrevious(char32_t c)
{
    const int wordBreak = u_getIntPropertyValue(UChar32(c), UCHAR_WORD_BREAK);
    if (wordBreak == U_WB_EXTEND || wordBreak == U_WB_FORMAT || wordBreak == U_WB_ZWJ)
        return true;
    const int8_t type = u_charType(UChar32(c));
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK
        || type == U_ENCLOSING_MARK;
}

bool isSpace(int wordBreak)
{
    return wordBreak == U_WB_WSEGSPACE || wordBreak == U_WB_CR || wordBreak == U_WB_LF
        || wordBreak == U_WB_NEWLINE;
}

bool isWordCharacter(char32_t c, int wordBreak)
{
    // ICU takes Hangul syllables out of its letters (its dictionary engine
    // reads their runs), so one next to a Latin letter or a digit is a boundary.
    const bool hangulSyllable = c >= 0xAC00 && c <= 0xD7A3;
    return (wordBreak == U_WB_ALETTER || wordBreak == U_WB_HEBREW_LETTER
            || wordBreak == U_WB_NUMERIC)
        && !hangulSyllable;
}

/// Punctuation that no word-break rule joins to anything, common around names.
bool isPlainPunctuation(char32_t c)
{
    return c < 0x10000
        && QStringView(
               u"()[]{}\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A!?\u00A1\u00BF\u2013\u2014\u2026")
               .contains(QChar(char16_t(c)));
}

bool isApostrophe(char32_t c)
{
    return c < 0x10000 && FrenchElision::isApostrophe(QChar(char16_t(c)));
}

} // namespace

MatchBoundaries::MatchBoundaries(QStringView text)
    : m_text(text)
{
}

MatchBoundaries::~MatchBoundaries()
{
    if (m_iterator)
        ubrk_close(m_iterator);
}

bool MatchBoundaries::isNoSpaceScript(char32_t c)
{
    if (c < 0x0E00) // Thai is the first of them
        return false;
    if (u_getIntPropertyValue(UChar32(c), UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT)
        return true; // Thai, Lao, Khmer, Myanmar and the other scripts ICU breaks by dictionary
    // Script extensions, so that ー, 々 and 。 count with their scripts.
    return uscript_hasScript(UChar32(c), USCRIPT_HAN)
        || uscript_hasScript(UChar32(c), USCRIPT_HIRAGANA)
        || uscript_hasScript(UChar32(c), USCRIPT_KATAKANA);
}

char32_t MatchBoundaries::codePointAt(qsizetype position) const
{
    const QChar c = m_text[position];
    if (c.isHighSurrogate() && position + 1 < m_text.size()
        && m_text[position + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, m_text[position + 1]);
    return c.unicode();
}

char32_t MatchBoundaries::codePointBefore(qsizetype position) const
{
    const QChar c = m_text[position - 1];
    if (c.isLowSurrogate() && position >= 2 && m_text[position - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(m_text[position - 2], c);
    return c.unicode();
}

MatchBoundaries::Quick MatchBoundaries::quickAnswer(char32_t before, char32_t after)
{
    // ICU breaks these by dictionary and joins some of them to letters.
    if (isNoSpaceScript(before) || isNoSpaceScript(after))
        return Quick::AskIcu;
    const int wordBreakBefore = u_getIntPropertyValue(UChar32(before), UCHAR_WORD_BREAK);
    const int wordBreakAfter = u_getIntPropertyValue(UChar32(after), UCHAR_WORD_BREAK);
    if (isSpace(wordBreakBefore) && isSpace(wordBreakAfter))
        return Quick::AskIcu; // CR LF, runs of spaces
    if (isSpace(wordBreakBefore) || isSpace(wordBreakAfter) || isPlainPunctuation(before)
        || isPlainPunctuation(after))
        return Quick::Boundary; // the caller has ruled out marks after
    if (isWordCharacter(before, wordBreakBefore) && isWordCharacter(after, wordBreakAfter))
        return Quick::NoBoundary; // letters and digits of spaced scripts hold together
    return Quick::AskIcu;
}

bool MatchBoundaries::canStart(qsizetype position)
{
    return isEdge(position, Edge::Start);
}

bool MatchBoundaries::canEnd(qsizetype position)
{
    return isEdge(position, Edge::End);
}

bool MatchBoundaries::isEdge(qsizetype position, Edge edge)
{
    if (position <= 0 || position >= m_text.size())
        return position == 0 || position == m_text.size();
    if (m_text[position].isLowSurrogate() && m_text[position - 1].isHighSurrogate())
        return false;
    const char32_t after = codePointAt(position);
    const char32_t before = codePointBefore(position);
    if (joinsPrevious(after))
        return false;
    if (isNoSpaceScript(before) && isNoSpaceScript(after))
        return true;
    // A name starts after an elided "l’" and ends before a possessive "’s".
    if (edge == Edge::Start ? isApostrophe(before) && followsElidedPrefix(position)
                            : isApostrophe(after) && precedesPossessive(position))
        return true;
    switch (quickAnswer(before, after)) {
    case Quick::Boundary:
        return true;
    case Quick::NoBoundary:
        return false;
    case Quick::AskIcu:
        break;
    }
    return isIcuBoundary(position);
}

bool MatchBoundaries::followsElidedPrefix(qsizetype position)
{
    // The prefix is one to six letters after a word boundary: "l", "qu", "jusqu".
    constexpr qsizetype longestPrefix = 6;
    const qsizetype apostrophe = position - 1;
    for (qsizetype start = apostrophe - 1; start >= 0 && apostrophe - start <= longestPrefix;
         --start) {
        if (!m_text[start].isLetter())
            return false;
        if (start > 0 && m_text[start - 1].isLetter())
            continue; // the word starts further back
        if (start > 0 && !isIcuBoundary(start))
            return false;
        return FrenchElision::prefixLength(m_text.sliced(start)) == position - start;
    }
    return false;
}

bool MatchBoundaries::precedesPossessive(qsizetype position)
{
    const qsizetype s = position + 1;
    if (s >= m_text.size() || (m_text[s] != QLatin1Char('s') && m_text[s] != QLatin1Char('S')))
        return false;
    if (!u_isalpha(UChar32(codePointBefore(position))))
        return false;
    return s + 1 == m_text.size() || isIcuBoundary(s + 1);
}

bool MatchBoundaries::isIcuBoundary(qsizetype position)
{
    if (!m_iterator && !m_iteratorFailed) {
        UErrorCode status = U_ZERO_ERROR;
        m_iterator = ubrk_open(UBRK_WORD, "", reinterpret_cast<const UChar *>(m_text.utf16()),
                               int32_t(m_text.size()), &status);
        if (U_FAILURE(status)) {
            if (m_iterator)
                ubrk_close(m_iterator);
            m_iterator = nullptr;
            m_iteratorFailed = true;
        }
    }
    // Without ICU's data, letters and digits joined by anything else part.
    if (!m_iterator)
        return true;
    return ubrk_isBoundary(m_iterator, int32_t(position));
}

} // namespace Marginalia
