// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymatching.h"

namespace Marginalia {

QString EntityMatching::key(QStringView text, bool foldAccents)
{
    if (!foldAccents)
        return text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    // Decomposed, so accents are marks of their own that can be dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded().normalized(QString::NormalizationForm_C);
}

} // namespace Marginalia
