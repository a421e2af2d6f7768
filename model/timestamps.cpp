// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamps.h"

#include <QDateTime>

namespace Marginalia::Timestamps {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Marginalia::Timestamps
