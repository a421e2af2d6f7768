// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectdatabase.h"
#include "sqlstatement.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace Marginalia {

/// Checks an article as the project file holds it against what the file
/// says of it, whenever its text is read whole (exports, quote detection,
/// tag all): a file damaged on disk or edited by another program must not
/// be written out as if it were sound.
///
/// The text must be stored as TEXT (not a blob, a number or NULL), be valid
/// UTF-8, have the SHA-256 stored in articles.content_hash (the hash import
/// computes of the same bytes) and be articles.length code points long; its
/// annotations and quotes (cues and speaker mentions too) must lie within
/// it. Each problem is one line naming the article by id and title: what
/// is damaged is left out, the rest goes on. Hashing costs little next to
/// what is done with a text once read.
class StoredArticleCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoredArticleCheck)
public:
    /// "article 12 \"Title\"", the title short and on one line.
    static QString name(const ArticleSummary &summary);

    /// Decodes a stored text (its type and bytes as SQLite gives them) into
    /// \a text and returns "" if it is sound; otherwise returns the problem
    /// ("article 12 \"Title\": its text does not match its stored hash; left
    /// out") and leaves \a text empty.
    static QString checkText(const ArticleSummary &summary, SqlStatement::Type type,
                             QByteArrayView bytes, QString *text);

    /// Removes from \a article the annotations and quotes that do not lie
    /// within its summary.length code points; a line for each.
    static QStringList checkSpans(ProjectDatabase::ExportArticle *article);
};

} // namespace Marginalia
