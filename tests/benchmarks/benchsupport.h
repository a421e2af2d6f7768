// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the benchmarks: a deterministic corpus of French and English
// news-like articles, command-line options, timing and reporting helpers.
// Not a benchmark itself (only bench_*.cpp become executables).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QStorageInfo>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>

namespace Bench {

/// splitmix64: tiny, fast and the same on every platform.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 <= result < n
    int below(int n) { return int(next() % quint64(n)); }
    /// lo <= result <= hi
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state;
};

// Word lists, UTF-8, separated by "|". Accented letters, elisions and the odd
// ligature are there on purpose: they make the UTF-8 and UTF-16 sizes differ.
constexpr char FrenchWords[] =
    "le|la|les|un|une|des|du|de|et|à|au|aux|en|dans|pour|par|sur|avec|sans|sous|"
    "entre|après|avant|depuis|pendant|selon|contre|vers|chez|mais|donc|car|qui|"
    "que|dont|où|ne|pas|plus|moins|très|déjà|encore|toujours|aussi|gouvernement|"
    "ministre|président|présidente|réforme|retraites|élection|élections|député|"
    "députée|sénat|assemblée|budget|économie|croissance|inflation|prix|salaires|"
    "entreprise|entreprises|société|marché|marchés|banque|euros|milliards|"
    "millions|hausse|baisse|crise|énergie|électricité|pétrole|gaz|climat|"
    "sécheresse|été|hiver|région|régions|ville|villes|commune|habitants|école|"
    "écoles|élèves|hôpital|hôpitaux|santé|médecins|infirmières|grève|grèves|"
    "syndicats|manifestation|manifestants|police|justice|tribunal|procès|enquête|"
    "témoin|témoins|victimes|sécurité|défense|armée|guerre|paix|négociations|"
    "accord|traité|frontière|pays|européenne|européen|française|français|"
    "étrangers|opposition|majorité|vote|loi|projet|décret|mesure|mesures|annonce|"
    "annoncé|déclaré|estimé|affirmé|expliqué|rappelé|souligné|précisé|reconnu|"
    "démenti|critiqué|rejeté|adopté|prévu|attendu|considéré|semaine|mois|année|"
    "dernière|dernier|prochaine|prochain|première|premier|nouvelle|nouveau|"
    "nouveaux|grand|grande|petit|petite|nombreux|plusieurs|certains|chaque|tous|"
    "toutes|cœur|œuvre|sœur|naïf|maïs|noël|façade|garçon|leçon|reçu|ça|là|forêt|"
    "île|hôtel|théâtre|château|qu'il|qu'elle|l'État|l'économie|l'année|d'abord|"
    "d'après|aujourd'hui|jusqu'à|c'est|n'est|s'est";

constexpr char FrenchStarters[] =
    "Le|La|Les|Selon|Depuis|Dans|Pour|En|Après|Avant|Mais|Pourtant|Ainsi|Cette|Ce|"
    "Un|Une|Plusieurs|À|Élus|Économistes|Également|Outre|D'après|Lors|Face";

constexpr char FrenchCues[] =
    "a déclaré|a affirmé|a expliqué|a estimé|a souligné|a rappelé|a précisé|"
    "a ajouté";

constexpr char EnglishWords[] =
    "the|a|an|of|to|in|on|for|with|by|from|at|and|or|but|as|that|which|who|is|was|"
    "were|has|had|have|will|would|could|not|more|less|most|very|already|still|"
    "also|government|minister|president|reform|pensions|election|elections|"
    "lawmakers|senate|parliament|budget|economy|growth|inflation|prices|wages|"
    "company|companies|market|markets|bank|billion|million|percent|rise|fall|"
    "crisis|energy|electricity|oil|gas|climate|drought|summer|winter|region|city|"
    "cities|residents|school|schools|pupils|hospital|hospitals|health|doctors|"
    "nurses|strike|strikes|unions|protest|protesters|police|court|trial|inquiry|"
    "witness|witnesses|victims|security|defence|army|war|peace|talks|agreement|"
    "treaty|border|country|European|French|foreign|opposition|majority|vote|law|"
    "bill|decree|measure|measures|announced|said|argued|explained|recalled|"
    "stressed|acknowledged|denied|criticised|rejected|adopted|expected|week|month|"
    "year|last|next|first|new|large|small|many|several|some|each|all|café|naïve|"
    "résumé|fiancée|déjà|rôle|entrepreneur|it's|didn't|won't|country's|officials|"
    "spokesperson|according|report|figures|analysts|investors";

constexpr char EnglishStarters[] =
    "The|A|In|On|According|Since|After|Before|But|However|Meanwhile|Officials|"
    "Analysts|This|Several|Many|Critics|Supporters|Last|Earlier";

