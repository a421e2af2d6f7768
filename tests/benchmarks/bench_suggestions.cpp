// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestion scan benchmark: NameMatcher over a generated 1 MB article against
// 50,000 distinct entity names and aliases (French and English first and last
// names, initials, places, organisations and their acronyms, some Cyrillic),
// with a few thousand of them in the article among filler sentences, some in
// capitals, after an elision, or as near misses ("Martins" for "Martin").
//
// Reports the automaton's build time and memory, the scan's median time (the
// goal: under one frame, 16 ms), and two baselines measured in the same run on
// the same text: TextNormalizer::normalize() of the text (a pass that reads
// and writes every character) and one QString::indexOf pass per name over the
// normalised text (a sample of names, extrapolated to all), the way a matcher
// without an automaton would go. Also normalizeWithMap's throughput on NFC
// French, on the same text in NFD, and on Cyrillic.
//
// Options: --names N (50000), --mentions N (3000), --bytes N (1000000),
// --runs N (21), --sample N (names for the indexOf baseline, 500), --seed N,
// --only scan (build and scan, nothing else: for profiling).
// MB are 10^6 bytes of UTF-8. Prints figures only; it checks nothing about time.

#include "benchsupport.h"
#include "namematcher.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cstdio>
#include <ctime>

using namespace Marginalia;

namespace {

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(u'|');
}

const QStringList &frenchFirstNames()
{
    static const QStringList list = split(
        "Jean|Pierre|Marie|Anne|Élisabeth|François|Gérald|Hélène|Émilie|Jérôme|Sébastien|Agnès|"
        "Benoît|Céline|Loïc|Maël|Noël|Zoé|Chloé|Inès|Léa|Louis|Hugo|Lucas|Camille|Manon|Nicolas|"
        "Julien|Aurélie|Stéphane|Frédéric|Valérie|Sandrine|Thierry|Olivier|Bruno|Michel|Claire|"
        "Yannick|Gaëlle|Jean-Luc|Jean-Pierre|Marie-Claire|Anne-Sophie|Rachida|Karim|Mohamed|Fatou|"
        "Aminata|Moussa");
    return list;
}

const QStringList &englishFirstNames()
{
    static const QStringList list =
        split("John|Mary|James|Patricia|Robert|Jennifer|Michael|Linda|William|Elizabeth|David|"
              "Barbara|Richard|Susan|Joseph|Jessica|Thomas|Sarah|Charles|Karen|Kamala|Rishi|Liz|"
              "Keir|Boris|Joe|Nancy|Chuck|Mitch|Ron");
    return list;
}

const QStringList &cyrillicFirstNames()
{
    static const QStringList list =
        split("Сергей|Владимир|Алексей|Дмитрий|Михаил|Андрей|Ольга|Мария|Юлия|Пётр|Наталья|Игорь");
    return list;
}

QString syllables(Bench::Rng &rng, const QStringList &starts, const QStringList &middles,
                  const QStringList &ends)
{
    QString s = starts.at(rng.below(int(starts.size())));
    if (rng.chance(60))
        s += middles.at(rng.below(int(middles.size())));
    s += ends.at(rng.below(int(ends.size())));
    return s;
}

QString surname(Bench::Rng &rng)
{
    static const QStringList starts =
        split("Ber|Du|Le|Mar|Fon|Gau|Lef|Mor|Ro|Sa|Cha|Bla|Gre|Pe|Va|Tho|Ri|Mo|De|Ca|Bou|Mé|Lé|"
              "Hé|Ga|Pa|Bé|Tr|Co|Gi|Fa|Ma|Ha|Wil|John|Ander|Thom|Rob|Ev|Mac");
    static const QStringList middles = split("na|ran|tel|vi|mon|lan|ré|ge|bel|cha|ter|son|ri|ba");
    static const QStringList ends =
        split("rd|ier|ot|in|eau|and|ès|ez|ault|y|ard|el|on|ière|er|ton|son|ley|ford|ard|oux|"
              "aud|et|in|is");
    return syllables(rng, starts, middles, ends);
}

