// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedetection.h"

#include "codepointindex.h"
#include "projectdatabase.h"
#include "quotedetector.h"

namespace Marginalia {

namespace {

// Mentions of people, the speakers detection prefers.
QVector<Annotation> personMentions(ProjectDatabase &database, qint64 articleId)
{
    QVector<Annotation> persons;
    for (const Annotation &a : database.annotations(articleId)) {
        if (a.labelName.compare(QLatin1String("PER"), Qt::CaseInsensitive) == 0)
            persons.append(a);
    }
    return persons;
}

} // namespace

QuoteDetection::QuoteDetection(ProjectDatabase &database)
    : m_database(database)
    , m_detector(std::make_unique<QuoteDetector>())
{
}

QuoteDetection::~QuoteDetection() = default;

QVector<NewQuote> QuoteDetection::toQuotes(const QString &text,
                                           const QVector<DetectedQuote> &detected,
                                           const QVector<Annotation> &persons)
{
    const CodePointIndex index(text);
    QVector<NewQuote> quotes;
    quotes.reserve(detected.size());
    for (const DetectedQuote &d : detected) {
        NewQuote quote;
        quote.start = index.toCodePoint(d.start);
        quote.end = index.toCodePoint(d.end);
        if (quote.start >= quote.end)
            continue;
        if (d.cueStart >= 0 && d.cueEnd > d.cueStart) {
            quote.cueStart = index.toCodePoint(d.cueStart);
            quote.cueEnd = index.toCodePoint(d.cueEnd);
        }
        quote.speakerName = d.speaker;
        if (d.speakerStart >= 0) {
            const qint64 start = index.toCodePoint(d.speakerStart);
            const qint64 end = index.toCodePoint(d.speakerEnd);
            for (const Annotation &person : persons) {
                if (person.start < end && start < person.end) {
                    quote.speakerAnnotationId = person.id;
                    quote.speakerEntityId = person.entityId;
                    break;
                }
            }
        }
        quotes.append(quote);
    }
    return quotes;
}

QuoteDetection::Outcome QuoteDetection::detect(qint64 articleId, QString *message, bool *changed)
{
    QString damage;
    const std::optional<QString> text = m_database.verifiedArticleText(articleId, &damage);
    if (!text) {
        if (message)
            *message = damage.isEmpty() ? tr("no article with id %1").arg(articleId) : damage;
        return damage.isEmpty() ? Outcome::Failed : Outcome::Damaged;
    }
    const QVector<Annotation> persons = personMentions(m_database, articleId);
    const CodePointIndex index(*text);
    QVector<PersonMention> mentions;
    mentions.reserve(persons.size());
    for (const Annotation &person : persons) {
        if (person.start < 0 || person.start >= person.end || person.end > index.codePointCount())
            continue;
        const qsizetype start = index.toUtf16(person.start);
        const qsizetype end = index.toUtf16(person.end);
        mentions.append(
            { start, end,
              person.entityName.isEmpty() ? text->mid(start, end - start) : person.entityName });
    }
    const QVector<DetectedQuote> detected = m_detector->detect(*text, mentions);
    return m_database.replaceDetectedQuotes(articleId, toQuotes(*text, detected, persons), message,
                                            changed)
        ? Outcome::Stored
        : Outcome::Failed;
}

bool QuoteDetection::redetect(qint64 articleId, QString *error)
{
    m_damaged.clear();
    const Outcome outcome = detect(articleId, error);
    if (outcome == Outcome::Damaged && error)
        m_damaged.append(*error);
    return outcome == Outcome::Stored;
}

qint64 QuoteDetection::redetectAll(QString *error)
{
    Run run;
    return redetectProject(&run, {}, false, error) ? run.quotes : -1;
}

bool QuoteDetection::redetectProject(Run *run, const ProgressCallback &progress, bool keepChanges,
                                     QString *error)
{
    m_damaged.clear();
    const QVector<qint64> ids = m_database.articleIds();
    run->total = ids.size();
    for (const qint64 id : ids) {
        const QVector<Quote> before = keepChanges ? m_database.quotes(id) : QVector<Quote>();
        QString message;
        bool changed = false;
        switch (detect(id, &message, &changed)) {
        case Outcome::Stored: {
            const QVector<Quote> after = changed || !keepChanges ? m_database.quotes(id) : before;
            run->quotes += after.size();
            if (changed && keepChanges)
                run->changes.append({ id, before, after });
            break;
        }
        case Outcome::Damaged: // its quotes stay as they were; the rest goes on
            m_damaged.append(message);
            break;
        case Outcome::Failed:
            if (error)
                *error = message;
            return false;
        }
        ++run->done;
        if (progress && !progress(run->done, run->total)) {
            run->stopped = run->done < run->total;
            break;
        }
    }
    return true;
}

} // namespace Marginalia