constexpr char EnglishCues[] = "said|told reporters|argued|added|insisted|explained|warned";

constexpr char ProperNouns[] =
    "Emmanuel Macron|Élisabeth Borne|Marine Le Pen|Jean-Luc Mélenchon|"
    "François Bayrou|Olaf Scholz|Joe Biden|Volodymyr Zelensky|"
    "Ursula von der Leyen|Christine Lagarde|Anne Hidalgo|Gérald Darmanin|"
    "Bruno Le Maire|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|"
    "Strasbourg|Montréal|Québec|Genève|Zürich|Bruxelles|Berlin|London|Washington|"
    "Kyiv|Bamako|Dakar|Alger|Tunis|Renault|Airbus|TotalEnergies|Société Générale|"
    "BNP Paribas|la SNCF|l'ONU|l'OTAN|l'Union européenne|la CGT|"
    "Médecins sans frontières|the IMF|the World Bank|Reuters|l'AFP|Le Monde|"
    "Libération|Mme Dupré|M. Lefèvre|Dr. Nguyễn|Łódź|São Paulo|Çanakkale";

constexpr char Cities[] = "PARIS|LYON|MARSEILLE|BRUXELLES|GENÈVE|MONTRÉAL|LONDON|WASHINGTON|BERLIN|"
                          "QUÉBEC";

/// Outside the Basic Multilingual Plane: surrogate pairs in UTF-16, four
/// bytes in UTF-8. The flag is two code points.
constexpr char Emoji[] = "\xF0\x9F\x98\x80|\xF0\x9F\x91\x8D|\xF0\x9F\x93\x88|"
                         "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7|\xF0\x9F\x94\xA5|\xF0\x9F\x8E\x89";

struct GeneratedArticle
{
    QByteArray file; ///< the whole .txt file: "date YYYY-MM-DD", title, paragraphs
    QByteArray date; ///< "YYYY-MM-DD"
    QByteArray title; ///< the first line after the header
    QByteArray body; ///< the file without its header line: what an import stores
    bool english = false;
};

struct CorpusOptions
{
    int minBytes = 2048;
    int maxBytes = 6144;
    bool emoji = false; ///< sprinkle non-BMP characters into some articles
    quint64 seed = 20240501;
};

namespace detail {

using WordList = QList<QByteArray>;

struct Language
{
    WordList words;
    WordList starters;
    WordList cues;
    bool english = false;
};

/// Every list split once.
struct Vocabulary
{
    Language french { QByteArray(FrenchWords).split('|'), QByteArray(FrenchStarters).split('|'),
                      QByteArray(FrenchCues).split('|'), false };
    Language english { QByteArray(EnglishWords).split('|'), QByteArray(EnglishStarters).split('|'),
                       QByteArray(EnglishCues).split('|'), true };
    WordList properNouns = QByteArray(ProperNouns).split('|');
    WordList cities = QByteArray(Cities).split('|');
    WordList emoji = QByteArray(Emoji).split('|');
};

inline const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

inline const QByteArray &pick(Rng &rng, const WordList &list)
{
    return list.at(rng.below(int(list.size())));
}

inline void appendWords(QByteArray &out, Rng &rng, const Language &lang, int count)
{
    for (int i = 0; i < count; ++i) {
        out += ' ';
        const int roll = rng.below(100);
        if (roll < 8)
            out += pick(rng, vocabulary().properNouns);
        else if (roll < 11)
            out += QByteArray::number(rng.between(2, 9999));
        else
            out += pick(rng, lang.words);
        if (i + 1 < count && rng.chance(7))
            out += ',';
    }
}

inline void appendSentence(QByteArray &out, Rng &rng, const Language &lang, bool emoji)
{
    out += pick(rng, lang.starters);
    appendWords(out, rng, lang, rng.between(6, 22));
    if (rng.chance(12)) {
        // A quotation with its speaker, the way wire copy has them.
        out += ", ";
        out += pick(rng, lang.cues);
        out += ' ';
        out += pick(rng, vocabulary().properNouns);
        out += lang.english ? ": \"" : " : « ";
        out += pick(rng, lang.starters);
        appendWords(out, rng, lang, rng.between(4, 14));
        out += lang.english ? "\"" : " »";
    }
    const int end = rng.below(100);
    out += end < 90 ? "." : end < 95 ? " ?" : " !";
    if (lang.english && end >= 90)
        out.remove(out.size() - 2, 1); // no space before ? and ! in English
    if (emoji && rng.chance(20)) {
        out += ' ';
        out += pick(rng, vocabulary().emoji);
    }
}

} // namespace detail

