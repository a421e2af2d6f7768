// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codepointindex.h"
#include "projectdatabase.h"

#include <QString>
#include <QVector>

namespace Marginalia {

/// One exported span: an entity mention or a quote, as every export format
/// writes it. Offsets are code points into the article text.
struct ExportSpan
{
    enum class Kind { Entity, Quote };
    Kind kind = Kind::Entity;
    qint64 id = 0;
    QString label; ///< "QUOTE" for quotes
    qint64 start = 0;
    qint64 end = 0;
    QString entity;
    qint64 entityId = 0; ///< 0 when not linked
    QString speaker;
    qint64 cueStart = -1;
    qint64 cueEnd = -1;
    QString note;
    QString annotator;
    QString createdAt;
    QString modifiedAt;

    QString kindName() const;
};

/// An article's annotations and quotes merged in text order, with the text
/// indexed so code point ranges can be cut out of it.
class ArticleSpans
{
public:
    explicit ArticleSpans(const ProjectDatabase::ExportArticle &article);

    const QVector<ExportSpan> &spans() const { return m_spans; }
    const CodePointIndex &index() const { return m_index; }

    /// The text of code points [start, end), clamped to the text.
    QStringView slice(qint64 start, qint64 end) const;
    /// The same range in UTF-16 units, for ICU.
    qsizetype toUtf16(qint64 codePoint) const;

    /// The name every view and export gives a quote's speaker: its entity's
    /// canonical name, else the name as detected, else \a mentionText (the
    /// speaker mention's own text, empty without one).
    static QString shownSpeaker(const Quote &quote, QStringView mentionText);

    /// A label as a type name for formats whose type names cannot hold
    /// spaces (brat, CoNLL tags): every character other than a letter, a
    /// digit, '_', '-' or '.' becomes '_'. "PER" stays "PER".
    static QString typeName(QStringView label);

private:
    const QString &m_text;
    CodePointIndex m_index;
    QVector<ExportSpan> m_spans;
};

} // namespace Marginalia