QString cyrillicSurname(Bench::Rng &rng)
{
    static const QStringList starts =
        split("Шой|Пес|Лав|Мед|Нава|Кад|Жук|Ива|Смир|Кузне|Попо|Соко|Лебе|Коз|Нови|Мор|Вол");
    static const QStringList middles = split("ло|ре|ни|ва|ко|да");
    static const QStringList ends = split("гу|ков|ров|ведев|льный|ыров|ов|цов|нов|ёв|ин|ский");
    return syllables(rng, starts, middles, ends);
}

struct Names
{
    QVector<NameMatcher::Pattern> patterns;
    int entities = 0;
};

/// Distinct names and aliases, two or three per entity; surnames and
/// acronyms are often shared by several entities, as in a real project.
Names generateNames(int count, quint64 seed)
{
    Bench::Rng rng(seed);
    Names names;
    QSet<QString> seen;
    const auto add = [&](const QString &text, qint64 entity, qint64 label) {
        if (names.patterns.size() >= count || seen.contains(text))
            return;
        seen.insert(text);
        names.patterns.append({ text, entity, label });
    };
    static const QStringList rivers = split("Seine|Loire|Marne|Rhône|Garonne|Oise|Saône|Meuse");
    static const QStringList orgs =
        split("Groupe|Banque|Fondation|Association|Société|Institut|Compagnie|Union");
    qint64 entity = 0;
    while (names.patterns.size() < count) {
        ++entity;
        const int kind = rng.below(100);
        if (kind < 60) { // a person
            const bool english = rng.chance(25);
            const QString first = english
                ? englishFirstNames().at(rng.below(int(englishFirstNames().size())))
                : frenchFirstNames().at(rng.below(int(frenchFirstNames().size())));
            const QString last = surname(rng);
            add(first + u' ' + last, entity, 1);
            add(first.first(1) + QStringLiteral(u". ") + last, entity, 1);
            if (rng.chance(30))
                add(last, entity, 1);
        } else if (kind < 70) { // a person in Cyrillic
            const QString first =
                cyrillicFirstNames().at(rng.below(int(cyrillicFirstNames().size())));
            const QString last = cyrillicSurname(rng);
            add(first + u' ' + last, entity, 1);
            add(last, entity, 1);
        } else if (kind < 85) { // a place
            const QString base = surname(rng);
            if (rng.chance(50)) {
                add(QStringLiteral(u"Saint-") + base, entity, 2);
                add(QStringLiteral(u"St-") + base, entity, 2);
            } else {
                add(base + QStringLiteral(u"-sur-") + rivers.at(rng.below(int(rivers.size()))),
                    entity, 2);
                add(base + QStringLiteral(u"ville"), entity, 2);
            }
        } else { // an organisation and its acronym
            const QString kindName = orgs.at(rng.below(int(orgs.size())));
            const QString a = surname(rng);
            const QString b = surname(rng);
            add(kindName + u' ' + a + QStringLiteral(u" et ") + b, entity, 3);
            add(kindName.first(1) + a.first(1) + b.first(1) + QChar(rng.chance(50) ? u'A' : u'F'),
                entity, 3);
        }
    }
    names.entities = int(entity);
    return names;
}

struct Article
{
    QString text;
    qint64 utf8Bytes = 0;
    int mentions = 0;
    int nearMisses = 0;
    QVector<std::pair<qsizetype, qsizetype>> expected; ///< inserted mentions that must match
};

