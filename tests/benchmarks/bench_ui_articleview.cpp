// SPDX-License-Identifier: GPL-3.0-or-later
// Article view benchmark. One generated article of about 1 MB (French and
// English paragraphs, some characters outside the BMP) holding 20,000
// annotations (some nested, some crossing; six labels), stored in a real
// project file, measured three ways:
//
// 1. Open and paint, in a new ArticleView each time: setArticle +
//    setAnnotations + a forced layout of every block (blockBoundingRect on
//    each; QPlainTextEdit otherwise lays out only what it shows) + a
//    synchronous repaint of the viewport. The baseline is the same steps for
//    the same text with no annotations (setAnnotations with an empty list),
//    in the same widget type, in the same run. Also shown: the same without
//    the forced layout (what opening costs before scrolling), and a bare
//    QPlainTextEdit with no highlighter at all.
// 2. Add one annotation the way a hotkey does: MainWindow::openProject on a
//    copy of the project, then for each add articleView()->selectSpan (not
//    timed) and, timed, MainWindow::applyLabel (ProjectSession::addAnnotation,
//    stored with synchronous=FULL, then the window's refresh) followed by
//    every posted event and timer (deferred layouts, the repaint). Stages come
//    from signals and from a SQLite VFS shim that times every xSync (fsync).
//    Then, in a window on a fresh copy, the parts of that path one by one.
// 3. Scroll page by page through the article: scroll bar value + synchronous
//    repaint of the viewport per frame. First pass (blocks laid out as they
//    come into view) and second pass; highlighted and plain.
//
// Two sketches of suggested changes are measured alongside, labelled as such
// (they are not the project's code): PaintTimeHighlights, the same widget
// painting the annotations under the text of the lines in view instead of
// setting QTextCharFormats through a QSyntaxHighlighter; and an add that
// inserts the stored annotation into the list in memory instead of
// reloading every annotation of the article from the database.
//
// Options: --bytes N (1000000), --annotations N (20000), --adds N (200),
// --runs N (3), --height N (800, the view's), --seed N, --dir PATH, --keep,
// --only open|scroll|add|parts (for profiling one part), --grab FOLDER (the
// first page of ArticleView and of the sketch below, as PNG files).
//
// Run it with QT_QPA_PLATFORM=offscreen, or under xvfb-run (xcb).
// Prints figures only; it checks nothing about time.

#include "annotationlistmodel.h"
#include "articleview.h"
#include "benchsupport.h"
#include "codepointindex.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "wordboundaries.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>
#include <QWindow>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>

using namespace Marginalia;

namespace {

QElapsedTimer clock_; ///< started first thing in main; every timestamp is on it

qint64 now()
{
    return clock_.nsecsElapsed();
}

double ms(qint64 nanos)
{
    return double(nanos) / 1e6;
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::exit(1);
}

// ---------------------------------------------------------------------------
// A SQLite VFS shim over the default one that times xSync: how much of an
// add is the fsync of the commit, measured inside the real code path.

struct SyncStats
{
    qint64 calls = 0;
    qint64 nanos = 0;
    qint64 lastEnd = -1; ///< when the latest xSync returned
};
SyncStats syncStats;

sqlite3_vfs *rootVfs = nullptr;
sqlite3_vfs timedVfs;
sqlite3_io_methods timedMethods[3]; ///< iVersion 1, 2, 3: the same as the real file's

struct TimedFile
{
    sqlite3_file base;
    sqlite3_file *real; ///< follows this struct in the same allocation
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<TimedFile *>(file)->real;
}

int timedClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int timedRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int timedWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int timedTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int timedSync(sqlite3_file *f, int flags)
{
    const qint64 start = now();
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    const qint64 end = now();
    ++syncStats.calls;
    syncStats.nanos += end - start;
    syncStats.lastEnd = end;
    return rc;
}
int timedFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int timedLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int timedUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int timedCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int timedFileControl(sqlite3_file *f, int op, void *argument)
{
    return real(f)->pMethods->xFileControl(real(f), op, argument);
}
int timedSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int timedDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int timedShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int timedShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void timedShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int timedShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int timedFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int timedUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *pointer)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, pointer);
}

int timedOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *timed = reinterpret_cast<TimedFile *>(file);
    timed->real = reinterpret_cast<sqlite3_file *>(timed + 1);
    timed->real->pMethods = nullptr;
    // The real VFS reads its own pAppData: call it with its own pointer.
    const int rc = rootVfs->xOpen(rootVfs, name, timed->real, flags, outFlags);
    const sqlite3_io_methods *methods = timed->real->pMethods;
    timed->base.pMethods = methods ? &timedMethods[qBound(1, methods->iVersion, 3) - 1] : nullptr;
    return rc;
}

void installTimedVfs()
{
    rootVfs = sqlite3_vfs_find(nullptr);
    if (!rootVfs)
        fail("sqlite", QStringLiteral("no default VFS"));
    for (int i = 0; i < 3; ++i) {
        sqlite3_io_methods &m = timedMethods[i];
        m = sqlite3_io_methods {};
        m.iVersion = i + 1;
        m.xClose = timedClose;
        m.xRead = timedRead;
        m.xWrite = timedWrite;
        m.xTruncate = timedTruncate;
        m.xSync = timedSync;
        m.xFileSize = timedFileSize;
        m.xLock = timedLock;
        m.xUnlock = timedUnlock;
        m.xCheckReservedLock = timedCheckReservedLock;
        m.xFileControl = timedFileControl;
        m.xSectorSize = timedSectorSize;
        m.xDeviceCharacteristics = timedDeviceCharacteristics;
        if (i >= 1) {
            m.xShmMap = timedShmMap;
            m.xShmLock = timedShmLock;
            m.xShmBarrier = timedShmBarrier;
            m.xShmUnmap = timedShmUnmap;
        }
        if (i >= 2) {
            m.xFetch = timedFetch;
            m.xUnfetch = timedUnfetch;
        }
    }
    timedVfs = *rootVfs; // everything else goes straight to the real one
    timedVfs.pNext = nullptr;
    timedVfs.zName = "marginalia-bench-timed";
    timedVfs.szOsFile = int(sizeof(TimedFile)) + rootVfs->szOsFile;
    timedVfs.xOpen = timedOpen;
    if (sqlite3_vfs_register(&timedVfs, 1) != SQLITE_OK)
        fail("sqlite", QStringLiteral("cannot register the timing VFS"));
}

// ---------------------------------------------------------------------------
// The article and its annotations

struct Span
{
    qint64 start = 0; ///< code points
    qint64 end = 0;
};

/// Words (runs of letters, digits, apostrophes, hyphens) as code point ranges.
QVector<Span> wordsOf(const QString &text)
{
    QVector<Span> result;
    qint64 codePoint = 0;
    qint64 wordStart = -1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++codePoint) {
        const QChar c = text.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate();
        const bool inWord = !pair
            && (c.isLetterOrNumber() || (wordStart >= 0 && c == QLatin1Char('\''))
                || (wordStart >= 0 && c == QLatin1Char('-')));
        if (inWord && wordStart < 0)
            wordStart = codePoint;
        else if (!inWord && wordStart >= 0) {
            result.append({ wordStart, codePoint });
            wordStart = -1;
        }
        i += pair ? 2 : 1;
    }
    if (wordStart >= 0)
        result.append({ wordStart, codePoint });
    return result;
}

