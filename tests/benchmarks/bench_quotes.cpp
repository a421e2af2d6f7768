// SPDX-License-Identifier: GPL-3.0-or-later
// Quote detection benchmark: QuoteDetector::detect on generated articles
// (French and English, quoted speech with cues, some emoji), one call per
// article as an import runs it, against a baseline measured in the same run
// on the same in-memory texts: one pass over each text counting its
// quotation-mark characters, the least any detector must do.
//
// Options: --articles N (5000), --runs N (5), --seed N, --persons (give each
// article its proper nouns as PersonMentions, as the window would),
// --only ours|baseline (for profiling one side).
//
// Throughput is in MB of UTF-8 text (10^6 bytes, the size of the files) per
// second. Prints figures only; it checks nothing about time.

#include "benchsupport.h"
#include "quotedetector.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Marginalia;

namespace {

struct Corpus
{
    QVector<QString> texts;
    QVector<QVector<PersonMention>> persons;
    qint64 utf8Bytes = 0;
};

Corpus makeCorpus(int count, const Bench::CorpusOptions &options, bool withPersons)
{
    Corpus corpus;
    corpus.texts.reserve(count);
    const QList<QByteArray> names = QByteArray(Bench::ProperNouns).split('|');
    for (int i = 0; i < count; ++i) {
        const Bench::GeneratedArticle article = Bench::generateArticle(i, options);
        const QString text = QString::fromUtf8(article.body);
        corpus.utf8Bytes += article.body.size();
        QVector<PersonMention> persons;
        if (withPersons) {
            for (const QByteArray &name : names) {
                const QString n = QString::fromUtf8(name);
                for (qsizetype at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.size()))
                    persons.append({ at, at + n.size(), n });
            }
        }
        corpus.texts.append(text);
        corpus.persons.append(persons);
    }
    return corpus;
}

/// The baseline: every character looked at once, the marks counted.
qint64 countMarks(const QVector<QString> &texts)
{
    qint64 marks = 0;
    for (const QString &text : texts) {
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
            case u'\u00AB':
            case u'\u00BB':
            case u'\u2018':
            case u'\u2019':
            case u'\u201A':
            case u'\u201B':
            case u'\u201C':
            case u'\u201D':
            case u'\u201E':
            case u'\u201F':
            case u'\u2039':
            case u'\u203A':
            case u'\u300C':
            case u'\u300D':
            case u'\u300E':
            case u'\u300F':
                ++marks;
                break;
            default:
                break;
            }
        }
    }
    return marks;
}

struct Found
{
    qint64 quotes = 0;
    qint64 speakers = 0;
    qint64 cues = 0;
};

Found detectAll(const QuoteDetector &detector, const Corpus &corpus)
{
    Found found;
    for (qsizetype i = 0; i < corpus.texts.size(); ++i) {
        const QVector<DetectedQuote> quotes =
            detector.detect(corpus.texts.at(i), corpus.persons.at(i));
        found.quotes += quotes.size();
        for (const DetectedQuote &q : quotes) {
            found.speakers += q.speaker.isEmpty() ? 0 : 1;
            found.cues += q.cueStart >= 0 ? 1 : 0;
        }
    }
    return found;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = int(Bench::intOption("--articles", 5000));
    const int runs = int(Bench::intOption("--runs", 5));
    const QString only = Bench::stringOption("--only");
    const bool withPersons = Bench::flag("--persons");
    Bench::CorpusOptions options;
    options.seed = quint64(Bench::intOption("--seed", qint64(options.seed)));
    options.emoji = true;

    QElapsedTimer timer;
    timer.start();
    const Corpus corpus = makeCorpus(count, options, withPersons);
    const double mb = Bench::megabytes(corpus.utf8Bytes);
    std::printf("corpus: %d articles, %.1f MB of UTF-8 text, generated in %.2f s%s\n", count, mb,
                Bench::seconds(timer), withPersons ? ", with person mentions" : "");

    // Loads the lexicons outside the timings, as a long-lived detector would.
    timer.restart();
    const QuoteDetector detector;
    std::printf("lexicons loaded in %.1f ms\n\n", double(timer.nsecsElapsed()) / 1e6);

    QVector<double> ours;
    QVector<double> baseline;
    Found found;
    qint64 marks = 0;
    for (int run = 1; run <= runs; ++run) {
        if (only != QLatin1String("baseline")) {
            timer.restart();
            found = detectAll(detector, corpus);
            ours.append(Bench::seconds(timer));
            std::printf("run %d: ours     %.3f s, %lld quotes, %lld with a speaker\n", run,
                        ours.last(), found.quotes, found.speakers);
        }
        if (only != QLatin1String("ours")) {
            timer.restart();
            marks = countMarks(corpus.texts);
            baseline.append(Bench::seconds(timer));
            std::printf("run %d: baseline %.3f s, %lld quotation marks\n", run, baseline.last(),
                        marks);
        }
    }

    std::printf("\n== median of %d runs (MB = 10^6 bytes of UTF-8 text) ==\n", runs);
    const double o = Bench::median(ours);
    const double b = Bench::median(baseline);
    if (!ours.isEmpty())
        std::printf("detection: ours %.3f s (%.0f MB/s, %.0f articles/s; %lld quotes, %lld with "
                    "a speaker, %lld with a cue)",
                    o, mb / o, count / o, found.quotes, found.speakers, found.cues);
    if (!baseline.isEmpty())
        std::printf("; baseline %.3f s (%.0f MB/s)", b, mb / b);
    if (!ours.isEmpty() && !baseline.isEmpty())
        std::printf("; ratio %.2fx the baseline's time (goal: well above 50 MB/s)", o / b);
    std::printf("\nruns: ours [%s]; baseline [%s]\n", Bench::listSeconds(ours).constData(),
                Bench::listSeconds(baseline).constData());
    return 0;
}