/// Article \a index of the corpus: depends on the index and the seed only,
/// never on how many articles are generated. Texts are unique (the dateline
/// carries the index).
inline GeneratedArticle generateArticle(int index, const CorpusOptions &options)
{
    Rng rng(options.seed ^ (quint64(index + 1) * 0xD6E8FEB86659FD93ULL));
    const bool isEnglish = rng.chance(25);
    const detail::Language &lang =
        isEnglish ? detail::vocabulary().english : detail::vocabulary().french;
    const bool emoji = options.emoji && rng.chance(30);

    GeneratedArticle a;
    a.english = isEnglish;
    a.date = QByteArray::number(rng.between(2015, 2024)) + '-'
        + QByteArray::number(rng.between(1, 12)).rightJustified(2, '0') + '-'
        + QByteArray::number(rng.between(1, 28)).rightJustified(2, '0');

    a.title = detail::pick(rng, lang.starters);
    detail::appendWords(a.title, rng, lang, rng.between(4, 10));
    a.title.replace(',', "");

    QByteArray &body = a.body;
    body.reserve(options.maxBytes + 256);
    body += a.title;
    body += "\n\n";
    body += detail::pick(rng, detail::vocabulary().cities);
    body += isEnglish ? " (ref. " : " (réf. ";
    body += QByteArray::number(index).rightJustified(6, '0');
    body += ") — ";
    const int target = rng.between(options.minBytes, options.maxBytes);
    const int headerSize = 5 + a.date.size() + 1;
    int sentencesInParagraph = rng.between(2, 5);
    QByteArray sentence;
    while (headerSize + body.size() < target) {
        sentence.clear();
        detail::appendSentence(sentence, rng, lang, emoji);
        if (headerSize + body.size() + sentence.size() + 2 > options.maxBytes
            && headerSize + body.size() >= options.minBytes)
            break;
        if (!body.endsWith(' ') && !body.endsWith('\n'))
            body += ' ';
        body += sentence;
        if (--sentencesInParagraph == 0) {
            body += "\n\n";
            sentencesInParagraph = rng.between(2, 5);
        }
    }
    while (body.endsWith('\n') || body.endsWith(' '))
        body.chop(1);
    body += '\n';

    a.file = "date " + a.date + '\n' + body;
    return a;
}

// ---------------------------------------------------------------------------
// Options, timing, reporting

inline QStringList arguments()
{
    return QCoreApplication::arguments();
}

/// The integer after \a name on the command line, or \a fallback.
inline qint64 intOption(const char *name, qint64 fallback)
{
    const QStringList args = arguments();
    const qsizetype i = args.indexOf(QLatin1String(name));
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    bool ok = false;
    const qint64 value = args.at(i + 1).toLongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "%s needs a number\n", name);
        std::exit(2);
    }
    return value;
}

inline QString stringOption(const char *name, const QString &fallback = QString())
{
    const QStringList args = arguments();
    const qsizetype i = args.indexOf(QLatin1String(name));
    return (i < 0 || i + 1 >= args.size()) ? fallback : args.at(i + 1);
}

inline bool flag(const char *name)
{
    return arguments().contains(QLatin1String(name));
}

/// A temporary folder on a real disk: under --dir if given, else next to the
/// executable (the build tree), never the system temp folder, which may be
/// in RAM and would flatter every fsync.
inline std::unique_ptr<QTemporaryDir> workDir()
{
    const QString parent = stringOption("--dir", QCoreApplication::applicationDirPath());
    QDir().mkpath(parent);
    auto dir = std::make_unique<QTemporaryDir>(QDir(parent).filePath(
        QStringLiteral("%1-XXXXXX").arg(QCoreApplication::applicationName())));
    if (!dir->isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder in %s: %s\n", qPrintable(parent),
                     qPrintable(dir->errorString()));
        std::exit(1);
    }
    dir->setAutoRemove(!flag("--keep"));
    const QStorageInfo storage(dir->path());
    std::printf("work folder: %s (%s on %s)\n", qPrintable(dir->path()),
                storage.fileSystemType().constData(), storage.device().constData());
    if (storage.fileSystemType() == "tmpfs")
        std::printf("WARNING: tmpfs is memory, fsync costs nothing there; use --dir on a disk\n");
    return dir;
}

inline double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

inline double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

inline QByteArray listSeconds(const QVector<double> &values)
{
    QByteArray out;
    for (const double v : values) {
        if (!out.isEmpty())
            out += ", ";
        out += QByteArray::number(v, 'f', 3);
    }
    return out;
}

/// Megabytes of 10^6 bytes.
inline double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

} // namespace Bench
