// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a year's project: the scale projects of bench_scale (1k, 10k
// and 100k generated articles, 20 linked name mentions each, detected
// quotes), each opened in a MainWindow in a process of its own, so that its
// memory is its own. In each:
//
//   open      MainWindow::openProject to the first article painted (list
//             shown, text, highlights); baseline: the same on the 1-article
//             project, in the same run.
//   settled   from the open until the work it started on threads has come
//             back to the window (suggestion names, the integrity check of a
//             file not closed cleanly by us, the day's backup).
//   switch    Next Article (the action under Ctrl+PgDown), --switches times
//             (1000): from the key's action to every posted event handled
//             and the view painted again; p50, p99, worst.
//   add       a word of the article shown tagged the way a hotkey does
//             (ArticleView::selectSpan, not timed, then MainWindow::applyLabel
//             and every posted event), --adds times (200) on as many
//             articles; then undone, so the project is left as it was.
//   tag all   Tag All in the Project for the first linked mention of the
//             article shown, through TagAllRunner as Ctrl+Shift+T: until
//             stored; then its undo from the Edit menu (UndoRunner), timed,
//             with the longest wait of the event loop meanwhile.
//   quotes    Detect Quotes in All Articles through QuoteDetectionRunner
//             (the project's quotes are as detected: nothing changes), with
//             the longest wait of the event loop meanwhile.
//   stall     a 5 ms timer on the window's thread the whole time after the
//             open: the longest it waited for the event loop.
//   memory    resident set after the open and after the switches, and its
//             slope over the switches (least squares, KiB per article); the
//             same for the heap in use (mallinfo2), which is what a leak
//             per article would raise, also over the second half of the
//             switches alone (caches fill in the first).
//
// Switches and adds are compared with the smallest project of the run.
// Options: --articles 1000,10000,100000, --seed N (7), --dir PATH (kept
// projects, as bench_scale's), --switches N, --adds N.
// Prints figures only; it checks nothing about time.

#include "articlelistmodel.h"
#include "articleview.h"
#include "benchexportproject.h"
#include "benchscaleproject.h"
#include "benchsupport.h"
#include "mainwindow.h"
#include "projectbackups.h"
#include "projectplace.h"
#include "projectsession.h"
#include "quotedetectionrunner.h"
#include "tagallrunner.h"
#include "undorunner.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace Marginalia;

namespace {

QElapsedTimer clock_;

double nowMs()
{
    return double(clock_.nsecsElapsed()) / 1e6;
}

/// The resident set of this process in KiB, from /proc.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Bytes in use on the heap (glibc's mallinfo2): unlike the resident set,
/// not raised by freed memory malloc keeps or by library pages touched for
/// the first time.
qint64 heapInUseKiB()
{
    return qint64(mallinfo2().uordblks / 1024);
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

/// Least-squares slope of \a y over \a x.
double slope(const QVector<double> &x, const QVector<double> &y)
{
    const qsizetype n = qMin(x.size(), y.size());
    if (n < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sx += x.at(i);
        sy += y.at(i);
        sxx += x.at(i) * x.at(i);
        sxy += x.at(i) * y.at(i);
    }
    const double d = double(n) * sxx - sx * sx;
    return d == 0 ? 0 : (double(n) * sxy - sx * sy) / d;
}

/// The longest gap between ticks of a 5 ms timer on this thread: how long
/// the event loop was kept from running.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double t = nowMs();
            if (m_last > 0)
                m_worst = qMax(m_worst, t - m_last);
            m_last = t;
        });
        m_timer.start();
    }
    double worst() const { return m_worst; }

private:
    QTimer m_timer;
    double m_last = 0;
    double m_worst = 0;
};

/// Runs the event loop until \a done or \a seconds passed; false on timeout.
bool runUntil(const std::function<bool()> &done, double seconds)
{
    const double end = nowMs() + seconds * 1000;
    while (!done()) {
        if (nowMs() > end)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

QAction *actionWithKey(QWidget *window, const QKeySequence &key)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == key)
            return action;
    }
    return nullptr;
}

