// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textnormalizer.h"

#include <QStringView>
#include <QVector>

#include <optional>
#include <utility>

namespace Marginalia {

/// Finds what the analyst types in an article's text, anywhere (not only
/// whole words), ignoring case and accents unless asked to match them, with
/// the normalisation used for entity names (TextNormalizer). The article is
/// normalised once per set of options, so typing one more letter costs a
/// plain search.
class TextFinder
{
public:
    using Span = std::pair<qsizetype, qsizetype>; ///< UTF-16 in the text, half-open

    struct Options
    {
        bool matchCase = false;
        bool matchAccents = false;
    };

    /// Keeps a view of \a text, which must outlive the finder.
    void setText(QStringView text);
    QStringView text() const { return m_text; }

    /// Every occurrence of \a needle, in text order, not overlapping. A match
    /// that starts or ends inside a character the normalisation expands
    /// (one s of ß → ss) covers that whole character.
    QVector<Span> find(QStringView needle, Options options);

private:
    QStringView m_text;
    std::optional<Options> m_mappedWith; ///< the options m_mapped is for
    TextNormalizer::Mapped m_mapped;
};

} // namespace Marginalia
