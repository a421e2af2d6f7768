// SPDX-License-Identifier: GPL-3.0-or-later
// QuoteDetector: quotes come sorted, inside the text, apart from one another,
// without the spaces at their edges and without splitting a surrogate pair;
// cues and speakers are in the text, a speaker is the text at its offsets (or
// the name of the person mention there), and the persons given change who
// speaks, never where the quotes are. QuoteDetection::toQuotes keeps them in
// code points.
#include "codepointindex.h"
#include "fuzzsupport.h"
#include "quotedetection.h"
#include "quotedetector.h"
#include "textdecoder.h"

using Marginalia::DetectedQuote;
using Marginalia::PersonMention;

namespace {

bool isSpan(QStringView text, qsizetype start, qsizetype end)
{
    return start >= 0 && start < end && end <= text.size() && !Fuzz::splitsPair(text, start)
        && !Fuzz::splitsPair(text, end);
}

/// Capitalised words as person mentions, every other one under another name,
/// as an entity's name would be.
QVector<PersonMention> personsIn(const QString &text)
{
    QVector<PersonMention> persons;
    for (qsizetype i = 0; i < text.size() && persons.size() < 16; ++i) {
        if (!text[i].isUpper() || (i > 0 && text[i - 1].isLetter()))
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && text[end].isLetter())
            ++end;
        const QString word = text.mid(i, end - i);
        persons.append({ i, end, persons.size() % 2 ? word.toUpper() : word });
        i = end;
    }
    return persons;
}

void checkQuotes(const QString &text, const QVector<DetectedQuote> &quotes,
                 const QVector<PersonMention> &persons)
{
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        const DetectedQuote &quote = quotes.at(q);
        FUZZ_CHECK(isSpan(text, quote.start, quote.end) || quote.start == quote.end);
        FUZZ_CHECK(quote.start >= 0 && quote.end <= text.size());
        if (quote.start < quote.end) {
            FUZZ_CHECK(!text[quote.start].isSpace());
            FUZZ_CHECK(!text[quote.end - 1].isSpace());
        }
        if (q > 0)
            FUZZ_CHECK(quotes.at(q - 1).end <= quote.start);
        FUZZ_CHECK((quote.cueStart < 0) == (quote.cueEnd < 0));
        if (quote.cueStart >= 0)
            FUZZ_CHECK(isSpan(text, quote.cueStart, quote.cueEnd));
        FUZZ_CHECK(quote.speaker.isEmpty() == (quote.speakerStart < 0));
        FUZZ_CHECK((quote.speakerStart < 0) == (quote.speakerEnd < 0));
        if (quote.speakerStart < 0)
            continue;
        FUZZ_CHECK(isSpan(text, quote.speakerStart, quote.speakerEnd));
        const QStringView written =
            QStringView(text).sliced(quote.speakerStart, quote.speakerEnd - quote.speakerStart);
        bool named = written == quote.speaker;
        for (const PersonMention &person : persons)
            named = named
                || (person.start == quote.speakerStart && person.end == quote.speakerEnd
                    && person.name == quote.speaker);
        FUZZ_CHECK(named);
    }

    const Marginalia::CodePointIndex index(text);
    const QVector<Marginalia::NewQuote> stored =
        Marginalia::QuoteDetection::toQuotes(text, quotes, {});
    for (const Marginalia::NewQuote &quote : stored) {
        FUZZ_CHECK(quote.start >= 0 && quote.start < quote.end);
        FUZZ_CHECK(quote.end <= index.codePointCount());
        if (quote.cueStart >= 0)
            FUZZ_CHECK(quote.cueStart < quote.cueEnd && quote.cueEnd <= index.codePointCount());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Marginalia::QuoteDetector detector;
    // detect() wants LF line ends, as stored texts have.
    QString text = Fuzz::text(data, size);
    Marginalia::TextDecoder::normalise(text);

    const QVector<DetectedQuote> quotes = detector.detect(text);
    checkQuotes(text, quotes, {});
    const QVector<PersonMention> persons = personsIn(text);
    const QVector<DetectedQuote> withPersons = detector.detect(text, persons);
    checkQuotes(text, withPersons, persons);
    FUZZ_CHECK(quotes.size() == withPersons.size());
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        FUZZ_CHECK(quotes.at(q).start == withPersons.at(q).start);
        FUZZ_CHECK(quotes.at(q).end == withPersons.at(q).end);
    }
    return 0;
}
