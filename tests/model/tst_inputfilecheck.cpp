// SPDX-License-Identifier: GPL-3.0-or-later
// InputFileCheck and InputFolder, the one gate every importer reads through:
// regular files only, refused by what they are; the size limit checked
// before reading and kept while reading; folders walked so that nothing
// that could be an article is dropped without a word.
#include "inputfilecheck.h"
#include "inputfolder.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

/// Makes what the row names at \a path.
bool make(const QString &path, const QString &what)
{
    const QByteArray name = QFile::encodeName(path);
    if (what == QLatin1String("small"))
        return writeFile(path, "Title\n\nText.\n");
    if (what == QLatin1String("at the limit"))
        return writeFile(path, QByteArray(1024, 'a'));
    if (what == QLatin1String("a byte over"))
        return writeFile(path, QByteArray(1025, 'a'));
    if (what == QLatin1String("empty"))
        return writeFile(path, QByteArray());
    if (what == QLatin1String("sparse")) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.resize(5LL * 1024 * 1024 * 1024);
    }
    if (what == QLatin1String("folder"))
        return QDir().mkpath(path);
    if (what == QLatin1String("fifo"))
        return mkfifo(name.constData(), 0600) == 0;
    if (what == QLatin1String("socket")) {
        const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
            return false;
        memcpy(address.sun_path, name.constData(), size_t(name.size()));
        const bool bound = bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        close(fd);
        return bound;
    }
    if (what == QLatin1String("link to a file"))
        return writeFile(path + QStringLiteral(".target"), "Title\n\nText.\n")
            && QFile::link(path + QStringLiteral(".target"), path);
    if (what == QLatin1String("link to /dev/zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (what == QLatin1String("link to a folder"))
        return QDir().mkpath(path + QStringLiteral(".d"))
            && QFile::link(path + QStringLiteral(".d"), path);
    if (what == QLatin1String("link to a pipe"))
        return mkfifo(QFile::encodeName(path + QStringLiteral(".fifo")).constData(), 0600) == 0
            && QFile::link(path + QStringLiteral(".fifo"), path);
    if (what == QLatin1String("link to nothing"))
        return QFile::link(path + QStringLiteral(".gone"), path);
    if (what == QLatin1String("unreadable"))
        return writeFile(path, "secret") && QFile::setPermissions(path, QFileDevice::WriteOwner);
    return what == QLatin1String("missing");
}

} // namespace

class TestInputFileCheck : public QObject
{
    Q_OBJECT

private slots:
    void refusesByWhatItIs_data();
    void refusesByWhatItIs();
    void aFileLargerThanItSaysIsNotReadWhole();
    void readsOnlyTheStartForPreviews();
    void textsAreMeasuredInUtf8_data();
    void textsAreMeasuredInUtf8();
    void foldersHideNothing();
    void oddNamesAreShownByTheirBytes_data();
    void oddNamesAreShownByTheirBytes();
};

void TestInputFileCheck::refusesByWhatItIs_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason"); // empty: read

    QTest::newRow("a small file") << "small"
                                  << "";
    QTest::newRow("at the limit") << "at the limit"
                                  << "";
    QTest::newRow("empty") << "empty"
                           << ""; // refusing it is the decoder's job
    QTest::newRow("a link to a file") << "link to a file"
                                      << "";
    QTest::newRow("a byte over") << "a byte over"
                                 << "too large (1.00 KiB, over the import limit of 1.00 KiB)";
    QTest::newRow("5 GB sparse") << "sparse"
                                 << "too large (5.00 GiB, over the import limit";
    QTest::newRow("a folder") << "folder"
                              << "not a regular file: a folder";
    QTest::newRow("a named pipe") << "fifo"
                                  << "not a regular file: a named pipe";
    QTest::newRow("a socket") << "socket"
                              << "not a regular file: a socket";
    QTest::newRow("a link to /dev/zero") << "link to /dev/zero"
                                         << "not a regular file: a link to a device";
    QTest::newRow("a link to a folder") << "link to a folder"
                                        << "not a regular file: a link to a folder";
    QTest::newRow("a link to a pipe") << "link to a pipe"
                                      << "not a regular file: a link to a named pipe";
    QTest::newRow("a link to nothing") << "link to nothing"
                                       << "a link to a file that does not exist";
    QTest::newRow("missing") << "missing"
                             << "no such file";
    if (geteuid() != 0) // root reads anything
        QTest::newRow("unreadable") << "unreadable"
                                    << "cannot be read (Permission denied)";
}

void TestInputFileCheck::refusesByWhatItIs()
{
    QFETCH(QString, what);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.txt"));
    QVERIFY(make(path, what));
    QByteArray bytes("left over");
    QString why;
    const bool read = InputFileCheck::read(path, 1024, &bytes, &why);
    QCOMPARE(read, reason.isEmpty());
    if (read) {
        QCOMPARE(bytes, readAll(path));
    } else {
        QVERIFY2(why.startsWith(reason), qPrintable(why));
        QCOMPARE(bytes, QByteArray("left over")); // untouched
    }
}

