// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace Marginalia {

/// Help ▸ User Guide: docs/user-guide.md as built into the program (or its
/// translation, docs/user-guide.fr.md, for a French interface), with its
/// screenshots, in a window of its own beside the main one. Links to the
/// web open in the browser.
class UserGuideWindow : public QWidget
{
    Q_OBJECT
public:
    /// The guide in \a locale's language when there is one, else in English.
    explicit UserGuideWindow(const QLocale &locale = QLocale(), QWidget *parent = nullptr);

    static QUrl guideFor(const QLocale &locale);

    QTextBrowser *browser() const { return m_browser; }

private:
    /// Images wider than \a width, in pixels, shown at that width.
    void fitImages(int width);

    QTextBrowser *m_browser;
};

} // namespace Marginalia
