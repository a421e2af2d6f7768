// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codepointindex.h"
#include "projectdatabase.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

namespace Marginalia {

/// Annotations and quotes read from one file, gathered for a single
/// transaction: each is checked against what the project already holds and
/// what the file gave before, so importing a file twice stores nothing new.
///
/// An annotation is a duplicate when its article has one with the same span
/// and label; a quote when its article has one with the same span. A quote
/// the file gives with another speaker or note replaces a detected quote at
/// that span, but never one made or edited by hand.
class SpanImportBatch
{
public:
    using Span = ProjectDatabase::ImportedSpan;
    enum class Verdict {
        Added,
        Duplicate,
        ReplacesDetected, ///< a detected quote at the same span gives way
        KeptByHand, ///< a quote made or edited by hand is at the same span; it stays
    };

    /// An article's stored text with its code point index.
    struct Text
    {
        explicit Text(QString stored)
            : text(std::move(stored))
            , index(text)
        {
        }
        QString text;
        CodePointIndex index;

        qint64 length() const { return index.codePointCount(); }
        /// Code points [start, end), which must lie within the text.
        QStringView slice(qint64 start, qint64 end) const;
    };

    /// Where stage() puts a span it keeps.
    enum class Keep {
        InPart, ///< stored with the part it was staged in
        ToEnd, ///< held back to commit(), so that heldSpans() can still amend it
    };

    explicit SpanImportBatch(ProjectDatabase &database);
    /// Rolls back the parts stored unless commit() succeeded.
    ~SpanImportBatch();

    /// Stores the staged spans in parts of about \a spans each, as they come,
    /// all inside one transaction that the first part opens and commit()
    /// ends: a file of any length is held a part at a time and still stored
    /// whole or not at all. A part ends between two articles, so an article's
    /// rows given together are checked exactly as in one part. Only for
    /// batches without articles.
    void storeInParts(qsizetype spans) { m_partSpans = spans; }
    /// Why a part could not be stored, or ""; commit() then fails with it.
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    /// The stored text of an article, read once; null if there is none or
    /// the project holds it damaged (damage() then says why). A negative
    /// id is an article added to the batch.
    const Text *articleText(qint64 articleId);
    /// Why articleText() gave no text for a stored article, or "".
    QString damage(qint64 articleId) const { return m_damage.value(articleId); }

    /// An article to store with the spans; spans name it by the id returned
    /// (negative until stored). \a article must be prepared.
    qint64 addArticle(NewArticle article);

    /// Decides what becomes of \a span; Added and ReplacesDetected keep it
    /// for commit(). \a existingSpeaker gets the speaker of a quote that
    /// stays (KeptByHand).
    Verdict stage(Span span, QString *existingSpeaker = nullptr, Keep keep = Keep::InPart);

    /// The spans held with Keep::ToEnd, to amend before commit() (their
    /// spans stay).
    QVector<Span> &heldSpans() { return m_held; }
    /// Stores the articles and the spans not yet stored and ends the
    /// transaction (see ProjectDatabase::importSpans); \a articleOutcomes
    /// get the articles' ids.
    bool commit(QStringList *createdLabels, QString *error,
                QVector<ProjectDatabase::InsertOutcome> *articleOutcomes = nullptr);

private:
    struct Stored
    {
        QSet<QString> annotationKeys; ///< "start:end:LABEL", stored and staged
        QHash<QString, Quote> quotes; ///< "start:end"
        QSet<QString> stagedQuotes;
    };
    Stored &stored(qint64 articleId);
    QString canonicalLabel(const QString &name);
    void storePartIfDue(qint64 nextArticleId);

    ProjectDatabase &m_database;
    QHash<qint64, std::shared_ptr<Text>> m_texts;
    QHash<qint64, QString> m_damage;
    QHash<qint64, Stored> m_stored;
    QHash<QString, QString> m_labels; ///< name, ASCII letters lowered -> the spelling stored
    QVector<Span> m_spans; ///< staged, not yet stored
    QVector<Span> m_held; ///< Keep::ToEnd
    QSet<qint64> m_heldArticles; ///< their Stored entries outlive a part
    QVector<NewArticle> m_articles;
    qsizetype m_partSpans = 0; ///< 0: everything at commit()
    /// Quotes with a larger id were stored by an earlier part: staged ones.
    qint64 m_quotesBefore = -1;
    std::unique_ptr<ProjectDatabase::Transaction> m_transaction; ///< open once a part is stored
    QStringList m_createdLabels; ///< by the parts stored
    QString m_error;
};

} // namespace Marginalia
