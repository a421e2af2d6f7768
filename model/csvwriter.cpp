// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

#include <cmath>

namespace Marginalia {

namespace {
constexpr qsizetype FlushThreshold = 256 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(FlushThreshold + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::isFormulaTrigger(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_row.append(m_options.delimiter);
    m_rowStarted = true;
}

void CsvWriter::addText(QStringView value)
{
    separate();
    const bool neutralise = m_options.excelSafe && isFormulaTrigger(value);
    // Unquoted at the start of a file, a leading U+FEFF reads as a byte-order
    // mark and every reader drops it; inside quotes it stays the cell's own.
    bool quote = !value.isEmpty() && value.front() == QChar(0xFEFF);
    for (const QChar c : value) {
        if (c == m_options.delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralise)
            m_row.append(QLatin1Char('\''));
        m_row.append(value);
        return;
    }
    m_row.append(QLatin1Char('"'));
    if (neutralise)
        m_row.append(QLatin1Char('\''));
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('"')) {
            m_row.append(value.mid(from, i + 1 - from));
            m_row.append(QLatin1Char('"'));
            from = i + 1;
        }
    }
    m_row.append(value.mid(from));
    m_row.append(QLatin1Char('"'));
}

void CsvWriter::addNumber(qint64 value)
{
    separate();
    m_row.append(QString::number(value));
}

void CsvWriter::addReal(std::optional<double> value)
{
    separate();
    if (!value || !std::isfinite(*value))
        return;
    QString number = QString::number(*value, 'f', 4);
    if (m_options.delimiter == QLatin1Char(';'))
        number.replace(QLatin1Char('.'), QLatin1Char(','));
    m_row.append(number);
}

void CsvWriter::endRow()
{
    // A row of one empty cell would be a blank line, which readers (ours,
    // pandas, R) skip: quoted, it stays a row.
    if (m_rowStarted && m_row.isEmpty())
        m_row.append(QLatin1String("\"\""));
    m_row.append(QLatin1String("\r\n"));
    m_buffer.append(m_row.toUtf8());
    m_row.resize(0); // keeps the capacity, unlike clear()
    m_rowStarted = false;
    if (m_buffer.size() >= FlushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (m_error)
        m_buffer.clear(); // nothing more reaches the device; do not grow without bound
    if (m_buffer.isEmpty() || m_error)
        return !m_error;
    if (m_device->write(m_buffer) != m_buffer.size())
        m_error = true;
    m_buffer.clear();
    return !m_error;
}

} // namespace Marginalia