struct GeneratedText
{
    QString text;
    qint64 utf8Bytes = 0;
    qint64 codePoints = 0;
    qint64 nonBmp = 0;
    int pieces = 0;
    int englishPieces = 0;
};

/// Generated articles one after the other (each becomes a titled section),
/// until the UTF-8 text reaches \a bytes.
GeneratedText generateText(qint64 bytes, quint64 seed)
{
    Bench::CorpusOptions options;
    options.emoji = true;
    options.seed = seed;
    options.minBytes = 3000;
    options.maxBytes = 9000;
    QByteArray utf8;
    utf8.reserve(bytes + options.maxBytes);
    GeneratedText g;
    for (int i = 0; utf8.size() < bytes; ++i) {
        const Bench::GeneratedArticle a = Bench::generateArticle(i, options);
        if (!utf8.isEmpty())
            utf8 += '\n'; // the body ends with one: a blank line between sections
        utf8 += a.body;
        ++g.pieces;
        g.englishPieces += a.english ? 1 : 0;
    }
    g.text = QString::fromUtf8(utf8);
    g.utf8Bytes = utf8.size();
    for (qsizetype i = 0; i < g.text.size(); ++i) {
        if (g.text.at(i).isHighSurrogate())
            ++g.nonBmp;
    }
    g.codePoints = g.text.size() - g.nonBmp;
    return g;
}

struct PlannedAnnotation
{
    Span span;
    int label = 0; ///< index into the project's labels
};

struct Plan
{
    QVector<PlannedAnnotation> annotations;
    int nesting = 0; ///< enclose the one before
    int nested = 0; ///< inside the one before
    int crossing = 0; ///< start inside the one before and end after it
};

/// \a count annotations, one in each count-th of the words: most of one to
/// three words, some enclosing the one before (up to several deep), some
/// inside it, some crossing it.
Plan planAnnotations(const QVector<Span> &words, int count, int labelCount, quint64 seed)
{
    Plan plan;
    Bench::Rng rng(seed);
    const qsizetype n = words.size();
    qsizetype prevFirst = -1;
    qsizetype prevLast = -1;
    for (int k = 0; k < count && n > 0; ++k) {
        const qsizetype from = n * k / count;
        const qsizetype to = qMax(from + 1, n * (k + 1) / count);
        qsizetype first = from + rng.below(int(to - from));
        qsizetype last = qMin(n - 1, first + (rng.chance(70) ? 0 : rng.between(1, 2)));
        const int roll = rng.below(100);
        if (prevFirst >= 0 && roll < 10) {
            first = qMax<qsizetype>(0, prevFirst - rng.between(0, 2));
            last = qMin(n - 1, prevLast + rng.between(1, 2));
            ++plan.nesting;
        } else if (prevFirst >= 0 && prevLast > prevFirst && roll < 14) {
            first = last = prevFirst + rng.below(int(prevLast - prevFirst + 1));
            ++plan.nested;
        } else if (prevFirst >= 0 && prevLast > prevFirst && roll < 20) {
            first = prevLast;
            last = qMin(n - 1, prevLast + rng.between(1, 2));
            ++plan.crossing;
        }
        plan.annotations.append(
            { Span { words.at(first).start, words.at(last).end }, rng.below(labelCount) });
        prevFirst = first;
        prevLast = last;
    }
    return plan;
}

struct Project
{
    QString path;
    qint64 articleId = 0;
    QString language;
    QVector<Annotation> annotations; ///< as stored, in text order
    QHash<qint64, QColor> colors; ///< the way MainWindow::refreshAnnotations builds them
    QVector<Label> labels;
    Plan plan;
};

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "%s: %s\n", sql, message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

/// The project: the four default labels and two more, the article through
/// insertArticles, the annotations straight into their table in one
/// transaction (addAnnotation commits one at a time: far too slow here).
Project buildProject(const QString &path, const GeneratedText &generated,
                     const QVector<Span> &words, int annotationCount, quint64 seed)
{
    Project project;
    project.path = path;
    project.language = QStringLiteral("fr");
    {
        ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
        if (!created.database)
            fail("create", created.error);
        QString error;
        const Label extra[] = {
            {
                0,
                QStringLiteral("DATE"),
                QStringLiteral("#f28e2b"),
                QStringLiteral("5"),
                QStringLiteral("Date"),
            },
            {
                0,
                QStringLiteral("EVENT"),
                QStringLiteral("#76b7b2"),
                QStringLiteral("6"),
                QStringLiteral("Event"),
            },
        };
        for (const Label &label : extra) {
            if (!created.database->addLabel(label, &error))
                fail("addLabel", error);
        }
        QVector<NewArticle> batch(1);
        batch[0].title = generated.text.section(QLatin1Char('\n'), 0, 0);
        batch[0].date = QStringLiteral("2024-03-14");
        batch[0].source = QStringLiteral("/home/camille/corpus/long-read.txt");
        batch[0].encoding = QStringLiteral("UTF-8");
        batch[0].language = project.language;
        batch[0].text = generated.text;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        if (!created.database->insertArticles(batch, &outcomes, &error))
            fail("insertArticles", error);
        project.articleId = outcomes.value(0).id;
        project.labels = created.database->labels();
    }

    project.plan = planAnnotations(words, annotationCount, int(project.labels.size()), seed);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK
        || !exec(db, "PRAGMA foreign_keys = ON") || !exec(db, "BEGIN IMMEDIATE"))
        fail("annotations", QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO annotations (article_id, start, \"end\", label_id, annotator, "
                       "created_at, modified_at) VALUES (?1, ?2, ?3, ?4, 'camille', "
                       "'2024-03-14T09:00:00.000Z', '2024-03-14T09:00:00.000Z')",
                       -1, &insert, nullptr);
    for (const PlannedAnnotation &a : std::as_const(project.plan.annotations)) {
        sqlite3_bind_int64(insert, 1, project.articleId);
        sqlite3_bind_int64(insert, 2, a.span.start);
        sqlite3_bind_int64(insert, 3, a.span.end);
        sqlite3_bind_int64(insert, 4, project.labels.at(a.label).id);
        if (sqlite3_step(insert) != SQLITE_DONE)
            fail("annotations", QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (!exec(db, "COMMIT"))
        std::exit(1);
    sqlite3_close(db);

    // Read back what the window will read, ids included.
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database)
        fail("open", opened.error);
    project.annotations = opened.database->annotations(project.articleId);
    for (const Label &label : std::as_const(project.labels))
        project.colors.insert(label.id, QColor(label.color));
    return project;
}

// ---------------------------------------------------------------------------
// Widgets

class PaintCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void showAndWait(QWidget *widget)
{
    widget->show();
    QElapsedTimer waited;
    waited.start();
    while (!(widget->windowHandle() && widget->windowHandle()->isExposed())
           && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!widget->windowHandle() || !widget->windowHandle()->isExposed())
        std::printf("WARNING: the window was never exposed\n");
    settle();
}

/// Lays out every block that is not laid out yet, the way scrolling to the
/// end would; returns the number of lines.
qint64 layOutEveryBlock(QPlainTextEdit *view)
{
    QTextDocument *doc = view->document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    qint64 lines = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        layout->blockBoundingRect(block);
        lines += block.layout()->lineCount();
    }
    return lines;
}

