// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>

namespace Marginalia {

/// French elided articles and pronouns (l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’
/// lorsqu’ puisqu’ quoiqu’ presqu’, any case, with ’ or ' or ʼ) before a vowel
/// or h: one rule for the window's word snapping (WordBoundaries) and for name
/// matching (NameMatcher), so "Élysée" is a word of "l’Élysée" in both.
/// "aujourd’hui", "O’Brien", "N’Djamena", "don't" and "presqu’île" are not
/// elisions.
class FrenchElision
{
public:
    static bool isApostrophe(QChar c);

    /// The length of the elided prefix, apostrophe included, that starts
    /// \a word (the text from a word's first letter on), or 0.
    static qsizetype prefixLength(QStringView word);
};

} // namespace Marginalia
