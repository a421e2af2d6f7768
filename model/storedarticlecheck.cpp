// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedarticlecheck.h"

#include "codepointindex.h"
#include "sha256.h"

#include <algorithm>
#include <climits>

namespace Marginalia {

namespace {

constexpr qsizetype ShownTitleLength = 60;

bool within(qint64 start, qint64 end, qint64 length)
{
    return start >= 0 && start < end && end <= length;
}

} // namespace

QString StoredArticleCheck::name(const ArticleSummary &summary)
{
    QString title = summary.title.size() > ShownTitleLength
        ? summary.title.left(ShownTitleLength) + QChar(0x2026)
        : summary.title;
    for (QChar &c : title) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return tr("article %1 \"%2\"").arg(summary.id).arg(title);
}

QString StoredArticleCheck::checkText(const ArticleSummary &summary, SqlStatement::Type type,
                                      QByteArrayView bytes, QString *text)
{
    text->clear();
    const QString article = name(summary);
    switch (type) {
    case SqlStatement::Type::Text:
        break;
    case SqlStatement::Type::Blob:
        return tr("%1: its text is stored as binary data, not text; left out").arg(article);
    case SqlStatement::Type::Integer:
    case SqlStatement::Type::Float:
        return tr("%1: its text is stored as a number, not text; left out").arg(article);
    case SqlStatement::Type::Null:
        return tr("%1: it has no text; left out").arg(article);
    }
    // SQLite stores whatever bytes it is given as TEXT; Qt would turn
    // invalid ones into U+FFFD and so export a text nobody imported.
    if (!bytes.isValidUtf8())
        return tr("%1: its text is not valid UTF-8; left out").arg(article);
    // The stored bytes are the UTF-8 import hashed: no need to encode again.
    if (Sha256::hex(bytes) != summary.contentHash.toLatin1())
        return tr("%1: its text does not match its stored hash; left out").arg(article);
    QString decoded = SqlStatement::decodeUtf8(bytes);
    const qint64 length = CodePointIndex::count(decoded);
    if (length != summary.length)
        return tr("%1: its stored length, %L2 characters, is not its text's, %L3; left out")
            .arg(article)
            .arg(summary.length)
            .arg(length);
    *text = std::move(decoded);
    return QString();
}

QStringList StoredArticleCheck::checkSpans(ProjectDatabase::ExportArticle *article)
{
    QStringList problems;
    const qint64 length = article->summary.length;
    const QString name = StoredArticleCheck::name(article->summary);
    // Whole sentences, not pieces: translations need them so.
    const auto outside = [&](const char *sentence, qint64 id, qint64 start, qint64 end) {
        problems.append(tr(sentence, nullptr, int(qMin<qint64>(length, INT_MAX)))
                            .arg(name)
                            .arg(id)
                            .arg(start)
                            .arg(end));
        return true;
    };
    QVector<Annotation> &annotations = article->annotations;
    annotations.erase(
        std::remove_if(annotations.begin(), annotations.end(),
                       [&](const Annotation &a) {
                           return !within(a.start, a.end, length)
                               && outside(QT_TR_N_NOOP("%1: annotation %2 at [%3, %4) lies "
                                                       "outside its text of %n character(s); "
                                                       "left out"),
                                          a.id, a.start, a.end);
                       }),
        annotations.end());
    QVector<Quote> &quotes = article->quotes;
    quotes.erase(
        std::remove_if(
            quotes.begin(), quotes.end(),
            [&](const Quote &q) {
                if (!within(q.start, q.end, length))
                    return outside(QT_TR_N_NOOP("%1: quote %2 at [%3, %4) lies outside its text "
                                                "of %n character(s); left out"),
                                   q.id, q.start, q.end);
                if (q.cueStart >= 0 && !within(q.cueStart, q.cueEnd, length))
                    return outside(QT_TR_N_NOOP("%1: the cue of quote %2, at [%3, %4), lies "
                                                "outside its text of %n character(s); the quote "
                                                "is left out"),
                                   q.id, q.cueStart, q.cueEnd);
                if (q.speakerMentionStart >= 0
                    && !within(q.speakerMentionStart, q.speakerMentionEnd, length))
                    return outside(QT_TR_N_NOOP("%1: the speaker mention of quote %2, at [%3, "
                                                "%4), lies outside its text of %n character(s); "
                                                "the quote is left out"),
                                   q.id, q.speakerMentionStart, q.speakerMentionEnd);
                return false;
            }),
        quotes.end());
    return problems;
}

} // namespace Marginalia