struct LayoutCensus
{
    qint64 blocks = 0;
    qint64 laidOut = 0; ///< blocks with lines
    qint64 formatRanges = 0; ///< from the highlighter
};

LayoutCensus census(QTextDocument *doc)
{
    LayoutCensus c;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        ++c.blocks;
        c.laidOut += block.layout()->lineCount() > 0 ? 1 : 0;
        c.formatRanges += block.layout()->formats().size();
    }
    return c;
}

int viewWidth()
{
    const ArticleView probe;
    return probe.maximumWidth();
}

// ---------------------------------------------------------------------------
// 1. Open and paint

struct OpenMeasure
{
    double setArticle = 0;
    double setAnnotations = 0;
    double layout = 0;
    double paint = 0;
    double total() const { return setArticle + setAnnotations + layout + paint; }
    qint64 lines = 0;
    int paints = 0;
    LayoutCensus afterAnnotations; ///< not timed: which blocks setAnnotations laid out
    LayoutCensus atEnd;
    double clear = 0; ///< clearArticle() afterwards: leaving the article
};

OpenMeasure openArticleView(const QString &text, const QString &language,
                            const QVector<Annotation> &annotations,
                            const QHash<qint64, QColor> &colors, QSize size, bool fullLayout)
{
    OpenMeasure m;
    ArticleView view;
    view.resize(size);
    showAndWait(&view);
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);

    const qint64 t0 = now();
    view.setArticle(text, language);
    const qint64 t1 = now();
    view.setAnnotations(annotations, colors);
    const qint64 t2 = now();
    m.afterAnnotations = census(view.document());
    const qint64 t2b = now();
    if (fullLayout)
        m.lines = layOutEveryBlock(&view);
    const qint64 t3 = now();
    view.viewport()->repaint();
    const qint64 t4 = now();

    m.setArticle = ms(t1 - t0);
    m.setAnnotations = ms(t2 - t1);
    m.layout = ms(t3 - t2b);
    m.paint = ms(t4 - t3);
    m.paints = paints.count;
    m.atEnd = census(view.document());
    view.viewport()->removeEventFilter(&paints);
    const qint64 t5 = now();
    view.clearArticle();
    m.clear = ms(now() - t5);
    return m;
}

/// The same text in a QPlainTextEdit set up like ArticleView, without a highlighter.
OpenMeasure openBarePlainTextEdit(const QString &text, QSize size, bool fullLayout)
{
    OpenMeasure m;
    QPlainTextEdit view;
    view.setReadOnly(true);
    view.setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont readable = view.font();
    readable.setPointSizeF(readable.pointSizeF() * 1.2);
    view.setFont(readable);
    view.document()->setDocumentMargin(12);
    view.resize(size);
    showAndWait(&view);
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    const qint64 t0 = now();
    view.setPlainText(text);
    const qint64 t1 = now();
    if (fullLayout)
        m.lines = layOutEveryBlock(&view);
    const qint64 t2 = now();
    view.viewport()->repaint();
    const qint64 t3 = now();
    m.setArticle = ms(t1 - t0);
    m.layout = ms(t2 - t1);
    m.paint = ms(t3 - t2);
    m.paints = paints.count;
    m.atEnd = census(view.document());
    view.viewport()->removeEventFilter(&paints);
    return m;
}

// ---------------------------------------------------------------------------
// A sketch of a suggested alternative, NOT the project's code: the same text
// widget with the annotations painted under the text at paint time, for the
// lines in view only, instead of QTextCharFormats set through a
// QSyntaxHighlighter. Layouts stay those of plain text. Same colours, alpha,
// and underline for overlaps as AnnotationHighlighter::highlightBlock.

class PaintTimeHighlights : public QPlainTextEdit
{
public:
    struct Span
    {
        qsizetype start = 0; ///< UTF-16
        qsizetype end = 0;
        QColor color;
    };

    PaintTimeHighlights()
    {
        setReadOnly(true);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        QFont readable = font();
        readable.setPointSizeF(readable.pointSizeF() * 1.2);
        setFont(readable);
        document()->setDocumentMargin(12);
    }

    /// What ArticleView::setArticle does, minus the highlighter.
    void setArticle(const QString &text, const QString &language)
    {
        m_text = text;
        m_index = std::make_unique<CodePointIndex>(m_text);
        m_words = std::make_unique<WordBoundaries>(language);
        m_words->setText(m_text);
        m_spans.clear();
        m_maxEnd.clear();
        setPlainText(m_text);
    }

    void setAnnotations(const QVector<Annotation> &annotations, const QHash<qint64, QColor> &colors)
    {
        QVector<Span> spans;
        spans.reserve(annotations.size());
        for (const Annotation &a : annotations) {
            if (a.end <= m_index->codePointCount())
                spans.append({ m_index->toUtf16(a.start), m_index->toUtf16(a.end),
                               colors.value(a.labelId) });
        }
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        m_spans = std::move(spans);
        m_maxEnd.resize(m_spans.size());
        qsizetype furthest = 0;
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            furthest = qMax(furthest, m_spans.at(i).end);
            m_maxEnd[i] = furthest;
        }
        viewport()->update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (!m_spans.isEmpty()) {
            QPainter painter(viewport());
            const QPointF offset = contentOffset();
            const QRect area = event->rect();
            for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
                const QRectF rect = blockBoundingGeometry(block).translated(offset);
                if (rect.top() > area.bottom())
                    break;
                if (rect.bottom() >= area.top() && block.isVisible())
                    paintBlock(painter, block, rect.topLeft());
            }
        }
        QPlainTextEdit::paintEvent(event); // the text, over the highlights
    }

