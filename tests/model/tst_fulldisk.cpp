// SPDX-License-Identifier: GPL-3.0-or-later
// A project on a full disk opens for reading only, says the disk is full
// (not that the file is damaged), refuses edits with that message, leaves
// the file as it was, and works again once space is freed. Needs a small file system of its own: a
// tmpfs mounted for the test, so it runs as root where mounting is allowed and is skipped
// elsewhere.
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskOpensForReading();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

void TestFullDisk::initTestCase()
{
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=512k"), QStringLiteral("tmpfs"), m_mountPoint.path() });
    m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit
        && mount.exitCode() == 0;
    if (!m_mounted)
        QSKIP("cannot mount a small tmpfs here (not root, or no mount permission)");
}

void TestFullDisk::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), { m_mountPoint.path() });
}

void TestFullDisk::fullDiskOpensForReading()
{
    const QString path = m_mountPoint.filePath(QStringLiteral("full.marginalia"));
    {
        auto created = ProjectDatabase::create(path);
        QVERIFY2(created.database, qPrintable(created.error));
        QVector<NewArticle> batch(1);
        batch[0].title = QStringLiteral("Poutine à Minsk");
        batch[0].text = QStringLiteral("Poutine à Minsk\nVladimir Poutine est arrivé.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(created.database->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    const QByteArray before = readAll(path);

    // Fill every last block.
    const QString filler = m_mountPoint.filePath(QStringLiteral("filler"));
    {
        QFile file(filler);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (file.write(block) == block.size() && file.flush()) { }
    }

    {
        // Reading still works: opened for reading only, with a warning.
        ProjectDatabase::OpenResult full = ProjectDatabase::open(path);
        QVERIFY2(full.database, qPrintable(full.error));
        QVERIFY(full.database->isReadOnly());
        QVERIFY2(full.warning.contains(QLatin1String("full.marginalia"))
                     && full.warning.contains(QLatin1String("disk"))
                     && full.warning.contains(QLatin1String("full")),
                 qPrintable(full.warning));
        QVERIFY2(!full.warning.contains(QLatin1String("damaged")), qPrintable(full.warning));
        QCOMPARE(full.database->articleCount(), 1);
        QCOMPARE(full.database->articleSummaries().value(0).title,
                 QStringLiteral("Poutine à Minsk"));

        // An edit is refused with a message that says why, and nothing is stored.
        QVector<NewArticle> batch(1);
        batch[0].title = QStringLiteral("Loukachenko");
        batch[0].text = QStringLiteral("Loukachenko\nAlexandre Loukachenko a répondu.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY(!full.database->insertArticles(batch, &outcomes, &error));
        QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error));
        QCOMPARE(full.database->articleCount(), 1);
    }
    QCOMPARE(readAll(path), before);

    QVERIFY(QFile::remove(filler));
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(!opened.database->isReadOnly());
    QVERIFY(opened.warning.isEmpty());
    QCOMPARE(opened.database->articleCount(), 1);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
