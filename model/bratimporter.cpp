// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratimporter.h"

#include "article.h"
#include "articletextparser.h"
#include "codepointindex.h"
#include "inputfolder.h"
#include "projectdatabase.h"
#include "spanimportbatch.h"
#include "textdecoder.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct TextBound
{
    QString id;
    QString type;
    QVector<std::pair<qint64, qint64>> fragments; ///< brat offsets, as written
    QString text; ///< the fragments' text as the .ann gives it
    bool hasText = false;
    qsizetype line = 0;
};

/// The .txt as brat counts it (BOM and CR kept), mapped to the stored text.
class OffsetMap
{
public:
    OffsetMap(const QString &raw, bool byteOrderMark)
        : m_raw(raw)
        , m_index(m_raw)
        , m_byteOrderMark(byteOrderMark)
    {
        // A CR before an LF leaves the stored text; a lone CR becomes an LF.
        qint64 codePoint = 0;
        for (qsizetype i = 0; i < m_raw.size(); ++codePoint) {
            if (m_raw.at(i) == QLatin1Char('\r') && i + 1 < m_raw.size()
                && m_raw.at(i + 1) == QLatin1Char('\n'))
                m_droppedCarriageReturns.append(codePoint);
            i += m_raw.at(i).isHighSurrogate() && i + 1 < m_raw.size()
                    && m_raw.at(i + 1).isLowSurrogate()
                ? 2
                : 1;
        }
    }

    void setByteOrderMarkCounted(bool counted) { m_bomCounted = counted && m_byteOrderMark; }

    /// The offset in the text as decoded (without BOM), or -1 past either end.
    qint64 raw(qint64 brat) const
    {
        const qint64 offset = brat - (m_bomCounted ? 1 : 0);
        return offset < 0 || offset > m_index.codePointCount() ? -1 : offset;
    }
    qint64 stored(qint64 raw) const
    {
        const auto dropped = std::lower_bound(m_droppedCarriageReturns.cbegin(),
                                              m_droppedCarriageReturns.cend(), raw);
        return raw - (dropped - m_droppedCarriageReturns.cbegin());
    }
    /// The text brat shows for the fragments: their raw texts joined by a space.
    bool fragmentsValid(const TextBound &t) const
    {
        for (const auto &[start, end] : t.fragments) {
            if (raw(start) < 0 || raw(end) < 0 || start >= end)
                return false;
        }
        return true;
    }
    bool textMatches(const TextBound &t) const
    {
        if (!fragmentsValid(t))
            return false;
        if (!t.hasText)
            return true;
        QStringList parts;
        for (const auto &[start, end] : t.fragments) {
            const qsizetype from = m_index.toUtf16(raw(start));
            parts.append(m_raw.mid(from, m_index.toUtf16(raw(end)) - from));
        }
        // Tools write line breaks inside a span's text as one or two spaces.
        return parts.join(QLatin1Char(' ')).simplified() == t.text.simplified();
    }
    QString rawText(const TextBound &t) const
    {
        QStringList parts;
        for (const auto &[start, end] : t.fragments) {
            const qint64 from = raw(start);
            const qint64 to = raw(end);
            if (from < 0 || to < 0 || from >= to)
                continue;
            const qsizetype at = m_index.toUtf16(from);
            parts.append(m_raw.mid(at, m_index.toUtf16(to) - at));
        }
        return parts.join(QLatin1Char(' '));
    }

private:
    QString m_raw;
    CodePointIndex m_index;
    bool m_byteOrderMark = false;
    bool m_bomCounted = false;
    QVector<qint64> m_droppedCarriageReturns; ///< raw code point offsets, ascending
};

bool parseFragments(QStringView offsets, QVector<std::pair<qint64, qint64>> *fragments)
{
    for (const QStringView fragment : offsets.split(QLatin1Char(';'))) {
        const QList<QStringView> ends = fragment.trimmed().split(QLatin1Char(' '));
        if (ends.size() != 2)
            return false;
        bool startOk = false;
        bool endOk = false;
        const qint64 start = ends.at(0).toLongLong(&startOk);
        const qint64 end = ends.at(1).toLongLong(&endOk);
        if (!startOk || !endOk)
            return false;
        fragments->append({ start, end });
    }
    return !fragments->isEmpty();
}

