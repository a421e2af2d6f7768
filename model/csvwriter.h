// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace Marginalia {

/// Writes RFC 4180 CSV in UTF-8: fields holding the delimiter, a double
/// quote, CR or LF are quoted, quotes doubled, records end in CRLF.
///
/// In Excel-safe mode a text cell that starts with = + - @, a tab or a CR
/// (the OWASP list of formula triggers) gets a leading apostrophe, which Excel
/// and LibreOffice show as text instead of evaluating.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvOptions &options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// A free-text cell: quoted as needed and, in Excel-safe mode, neutralised.
    void addText(QStringView value);
    /// A number: never quoted, never neutralised.
    void addNumber(qint64 value);
    /// A real number to four decimals, never neutralised (a negative kappa
    /// is no formula); an empty cell when there is none. With ';' between
    /// cells the decimal mark is ',', as the spreadsheets that want ';'
    /// (French, German Excel) read numbers.
    void addReal(std::optional<double> value);
    void endRow();

    /// Writes what is buffered; false if the device refused it.
    bool flush();
    bool hasError() const { return m_error; }

    /// Excel-safe mode's test, for callers that want to report it.
    static bool isFormulaTrigger(QStringView value);
    /// The longest text Excel keeps in one cell.
    static constexpr qsizetype ExcelCellLimit = 32767;

private:
    void separate();

    QIODevice *m_device;
    CsvOptions m_options;
    QString m_row;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_error = false;
};

} // namespace Marginalia
