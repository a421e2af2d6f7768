// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps translations/ current: the French file covers every string the
// sources mark with tr(), and every entry is translated.
#include "testconfig.h"
#include "translations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsContents
{
    QSet<QString> sources; ///< "context|source"
    QStringList unfinished;
};

TsContents readTs(const QString &path)
{
    TsContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return contents;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            contents.sources.insert(context + QLatin1Char('|') + source);
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                contents.unfinished.append(context + QLatin1Char('|') + source);
        }
    }
    return contents;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete();
    void frenchCoversEverySourceString();
    void frenchLoadsFromResources();
    void installedForTheLocale_data();
    void installedForTheLocale();
};

void TestTranslations::frenchIsComplete()
{
    const TsContents french =
        readTs(QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/../translations/marginalia_fr.ts"));
    QVERIFY(french.sources.size() > 50);
    QVERIFY2(french.unfinished.isEmpty(), qPrintable(french.unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchCoversEverySourceString()
{
    const QString lupdate = QStringLiteral(MARGINALIA_LUPDATE_PATH);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed");
    QStringList sources;
    const QDir root(QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/.."));
    for (const char *folder : { "model", "ui", "app" }) {
        QDirIterator it(root.filePath(QLatin1String(folder)),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QProcess process;
    process.start(
        lupdate, sources + QStringList { QStringLiteral("-silent"), QStringLiteral("-ts"), fresh });
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);

    const QSet<QString> wanted = readTs(fresh).sources;
    const QSet<QString> have =
        readTs(QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/../translations/marginalia_fr.ts"))
            .sources;
    QStringList missing(wanted.cbegin(), wanted.cend());
    missing.erase(std::remove_if(missing.begin(), missing.end(),
                                 [&](const QString &s) { return have.contains(s); }),
                  missing.end());
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Run the update_translations target and translate:\n")
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchLoadsFromResources()
{
    // The model library carries the compiled .qm files under :/i18n.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/marginalia_fr.qm")));
    QCOMPARE(translator.translate("TextDecoder", "the file is empty"),
             QStringLiteral("le fichier est vide"));
}

void TestTranslations::installedForTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("articles"); ///< our "%n article(s)" for 2
    QTest::addColumn<QString>("cancel"); ///< Qt's own button
    QTest::addColumn<QString>("deleteKey"); ///< a key name as menus show it

    // Issue 12, defect 8: standard buttons and key names stayed English in
    // French, and English showed "(s)" plurals.
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                            << QStringLiteral("2 articles") << QStringLiteral("Annuler")
                            << QStringLiteral("Suppr");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                             << QStringLiteral("2 articles") << QStringLiteral("Cancel")
                             << QStringLiteral("Del");
    // A language we do not ship falls back to our English plural forms.
    QTest::newRow("Finnish") << QLocale(QLocale::Finnish, QLocale::Finland)
                             << QStringLiteral("2 articles") << QStringLiteral("Peru")
                             << QStringLiteral("Del");
}

void TestTranslations::installedForTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, articles);
    QFETCH(QString, cancel);
    QFETCH(QString, deleteKey);

    Marginalia::Translations::install(*QCoreApplication::instance(), locale);
    QCOMPARE(QCoreApplication::translate("Marginalia::MainWindow", "%n article(s)", nullptr, 2),
             articles);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    QCOMPARE(QCoreApplication::translate("QShortcut", "Del"), deleteKey);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