private:
    void paintBlock(QPainter &painter, const QTextBlock &block, QPointF origin)
    {
        const qsizetype blockStart = block.position();
        const qsizetype blockEnd = blockStart + block.length() - 1;
        const auto first =
            std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockEnd,
                             [](const Span &s, qsizetype at) { return s.start < at; });
        m_covering.clear();
        for (qsizetype i = (first - m_spans.cbegin()) - 1; i >= 0 && m_maxEnd.at(i) > blockStart;
             --i) {
            if (m_spans.at(i).end > blockStart)
                m_covering.append(&m_spans.at(i));
        }
        if (m_covering.isEmpty())
            return;
        m_cuts.clear();
        m_cuts.append(blockStart);
        m_cuts.append(blockEnd);
        for (const Span *span : std::as_const(m_covering)) {
            m_cuts.append(qBound(blockStart, span->start, blockEnd));
            m_cuts.append(qBound(blockStart, span->end, blockEnd));
        }
        std::sort(m_cuts.begin(), m_cuts.end());
        m_cuts.erase(std::unique(m_cuts.begin(), m_cuts.end()), m_cuts.end());
        const QTextLayout *layout = block.layout();
        for (qsizetype c = 0; c + 1 < m_cuts.size(); ++c) {
            const qsizetype from = m_cuts.at(c);
            const qsizetype to = m_cuts.at(c + 1);
            const Span *inner = nullptr;
            const Span *outer = nullptr;
            int count = 0;
            for (const Span *span : std::as_const(m_covering)) {
                if (span->start > from || span->end < to)
                    continue;
                ++count;
                const qsizetype length = span->end - span->start;
                if (!inner || length < inner->end - inner->start)
                    inner = span;
                if (!outer || length > outer->end - outer->start)
                    outer = span;
            }
            if (!inner)
                continue;
            QColor background = inner->color;
            background.setAlpha(count > 1 ? 110 : 70);
            for (int l = 0; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                const qsizetype lineStart = blockStart + line.textStart();
                const qsizetype a = qMax(from, lineStart);
                const qsizetype b = qMin(to, lineStart + line.textLength());
                if (a >= b)
                    continue;
                const qreal x1 = line.cursorToX(int(a - blockStart));
                const qreal x2 = line.cursorToX(int(b - blockStart));
                const QRectF rect =
                    QRectF(qMin(x1, x2), line.y(), qAbs(x2 - x1), line.height()).translated(origin);
                painter.fillRect(rect, background);
                if (count > 1) {
                    painter.setPen(QPen(outer->color.darker(130), 1));
                    const qreal y = origin.y() + line.y() + line.ascent() + 1.5;
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
                }
            }
        }
    }

    QString m_text;
    std::unique_ptr<CodePointIndex> m_index;
    std::unique_ptr<WordBoundaries> m_words;
    QVector<Span> m_spans; ///< by start
    QVector<qsizetype> m_maxEnd;
    QVector<const Span *> m_covering; ///< reused by paintBlock
    QVector<qsizetype> m_cuts;
};

OpenMeasure openPaintTime(const QString &text, const QString &language,
                          const QVector<Annotation> &annotations,
                          const QHash<qint64, QColor> &colors, QSize size, bool fullLayout)
{
    OpenMeasure m;
    PaintTimeHighlights view;
    view.resize(size);
    showAndWait(&view);
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    const qint64 t0 = now();
    view.setArticle(text, language);
    const qint64 t1 = now();
    view.setAnnotations(annotations, colors);
    const qint64 t2 = now();
    if (fullLayout)
        m.lines = layOutEveryBlock(&view);
    const qint64 t3 = now();
    view.viewport()->repaint();
    const qint64 t4 = now();
    m.setArticle = ms(t1 - t0);
    m.setAnnotations = ms(t2 - t1);
    m.layout = ms(t3 - t2);
    m.paint = ms(t4 - t3);
    m.paints = paints.count;
    m.atEnd = census(view.document());
    view.viewport()->removeEventFilter(&paints);
    return m;
}

/// Both views' first page as PNG files in \a folder, to compare by eye.
void grabBoth(const QString &folder, const QString &text, const QString &language,
              const QVector<Annotation> &annotations, const QHash<qint64, QColor> &colors,
              QSize size)
{
    QDir().mkpath(folder);
    ArticleView view;
    view.resize(size);
    showAndWait(&view);
    view.setArticle(text, language);
    view.setAnnotations(annotations, colors);
    settle();
    PaintTimeHighlights sketch;
    sketch.resize(size);
    showAndWait(&sketch);
    sketch.setArticle(text, language);
    sketch.setAnnotations(annotations, colors);
    settle();
    const QString a = QDir(folder).filePath(QStringLiteral("articleview.png"));
    const QString b = QDir(folder).filePath(QStringLiteral("sketch.png"));
    if (!view.grab().save(a) || !sketch.grab().save(b))
        fail("grab", folder);
    std::printf("first pages: %s, %s\n", qPrintable(a), qPrintable(b));
}

/// The parts of setArticle that do not depend on the widget.
struct ArticleParts
{
    double wordBoundaries = 0; ///< WordBoundaries::setText
    double codePointIndex = 0;
};

ArticleParts articleParts(const QString &text, const QString &language)
{
    ArticleParts p;
    qint64 t0 = now();
    WordBoundaries words(language);
    words.setText(text);
    p.wordBoundaries = ms(now() - t0);
    t0 = now();
    const CodePointIndex index(text);
    p.codePointIndex = ms(now() - t0);
    if (index.codePointCount() <= 0)
        fail("CodePointIndex", QStringLiteral("empty"));
    return p;
}

// ---------------------------------------------------------------------------
// Statistics

/// Nearest rank.
double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

double maximum(const QVector<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

struct Distribution
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Distribution distribution(const QVector<double> &values)
{
    return { percentile(values, 50), percentile(values, 99), maximum(values) };
}

/// The median over runs of each run's p50, p99 and max.
Distribution medianOf(const QVector<Distribution> &runs)
{
    QVector<double> p50, p99, max;
    for (const Distribution &d : runs) {
        p50.append(d.p50);
        p99.append(d.p99);
        max.append(d.max);
    }
    return { Bench::median(p50), Bench::median(p99), Bench::median(max) };
}

QByteArray show(const Distribution &d)
{
    return "p50 " + QByteArray::number(d.p50, 'f', 2) + " ms, p99 "
        + QByteArray::number(d.p99, 'f', 2) + " ms, max " + QByteArray::number(d.max, 'f', 2)
        + " ms";
}

// ---------------------------------------------------------------------------
// 3. Scrolling

struct ScrollMeasure
{
    QVector<double> firstPass; ///< ms per frame, blocks laid out as they come into view
    QVector<double> secondPass;
    int pageStep = 0;
};

QVector<double> scrollToTheEnd(QPlainTextEdit *view)
{
    QVector<double> frames;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    view->viewport()->repaint();
    settle();
    for (int guard = 0; guard < 1000000; ++guard) {
        const int next = qMin(bar->value() + bar->pageStep(), bar->maximum());
        if (next <= bar->value())
            break;
        const qint64 start = now();
        bar->setValue(next);
        view->viewport()->repaint();
        frames.append(ms(now() - start));
        QCoreApplication::processEvents(); // not timed: whatever the scroll posted
    }
    return frames;
}

ScrollMeasure scrollArticleView(const QString &text, const QString &language,
                                const QVector<Annotation> &annotations,
                                const QHash<qint64, QColor> &colors, QSize size)
{
    ScrollMeasure m;
    ArticleView view;
    view.resize(size);
    showAndWait(&view);
    view.setArticle(text, language);
    view.setAnnotations(annotations, colors);
    view.viewport()->repaint();
    settle();
    m.pageStep = view.verticalScrollBar()->pageStep();
    m.firstPass = scrollToTheEnd(&view);
    m.secondPass = scrollToTheEnd(&view);
    return m;
}

ScrollMeasure scrollPaintTime(const QString &text, const QString &language,
                              const QVector<Annotation> &annotations,
                              const QHash<qint64, QColor> &colors, QSize size)
{
    ScrollMeasure m;
    PaintTimeHighlights view;
    view.resize(size);
    showAndWait(&view);
    view.setArticle(text, language);
    view.setAnnotations(annotations, colors);
    view.viewport()->repaint();
    settle();
    m.pageStep = view.verticalScrollBar()->pageStep();
    m.firstPass = scrollToTheEnd(&view);
    m.secondPass = scrollToTheEnd(&view);
    return m;
}

// ---------------------------------------------------------------------------
// 2. Adding annotations through the window

AnnotationListModel *annotationModel(MainWindow *window)
{
    const QList<QTableView *> tables = window->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (auto *model = qobject_cast<AnnotationListModel *>(table->model()))
            return model;
    }
    fail("window", QStringLiteral("no annotations panel"));
    return nullptr;
}

