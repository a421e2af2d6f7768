// SPDX-License-Identifier: GPL-3.0-or-later
// MatchBoundaries: the text's ends are edges and nothing past them is; no
// edge splits a surrogate pair or a character from the marks, format
// characters and joiners after it; between two characters of scripts written
// without spaces any other position is one; and away from apostrophes and
// those scripts, the answer is ICU's word boundary, for starts and ends alike.
#include "frenchelision.h"
#include "fuzzsupport.h"
#include "matchboundaries.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <memory>

using Marginalia::MatchBoundaries;

namespace {

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(text[i], text[i + 1]);
    return text[i].unicode();
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (text[i - 1].isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], text[i - 1]);
    return text[i - 1].unicode();
}

bool joinsPrevious(char32_t c)
{
    const int wordBreak = u_getIntPropertyValue(UChar32(c), UCHAR_WORD_BREAK);
    const int8_t type = u_charType(UChar32(c));
    return wordBreak == U_WB_EXTEND || wordBreak == U_WB_FORMAT || wordBreak == U_WB_ZWJ
        || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK
        || type == U_ENCLOSING_MARK;
}

bool isApostrophe(char32_t c)
{
    return c < 0x10000 && Marginalia::FrenchElision::isApostrophe(QChar(char16_t(c)));
}

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *iterator) const { ubrk_close(iterator); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::text(data, size);
    const qsizetype n = text.size();
    MatchBoundaries boundaries(text);
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UBreakIterator, BreakIteratorCloser> icu(ubrk_open(
        UBRK_WORD, "", reinterpret_cast<const UChar *>(text.utf16()), int32_t(n), &status));
    FUZZ_CHECK(U_SUCCESS(status));

    FUZZ_CHECK(boundaries.canStart(0) && boundaries.canEnd(0));
    FUZZ_CHECK(boundaries.canStart(n) && boundaries.canEnd(n));
    FUZZ_CHECK(!boundaries.canStart(-1) && !boundaries.canEnd(-1));
    FUZZ_CHECK(!boundaries.canStart(n + 1) && !boundaries.canEnd(n + 1));
    for (qsizetype i = 1; i < n; ++i) {
        const bool start = boundaries.canStart(i);
        const bool end = boundaries.canEnd(i);
        if (Fuzz::splitsPair(text, i)) {
            FUZZ_CHECK(!start && !end);
            continue;
        }
        const char32_t before = codePointBefore(text, i);
        const char32_t after = codePointAt(text, i);
        if (joinsPrevious(after)) {
            FUZZ_CHECK(!start && !end);
            continue;
        }
        const bool noSpaceBefore = MatchBoundaries::isNoSpaceScript(before);
        const bool noSpaceAfter = MatchBoundaries::isNoSpaceScript(after);
        if (noSpaceBefore && noSpaceAfter) {
            FUZZ_CHECK(start && end);
            continue;
        }
        if (noSpaceBefore || noSpaceAfter || isApostrophe(before) || isApostrophe(after))
            continue; // the elision, possessive and mixed-script rules
        const bool icuBoundary = ubrk_isBoundary(icu.get(), int32_t(i));
        FUZZ_CHECK(start == icuBoundary);
        FUZZ_CHECK(end == icuBoundary);
    }
    return 0;
}
