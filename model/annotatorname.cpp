// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatorname.h"

#include <QSettings>
#include <QtGlobal>

namespace Marginalia::AnnotatorName {

namespace {

// The window's settings by name: the command line's application has
// another name, and must still read what the window chose.
QSettings windowSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Marginalia"),
                     QStringLiteral("Marginalia"));
}

constexpr QLatin1String Key("preferences/annotator");

} // namespace

QString preferred()
{
    const QString chosen = windowSettings().value(Key).toString().trimmed();
    return chosen.isEmpty() ? login() : chosen;
}

bool isChosen()
{
    return !windowSettings().value(Key).toString().trimmed().isEmpty();
}

void setPreferred(const QString &name)
{
    QSettings settings = windowSettings();
    if (name.trimmed().isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, name.trimmed());
}

QString login()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace Marginalia::AnnotatorName
