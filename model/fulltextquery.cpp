// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulltextquery.h"

#include "matchboundaries.h"
#include "textnormalizer.h"

#include <QStringList>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace Marginalia {

namespace {

constexpr qsizetype phraseLimit = 16;
constexpr qsizetype tokenLimit = 32;

/// Characters that NameMatcher folds and unicode61 keeps: the folded form,
/// and what unicode61 makes of the character in an article.
struct Respelling
{
    QStringView folded;
    QStringView indexed;
};

constexpr Respelling respellings[] = {
    { u"ss", u"\u00DF" }, // ß, and ẞ, which unicode61 lower-cases to ß
    { u"ff", u"\uFB00" },     { u"fi", u"\uFB01" },  { u"fl", u"\uFB02" },
    { u"ffi", u"\uFB03" },    { u"ffl", u"\uFB04" }, { u"\u0435", u"\u0451" }, // е ё
    { u"\u0438", u"\u0439" }, // и й
    { u"\u0456", u"\u0457" }, // і ї
    { u"\u0443", u"\u045E" }, // у ў
    { u"\u0433", u"\u0453" }, // г ѓ
    { u"\u043A", u"\u045C" }, // к ќ
};

/// unicode61's token characters: letters, numbers and private use.
bool isTokenCharacter(char32_t c)
{
    switch (u_charType(UChar32(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
    case U_PRIVATE_USE_CHAR:
        return true;
    default:
        return false;
    }
}

/// Latin and Cyrillic, and the digits, punctuation and symbols they share.
bool isTrustedScript(char32_t c)
{
    if (MatchBoundaries::isNoSpaceScript(c))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(c), &status);
    return U_SUCCESS(status)
        && (script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC || script == USCRIPT_COMMON
            || script == USCRIPT_INHERITED);
}

template<typename Function> void forEachCodePoint(QStringView text, Function function)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const qsizetype start = i;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        function(c, start, i + 1);
    }
}

bool hasTokenCharacter(QStringView text)
{
    bool found = false;
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) { found |= isTokenCharacter(c); });
    return found;
}

/// Every spelling of \a text that unicode61 may have indexed for it, until
/// there are more than \a limit.
void collectSpellings(QStringView text, QString &prefix, QStringList &out, qsizetype limit)
{
    if (out.size() > limit)
        return;
    if (text.isEmpty()) {
        out.append(prefix);
        return;
    }
    prefix.append(text.front());
    collectSpellings(text.sliced(1), prefix, out, limit);
    prefix.chop(1);
    for (const Respelling &r : respellings) {
        if (!text.startsWith(r.folded))
            continue;
        prefix.append(r.indexed);
        collectSpellings(text.sliced(r.folded.size()), prefix, out, limit);
        prefix.chop(r.indexed.size());
    }
}

QStringList spellings(QStringView text, qsizetype limit)
{
    QStringList out;
    QString prefix;
    collectSpellings(text, prefix, out, limit);
    return out;
}

/// An FTS5 string: double quotes doubled; control characters, which
/// unicode61 reads as separators anyway and of which NUL would end the query
/// early, become spaces.
QString quoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        if (c == u'"')
            out.append(QStringView(u"\"\""));
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out.append(u' ');
        else
            out.append(c);
    }
    out.append(u'"');
    return out;
}

QString alternatives(const QStringList &spelled, QStringView separator)
{
    QStringList parts;
    for (const QString &s : spelled)
        parts.append(quoted(s));
    return parts.join(separator);
}

} // namespace

QString FullTextQuery::phrase(QStringView term)
{
    const QString folded = TextNormalizer::normalize(term);
    bool trusted = true;
    forEachCodePoint(folded,
                     [&](char32_t c, qsizetype, qsizetype) { trusted &= isTrustedScript(c); });
    if (!trusted || !hasTokenCharacter(folded))
        return QString();

    const QStringList whole = spellings(folded, phraseLimit);
    if (whole.size() <= phraseLimit)
        return alternatives(whole, u" OR ");

    // Too many spellings for one phrase: each token's spellings, ANDed. The
    // index finds more articles (the tokens need not be adjacent), never fewer.
    QStringList groups;
    qsizetype tokenStart = -1;
    bool refused = false;
    const auto endToken = [&](qsizetype end) {
        if (tokenStart < 0)
            return;
        const QStringList spelled =
            spellings(QStringView(folded).sliced(tokenStart, end - tokenStart), tokenLimit);
        if (spelled.size() > tokenLimit)
            refused = true;
        else if (spelled.size() == 1)
            groups.append(quoted(spelled.first()));
        else
            groups.append(u'(' + alternatives(spelled, u" OR ") + u')');
        tokenStart = -1;
    };
    forEachCodePoint(folded, [&](char32_t c, qsizetype start, qsizetype) {
        if (!isTokenCharacter(c))
            endToken(start);
        else if (tokenStart < 0)
            tokenStart = start;
    });
    endToken(folded.size());
    return refused ? QString() : groups.join(QStringView(u" AND "));
}

QString FullTextQuery::userQuery(QStringView typed)
{
    const QString text = typed.toString().normalized(QString::NormalizationForm_C);
    QStringList parts;
    const auto add = [&](QStringView part) {
        if (hasTokenCharacter(part))
            parts.append(quoted(part));
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text.at(i) == u'"') {
            qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0)
                close = n;
            add(QStringView(text).sliced(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        add(QStringView(text).sliced(i, end - i));
        i = end;
    }
    return parts.join(QStringView(u" AND "));
}

} // namespace Marginalia