struct AddStages
{
    QVector<double> total; ///< applyLabel + posted events, timers and paints
    QVector<double> store; ///< until the commit's last fsync returned
    QVector<double> fsync; ///< all xSync calls during the add
    QVector<double> reloadAndView; ///< end of store to the annotations panel's reset
    QVector<double> panelAndStatus; ///< panel reset + status bar (annotationsChanged handler)
    QVector<double> restOfApply; ///< articleChanged handlers, undo stack, selection, actions
    QVector<double> eventsAndPaint; ///< after applyLabel returned
    qint64 syncCalls = 0;
    int missedPaints = 0;
    int failed = 0;
};

/// The window on a fresh copy of the project; \a body runs with it open and shown.
template<typename Body> void withWindow(const Project &project, const QString &copyPath, Body body)
{
    QFile::remove(copyPath);
    if (!QFile::copy(project.path, copyPath))
        fail("copy", copyPath);
    MainWindow window;
    window.resize(1280, 800);
    if (!window.openProject(copyPath, true))
        fail("openProject", copyPath);
    showAndWait(&window);
    if (window.currentArticle() != project.articleId
        || window.articleView()->annotations().size() != project.annotations.size())
        fail("window", QStringLiteral("the article is not shown with its annotations"));
    body(window);
    window.closeProject();
}

AddStages addThroughWindow(const Project &project, const QString &copyPath,
                           const QVector<Span> &spans)
{
    AddStages s;
    qint64 panelReset = -1;
    qint64 changed = -1;
    withWindow(project, copyPath, [&](MainWindow &window) {
        ArticleView *view = window.articleView();
        ProjectSession *session = window.session();
        QObject::connect(annotationModel(&window), &QAbstractItemModel::modelAboutToBeReset,
                         &window, [&] {
                             if (panelReset < 0)
                                 panelReset = now();
                         });
        // Connected after the window's own handler, so it runs after it.
        QObject::connect(session, &ProjectSession::annotationsChanged, &window, [&] {
            if (changed < 0)
                changed = now();
        });
        PaintCounter paints;
        view->viewport()->installEventFilter(&paints);
        for (qsizetype k = 0; k < spans.size(); ++k) {
            view->selectSpan({ spans.at(k).start, spans.at(k).end });
            view->viewport()->repaint();
            settle();
            const qsizetype before = view->annotations().size();
            const int paintsBefore = paints.count;
            panelReset = changed = -1;
            const SyncStats syncBefore = syncStats;

            const qint64 t0 = now();
            window.applyLabel(project.labels.at(k % project.labels.size()).id);
            const qint64 t1 = now();
            settle();
            const qint64 t2 = now();

            if (view->annotations().size() != before + 1 || changed < 0 || panelReset < 0) {
                ++s.failed;
                continue;
            }
            if (paints.count == paintsBefore)
                ++s.missedPaints;
            const qint64 storeEnd =
                syncStats.calls > syncBefore.calls ? syncStats.lastEnd : panelReset;
            s.syncCalls += syncStats.calls - syncBefore.calls;
            s.total.append(ms(t2 - t0));
            s.store.append(ms(storeEnd - t0));
            s.fsync.append(ms(syncStats.nanos - syncBefore.nanos));
            s.reloadAndView.append(ms(panelReset - storeEnd));
            s.panelAndStatus.append(ms(changed - panelReset));
            s.restOfApply.append(ms(t1 - changed));
            s.eventsAndPaint.append(ms(t2 - t1));
        }
        view->viewport()->removeEventFilter(&paints);
    });
    return s;
}

/// The parts of the add path one at a time, on the window's own objects.
struct Parts
{
    QVector<double> store; ///< ProjectDatabase::addAnnotation alone
    QVector<double> storeFsync;
    QVector<double> reload; ///< ProjectDatabase::annotations(article)
    QVector<double> summary; ///< articleSummary: checkSpan, addAnnotation, refreshArticle
    QVector<double> count; ///< annotationCount: the status bar
    QVector<double> viewUnchanged; ///< setAnnotations with the same list + repaint
    QVector<double> viewOneAdded; ///< setAnnotations, one more (diffed: its blocks) + repaint
    QVector<double> viewWhole; ///< the same, the whole document rehighlighted + repaint
    QVector<double> panel; ///< AnnotationListModel::setArticle + the table's deferred work
    QVector<double> inMemory; ///< sketch: store + the returned annotation inserted in memory
    qint64 blocksOneAdded = 0; ///< blocks sent back to layout by one add, diffed
    qint64 blocksWhole = 0; ///< the same through the whole-document path
    qint64 blocks = 0;
};

