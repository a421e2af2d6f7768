// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps translations/ current: the French file covers every string the
// sources mark with tr(), and every entry is translated.
#include "testconfig.h"

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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