void TestInputFileCheck::aFileLargerThanItSaysIsNotReadWhole()
{
    // /proc files say they are empty and are not: the limit holds while reading.
    const QString maps = QStringLiteral("/proc/self/maps");
    if (!QFileInfo(maps).isFile() || QFileInfo(maps).size() != 0)
        QSKIP("no /proc here");
    QByteArray bytes;
    QString why;
    QVERIFY(!InputFileCheck::read(maps, 16, &bytes, &why));
    QVERIFY2(why.startsWith(QStringLiteral("too large (17 bytes, over the import limit of 16 "
                                           "bytes)")),
             qPrintable(why));
    QVERIFY(InputFileCheck::read(maps, 1024 * 1024, &bytes, &why));
    QVERIFY(bytes.size() > 16);
}

void TestInputFileCheck::readsOnlyTheStartForPreviews()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeFile(path, QByteArray(100, 'x')));
    QByteArray bytes;
    bool whole = true;
    QString why;
    QVERIFY(InputFileCheck::readStart(path, 1024, 10, &bytes, &whole, &why));
    QCOMPARE(bytes, QByteArray(10, 'x'));
    QVERIFY(!whole);
    QVERIFY(InputFileCheck::readStart(path, 1024, 100, &bytes, &whole, &why));
    QCOMPARE(bytes.size(), 100);
    QVERIFY(whole);
    // The limit is on the file, not on what a preview reads of it.
    QVERIFY(!InputFileCheck::readStart(path, 50, 10, &bytes, &whole, &why));
    QVERIFY(why.startsWith(QStringLiteral("too large")));
}

void TestInputFileCheck::textsAreMeasuredInUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("ASCII") << QStringLiteral("Minsk") << qint64(5);
    QTest::newRow("accents") << QStringLiteral("Élysée") << qint64(8);
    QTest::newRow("CJK") << QStringLiteral("北京") << qint64(6);
    QTest::newRow("emoji") << QStringLiteral("a😀b") << qint64(6);
    QTest::newRow("a lone surrogate") << QString(QChar(0xD800)) << qint64(3);
}

void TestInputFileCheck::textsAreMeasuredInUtf8()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(InputFileCheck::utf8Size(text), bytes);
    if (!text.contains(QChar(0xD800)))
        QCOMPARE(InputFileCheck::utf8Size(text), text.toUtf8().size());
    QString why;
    QVERIFY(InputFileCheck::textFits(text, bytes, &why));
    QVERIFY(!InputFileCheck::textFits(text, bytes - 1, &why));
    QVERIFY2(why.startsWith(QStringLiteral("too large")), qPrintable(why));
}

void TestInputFileCheck::foldersHideNothing()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("in"));
    QVERIFY(writeFile(root + QStringLiteral("/b.txt"), "B"));
    QVERIFY(writeFile(root + QStringLiteral("/sub/a.TXT"), "A")); // any case
    QVERIFY(writeFile(root + QStringLiteral("/notes.md"), "not an article"));
    QVERIFY(writeFile(root + QStringLiteral("/.git/c.txt"), "hidden"));
    QVERIFY(writeFile(root + QStringLiteral("/.hidden.txt"), "hidden"));
    QVERIFY(make(root + QStringLiteral("/pipe.txt"), QStringLiteral("fifo")));
    QVERIFY(make(root + QStringLiteral("/zero.txt"), QStringLiteral("link to /dev/zero")));
    QVERIFY(QFile::link(root + QStringLiteral("/sub"), root + QStringLiteral("/loop")));
    const QByteArray odd = QFile::encodeName(root) + "/caf\xE9.txt";
    const int fd = ::open(odd.constData(), O_WRONLY | O_CREAT, 0600);
    QVERIFY(fd >= 0);
    ::close(fd);

    QVector<ImportProblem> problems;
    const QStringList files = InputFolder::find(root, { QStringLiteral(".txt") }, &problems);
    // Pipes and links to devices are listed: reading them says what they are.
    QCOMPARE(
        files,
        QStringList({ root + QStringLiteral("/b.txt"), root + QStringLiteral("/pipe.txt"),
                      root + QStringLiteral("/sub/a.TXT"), root + QStringLiteral("/zero.txt") }));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, root + QStringLiteral("/caf\\xE9.txt"));
    QVERIFY(problems.first().reason.contains(QStringLiteral("not valid UTF-8")));
}

void TestInputFileCheck::oddNamesAreShownByTheirBytes_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("UTF-8") << QByteArray("Élysée.txt") << QStringLiteral("Élysée.txt");
    QTest::newRow("Latin-1") << QByteArray("caf\xE9.txt") << QStringLiteral("caf\\xE9.txt");
    QTest::newRow("cut sequence") << QByteArray("a\xC3") << QStringLiteral("a\\xC3");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::newRow("line break") << QByteArray("a\nb.txt") << QStringLiteral("a\\x0Ab.txt");
    QTest::newRow("replacement character")
        << QByteArray("\xEF\xBF\xBD") << QString(QChar::ReplacementCharacter);
}

void TestInputFileCheck::oddNamesAreShownByTheirBytes()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, shown);
    QCOMPARE(InputFolder::visibleName(name), shown);
}

QTEST_GUILESS_MAIN(TestInputFileCheck)
#include "tst_inputfilecheck.moc"