/// A word of four letters or more in \a text, the \a k-th from the start
/// that is not under an annotation already, as code points.
std::optional<ArticleView::Span> freeWord(const ArticleView &view, int k)
{
    static const QRegularExpression word(QStringLiteral("\\b\\p{L}{4,}\\b"));
    const QString &text = view.text();
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    int seen = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qint64 start = QStringView(text).left(m.capturedStart()).toUcs4().size();
        const qint64 end = start + m.capturedView().toUcs4().size();
        const bool covered =
            std::any_of(view.annotations().cbegin(), view.annotations().cend(),
                        [&](const Annotation &a) { return a.start < end && start < a.end; });
        if (!covered && seen++ == k)
            return ArticleView::Span { start, end };
    }
    return std::nullopt;
}

/// One project in this process; prints one line of JSON.
int child(const QString &path, int switches, int adds)
{
    bool backupDue = false;
    {
        ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
        if (!opened.database) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error));
            return 1;
        }
        backupDue = ProjectBackups(path).isDailyBackupDue(*opened.database);
    }
    // Every run starts at the first article with the list as imported: the
    // window would otherwise go back to where the last run left it (the end
    // of the list, where Next Article does nothing).
    ProjectPlace().save(path);
    QJsonObject out;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    settle();
    out[QStringLiteral("rssStartKiB")] = residentKiB();

    ArticleView *view = window.articleView();
    const double t0 = nowMs();
    if (!window.openProject(path, true))
        return 1;
    settle();
    view->viewport()->repaint();
    out[QStringLiteral("openMs")] = nowMs() - t0;
    out[QStringLiteral("firstArticleMentions")] = int(view->annotations().size());

    Watchdog watchdog;
    const auto *list = window.findChild<ArticleListModel *>();
    const bool listWhole = list && runUntil([list] { return !list->isLoading(); }, 600);
    out[QStringLiteral("listWholeMs")] = listWhole ? nowMs() - t0 : -1;
    out[QStringLiteral("listRows")] = list ? list->rowCount() : -1;
    ProjectSession *session = window.session();
    bool checked =
        session->database().integrityCheck() != ProjectDatabase::IntegrityCheck::Deferred;
    bool backedUp = !backupDue;
    QObject::connect(session, &ProjectSession::integrityChecked, &window,
                     [&checked] { checked = true; });
    QObject::connect(session, &ProjectSession::backupReported, &window,
                     [&backedUp] { backedUp = true; });
    const bool settled =
        runUntil([&] { return checked && backedUp && !session->suggestionsPending(); }, 600);
    out[QStringLiteral("settledMs")] = settled ? nowMs() - t0 : -1;
    out[QStringLiteral("stallSettleMs")] = watchdog.worst();
    out[QStringLiteral("rssOpenKiB")] = residentKiB();

    QAction *next = actionWithKey(&window, QKeySequence(QStringLiteral("Ctrl+PgDown")));
    if (!next) {
        std::fprintf(stderr, "no action under Ctrl+PgDown\n");
        return 1;
    }
    Watchdog browseWatchdog;
    QVector<double> switchMs, rssAt, rssKiB, heapKiB;
    out[QStringLiteral("heapOpenKiB")] = heapInUseKiB();
    for (int i = 0; i < switches; ++i) {
        const double s0 = nowMs();
        next->trigger();
        settle();
        switchMs.append(nowMs() - s0);
        if (i % 50 == 49) {
            rssAt.append(i + 1);
            rssKiB.append(double(residentKiB()));
            heapKiB.append(double(heapInUseKiB()));
        }
        // Lets timers (the watchdog's too) run between key presses, as a
        // person's typing would.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    out[QStringLiteral("switchP50Ms")] = percentile(switchMs, 0.5);
    out[QStringLiteral("switchP99Ms")] = percentile(switchMs, 0.99);
    out[QStringLiteral("switchMaxMs")] = percentile(switchMs, 1.0);
    out[QStringLiteral("rssBrowsedKiB")] = residentKiB();
    out[QStringLiteral("rssSlopeKiBPerArticle")] = slope(rssAt, rssKiB);
    out[QStringLiteral("heapBrowsedKiB")] = heapInUseKiB();
    out[QStringLiteral("heapSlopeKiBPerArticle")] = slope(rssAt, heapKiB);
    // Caches (glyphs, SQLite's pages, Qt's pixmaps) fill while the first
    // articles are shown and then stay; a leak goes on in the second half.
    const qsizetype half = rssAt.size() / 2;
    out[QStringLiteral("heapSlopeSecondHalf")] = slope(rssAt.mid(half), heapKiB.mid(half));
    out[QStringLiteral("stallBrowseMs")] = browseWatchdog.worst();

    const QVector<Label> labels = session->labels();
    QVector<double> addMs;
    int failed = 0;
    for (int i = 0; i < adds && !labels.isEmpty(); ++i) {
        next->trigger();
        settle();
        const std::optional<ArticleView::Span> span = freeWord(*view, i % 5);
        if (!span) {
            ++failed;
            continue;
        }
        view->selectSpan(*span);
        settle();
        const qsizetype before = view->annotations().size();
        const double a0 = nowMs();
        window.applyLabel(labels.at(i % labels.size()).id);
        settle();
        addMs.append(nowMs() - a0);
        if (view->annotations().size() != before + 1)
            ++failed;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    out[QStringLiteral("addP50Ms")] = percentile(addMs, 0.5);
    out[QStringLiteral("addP99Ms")] = percentile(addMs, 0.99);
    out[QStringLiteral("addFailed")] = failed;
    out[QStringLiteral("stallAllMs")] = browseWatchdog.worst();
    // Tag All in the Project for the first linked mention of the article
    // shown, as Ctrl+Shift+T does on a large project (TagAllRunner): the
    // plan on a thread, then one undo step stored on the window's thread.
    if (auto *runner = window.findChild<TagAllRunner *>(); runner) {
        const auto mention = std::find_if(view->annotations().cbegin(), view->annotations().cend(),
                                          [](const Annotation &a) { return a.entityId > 0; });
        if (mention != view->annotations().cend()) {
            const qsizetype from = view->index().toUtf16(mention->start);
            const QString text = view->text().mid(from, view->index().toUtf16(mention->end) - from);
            int tagged = -1;
            QObject::connect(runner, &TagAllRunner::tagged, &window,
                             [&tagged](int count) { tagged = count; });
            Watchdog tagWatchdog;
            const double g0 = nowMs();
            runner->start(session, session->tagAllRequest(*mention, text, true, false));
            runUntil([&tagged] { return tagged >= 0; }, 600);
            out[QStringLiteral("tagAllMs")] = nowMs() - g0;
            // The watchdog ticks once more, so a store that held the loop
            // at the end is counted.
            const double after = nowMs();
            runUntil([after] { return nowMs() - after > 30; }, 1);
            out[QStringLiteral("tagAllCount")] = tagged;
            out[QStringLiteral("tagAllText")] = text;
            out[QStringLiteral("stallTagAllMs")] = tagWatchdog.worst();
            // Its undo from the Edit menu (UndoRunner): the mentions are
            // deleted on a thread, then the views read what is left.
            auto *undoRunner = window.findChild<UndoRunner *>();
            if (tagged > 0 && undoRunner) {
                Watchdog undoWatchdog;
                const double u0 = nowMs();
                undoRunner->undo(session);
                runUntil([undoRunner] { return !undoRunner->isRunning(); }, 600);
                settle();
                out[QStringLiteral("undoTagAllMs")] = nowMs() - u0;
                const double undone = nowMs();
                runUntil([undone] { return nowMs() - undone > 30; }, 1);
                out[QStringLiteral("stallUndoTagAllMs")] = undoWatchdog.worst();
            }
        }
    }
    // Detect Quotes in All Articles (QuoteDetectionRunner): every article on
    // a thread; the project's quotes are as detected, so nothing changes.
    if (auto *runner = window.findChild<QuoteDetectionRunner *>(); runner) {
        qint64 changed = -1;
        QObject::connect(runner, &QuoteDetectionRunner::finished, &window,
                         [&changed](qint64, qint64, qint64 count) { changed = count; });
        Watchdog quoteWatchdog;
        const double q0 = nowMs();
        runner->start(session);
        runUntil([&changed] { return changed >= 0; }, 1800);
        out[QStringLiteral("quotesMs")] = nowMs() - q0;
        const double after = nowMs();
        runUntil([after] { return nowMs() - after > 30; }, 1);
        out[QStringLiteral("quotesChanged")] = double(changed);
        out[QStringLiteral("stallQuotesMs")] = quoteWatchdog.worst();
    }
    // Left as it was found, so bench_scale's figures stay comparable.
    while (session->undoStack()->canUndo())
        session->undoStack()->undo();
    settle();
    std::printf("RESULT %s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    window.closeProject();
    return 0;
}

QJsonObject runChild(const QString &path, int switches, int adds)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  { QStringLiteral("--child"), path, QStringLiteral("--switches"),
                    QString::number(switches), QStringLiteral("--adds"), QString::number(adds) });
    process.waitForFinished(-1);
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    }
    std::fprintf(stderr, "%s: the window's run gave no result (exit status %d)\n", qPrintable(path),
                 process.exitCode());
    return {};
}

