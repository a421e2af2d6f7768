// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidewindow.h"

#include <QFile>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace Marginalia {

QUrl UserGuideWindow::guideFor(const QLocale &locale)
{
    const QString translated =
        QStringLiteral(":/docs/user-guide.%1.md").arg(QLocale::languageToCode(locale.language()));
    if (locale.language() != QLocale::English && QFile::exists(translated))
        return QUrl(QLatin1String("qrc") + translated);
    return QUrl(QStringLiteral("qrc:/docs/user-guide.md"));
}

UserGuideWindow::UserGuideWindow(const QLocale &locale, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Marginalia User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenExternalLinks(true);
    // The guide's images are relative to it, as in the repository, so the
    // same file reads right on the web and here.
    m_browser->setSource(guideFor(locale), QTextDocument::MarkdownResource);
    fitImages(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 40);
}

void UserGuideWindow::fitImages(int width)
{
    // Screenshots are taken at the window's full size; shown at it, the
    // guide would scroll sideways.
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture =
                document->resource(QTextDocument::ImageResource, QUrl(image.name()))
                    .value<QImage>();
            if (picture.isNull() || picture.width() <= width)
                continue;
            image.setWidth(width);
            image.setHeight(qreal(picture.height()) * width / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace Marginalia