Article generateArticle(const Names &names, qint64 bytes, int mentions, quint64 seed)
{
    Bench::Rng rng(seed);
    const auto &vocabulary = Bench::detail::vocabulary();
    Article article;
    QString &text = article.text;
    text.reserve(bytes);
    QByteArray sentence;
    // Filler words between mentions, so that the mentions spread over the text.
    const qint64 fillerPerMention = bytes / std::max(1, mentions) * 2 / 3;
    qint64 utf8 = 0;
    while (utf8 < bytes) {
        qint64 filler = 0;
        while (filler < fillerPerMention && utf8 + filler < bytes) {
            sentence.clear();
            const Bench::detail::Language &lang =
                rng.chance(25) ? vocabulary.english : vocabulary.french;
            Bench::detail::appendSentence(sentence, rng, lang, rng.chance(5));
            sentence += rng.chance(20) ? "\n\n" : " ";
            filler += sentence.size();
            text += QString::fromUtf8(sentence);
        }
        utf8 += filler;
        if (utf8 >= bytes)
            break;
        const NameMatcher::Pattern &p = names.patterns.at(rng.below(int(names.patterns.size())));
        QString mention = p.text;
        const int style = rng.below(100);
        if (style < 10) {
            mention = mention.toUpper();
        } else if (style < 15) {
            // A near miss: glued to more letters, never a whole-word match.
            text += mention + QStringLiteral(u"s ");
            utf8 += mention.toUtf8().size() + 2;
            ++article.nearMisses;
            continue;
        }
        if (style >= 15 && style < 20 && QStringView(u"AEIOUÉ").contains(mention.front()))
            text += QStringLiteral(u"l’");
        const qsizetype start = text.size();
        text += mention;
        article.expected.append({ start, text.size() });
        text += rng.chance(15) ? QStringLiteral(u", ") : QStringLiteral(u" ");
        utf8 += mention.toUtf8().size() + 2;
        ++article.mentions;
    }
    article.utf8Bytes = text.toUtf8().size();
    return article;
}

QString cyrillicText(qint64 bytes, quint64 seed)
{
    Bench::Rng rng(seed);
    static const QStringList words = split(
        "и|в|не|на|что|заявил|министр|президент|правительство|Москва|год|сообщил|также|который|"
        "войска|переговоры|объявил|ещё|её|районе|области|соглашение|встреча|Шойгу|Песков");
    QString text;
    qint64 utf8 = 0;
    while (utf8 < bytes) {
        const QString &w =
            rng.chance(8) ? cyrillicSurname(rng) : words.at(rng.below(int(words.size())));
        text += w;
        text += rng.chance(10) ? QStringLiteral(u". ") : QStringLiteral(u" ");
        utf8 += w.toUtf8().size() + 1;
    }
    return text;
}

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread, in ms: on a machine shared with other work, wall
/// time also counts the time the thread waited for a core.
double threadMillis()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Runs
{
    QVector<double> wall;
    QVector<double> cpu;
};

template<typename Function> Runs timeRuns(int runs, Function function)
{
    Runs times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = threadMillis();
        timer.start();
        function();
        times.wall.append(millis(timer));
        times.cpu.append(threadMillis() - cpuStart);
    }
    return times;
}

double minimum(const QVector<double> &v)
{
    return *std::min_element(v.cbegin(), v.cend());
}

