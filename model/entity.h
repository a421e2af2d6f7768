// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Marginalia {

/// A canonical entity ("Vladimir Poutine") that mentions link to.
struct Entity
{
    qint64 id = 0;
    QString name;
    qint64 labelId = 0;
    QStringList aliases;
    QString externalId;
};

} // namespace Marginalia