/// What follows the second tab: a line's text, which may hold tabs itself.
QString thirdField(QStringView line)
{
    const qsizetype first = line.indexOf(QLatin1Char('\t'));
    const qsizetype second = first < 0 ? -1 : line.indexOf(QLatin1Char('\t'), first + 1);
    return second < 0 ? QString() : line.mid(second + 1).toString();
}

QString shown(const QString &text)
{
    constexpr qsizetype Max = 60;
    return QLatin1Char('"') + (text.size() > Max ? text.left(Max) + QChar(0x2026) : text)
        + QLatin1Char('"');
}

} // namespace

BratImporter::BratImporter(ProjectDatabase &database)
    : BratImporter(database, Options())
{
}

BratImporter::BratImporter(ProjectDatabase &database, Options options)
    : m_database(database)
    , m_options(options)
{
}

BratImporter::~BratImporter() = default;

BratImporter::Report BratImporter::importFolder(const QString &folder,
                                                const ProgressCallback &progress)
{
    Report report;
    const QFileInfo info(folder);
    if (!info.isDir()) {
        report.error = tr("%1: not a folder").arg(display(folder));
        return report;
    }
    // X.txt and X.ann pairs, by path without the extension.
    QMap<QString, std::pair<QString, QString>> documents;
    const QStringList files = InputFolder::find(
        folder, { QStringLiteral(".txt"), QStringLiteral(".ann") }, &report.problems);
    for (const QString &file : files) {
        const QString base = file.left(file.size() - 4);
        auto &pair = documents[base];
        (file.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) ? pair.first : pair.second) =
            file;
    }

    m_storedHashes.clear();
    m_folderHashes.clear();
    for (const ArticleSummary &article : m_database.articleSummaries())
        m_storedHashes.insert(article.contentHash, article.id);
    m_batch = std::make_unique<SpanImportBatch>(m_database);

    Progress state;
    state.documentsTotal = documents.size();
    for (auto document = documents.cbegin(); document != documents.cend(); ++document) {
        const auto &[txt, ann] = document.value();
        if (txt.isEmpty()) {
            report.problems.append(
                { ImportProblem::Kind::Rejected, display(ann),
                  tr("no %1 beside it: its annotations have no text")
                      .arg(QFileInfo(document.key()).fileName() + QLatin1String(".txt")) });
        } else {
            readDocument(txt, ann, &report);
        }
        ++state.documentsDone;
        state.currentPath = txt.isEmpty() ? ann : txt;
        if (progress && !progress(state)) {
            report.cancelled = true;
            break;
        }
    }

    if (!report.cancelled) {
        QString error;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        if (m_batch->commit(&report.createdLabels, &error, &outcomes)) {
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                if (outcomes.at(i).duplicate)
                    report.matchedIds.append(outcomes.at(i).id); // stored meanwhile
                else
                    report.importedIds.append(outcomes.at(i).id);
            }
        } else {
            report.error = tr("%1: nothing was imported: %2").arg(display(folder), error);
        }
    }
    if (report.cancelled || !report.error.isEmpty()) {
        report.importedIds.clear();
        report.matchedIds.clear();
        report.annotations = report.quotes = report.notes = 0;
        report.createdLabels.clear();
    }
    if (!report.cancelled) {
        QStringList skipped;
        for (auto kind = report.skippedLines.cbegin(); kind != report.skippedLines.cend(); ++kind)
            skipped.append(QStringLiteral("%1 %2").arg(kind.value()).arg(kind.key()));
        if (!skipped.isEmpty())
            report.problems.append(
                { ImportProblem::Kind::Skipped, display(folder),
                  tr("not imported (Marginalia keeps text-bound annotations, their notes and "
                     "entity links): %1")
                      .arg(skipped.join(QLatin1String(", "))) });
    }
    m_batch.reset();
    return report;
}

