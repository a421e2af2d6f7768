// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordtokenizer.h"

#include "frenchelision.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <algorithm>

namespace Marginalia {

WordTokenizer::WordTokenizer(const QString &language)
{
    const QByteArray locale = language.isEmpty() ? QByteArray("en") : language.toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    m_iterator = ubrk_open(UBRK_WORD, locale.constData(), nullptr, 0, &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        m_iterator = ubrk_open(UBRK_WORD, "en", nullptr, 0, &status);
    }
}

WordTokenizer::~WordTokenizer()
{
    if (m_iterator)
        ubrk_close(m_iterator);
}

bool WordTokenizer::isSpace(char32_t c)
{
    return u_isUWhiteSpace(UChar32(c)) || QChar::isSpace(c);
}

QVector<WordTokenizer::Token> WordTokenizer::tokenize(const QString &text, QVector<qsizetype> cuts)
{
    const qsizetype length = text.size();
    if (m_iterator) {
        UErrorCode status = U_ZERO_ERROR;
        ubrk_setText(m_iterator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(length),
                     &status);
        if (U_SUCCESS(status)) {
            for (int32_t b = ubrk_first(m_iterator); b != UBRK_DONE; b = ubrk_next(m_iterator))
                cuts.append(b);
        }
    }
    cuts.append(0);
    cuts.append(length);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QVector<Token> tokens;
    const auto add = [&](qsizetype start, qsizetype end) {
        // "l’Élysée" is two tokens, as the window's word snapping sees it.
        const qsizetype prefix =
            FrenchElision::prefixLength(QStringView(text).mid(start, end - start));
        if (prefix > 0 && prefix < end - start) {
            tokens.append({ start, start + prefix });
            start += prefix;
        }
        tokens.append({ start, end });
    };
    qsizetype previous = -1;
    for (const qsizetype cut : std::as_const(cuts)) {
        if (cut < 0 || cut > length
            || (cut > 0 && cut < length && text.at(cut).isLowSurrogate()
                && text.at(cut - 1).isHighSurrogate()))
            continue;
        if (previous >= 0) {
            // The segment [previous, cut), split at white space.
            qsizetype tokenStart = -1;
            for (qsizetype i = previous; i < cut;) {
                const bool pair =
                    text.at(i).isHighSurrogate() && i + 1 < cut && text.at(i + 1).isLowSurrogate();
                const char32_t c = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                        : text.at(i).unicode();
                if (isSpace(c)) {
                    if (tokenStart >= 0)
                        add(tokenStart, i);
                    tokenStart = -1;
                } else if (tokenStart < 0) {
                    tokenStart = i;
                }
                i += pair ? 2 : 1;
            }
            if (tokenStart >= 0)
                add(tokenStart, cut);
        }
        previous = cut;
    }
    return tokens;
}

} // namespace Marginalia