double maximum(const QVector<double> &v)
{
    return *std::max_element(v.cbegin(), v.cend());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int nameCount = int(Bench::intOption("--names", 50000));
    const int mentionCount = int(Bench::intOption("--mentions", 3000));
    const qint64 bytes = Bench::intOption("--bytes", 1000000);
    const int runs = int(Bench::intOption("--runs", 21));
    const int sample = int(Bench::intOption("--sample", 500));
    const quint64 seed = quint64(Bench::intOption("--seed", 20240501));
    const bool scanOnly = Bench::stringOption("--only") == QLatin1String("scan");

    QElapsedTimer timer;
    timer.start();
    const Names names = generateNames(nameCount, seed);
    const Article article = generateArticle(names, bytes, mentionCount, seed + 1);
    std::printf("names: %lld distinct names and aliases of %d entities; article: %.2f MB UTF-8, "
                "%lld UTF-16 units, %d mentions and %d near misses inserted (generated in %.0f "
                "ms)\n",
                qlonglong(names.patterns.size()), names.entities,
                Bench::megabytes(article.utf8Bytes), qlonglong(article.text.size()),
                article.mentions, article.nearMisses, millis(timer));

    // Times are medians of thread CPU time, the wall-clock median after them:
    // on a busy machine the second also counts waiting for a core.
    const auto describe = [](const Runs &r) {
        return QByteArray::number(Bench::median(r.cpu), 'f', 2) + " ms CPU [min "
            + QByteArray::number(minimum(r.cpu), 'f', 2) + ", max "
            + QByteArray::number(maximum(r.cpu), 'f', 2) + "], "
            + QByteArray::number(Bench::median(r.wall), 'f', 2) + " ms wall";
    };

    // Build.
    NameMatcher matcher;
    const Runs builds = timeRuns(5, [&] { matcher.build(names.patterns); });
    std::printf("\n== build (5 runs) ==\n%s; %d patterns, %d keys, %d states (%d with a full "
                "row), %.1f MB held by the automaton (%.0f bytes per pattern)\n",
                describe(builds).constData(), matcher.patternCount(), matcher.keyCount(),
                matcher.stateCount(), matcher.denseStateCount(),
                Bench::megabytes(matcher.memoryBytes()),
                double(matcher.memoryBytes()) / matcher.patternCount());

    // Scan.
    QVector<NameMatcher::Match> matches;
    matcher.findAll(article.text); // warm the normaliser's tables and the caches
    const Runs scans = timeRuns(runs, [&] { matches = matcher.findAll(article.text); });
    QSet<std::pair<qsizetype, qsizetype>> spans;
    for (const NameMatcher::Match &m : matches)
        spans.insert({ m.start, m.end });
    int expectedFound = 0;
    QStringList missed;
    for (const auto &span : article.expected) {
        if (spans.contains(span))
            ++expectedFound;
        else if (missed.size() < 5)
            missed.append(article.text.mid(span.first - 20, span.second - span.first + 40));
    }
    const double scan = Bench::median(scans.cpu);
    const TextNormalizer::Options options = matcher.options();
    const Runs mapping =
        timeRuns(runs, [&] { TextNormalizer::normalizeWithMap(article.text, options); });
    std::printf("\n== scan: findAll over the article (%d runs) ==\n%s -> %s one frame (16 ms)\n"
                "of which normalizeWithMap: %s\n"
                "%lld matches on %lld spans; %d of the %d inserted mentions found at their exact "
                "span\n",
                runs, describe(scans).constData(), scan < 16 ? "under" : "OVER",
                describe(mapping).constData(), qlonglong(matches.size()), qlonglong(spans.size()),
                expectedFound, article.mentions);
    for (const QString &context : missed)
        std::printf("  not at its span (a longer name overlaps it?): …%s…\n", qPrintable(context));

    if (scanOnly)
        return 0;

    // Baselines.
    const Runs plain = timeRuns(runs, [&] { TextNormalizer::normalize(article.text, options); });
    const QString normalized = TextNormalizer::normalize(article.text, options);
    QStringList keys;
    for (int i = 0; i < sample && i < names.patterns.size(); ++i)
        keys.append(matcher.key(names.patterns.at(i * (names.patterns.size() / sample)).text));
    qint64 hits = 0;
    const Runs searches = timeRuns(3, [&] {
        for (const QString &key : keys) {
            for (qsizetype at = normalized.indexOf(key); at >= 0;
                 at = normalized.indexOf(key, at + 1))
                ++hits;
        }
    });
    const double perName = Bench::median(searches.cpu) / keys.size();
    const double extrapolated = perName * names.patterns.size();
    std::printf("\n== baselines, same text, same run ==\n"
                "normalize() alone: %s; the scan takes %.1fx its CPU time\n"
                "one QString::indexOf pass per name over the normalised text: %.3f ms per name "
                "(%lld names sampled), %.0f ms for all %lld names; the scan takes 1/%.0f of it\n",
                describe(plain).constData(), scan / Bench::median(plain.cpu), perName,
                qlonglong(keys.size()), extrapolated, qlonglong(names.patterns.size()),
                extrapolated / scan);

    // normalizeWithMap throughput.
    const QString decomposed = article.text.normalized(QString::NormalizationForm_D);
    const QString cyrillic = cyrillicText(bytes, seed + 2);
    std::printf("\n== normalizeWithMap throughput (case and accent folding; MB of UTF-8 per s of "
                "CPU) ==\n");
    const auto throughput = [&](const char *what, const QString &text) {
        const double mb = Bench::megabytes(text.toUtf8().size());
        const Runs times = timeRuns(runs, [&] { TextNormalizer::normalizeWithMap(text, options); });
        const double ms = Bench::median(times.cpu);
        std::printf("%-26s %.2f MB in %.2f ms: %.0f MB/s\n", what, mb, ms, mb / (ms / 1000));
    };
    throughput("French and English, NFC", article.text);
    throughput("the same text in NFD", decomposed);
    throughput("Cyrillic", cyrillic);
    return 0;
}
