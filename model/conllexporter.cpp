// SPDX-License-Identifier: GPL-3.0-or-later
#include "conllexporter.h"

#include "sentencesegmenter.h"
#include "wordtokenizer.h"

#include <QIODevice>

#include <algorithm>
#include <map>
#include <memory>

namespace Marginalia {

ConllExporter::ConllExporter(ProjectDatabase &database)
    : Exporter(database)
{
}

QVector<ExportSpan> ConllExporter::oneLayer(const QVector<ExportSpan> &spans,
                                            QVector<ExportSpan> *leftOut)
{
    QVector<ExportSpan> ordered = spans;
    std::stable_sort(ordered.begin(), ordered.end(), [](const ExportSpan &a, const ExportSpan &b) {
        if (a.kind != b.kind)
            return a.kind == ExportSpan::Kind::Entity;
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QVector<ExportSpan> kept;
    for (const ExportSpan &span : std::as_const(ordered)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const ExportSpan &k) {
            return span.start < k.end && k.start < span.end;
        });
        if (overlaps) {
            if (leftOut)
                leftOut->append(span);
        } else {
            kept.append(span);
        }
    }
    std::sort(kept.begin(), kept.end(),
              [](const ExportSpan &a, const ExportSpan &b) { return a.start < b.start; });
    return kept;
}

bool ConllExporter::write(QIODevice *device, QString *error)
{
    m_tokens = 0;
    std::map<QString, std::unique_ptr<SentenceSegmenter>> segmenters;
    std::map<QString, std::unique_ptr<WordTokenizer>> tokenizers;
    QString out; // one article, made into UTF-8 at once
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const ArticleSpans spans(article);
        const QString &text = article.text;
        const QString &language = article.summary.language;
        auto &segmenter = segmenters[language];
        if (!segmenter)
            segmenter = std::make_unique<SentenceSegmenter>(language);
        auto &tokenizer = tokenizers[language];
        if (!tokenizer)
            tokenizer = std::make_unique<WordTokenizer>(language);

        QVector<ExportSpan> leftOut;
        const QVector<ExportSpan> layer = oneLayer(spans.spans(), &leftOut);
        struct Bounds
        {
            qsizetype start;
            qsizetype end;
            QString type;
            bool started = false;
        };
        QVector<Bounds> bounds; // UTF-16, in text order, not overlapping
        QVector<qsizetype> cuts;
        for (const ExportSpan &span : layer) {
            bounds.append({ spans.toUtf16(span.start), spans.toUtf16(span.end),
                            ArticleSpans::typeName(span.label) });
            cuts.append(bounds.last().start);
            cuts.append(bounds.last().end);
        }
        segmenter->setText(text);
        QVector<qsizetype> sentenceEnds;
        for (const qsizetype boundary : segmenter->boundaries()) {
            const bool insideSpan =
                std::any_of(bounds.cbegin(), bounds.cend(), [&](const Bounds &b) {
                    return b.start < boundary && boundary < b.end;
                });
            if (!insideSpan && boundary > 0) {
                sentenceEnds.append(boundary);
                cuts.append(boundary);
            }
        }
        const QVector<WordTokenizer::Token> tokens = tokenizer->tokenize(text, cuts);

        out.resize(0); // keeps the capacity, unlike clear()
        out += QLatin1String("-DOCSTART-\tarticle_id=") + QString::number(article.summary.id)
            + QLatin1String(" text_sha256=") + article.summary.contentHash + QLatin1String("\n\n");
        qsizetype sentence = 0;
        qsizetype span = 0;
        bool sentenceOpen = false;
        for (const WordTokenizer::Token &token : tokens) {
            while (sentence < sentenceEnds.size() && sentenceEnds.at(sentence) <= token.start) {
                ++sentence;
                if (sentenceOpen)
                    out += QLatin1Char('\n');
                sentenceOpen = false;
            }
            while (span < bounds.size() && bounds.at(span).end <= token.start)
                ++span;
            out += QStringView(text).mid(token.start, token.end - token.start);
            out += QLatin1Char('\t');
            if (span < bounds.size() && bounds.at(span).start <= token.start) {
                Bounds &b = bounds[span];
                out += b.started ? QLatin1String("I-") : QLatin1String("B-");
                out += b.type;
                b.started = true;
            } else {
                out += QLatin1Char('O');
            }
            out += QLatin1Char('\n');
            sentenceOpen = true;
            ++m_tokens;
        }
        if (sentenceOpen)
            out += QLatin1Char('\n');

        for (const Bounds &b : std::as_const(bounds)) {
            if (!b.started)
                leftOut.append(layer.at(&b - bounds.constData()));
        }
        if (!leftOut.isEmpty()) {
            QStringList names;
            for (const ExportSpan &s : std::as_const(leftOut))
                names.append(QStringLiteral("%1 %2 (%3)").arg(s.kindName()).arg(s.id).arg(s.label));
            warn(tr("article %1: %n span(s) not in the CoNLL output, which has one tag a token: "
                    "%2",
                    nullptr, int(leftOut.size()))
                     .arg(article.summary.id)
                     .arg(names.join(QLatin1String(", "))));
        }
        const QByteArray bytes = out.toUtf8();
        if (device->write(bytes) != bytes.size()) {
            if (error)
                *error = tr("cannot write the CoNLL file (%1)").arg(device->errorString());
            return false;
        }
        return true;
    };
    return visitArticles(false, true, visit, error);
}

} // namespace Marginalia
