// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace Marginalia {

namespace {

constexpr QChar Quote = QLatin1Char('"');
constexpr QChar LineFeed = QLatin1Char('\n');
constexpr QChar CarriageReturn = QLatin1Char('\r');

} // namespace

CsvReader::CsvReader(const QString &text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{
}

CsvReader::CsvReader(const QString &text, QChar delimiter, Refill refill)
    : m_text(text)
    , m_delimiter(delimiter)
    , m_refill(std::move(refill))
{
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    for (const QChar c : text) {
        if (c == Quote)
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && (c == LineFeed || c == CarriageReturn))
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool CsvReader::refill()
{
    if (!m_refill)
        return false;
    m_text.remove(0, m_position);
    m_dropped += m_position;
    m_position = 0;
    if (!m_refill(&m_text))
        m_refill = nullptr; // complete: what is left is read as the end
    return true;
}

bool CsvReader::next(Record *record)
{
    for (;;) {
        const Outcome outcome = read(record);
        if (outcome != Outcome::NeedMore)
            return outcome == Outcome::Record;
        refill();
    }
}

void CsvReader::resumeAfter(qsizetype lineStart, qsizetype line)
{
    const qsizetype end = m_text.indexOf(LineFeed, lineStart);
    m_position = end < 0 ? m_text.size() : end + 1;
    m_line = line + 1;
}

CsvReader::Outcome CsvReader::read(Record *record)
{
    const qsizetype size = m_text.size();
    const QChar *data = m_text.constData();
    const bool complete = !m_refill;
    // Past the text read so far: the end of the record if the text is
    // complete, otherwise the record is read again with more text.
    const auto beyond = [&](qsizetype at) { return at >= size && !complete; };
    // Blank lines are no records (and no empty rows) in any reader users know.
    for (;;) {
        if (m_position >= size)
            return complete ? Outcome::End : Outcome::NeedMore;
        if (data[m_position] == LineFeed) {
            ++m_position;
            ++m_line;
        } else if (data[m_position] == CarriageReturn) {
            if (beyond(m_position + 1))
                return Outcome::NeedMore;
            if (m_position + 1 >= size || data[m_position + 1] != LineFeed)
                break;
            m_position += 2;
            ++m_line;
        } else {
            break;
        }
    }

    record->line = m_line;
    record->fields.clear();
    record->error.clear();
    const qsizetype recordStart = m_position;
    const qsizetype recordLine = m_line;
    const auto fail = [&](const QString &message) {
        if (!complete && m_text.indexOf(LineFeed, recordStart) < 0)
            return Outcome::NeedMore; // where reading goes on is not read yet
        record->error = message;
        record->fields.clear();
        resumeAfter(recordStart, recordLine);
        return Outcome::Record;
    };

    qsizetype p = m_position;
    qsizetype line = m_line;
    for (;;) {
        // One field, quoted or not; p is at its first character.
        if (beyond(p))
            return Outcome::NeedMore;
        if (p < size && data[p] == Quote) {
            QString field;
            ++p;
            for (;;) {
                if (beyond(p))
                    return Outcome::NeedMore;
                if (p >= size)
                    return fail(tr("a quoted field opened here is never closed"));
                const QChar c = data[p];
                if (c == Quote) {
                    if (beyond(p + 1))
                        return Outcome::NeedMore;
                    if (p + 1 < size && data[p + 1] == Quote) {
                        field.append(Quote);
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (c == LineFeed)
                    ++line;
                field.append(c);
                ++p;
            }
            record->fields.append(field);
            if (beyond(p))
                return Outcome::NeedMore;
            if (p < size && data[p] == m_delimiter) {
                ++p;
                continue;
            }
            if (p < size && data[p] == CarriageReturn) {
                if (beyond(p + 1))
                    return Outcome::NeedMore;
                if (p + 1 < size && data[p + 1] == LineFeed)
                    ++p;
            }
            if (p >= size || data[p] == LineFeed) {
                m_position = p < size ? p + 1 : p;
                m_line = line + (p < size ? 1 : 0);
                return Outcome::Record;
            }
            return fail(tr("a quote inside a quoted field must be doubled (\"\"); found "
                           "'%1' after a closing quote on line %2")
                            .arg(data[p])
                            .arg(line));
        }
        // Unquoted: up to the delimiter or the end of the line. A quote in
        // the middle of an unquoted field is kept as it is.
        const qsizetype start = p;
        while (p < size && data[p] != m_delimiter && data[p] != LineFeed)
            ++p;
        if (beyond(p))
            return Outcome::NeedMore;
        qsizetype end = p;
        if (end > start && data[end - 1] == CarriageReturn && (p >= size || data[p] == LineFeed))
            --end;
        record->fields.append(m_text.mid(start, end - start));
        if (p < size && data[p] == m_delimiter) {
            ++p;
            continue;
        }
        m_position = p < size ? p + 1 : p;
        m_line = line + (p < size ? 1 : 0);
        return Outcome::Record;
    }
}

} // namespace Marginalia
