// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleTextParser: the header leaves the text only as a prefix holding a
// real date, the title is the first non-blank line, and the date check agrees
// with a plain reading of YYYY[-MM[-DD]] checked by QDate.
#include "articletextparser.h"
#include "fuzzsupport.h"
#include "textdecoder.h"

#include <QDate>

using Marginalia::ArticleTextParser;

namespace {

/// YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits naming a real day of a year from 1.
bool isPartialDate(QStringView date)
{
    static const QLatin1String shape("dddd-dd-dd");
    if (date.size() != 4 && date.size() != 7 && date.size() != 10)
        return false;
    for (qsizetype i = 0; i < date.size(); ++i) {
        const bool digit = date[i].unicode() >= '0' && date[i].unicode() <= '9';
        if (shape[i] == QLatin1Char('d') ? !digit : date[i] != QLatin1Char('-'))
            return false;
    }
    const int year = date.left(4).toInt();
    const int month = date.size() > 4 ? date.mid(5, 2).toInt() : 1;
    const int day = date.size() > 7 ? date.mid(8, 2).toInt() : 1;
    return year >= 1 && QDate(year, month, day).isValid();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // parse() wants decoded text with LF line ends, as imports give it.
    QString text = Fuzz::text(data, size);
    Marginalia::TextDecoder::normalise(text);
    const ArticleTextParser::Parsed parsed = ArticleTextParser::parse(text);

    FUZZ_CHECK(text.endsWith(parsed.text));
    const QStringView header = QStringView(text).left(text.size() - parsed.text.size());
    if (parsed.date.isEmpty()) {
        FUZZ_CHECK(header.isEmpty());
    } else {
        FUZZ_CHECK(ArticleTextParser::isValidPartialDate(parsed.date));
        FUZZ_CHECK(header.trimmed().startsWith(QLatin1String("date")));
        FUZZ_CHECK(header.contains(parsed.date));
        // The header is on the first line; it takes that line's end at most.
        const qsizetype lineEnd = header.indexOf(QLatin1Char('\n'));
        FUZZ_CHECK(lineEnd < 0 || lineEnd == header.size() - 1);
    }

    FUZZ_CHECK(parsed.title == ArticleTextParser::firstLine(parsed.text));
    FUZZ_CHECK(parsed.title == parsed.title.trimmed());
    FUZZ_CHECK(!parsed.title.contains(QLatin1Char('\n')));
    FUZZ_CHECK(parsed.title.isEmpty() == parsed.text.trimmed().isEmpty());
    FUZZ_CHECK(parsed.text.contains(parsed.title));

    // The date check on whatever the input starts with, and on the first word.
    for (const qsizetype length : { 4, 7, 10 })
        FUZZ_CHECK(ArticleTextParser::isValidPartialDate(QStringView(text).left(length))
                   == isPartialDate(QStringView(text).left(length)));
    const QStringView firstWord = QStringView(text).left(text.indexOf(QLatin1Char(' ')));
    FUZZ_CHECK(ArticleTextParser::isValidPartialDate(firstWord) == isPartialDate(firstWord));
    return 0;
}
