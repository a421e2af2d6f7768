// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotatorname.h"

#include <QString>

namespace Marginalia {

/// Who is recorded as making an edit when nobody is named.
inline QString defaultAnnotator()
{
    return AnnotatorName::preferred();
}

enum class AnnotationStatus { Accepted = 0, Suggested = 1 };

/// A request to tag [start, end) of an article, offsets in code points.
struct NewAnnotation
{
    qint64 articleId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString labelName;
    QString entityName; ///< empty: no entity; otherwise found or created
    qint64 entityId = 0; ///< when set, links to this entity and entityName is ignored
    QString note;
    QString annotator;
};

/// A stored mention. Offsets are Unicode code points into the article text,
/// half-open; the text column is what those offsets cover.
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 labelId = 0;
    QString labelName;
    qint64 entityId = 0; ///< 0 when not linked
    QString entityName;
    QString note;
    QString annotator;
    AnnotationStatus status = AnnotationStatus::Accepted;
    QString createdAt;
    QString modifiedAt;
};

/// A stored quote: the words inside the quotation marks, code points.
struct Quote
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString speakerName; ///< the speaker as written, when no entity or mention names it
    qint64 speakerEntityId = 0; ///< 0 when none
    qint64 speakerAnnotationId = 0; ///< the speaker's mention, 0 when none
    QString speakerEntityName; ///< of the entity, or of the mention's entity
    qint64 speakerMentionStart = -1; ///< the speaker mention's span, -1 when none
    qint64 speakerMentionEnd = -1;
    qint64 cueStart = -1;
    qint64 cueEnd = -1;
    bool manual = false; ///< added or edited by hand: detection never overwrites it
    QString note;
    QString annotator;
    QString createdAt;
    QString modifiedAt;
};

/// A quote to store, offsets in code points.
struct NewQuote
{
    qint64 articleId = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 cueStart = -1;
    qint64 cueEnd = -1;
    QString speakerName;
    qint64 speakerEntityId = 0;
    qint64 speakerAnnotationId = 0;
    bool manual = false;
    QString note;
    QString annotator;
};

} // namespace Marginalia