QString sizeName(qint64 articles)
{
    return articles >= 1000 && articles % 1000 == 0 ? QStringLiteral("%1k").arg(articles / 1000)
                                                    : QString::number(articles);
}

} // namespace

int main(int argc, char *argv[])
{
    clock_.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_ui_scale"));
    const int switches = int(Bench::intOption("--switches", 1000));
    const int adds = int(Bench::intOption("--adds", 200));
    const QString childPath = Bench::stringOption("--child");
    if (!childPath.isEmpty())
        return child(childPath, switches, adds);

    const quint64 seed = quint64(Bench::intOption("--seed", 7));
    const QString folder = Bench::stringOption(
        "--dir", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("scale")));
    QDir().mkpath(folder);
    QVector<int> sizes;
    for (const QString &size :
         Bench::stringOption("--articles", QStringLiteral("1000,10000,100000")).split(u','))
        sizes.append(size.toInt());

    const BenchScale::ScaleProject one = BenchScale::scaleProject(folder, 1, seed);
    const QJsonObject base = runChild(one.path, 0, 0);
    QVector<QPair<BenchScale::ScaleProject, QJsonObject>> results;
    for (const int size : std::as_const(sizes)) {
        const BenchScale::ScaleProject p = BenchScale::scaleProject(folder, size, seed);
        std::printf("%s: %lld articles, %lld mentions, %lld quotes%s\n", qPrintable(p.path),
                    p.articles, p.annotations, p.quotes,
                    p.generateSeconds > 0 ? " (made now)" : "");
        std::fflush(stdout);
        results.append({ p, runChild(p.path, switches, adds) });
    }
    if (results.isEmpty())
        return 0;
    const QJsonObject &smallest = results.first().second;
    const auto ratio = [](double ours, double baseline) {
        return baseline > 0 ? QStringLiteral("%1x").arg(ours / baseline, 0, 'f', 2)
                            : QStringLiteral("-");
    };
    const auto ms = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toDouble();
    };
    std::printf("\n%-34s %8s %10s %8s %10s\n", "window on a year's project", "articles", "ours",
                "ratio", "goal");
    for (const auto &[p, r] : std::as_const(results)) {
        const QString n = sizeName(p.articles);
        const auto row = [&](const char *what, double value, const QString &unit,
                             const QString &rate, const char *goal) {
            std::printf("%-34s %8s %10s %8s %10s\n", what, qPrintable(n),
                        qPrintable(QString::number(value, 'f', 1) + unit), qPrintable(rate), goal);
        };
        row("open to first article painted", ms(r, "openMs"), QStringLiteral(" ms"),
            ratio(ms(r, "openMs"), ms(base, "openMs")), "<1 s, <=2x");
        row("open to the whole list", ms(r, "listWholeMs"), QStringLiteral(" ms"), QString(), "");
        row("open to threads' work shown", ms(r, "settledMs"), QStringLiteral(" ms"), QString(),
            "");
        row("switch article p50", ms(r, "switchP50Ms"), QStringLiteral(" ms"),
            ratio(ms(r, "switchP50Ms"), ms(smallest, "switchP50Ms")), "");
        row("switch article p99", ms(r, "switchP99Ms"), QStringLiteral(" ms"),
            ratio(ms(r, "switchP99Ms"), ms(smallest, "switchP99Ms")), "<50 ms");
        row("switch article worst", ms(r, "switchMaxMs"), QStringLiteral(" ms"), QString(), "");
        row("add annotation p50", ms(r, "addP50Ms"), QStringLiteral(" ms"),
            ratio(ms(r, "addP50Ms"), ms(smallest, "addP50Ms")), "");
        row("add annotation p99", ms(r, "addP99Ms"), QStringLiteral(" ms"),
            ratio(ms(r, "addP99Ms"), ms(smallest, "addP99Ms")), "<16 ms");
        row("tag all in the project", ms(r, "tagAllMs"), QStringLiteral(" ms"), QString(),
            qPrintable(QStringLiteral("%1 x \"%2\"")
                           .arg(r.value(QLatin1String("tagAllCount")).toInt())
                           .arg(r.value(QLatin1String("tagAllText")).toString())));
        row("event loop stall, tag all", ms(r, "stallTagAllMs"), QStringLiteral(" ms"), QString(),
            "<100 ms");
        row("undo of that tag all", ms(r, "undoTagAllMs"), QStringLiteral(" ms"), QString(), "");
        row("  event loop waited at most", ms(r, "stallUndoTagAllMs"), QStringLiteral(" ms"),
            QString(), "<100 ms");
        row("detect quotes in all articles", ms(r, "quotesMs"), QStringLiteral(" ms"),
            QStringLiteral("%1 changed").arg(r.value(QLatin1String("quotesChanged")).toInt()), "");
        row("  event loop waited at most", ms(r, "stallQuotesMs"), QStringLiteral(" ms"), QString(),
            "<100 ms");
        row("event loop stall, settling", ms(r, "stallSettleMs"), QStringLiteral(" ms"), QString(),
            "<100 ms");
        row("event loop stall, browse+add", ms(r, "stallAllMs"), QStringLiteral(" ms"), QString(),
            "<100 ms");
        row("memory after open", ms(r, "rssOpenKiB") / 1024, QStringLiteral(" MiB"), QString(),
            "<300 MB");
        row("memory after switches", ms(r, "rssBrowsedKiB") / 1024, QStringLiteral(" MiB"),
            QString(), "<300 MB");
        row("resident set slope per article", ms(r, "rssSlopeKiBPerArticle"),
            QStringLiteral(" KiB"), QString(), "");
        row("heap in use after open", ms(r, "heapOpenKiB") / 1024, QStringLiteral(" MiB"),
            QString(), "");
        row("heap in use after switches", ms(r, "heapBrowsedKiB") / 1024, QStringLiteral(" MiB"),
            QString(), "");
        row("heap slope per article", ms(r, "heapSlopeKiBPerArticle"), QStringLiteral(" KiB"),
            QString(), "");
        row("heap slope, second half", ms(r, "heapSlopeSecondHalf"), QStringLiteral(" KiB"),
            QString(), "~0");
        if (ms(r, "addFailed") > 0)
            std::printf("WARNING: %d adds did not show a new annotation\n",
                        int(ms(r, "addFailed")));
    }
    std::printf("baseline: the 1-article project opened in %.1f ms; switches and adds are "
                "compared with the %s project\n",
                ms(base, "openMs"), qPrintable(sizeName(results.first().first.articles)));
    return 0;
}
