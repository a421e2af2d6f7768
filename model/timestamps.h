// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia::Timestamps {

/// Now, in UTC, as ISO 8601 with milliseconds: "2026-11-24T10:15:00.123Z".
QString nowUtc();

} // namespace Marginalia::Timestamps
