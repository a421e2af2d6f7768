// SPDX-License-Identifier: GPL-3.0-or-later
#include "frenchelision.h"

#include <QString>

#include <algorithm>

namespace Marginalia {

namespace {

/// French elides before a vowel or a mute h; "N’Djamena" and "M’Bala" are
/// names, not elisions.
bool startsLikeElidedWord(QChar c)
{
    if (c.decompositionTag() == QChar::Canonical)
        c = c.decomposition().at(0); // É → E, and NFD text has E already
    return QStringView(u"aeiouyh\u00E6\u0153").contains(c.toLower());
}

} // namespace

bool FrenchElision::isApostrophe(QChar c)
{
    // U+02BC is a letter to ICU, so it never splits a word on its own either.
    return c == QChar(u'\'') || c == QChar(u'\u2019') || c == QChar(u'\u02BC');
}

qsizetype FrenchElision::prefixLength(QStringView word)
{
    static constexpr QStringView prefixes[] = {
        u"l", u"d",  u"j",     u"m",      u"n",      u"s",      u"t",
        u"c", u"qu", u"jusqu", u"lorsqu", u"puisqu", u"quoiqu", u"presqu",
    };
    constexpr qsizetype longestPrefix = 6;
    const qsizetype searchEnd = std::min(word.size() - 1, longestPrefix + 1);
    qsizetype apostrophe = 1;
    while (apostrophe < searchEnd && !isApostrophe(word[apostrophe]))
        ++apostrophe;
    if (apostrophe >= searchEnd || !startsLikeElidedWord(word[apostrophe + 1]))
        return 0;
    const QStringView prefix = word.first(apostrophe);
    const bool known = std::any_of(std::begin(prefixes), std::end(prefixes), [&](QStringView p) {
        return prefix.compare(p, Qt::CaseInsensitive) == 0;
    });
    if (!known)
        return 0;
    // "presqu’île" (a peninsula: "la presqu’île de Crimée") is one word.
    if (prefix.compare(u"presqu", Qt::CaseInsensitive) == 0) {
        const QString rest =
            word.sliced(apostrophe + 1).toString().normalized(QString::NormalizationForm_C);
        if (rest.startsWith(u"\u00EEle", Qt::CaseInsensitive)
            || rest.startsWith(u"ile", Qt::CaseInsensitive))
            return 0;
    }
    return apostrophe + 1;
}

} // namespace Marginalia
