// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlespans.h"
#include "exporter.h"

#include <QCoreApplication>
#include <QVector>

class QIODevice;

namespace Marginalia {

/// CoNLL BIO, for NER trainers: per article a line "-DOCSTART-<TAB>
/// article_id=ID text_sha256=HEX" and a blank line, then one token a line,
/// "token<TAB>tag" (B-LABEL, I-LABEL or O), a blank line after each
/// sentence. UTF-8 without BOM, LF line ends. Tokens come from WordTokenizer
/// (ICU word breaks, white space dropped), sentences from ICU's sentence
/// breaks (SentenceSegmenter).
///
/// One tag a token, so one layer of spans:
/// - Entity annotations come first, in text order, the longest first at
///   the same start: an annotation nested in or crossing one already taken
///   is left out (the outermost, then the first, wins). Quotes follow and
///   are kept only where they overlap no annotation taken. Every span left
///   out is named in a warning.
/// - Tokens are cut at the edges of the spans written, so a span covers
///   whole tokens and no token is partly inside one: B- on its first token,
///   I- on the rest.
/// - A sentence boundary inside a written span is ignored, so no sentence
///   starts with I-.
/// Tags use ArticleSpans::typeName() of the label (no spaces).
class ConllExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ConllExporter)
public:
    explicit ConllExporter(ProjectDatabase &database);

    bool write(QIODevice *device, QString *error);
    qint64 tokenCount() const { return m_tokens; }

    /// The spans a single BIO layer keeps, in text order (see the class
    /// comment); the others go to \a leftOut.
    static QVector<ExportSpan> oneLayer(const QVector<ExportSpan> &spans,
                                        QVector<ExportSpan> *leftOut);

private:
    qint64 m_tokens = 0;
};

} // namespace Marginalia
