// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// Messages reach a status bar, a report list and one line of standard error
/// each, so text that comes from elsewhere (SQLite's check output, a list of
/// columns, a file's contents) is folded to one short line.
namespace MessageText {

/// \a text on one line: line breaks and tabs become "; " and spaces, SQLite's
/// "*** in database main ***" heading goes, and anything past \a maxLength
/// characters is cut with an ellipsis.
QString oneLine(const QString &text, int maxLength = 240);

/// A name or other value the user gave, to quote inside a message: on one
/// line, and past 80 code points cut (never inside a surrogate pair) with
/// "…" and its length, so a 10,000-character entity name does not make a
/// 10,000-character error.
QString value(const QString &value);

} // namespace MessageText

} // namespace Marginalia