Parts measureParts(const Project &project, const QString &copyPath, const QVector<Span> &spans)
{
    Parts p;
    withWindow(project, copyPath, [&](MainWindow &window) {
        ProjectSession *session = window.session();
        ProjectDatabase &db = session->database();
        ArticleView *view = window.articleView();
        AnnotationListModel *model = annotationModel(&window);
        QHash<qint64, QColor> colors;
        for (const Label &label : session->labels())
            colors.insert(label.id, QColor(label.color));

        // The store alone, each one deleted again (not timed).
        for (qsizetype k = 0; k < spans.size(); ++k) {
            NewAnnotation request;
            request.articleId = project.articleId;
            request.start = spans.at(k).start;
            request.end = spans.at(k).end;
            request.labelName = project.labels.at(k % project.labels.size()).name;
            request.annotator = QStringLiteral("camille");
            const SyncStats before = syncStats;
            QString error;
            const qint64 t0 = now();
            const std::optional<Annotation> added = db.addAnnotation(request, &error);
            const qint64 t1 = now();
            if (!added)
                fail("addAnnotation", error);
            p.store.append(ms(t1 - t0));
            p.storeFsync.append(ms(syncStats.nanos - before.nanos));
            if (!db.deleteAnnotation(added->id, &error))
                fail("deleteAnnotation", error);
        }

        const QVector<Annotation> stored = view->annotations();
        for (int i = 0; i < 20; ++i) {
            const qint64 t0 = now();
            const QVector<Annotation> reloaded = db.annotations(project.articleId);
            p.reload.append(ms(now() - t0));
            if (reloaded.size() != stored.size())
                fail("annotations", QStringLiteral("unexpected count"));
            const qint64 t1 = now();
            const std::optional<ArticleSummary> summary = db.articleSummary(project.articleId);
            const qint64 t2 = now();
            const qint64 count = db.annotationCount();
            p.summary.append(ms(t2 - t1));
            p.count.append(ms(now() - t2));
            if (!summary || count < stored.size())
                fail("articleSummary", QStringLiteral("unexpected"));
        }

        // One more annotation than stored, as refreshAnnotations would pass it.
        const auto withOneMore = [&](qsizetype k) {
            QVector<Annotation> list = stored;
            Annotation a;
            a.id = 1000000000 + k;
            a.articleId = project.articleId;
            a.start = spans.at(k).start;
            a.end = spans.at(k).end;
            a.labelId = project.labels.at(k % project.labels.size()).id;
            a.labelName = project.labels.at(k % project.labels.size()).name;
            list.append(a);
            std::sort(list.begin(), list.end(), [](const Annotation &x, const Annotation &y) {
                return x.start != y.start ? x.start < y.start : x.end < y.end;
            });
            return list;
        };
        // How many blocks a call sends back to layout: lay out every block,
        // make the call, count the blocks left without lines (not timed).
        QTextDocument *doc = view->document();
        const auto invalidatedBy = [&](const auto &call) {
            layOutEveryBlock(view);
            call();
            const LayoutCensus c = census(doc);
            return c.blocks - c.laidOut;
        };
        // A colour table that differs from the last one makes setAnnotations
        // take its whole-document path: what an add would cost without the
        // diff of the changed span. Timed calls alternate A and B, the calls
        // that put things back use C, so every timed call differs.
        QHash<qint64, QColor> other[3] = { colors, colors, colors };
        for (int i = 0; i < 3; ++i)
            other[i].insert(-1 - i, QColor(Qt::black));

        const qsizetype rounds = qMin<qsizetype>(spans.size(), 50);
        for (qsizetype k = 0; k < rounds; ++k) {
            const QVector<Annotation> more = withOneMore(k);
            // The new annotation on screen, as after a user's selection.
            view->selectSpan({ spans.at(k).start, spans.at(k).end });
            view->viewport()->repaint();
            settle();

            qint64 t0 = now();
            view->setAnnotations(stored, colors);
            view->viewport()->repaint();
            p.viewUnchanged.append(ms(now() - t0));
            settle();

            t0 = now();
            view->setAnnotations(more, colors);
            view->viewport()->repaint();
            p.viewOneAdded.append(ms(now() - t0));
            view->setAnnotations(stored, colors); // back, not timed
            settle();

            if (k < 10) {
                t0 = now();
                view->setAnnotations(more, other[k % 2]);
                view->viewport()->repaint();
                p.viewWhole.append(ms(now() - t0));
                view->setAnnotations(stored, other[2]); // back, not timed
                view->setAnnotations(stored, colors);
                settle();
            }
        }
        p.blocksOneAdded = invalidatedBy([&] { view->setAnnotations(withOneMore(0), colors); });
        view->setAnnotations(stored, colors);
        p.blocksWhole = invalidatedBy([&] { view->setAnnotations(withOneMore(0), other[0]); });
        view->setAnnotations(stored, colors);
        p.blocks = census(doc).blocks;
        settle();

        for (int i = 0; i < 20; ++i) {
            const qint64 t0 = now();
            model->setArticle(&view->text(), stored);
            settle();
            p.panel.append(ms(now() - t0));
        }

        // A sketch of the add without the reload, from the window's own
        // parts: store, insert the annotation addAnnotation returned into the
        // list in memory, setAnnotations, the panel, posted events and paint.
        // (No status bar, article list, undo stack: about 1 ms more.)
        QVector<Annotation> list = stored;
        const auto byPosition = [](const Annotation &x, const Annotation &y) {
            return x.start != y.start ? x.start < y.start : x.end < y.end;
        };
        for (qsizetype k = 0; k < spans.size(); ++k) {
            view->selectSpan({ spans.at(k).start, spans.at(k).end });
            view->viewport()->repaint();
            settle();
            NewAnnotation request;
            request.articleId = project.articleId;
            request.start = spans.at(k).start;
            request.end = spans.at(k).end;
            request.labelName = project.labels.at(k % project.labels.size()).name;
            request.annotator = QStringLiteral("camille");
            QString error;
            const qint64 t0 = now();
            const std::optional<Annotation> added = db.addAnnotation(request, &error);
            if (!added)
                fail("addAnnotation", error);
            list.insert(std::upper_bound(list.begin(), list.end(), *added, byPosition), *added);
            view->setAnnotations(list, colors);
            model->setArticle(&view->text(), list);
            settle();
            p.inMemory.append(ms(now() - t0));
        }
    });
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    clock_.start();
    QApplication app(argc, argv);
    // Recent projects go to a test location, not the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    installTimedVfs();

    const qint64 bytes = Bench::intOption("--bytes", 1000000);
    const int annotationCount = int(Bench::intOption("--annotations", 20000));
    const int adds = int(Bench::intOption("--adds", 200));
    const int runs = int(Bench::intOption("--runs", 3));
    const int height = int(Bench::intOption("--height", 800));
    const quint64 seed = quint64(Bench::intOption("--seed", 20240501));
    const QString only = Bench::stringOption("--only");
    const auto wanted = [&only](const char *part) {
        return only.isEmpty() || only == QLatin1String(part);
    };

    std::printf("platform: %s, Qt %s, SQLite %s\n", qPrintable(QGuiApplication::platformName()),
                qVersion(), sqlite3_libversion());
    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();

    QElapsedTimer timer;
    timer.start();
    const GeneratedText generated = generateText(bytes, seed);
    const QVector<Span> words = wordsOf(generated.text);
    const Project project = buildProject(dir->filePath(QStringLiteral("article.marginalia")),
                                         generated, words, annotationCount, seed ^ 0xA5A5A5A5ULL);
    const QString &text = generated.text;
    qint64 blocks = 1;
    for (const QChar c : text)
        blocks += c == QLatin1Char('\n') ? 1 : 0;
    std::printf("article: %.2f MB UTF-8, %lld code points, %lld outside the BMP, %lld blocks, "
                "%d sections (%d English), %lld words\n",
                Bench::megabytes(generated.utf8Bytes), generated.codePoints, generated.nonBmp,
                blocks, generated.pieces, generated.englishPieces, qint64(words.size()));
    std::printf("annotations: %lld stored (%d enclosing the one before, %d inside it, %d "
                "crossing it), %lld labels; project %.1f MB, built in %.2f s\n",
                qint64(project.annotations.size()), project.plan.nesting, project.plan.nested,
                project.plan.crossing, qint64(project.labels.size()),
                Bench::megabytes(QFileInfo(project.path).size()), Bench::seconds(timer));

    // Spans to add: one word in each adds-th of the text.
    QVector<Span> addSpans;
    for (int k = 0; k < adds && !words.isEmpty(); ++k)
        addSpans.append(words.at(qsizetype(words.size()) * (2 * k + 1) / (2 * adds)));

    const QSize size(viewWidth(), height);
    std::printf("view: %d x %d; %d runs of each measurement, medians reported\n\n", size.width(),
                size.height(), runs);
    std::fflush(stdout);
    const QVector<Annotation> none;

    if (const QString folder = Bench::stringOption("--grab"); !folder.isEmpty())
        grabBoth(folder, text, project.language, project.annotations, project.colors, size);

    // ---- 1. Open and paint
    QVector<OpenMeasure> openH, openP, shownH, shownP, bare, sketch, sketchShown;
    QVector<ArticleParts> fixedParts;
    if (wanted("open")) {
        for (int run = 1; run <= runs; ++run) {
            // Alternate which goes first.
            if (run % 2) {
                openH.append(openArticleView(text, project.language, project.annotations,
                                             project.colors, size, true));
                openP.append(
                    openArticleView(text, project.language, none, project.colors, size, true));
            } else {
                openP.append(
                    openArticleView(text, project.language, none, project.colors, size, true));
                openH.append(openArticleView(text, project.language, project.annotations,
                                             project.colors, size, true));
            }
            shownH.append(openArticleView(text, project.language, project.annotations,
                                          project.colors, size, false));
            shownP.append(
                openArticleView(text, project.language, none, project.colors, size, false));
            bare.append(openBarePlainTextEdit(text, size, true));
            sketch.append(openPaintTime(text, project.language, project.annotations, project.colors,
                                        size, true));
            sketchShown.append(openPaintTime(text, project.language, project.annotations,
                                             project.colors, size, false));
            fixedParts.append(articleParts(text, project.language));
            const OpenMeasure &h = openH.last();
            const OpenMeasure &p = openP.last();
            std::printf("run %d open+paint: highlighted %.1f ms (setArticle %.1f, setAnnotations "
                        "%.1f, layout %.1f, paint %.1f; %lld lines, %lld format ranges, %d "
                        "paint events; %lld of %lld blocks laid out by setAnnotations)\n",
                        run, h.total(), h.setArticle, h.setAnnotations, h.layout, h.paint, h.lines,
                        h.atEnd.formatRanges, h.paints, h.afterAnnotations.laidOut,
                        h.afterAnnotations.blocks);
            std::printf("run %d open+paint: plain       %.1f ms (setArticle %.1f, setAnnotations "
                        "%.1f, layout %.1f, paint %.1f; %lld lines, %lld format ranges, %d "
                        "paint events)\n",
                        run, p.total(), p.setArticle, p.setAnnotations, p.layout, p.paint, p.lines,
                        p.atEnd.formatRanges, p.paints);
            std::printf("run %d as opened, no full layout: highlighted %.1f ms, plain %.1f ms; "
                        "bare QPlainTextEdit with full layout %.1f ms\n",
                        run, shownH.last().total(), shownP.last().total(), bare.last().total());
            std::printf("run %d sketch, paint-time highlights: %.1f ms with full layout, %.1f ms "
                        "as opened\n",
                        run, sketch.last().total(), sketchShown.last().total());
            std::fflush(stdout);
        }
    }

    // ---- 3. Scrolling
    QVector<Distribution> scrollH1, scrollH2, scrollP1, scrollP2, scrollS1, scrollS2;
    qsizetype framesH = 0, framesP = 0;
    int pageStep = 0;
    if (wanted("scroll")) {
        for (int run = 1; run <= runs; ++run) {
            const ScrollMeasure h = scrollArticleView(text, project.language, project.annotations,
                                                      project.colors, size);
            const ScrollMeasure p =
                scrollArticleView(text, project.language, none, project.colors, size);
            scrollH1.append(distribution(h.firstPass));
            scrollH2.append(distribution(h.secondPass));
            scrollP1.append(distribution(p.firstPass));
            scrollP2.append(distribution(p.secondPass));
            const ScrollMeasure k =
                scrollPaintTime(text, project.language, project.annotations, project.colors, size);
            scrollS1.append(distribution(k.firstPass));
            scrollS2.append(distribution(k.secondPass));
            framesH = h.firstPass.size();
            framesP = p.firstPass.size();
            pageStep = h.pageStep;
            std::printf("run %d scroll: highlighted %lld frames, first pass %s; second pass %s\n",
                        run, qint64(h.firstPass.size()), show(scrollH1.last()).constData(),
                        show(scrollH2.last()).constData());
            std::printf("run %d scroll: plain       %lld frames, first pass %s; second pass %s\n",
                        run, qint64(p.firstPass.size()), show(scrollP1.last()).constData(),
                        show(scrollP2.last()).constData());
            std::fflush(stdout);
        }
    }

    // ---- 2. Adding annotations
    QVector<Distribution> addTotal, addStore, addFsync, addReload, addPanel, addRest, addEvents;
    qint64 syncCalls = 0;
    int addFailed = 0, missedPaints = 0;
    if (wanted("add")) {
        for (int run = 1; run <= runs; ++run) {
            const AddStages s = addThroughWindow(
                project, dir->filePath(QStringLiteral("add-%1.marginalia").arg(run)), addSpans);
            addTotal.append(distribution(s.total));
            addStore.append(distribution(s.store));
            addFsync.append(distribution(s.fsync));
            addReload.append(distribution(s.reloadAndView));
            addPanel.append(distribution(s.panelAndStatus));
            addRest.append(distribution(s.restOfApply));
            addEvents.append(distribution(s.eventsAndPaint));
            syncCalls += s.syncCalls;
            addFailed += s.failed;
            missedPaints += s.missedPaints;
            std::printf("run %d add: %lld adds, %s (%d failed, %d without a view repaint, "
                        "%.2f fsyncs per add)\n",
                        run, qint64(s.total.size()), show(addTotal.last()).constData(), s.failed,
                        s.missedPaints,
                        s.total.isEmpty() ? 0.0 : double(s.syncCalls) / s.total.size());
            std::fflush(stdout);
            if (!Bench::flag("--keep"))
                QFile::remove(dir->filePath(QStringLiteral("add-%1.marginalia").arg(run)));
        }
    }

    QVector<Parts> parts;
    if (wanted("parts")) {
        for (int run = 1; run <= runs; ++run) {
            parts.append(measureParts(
                project, dir->filePath(QStringLiteral("parts-%1.marginalia").arg(run)), addSpans));
            const Parts &p = parts.last();
            std::printf("run %d parts: store %s; reload %.2f ms; view one added %.2f ms, whole "
                        "%.2f ms, unchanged %.2f ms; panel %.2f ms\n",
                        run, show(distribution(p.store)).constData(), Bench::median(p.reload),
                        Bench::median(p.viewOneAdded), Bench::median(p.viewWhole),
                        Bench::median(p.viewUnchanged), Bench::median(p.panel));
            std::fflush(stdout);
            if (!Bench::flag("--keep"))
                QFile::remove(dir->filePath(QStringLiteral("parts-%1.marginalia").arg(run)));
        }
    }

    // ---- Summary
    std::printf("\n== %s, median of %d runs ==\n", qPrintable(QGuiApplication::platformName()),
                runs);
    if (!openH.isEmpty()) {
        const auto med = [](const QVector<OpenMeasure> &v, double (*get)(const OpenMeasure &)) {
            QVector<double> values;
            for (const OpenMeasure &m : v)
                values.append(get(m));
            return Bench::median(values);
        };
        const auto total = [](const OpenMeasure &m) { return m.total(); };
        const auto setArticle = [](const OpenMeasure &m) { return m.setArticle; };
        const auto setAnnotations = [](const OpenMeasure &m) { return m.setAnnotations; };
        const auto layout = [](const OpenMeasure &m) { return m.layout; };
        const auto paint = [](const OpenMeasure &m) { return m.paint; };
        const auto clear = [](const OpenMeasure &m) { return m.clear; };
        const double h = med(openH, total);
        const double p = med(openP, total);
        std::printf("open+paint: highlighted %.0f ms, plain %.0f ms, ratio %.2fx (goal <= 1.5x)\n",
                    h, p, h / p);
        std::printf("  timed: setArticle + setAnnotations (plain: empty list) + layout of every "
                    "block + viewport repaint, new %dx%d ArticleView each time\n",
                    size.width(), size.height());
        std::printf("  highlighted: setArticle %.1f, setAnnotations %.1f, layout %.1f, paint "
                    "%.1f ms\n",
                    med(openH, setArticle), med(openH, setAnnotations), med(openH, layout),
                    med(openH, paint));
        std::printf("  plain:       setArticle %.1f, setAnnotations %.1f, layout %.1f, paint "
                    "%.1f ms\n",
                    med(openP, setArticle), med(openP, setAnnotations), med(openP, layout),
                    med(openP, paint));
        const double sh = med(shownH, total);
        const double sp = med(shownP, total);
        std::printf("  as opened (no forced layout): highlighted %.0f ms, plain %.0f ms, ratio "
                    "%.2fx; setAnnotations laid out %lld of %lld blocks itself\n",
                    sh, sp, sh / sp, shownH.last().afterAnnotations.laidOut,
                    shownH.last().afterAnnotations.blocks);
        std::printf("  leaving the article (clearArticle, as setArticle does before showing the "
                    "next one): highlighted %.1f ms, plain %.1f ms\n",
                    med(openH, clear), med(openP, clear));
        QVector<double> wordTimes, indexTimes;
        for (const ArticleParts &a : std::as_const(fixedParts)) {
            wordTimes.append(a.wordBoundaries);
            indexTimes.append(a.codePointIndex);
        }
        std::printf("  of setArticle, in both: WordBoundaries::setText %.1f ms, CodePointIndex "
                    "%.1f ms\n",
                    Bench::median(wordTimes), Bench::median(indexTimes));
        const double kh = med(sketch, total);
        const double ks = med(sketchShown, total);
        std::printf("  sketch, paint-time highlights (not the project's code): %.0f ms with full "
                    "layout (ratio to plain %.2fx; setAnnotations %.1f, layout %.1f, paint %.1f "
                    "ms), %.0f ms as opened (ratio %.2fx)\n",
                    kh, kh / p, med(sketch, setAnnotations), med(sketch, layout),
                    med(sketch, paint), ks, ks / sp);
        std::printf("  bare QPlainTextEdit, no highlighter, full layout: %.0f ms (setPlainText "
                    "%.1f, layout %.1f, paint %.1f)\n",
                    med(bare, total), med(bare, setArticle), med(bare, layout), med(bare, paint));
    }
    if (!addTotal.isEmpty()) {
        std::printf("add one annotation (MainWindow::applyLabel + events and paint, %d adds): "
                    "%s (goal p99 < 16 ms)\n",
                    adds, show(medianOf(addTotal)).constData());
        std::printf("  store (until the commit's fsync returned): %s\n",
                    show(medianOf(addStore)).constData());
        std::printf("    of which fsync: %s; %.2f fsyncs per add\n",
                    show(medianOf(addFsync)).constData(),
                    double(syncCalls) / double(qMax<qsizetype>(1, adds * runs - addFailed)));
        std::printf("  reload annotations + ArticleView::setAnnotations: %s\n",
                    show(medianOf(addReload)).constData());
        std::printf("  annotations panel reset + status bar: %s\n",
                    show(medianOf(addPanel)).constData());
        std::printf("  rest of applyLabel (article list, undo stack, selection, actions): %s\n",
                    show(medianOf(addRest)).constData());
        std::printf("  posted events, timers and paint afterwards: %s\n",
                    show(medianOf(addEvents)).constData());
        if (addFailed || missedPaints)
            std::printf("  WARNING: %d adds failed, %d without a view repaint\n", addFailed,
                        missedPaints);
    }
    if (!parts.isEmpty()) {
        QVector<Distribution> store, fsync, inMemory;
        QVector<double> reload, summary, count, unchanged, oneAdded, whole, panel;
        QVector<double> blocksOne, blocksWhole;
        for (const Parts &p : parts) {
            store.append(distribution(p.store));
            fsync.append(distribution(p.storeFsync));
            inMemory.append(distribution(p.inMemory));
            reload.append(Bench::median(p.reload));
            summary.append(Bench::median(p.summary));
            count.append(Bench::median(p.count));
            unchanged.append(Bench::median(p.viewUnchanged));
            oneAdded.append(Bench::median(p.viewOneAdded));
            whole.append(Bench::median(p.viewWhole));
            panel.append(Bench::median(p.panel));
            blocksOne.append(double(p.blocksOneAdded));
            blocksWhole.append(double(p.blocksWhole));
        }
        std::printf("parts of an add, each alone (p50 unless said):\n");
        std::printf("  ProjectDatabase::addAnnotation: %s; its fsync %s\n",
                    show(medianOf(store)).constData(), show(medianOf(fsync)).constData());
        std::printf("  ProjectDatabase::annotations (%lld rows): %.2f ms; articleSummary (its "
                    "count subquery; 3 calls an add): %.2f ms; annotationCount (2 calls an "
                    "add): %.2f ms\n",
                    qint64(project.annotations.size()), Bench::median(reload),
                    Bench::median(summary), Bench::median(count));
        std::printf("  ArticleView::setAnnotations + viewport repaint, the new span on screen: "
                    "one added (diffed, the current path) %.2f ms, sends %.0f of %lld blocks "
                    "back to layout; same through the whole-document path %.2f ms, %.0f "
                    "blocks; nothing changed %.2f ms\n",
                    Bench::median(oneAdded), Bench::median(blocksOne), parts.last().blocks,
                    Bench::median(whole), Bench::median(blocksWhole), Bench::median(unchanged));
        std::printf("  AnnotationListModel::setArticle + the table's deferred work: %.2f ms\n",
                    Bench::median(panel));
        std::printf("sketch, an add without the reload (store, insert the returned annotation "
                    "in memory, setAnnotations, panel, events and paint; %lld adds): %s\n",
                    qint64(parts.last().inMemory.size()), show(medianOf(inMemory)).constData());
    }
    if (!scrollH1.isEmpty()) {
        std::printf("scroll page by page (%d lines a page; value + synchronous viewport repaint "
                    "per frame):\n",
                    pageStep);
        std::printf("  highlighted, first pass (%lld frames): %s\n", qint64(framesH),
                    show(medianOf(scrollH1)).constData());
        std::printf("  plain,       first pass (%lld frames): %s\n", qint64(framesP),
                    show(medianOf(scrollP1)).constData());
        std::printf("  highlighted, second pass: %s\n", show(medianOf(scrollH2)).constData());
        std::printf("  plain,       second pass: %s\n", show(medianOf(scrollP2)).constData());
        std::printf("  sketch, paint-time highlights: first pass %s; second pass %s\n",
                    show(medianOf(scrollS1)).constData(), show(medianOf(scrollS2)).constData());
    }
    return 0;
}