void BratImporter::readDocument(const QString &txtPath, const QString &annPath, Report *report)
{
    const auto reject = [report](const QString &path, const QString &reason, qsizetype line = 0) {
        report->problems.append({ ImportProblem::Kind::Rejected, display(path), reason, line });
    };
    QByteArray txtBytes;
    QString reason;
    if (!InputFileCheck::read(txtPath, m_options.maxFileBytes, &txtBytes, &reason)) {
        reject(txtPath, reason);
        return;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(txtBytes, TextDecoder::LineEnds::Keep);
    txtBytes.clear();
    if (!decoded.ok) {
        reject(txtPath, decoded.error);
        return;
    }
    NewArticle article;
    article.text = decoded.text;
    TextDecoder::normalise(article.text);
    article.title = ArticleTextParser::firstLine(article.text);
    article.source = QFileInfo(txtPath).absoluteFilePath();
    article.encoding = decoded.encoding;
    article.prepare();

    // The annotations before the article: a .ann that cannot be read leaves
    // the text out too, rather than half a document.
    QVector<TextBound> textBounds;
    QHash<QString, QStringList> notes;
    QHash<QString, QString> entities;
    if (!annPath.isEmpty()) {
        QByteArray bytes;
        if (!InputFileCheck::read(annPath, m_options.maxFileBytes, &bytes, &reason)) {
            reject(annPath, reason);
            return;
        }
        QString ann;
        if (!bytes.trimmed().isEmpty()) {
            const TextDecoder::Result annText = TextDecoder::decode(bytes);
            if (!annText.ok) {
                reject(annPath, annText.error);
                return;
            }
            ann = annText.text;
        }
        const QList<QStringView> lines = QStringView(ann).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringView line = lines.at(i);
            const qsizetype number = i + 1;
            if (line.trimmed().isEmpty())
                continue;
            const QList<QStringView> fields = line.split(QLatin1Char('\t'));
            const QChar kind = line.front();
            const auto skip = [report](const char *what) {
                ++report->skippedLines[QLatin1String(what)];
            };
            if (kind == QLatin1Char('T')) {
                TextBound t;
                t.line = number;
                t.id = fields.at(0).toString();
                const QStringView spec = fields.value(1);
                const qsizetype space = spec.indexOf(QLatin1Char(' '));
                if (fields.size() < 2 || space <= 0
                    || !parseFragments(spec.mid(space + 1), &t.fragments)) {
                    reject(annPath,
                           tr("not a text-bound annotation (ID, TAB, TYPE START END, "
                              "TAB, TEXT)"),
                           number);
                    continue;
                }
                t.type = spec.left(space).toString();
                t.hasText = fields.size() >= 3;
                t.text = thirdField(line);
                textBounds.append(t);
            } else if (kind == QLatin1Char('#')) {
                const QList<QStringView> what = fields.value(1).split(QLatin1Char(' '));
                if (what.size() >= 2 && what.at(1).startsWith(QLatin1Char('T')))
                    notes[what.at(1).toString()].append(thirdField(line));
                else
                    skip("note(s) on other than a text-bound annotation");
            } else if (kind == QLatin1Char('N')) {
                // "N1 TAB Reference T1 Marginalia:12 TAB Name": our exports' entity links.
                const QList<QStringView> what = fields.value(1).split(QLatin1Char(' '));
                if (what.size() == 3 && what.at(1).startsWith(QLatin1Char('T'))
                    && what.at(2).startsWith(QLatin1String("Marginalia:")) && fields.size() >= 3
                    && !fields.at(2).trimmed().isEmpty())
                    entities.insert(what.at(1).toString(), fields.at(2).trimmed().toString());
                else
                    skip("normalization(s)");
            } else if (kind == QLatin1Char('R')) {
                skip("relation(s)");
            } else if (kind == QLatin1Char('E')) {
                skip("event(s)");
            } else if (kind == QLatin1Char('A') || kind == QLatin1Char('M')) {
                skip("attribute(s)");
            } else if (kind == QLatin1Char('*')) {
                skip("equivalence(s)");
            } else {
                reject(annPath, tr("not a brat annotation line"), number);
            }
        }
    }

    qint64 articleId = m_storedHashes.value(article.contentHash);
    if (articleId > 0 && !m_batch->articleText(articleId)) {
        // The project's copy is damaged: its spans cannot be checked against it.
        reject(txtPath, tr("same text as %1").arg(m_batch->damage(articleId)));
        return;
    }
    if (articleId > 0) {
        if (!report->matchedIds.contains(articleId))
            report->matchedIds.append(articleId);
    } else if (const auto earlier = m_folderHashes.constFind(article.contentHash);
               earlier != m_folderHashes.constEnd()) {
        report->problems.append(
            { ImportProblem::Kind::Skipped, display(txtPath),
              tr("skipped with its annotations: same text as %1").arg(display(*earlier)) });
        return;
    } else {
        m_folderHashes.insert(article.contentHash, txtPath);
        articleId = m_batch->addArticle(article);
    }

    // brat reads a .txt with its BOM as one more character; tools that wrote
    // the .ann may not have. Whichever reading the texts agree with wins.
    OffsetMap map(decoded.text, decoded.byteOrderMark);
    if (decoded.byteOrderMark) {
        qsizetype counted = 0;
        qsizetype uncounted = 0;
        for (const TextBound &t : std::as_const(textBounds)) {
            map.setByteOrderMarkCounted(true);
            counted += map.textMatches(t) ? 1 : 0;
            map.setByteOrderMarkCounted(false);
            uncounted += map.textMatches(t) ? 1 : 0;
        }
        map.setByteOrderMarkCounted(counted >= uncounted);
    }

    const SpanImportBatch::Text *stored = m_batch->articleText(articleId);
    using Span = ProjectDatabase::ImportedSpan;
    for (const TextBound &t : std::as_const(textBounds)) {
        if (!map.fragmentsValid(t)) {
            reject(annPath,
                   tr("%1: offsets outside the text of %2 (%3 characters)")
                       .arg(t.id, QFileInfo(txtPath).fileName())
                       .arg(stored ? stored->length() : 0),
                   t.line);
            continue;
        }
        if (!map.textMatches(t)) {
            reject(annPath,
                   tr("%1: the text at its offsets is %2, not %3")
                       .arg(t.id, shown(map.rawText(t)), shown(t.text)),
                   t.line);
            continue;
        }
        // Fragments apart only by white space are one span across line breaks.
        QVector<std::pair<qint64, qint64>> parts;
        QVector<std::pair<qint64, qint64>> fragments;
        for (const auto &[start, end] : t.fragments) {
            // The CR of a CRLF is not in the stored text: a fragment of it alone is empty.
            const qint64 from = map.stored(map.raw(start));
            const qint64 to = map.stored(map.raw(end));
            if (from < to)
                fragments.append({ from, to });
        }
        if (fragments.isEmpty()) {
            reject(annPath,
                   tr("%1: its offsets hold only the carriage return of a line end, which the "
                      "stored text drops")
                       .arg(t.id),
                   t.line);
            continue;
        }
        std::sort(fragments.begin(), fragments.end());
        for (const auto &fragment : std::as_const(fragments)) {
            if (!parts.isEmpty() && stored
                && (fragment.first <= parts.last().second
                    || stored->slice(parts.last().second, fragment.first).trimmed().isEmpty())) {
                parts.last().second = qMax(parts.last().second, fragment.second);
                continue;
            }
            parts.append(fragment);
        }

        Span span;
        span.articleId = articleId;
        const bool quote = t.type == quoteType();
        span.kind = quote ? Span::Kind::Quote : Span::Kind::Entity;
        span.labelName = t.type;
        span.entityName = entities.value(t.id);
        QStringList noteLines;
        const QString speakerPrefix = QStringLiteral("speaker: ");
        for (const QString &note : notes.value(t.id)) {
            if (quote && span.speakerName.isEmpty() && note.startsWith(speakerPrefix))
                span.speakerName = note.mid(speakerPrefix.size()).trimmed();
            else
                noteLines.append(note);
        }
        span.note = noteLines.join(QLatin1Char('\n'));
        const qsizetype attached = notes.value(t.id).size();
        for (const auto &[start, end] : std::as_const(parts)) {
            span.start = start;
            span.end = end;
            QString keptSpeaker;
            switch (m_batch->stage(span, &keptSpeaker)) {
            case SpanImportBatch::Verdict::Added:
            case SpanImportBatch::Verdict::ReplacesDetected:
                ++(quote ? report->quotes : report->annotations);
                report->notes += attached;
                break;
            case SpanImportBatch::Verdict::Duplicate:
                ++report->duplicates;
                break;
            case SpanImportBatch::Verdict::KeptByHand:
                report->problems.append(
                    { ImportProblem::Kind::Skipped, display(annPath),
                      tr("%1: a quote made or edited by hand is already there (speaker %2); it "
                         "is kept")
                          .arg(t.id, shown(keptSpeaker)),
                      t.line });
                break;
            }
        }
    }
}

} // namespace Marginalia
