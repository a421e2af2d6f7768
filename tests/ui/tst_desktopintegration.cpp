// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration (issue 12): the icon the window and the desktop show
// is drawn from its SVG (Qt's SVG plugin, Debian's libqt6svg6, must be
// there), and the desktop file, the MIME type and the installed icons name
// each other as a desktop needs them to for a double-click on a
// .marginalia file to open it. .ci/package.sh checks the package itself.
#include "mainwindow.h"
#include "testconfig.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Marginalia;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void iconsAreDrawn_data();
    void iconsAreDrawn();
    void desktopFileOpensProjects();
};

namespace {

QString resource(const char *path)
{
    return QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/../resources/") + QLatin1String(path);
}

QString desktopEntry(const QString &text, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1);
}

} // namespace

void TestDesktopIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktopIntegration::iconsAreDrawn_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("application") << ":/icons/marginalia.svg";
    QTest::newRow("project file") << ":/icons/application-x-marginalia.svg";
}

void TestDesktopIntegration::iconsAreDrawn()
{
    QFETCH(QString, path);
    const QIcon icon(path);
    QVERIFY(!icon.isNull());
    for (const int size : { 16, 48, 256 }) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.width(), size);
        // Drawn, not blank: the page covers more than half of the square,
        // and from 48 px its outline is dark.
        int covered = 0;
        bool dark = false;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor c = image.pixelColor(x, y);
                covered += c.alpha() > 200 ? 1 : 0;
                dark = dark || (c.alpha() > 200 && c.lightness() < 100);
            }
        }
        const QString where = QStringLiteral("%1 at %2 px").arg(path).arg(size);
        QVERIFY2(covered > size * size / 2, qPrintable(where));
        QVERIFY2(dark || size < 48, qPrintable(where));
    }
    QVERIFY(!MainWindow::applicationIcon().isNull());
}

void TestDesktopIntegration::desktopFileOpensProjects()
{
    QFile desktopFile(resource("desktop/marginalia.desktop"));
    QVERIFY(desktopFile.open(QIODevice::ReadOnly));
    const QString desktop = QString::fromUtf8(desktopFile.readAll());
    QFile mimeFile(resource("desktop/marginalia-mime.xml"));
    QVERIFY(mimeFile.open(QIODevice::ReadOnly));
    // The first value of each element's attribute, as shared-mime-info reads them.
    QHash<QString, QString> mime;
    QXmlStreamReader xml(&mimeFile);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const char *name : { "type", "pattern", "name" }) {
            const QString key = xml.name().toString() + QLatin1Char('/') + QLatin1String(name);
            if (attributes.hasAttribute(QLatin1String(name)) && !mime.contains(key))
                mime.insert(key, attributes.value(QLatin1String(name)).toString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString typeName = mime.value(QStringLiteral("mime-type/type"));
    QCOMPARE(typeName, QStringLiteral("application/x-marginalia"));
    QCOMPARE(mime.value(QStringLiteral("glob/pattern")), QStringLiteral("*.marginalia"));

    // The desktop file takes the type, with the file as its argument.
    QCOMPARE(desktopEntry(desktop, QStringLiteral("MimeType")), typeName + QLatin1Char(';'));
    QCOMPARE(desktopEntry(desktop, QStringLiteral("Exec")), QStringLiteral("marginalia %f"));
    QVERIFY(QFile::exists(QStringLiteral(MARGINALIA_GUI_PATH)));
    // Icons by the names the desktop looks them up by.
    const QString icon = desktopEntry(desktop, QStringLiteral("Icon"));
    QVERIFY(QFile::exists(resource("icons/") + icon + QStringLiteral(".svg")));
    const QString typeIcon = mime.value(QStringLiteral("icon/name"));
    QCOMPARE(typeIcon, QString(typeName).replace(QLatin1Char('/'), QLatin1Char('-')));
    QVERIFY(QFile::exists(resource("icons/") + typeIcon + QStringLiteral(".svg")));
    // French too, as the interface.
    QVERIFY(!desktopEntry(desktop, QStringLiteral("Comment\\[fr\\]")).isEmpty());
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
