// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedetector.h"

#include "cuelexicon.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace Marginalia {

namespace {

// ---------------------------------------------------------------------------
// Characters

/// The quotation marks, as one cheap test: the scan asks it of every character.
inline bool isMarkChar(char16_t c)
{
    if (c < 0xAB)
        return c == u'"';
    if (c == 0xAB || c == 0xBB)
        return true;
    if (c < 0x2018)
        return false;
    return c <= 0x201F || c == 0x2039 || c == 0x203A || (c >= 0x300C && c <= 0x300F);
}

/// The characters below U+0100 the scan stops at: quotation marks and LF.
constexpr std::array<bool, 0x100> latin1Stops = [] {
    std::array<bool, 0x100> stops {};
    stops[u'\n'] = stops[u'"'] = stops[0xAB] = stops[0xBB] = true;
    return stops;
}();

inline bool isSpace(char16_t c)
{
    // QChar::isSpace covers U+00A0 and U+202F, the French no-break spaces.
    // Form feeds (page breaks in text taken from PDFs) and vertical tabs are
    // spaces within a paragraph; LF alone ends one.
    return c == u' ' || (c > 0x7F && QChar::isSpace(c)) || c == u'\t' || c == u'\r' || c == u'\f'
        || c == u'\v';
}

enum class Family : quint8 {
    None,
    Guillemet,
    SingleGuillemet,
    Double,
    Single,
    Corner,
    WhiteCorner
};
enum class Shape : quint8 { Opening, Closing, Either };

struct MarkKind
{
    Family family;
    Shape shape;
    bool neverOpens;
    bool neverCloses;
    /// Ignored between two word characters: an apostrophe ("don’t") or an
    /// inch sign, never a quotation mark there.
    bool apostropheLike;
};

constexpr MarkKind kind(Family f, Shape s, bool neverOpens = false, bool neverCloses = false,
                        bool apostropheLike = false)
{
    return MarkKind { f, s, neverOpens, neverCloses, apostropheLike };
}

MarkKind markKind(char16_t c)
{
    switch (c) {
    case u'"':
        return kind(Family::Double, Shape::Either, false, false, true);
    case u'\u00AB': // «
        return kind(Family::Guillemet, Shape::Opening);
    case u'\u00BB': // »
        return kind(Family::Guillemet, Shape::Closing);
    case u'\u2018': // ‘ opens in English, closes ‚ in German
        return kind(Family::Single, Shape::Opening, false, false, true);
    case u'\u2019': // ’ the apostrophe too: never opens
        return kind(Family::Single, Shape::Closing, true, false, true);
    case u'\u201A': // ‚
        return kind(Family::Single, Shape::Opening, false, true);
    case u'\u201B': // ‛
        return kind(Family::Single, Shape::Opening, false, true, true);
    case u'\u201C': // “ opens in English, closes „ in German
        return kind(Family::Double, Shape::Opening);
    case u'\u201D': // ”
        return kind(Family::Double, Shape::Closing);
    case u'\u201E': // „
    case u'\u201F': // ‟
        return kind(Family::Double, Shape::Opening, false, true);
    case u'\u2039': // ‹
        return kind(Family::SingleGuillemet, Shape::Opening);
    case u'\u203A': // ›
        return kind(Family::SingleGuillemet, Shape::Closing);
    case u'\u300C': // 「
        return kind(Family::Corner, Shape::Opening, false, true);
    case u'\u300D': // 」
        return kind(Family::Corner, Shape::Closing, true, false);
    case u'\u300E': // 『
        return kind(Family::WhiteCorner, Shape::Opening, false, true);
    case u'\u300F': // 』
        return kind(Family::WhiteCorner, Shape::Closing, true, false);
    default:
        return kind(Family::None, Shape::Either);
    }
}

/// Before an opening mark: a space, a bracket, a dash.
bool isOpeningContext(char16_t c)
{
    if (isSpace(c))
        return true;
    const QChar::Category cat = QChar::category(char32_t(c));
    return cat == QChar::Punctuation_Open || cat == QChar::Punctuation_Dash || c == u'/';
}

/// After a closing mark: a space, punctuation that ends or breaks a clause.
bool isClosingPunctuation(char16_t c)
{
    const QChar::Category cat = QChar::category(char32_t(c));
    return cat == QChar::Punctuation_Close || cat == QChar::Punctuation_Other
        || cat == QChar::Punctuation_Dash;
}

bool isColon(char16_t c)
{
    return c == u':' || c == u'\uFF1A';
}

bool isSentenceEnder(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u3002' || c == u'\uFF01'
        || c == u'\uFF1F';
}

bool isHyphen(char16_t c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

// ---------------------------------------------------------------------------
// Finding the quotes

enum class Role : quint8 { Ignore, Open, Close };

struct OpenMark
{
    qsizetype pos;
    char16_t ch;
    Family family;
};

struct Pair
{
    qsizetype open;
    qsizetype close;
};

struct Paragraph
{
    qsizetype start; ///< first character of the line
    qsizetype end; ///< the line's LF, or the end of the text
};

/// A quote before speakers: its words and where its clauses are.
struct Found
{
    qsizetype start;
    qsizetype end;
    qsizetype opening; ///< the opening mark; for a block quote, its paragraph's start
    qsizetype closing; ///< the closing mark; for a block quote, its paragraph's LF
    qsizetype introColon; ///< for a block quote, the colon ending the paragraph before; else -1
};

bool closes(char16_t closer, const MarkKind &closerKind, const OpenMark &open)
{
    if (closerKind.family != open.family)
        return false;
    // « closes nothing that « opened: the pair is « » or, in German, » «.
    if (open.family == Family::Guillemet || open.family == Family::SingleGuillemet)
        return closer != open.ch;
    // Within the double marks anything goes: “ ” in English, „ “ in German,
    // ” ” in Swedish, and mangled mixes in real texts.
    return true;
}

// ---------------------------------------------------------------------------
// Cue clauses

enum class Sep : quint8 { Start, Space, Hyphen, Apostrophe, Initial, Break };

bool joins(Sep s)
{
    return s == Sep::Space || s == Sep::Hyphen || s == Sep::Apostrophe || s == Sep::Initial;
}

struct Token
{
    qsizetype start;
    qsizetype end;
    QString lower;
    quint32 flags;
    Sep sep; ///< what separates it from the token before
    bool capital;
    bool allUpper;
    bool title;
};

using Tokens = QVarLengthArray<Token, 32>;

/// A cue found in a clause, in token indices (inclusive).
struct CueMatch
{
    int first = -1; ///< with its auxiliary: "a" of "a-t-il déclaré"
    int last = -1;
    int patternFirst = -1; ///< the lexicon entry itself
    int patternLast = -1;
    int pronoun = -1; ///< a subject pronoun next to the cue, or -1
};

struct Speaker
{
    QString name;
    qsizetype start = -1;
    qsizetype end = -1;
};

enum class SubjectKind : quint8 {
    None,
    Name,
    Pronoun, ///< or a description of someone named before
    Group, ///< "ils", "they": no one person
    Unnamed, ///< "un porte-parole", "a senior official": someone new
};

/// Capitalised words that may be a name, in token indices (inclusive).
struct Run
{
    int first;
    int last;
    bool titled; ///< a title in the run or just before it: a person, surely
};
using Runs = QVarLengthArray<Run, 8>;

enum class Clause : quint8 {
    After, ///< after the closing mark: the cue must come at once
    Before, ///< before the opening mark: the cue nearest the quote
    Guess, ///< as Before, and with no cue, a name that looks like a person's
};

struct Attribution
{
    int words = 0; ///< tokens in the clause
    bool hasCue = false;
    qsizetype cueStart = -1;
    qsizetype cueEnd = -1;
    SubjectKind subject = SubjectKind::None;
    qsizetype nameStart = -1; ///< for a name: where it is written
    qsizetype nameEnd = -1;
};

constexpr int maxCueDistanceAfter = 8; ///< tokens from the closing mark to the cue
constexpr int maxCueDistanceIntro = 8; ///< tokens from a block quote's cue to its colon
constexpr int maxStackDepth = 32;
constexpr qsizetype maxLookBack = 4000; ///< characters searched for the last person named
constexpr qsizetype maxNameLength = 200; ///< for finding the mentions around a name

class Detection
{
public:
    Detection(const QString &text, const CueLexicon &lexicon)
        : m_text(text)
        , m_p(reinterpret_cast<const char16_t *>(text.utf16()))
        , m_n(text.size())
        , m_lexicon(lexicon)
    {
    }

    void findMarkedQuotes();
    void findBlockQuotes();
    QVector<DetectedQuote> attribute(const QVector<PersonMention> &persons);

private:
    // Marks
    void endLine(qsizetype start, qsizetype end);
    Role role(qsizetype i, qsizetype lineStart, qsizetype lineEnd, const MarkKind &k) const;
    void commit(QVector<Pair> &pairs);
    void failPending();
    void addFound(qsizetype open, qsizetype close);
    std::pair<qsizetype, qsizetype> trimmed(qsizetype start, qsizetype end) const;

    // Clauses
    bool isSentenceEnd(qsizetype i) const;
    qsizetype clauseStartBefore(qsizetype limit, qsizetype floor) const;
    qsizetype clauseEndAfter(qsizetype from, qsizetype ceiling) const;
    Tokens tokenize(qsizetype from, qsizetype to) const;
    QVector<CueMatch> cues(const Tokens &tokens) const;
    void extend(const Tokens &tokens, CueMatch &m) const;
    Attribution attributeClause(qsizetype from, qsizetype to, Clause clause) const;
    Speaker indirectSpeaker(qsizetype from, qsizetype to) const;
    int describedAt(const Tokens &tokens, int article, bool capitalised) const;
    bool sameSentence(qsizetype from, qsizetype to) const;
    bool endsSentence(qsizetype q) const;
    bool nameRun(const Tokens &tokens, int first, int last, const CueMatch &cue,
                 std::pair<int, int> *name, bool *titled) const;
    void nameRuns(const Tokens &tokens, int a, int b, const CueMatch &cue, Runs &runs) const;
    void snapToMention(qsizetype &start, qsizetype &end) const;
    Speaker lastPersonBefore(qsizetype limit, qsizetype from) const;
    Speaker firstPersonIn(qsizetype from, qsizetype to, const Speaker &recent) const;
    bool isNickname(qsizetype open, qsizetype close, qsizetype start, qsizetype end) const;
    qsizetype paragraphStartBefore(qsizetype pos) const;
    qsizetype paragraphStart(qsizetype pos) const;

    const QString &m_text;
    const char16_t *m_p;
    qsizetype m_n;
    const CueLexicon &m_lexicon;

    QVector<Found> m_found;
    QVector<Paragraph> m_paragraphs;
    QVarLengthArray<qsizetype, 64> m_marks; ///< in the current line
    QVarLengthArray<OpenMark, 8> m_stack;
    QVector<Pair> m_pairs; ///< closed in lines since the pending opener, or in this line
    bool m_pending = false; ///< m_stack[0] is an opener left open by an earlier paragraph
    QVector<PersonMention> m_persons; ///< sorted by start
    mutable qsizetype m_searchedInVain = 0; ///< lastPersonBefore found no name before this
};

// ---------------------------------------------------------------------------

void Detection::findMarkedQuotes()
{
    const char16_t *p = m_p;
    const qsizetype n = m_n;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        // One table look-up sends on what is neither a mark nor a line end.
        if (c < 0x100 ? !latin1Stops[c] : !isMarkChar(c))
            continue;
        if (c == u'\n') {
            endLine(lineStart, i);
            m_marks.clear();
            lineStart = i + 1;
        } else if (isMarkChar(c)) {
            m_marks.append(i);
        }
    }
    endLine(lineStart, n);
    m_marks.clear();
    if (m_pending)
        failPending();
}

Role Detection::role(qsizetype i, qsizetype lineStart, qsizetype lineEnd, const MarkKind &k) const
{
    // Marks next to each other ("»”", "“‘") are seen through: what counts is
    // the text beyond them. A few only: a long run of marks is garbage and
    // must not cost quadratic time.
    constexpr qsizetype seeThrough = 4;
    qsizetype a = i - 1;
    while (a >= lineStart && a > i - seeThrough && isMarkChar(m_p[a]))
        --a;
    qsizetype b = i + 1;
    while (b < lineEnd && b < i + seeThrough && isMarkChar(m_p[b]))
        ++b;

    // A colon introduces speech: whatever mark follows it opens. That also
    // reads the mangled `dira:” Ça y est` as the opening it is.
    qsizetype c = a;
    while (c >= lineStart && isSpace(m_p[c]))
        --c;
    if (c >= lineStart && isColon(m_p[c]))
        return k.neverOpens ? Role::Ignore : Role::Open;

    const bool prevOpening = a < lineStart || isOpeningContext(m_p[a]);
    const bool atEnd = b >= lineEnd;
    const bool nextPunct = !atEnd && !isSpace(m_p[b]) && isClosingPunctuation(m_p[b]);
    const bool nextClosing = atEnd || isSpace(m_p[b]) || nextPunct;

    if (prevOpening && !nextClosing) // “word
        return k.neverOpens ? Role::Ignore : Role::Open;
    if (!prevOpening && nextClosing) // word”
        return k.neverCloses ? Role::Ignore : Role::Close;
    if (prevOpening && nextClosing) { // spaces on both sides, as French « » have
        if (k.shape == Shape::Either)
            return Role::Ignore;
        if ((nextPunct || atEnd) && !k.neverCloses) // `pays “”,`
            return Role::Close;
        if (k.shape == Shape::Opening)
            return k.neverOpens ? Role::Ignore : Role::Open;
        return Role::Close;
    }
    // Between two word characters: an apostrophe or an inch sign in Latin
    // text, but also “我们” in Chinese, which uses no spaces.
    if (k.apostropheLike || k.shape == Shape::Either)
        return Role::Ignore;
    return k.shape == Shape::Opening ? Role::Open : Role::Close;
}

void Detection::endLine(qsizetype start, qsizetype end)
{
    qsizetype first = start;
    while (first < end && isSpace(m_p[first]))
        ++first;
    if (first == end)
        return; // a blank line neither holds nor breaks anything
    m_paragraphs.append({ start, end });

    qsizetype reopen = -1;
    const bool wasPending = m_pending;
    const qsizetype pendingPos = m_pending ? m_stack.front().pos : -1;
    if (m_pending) {
        // A quote left open goes on only if this paragraph reopens it.
        if (!m_marks.isEmpty() && m_marks.front() == first) {
            const MarkKind k = markKind(m_p[first]);
            const OpenMark &open = m_stack.front();
            const bool same = k.family == open.family
                && (open.family != Family::Guillemet || m_p[first] == open.ch);
            if (same && role(first, start, end, k) == Role::Open)
                reopen = first;
        }
        if (reopen < 0)
            failPending();
    }
    if (m_marks.isEmpty() && !m_pending)
        return;

    for (const qsizetype i : m_marks) {
        if (i == reopen)
            continue;
        const char16_t ch = m_p[i];
        const MarkKind k = markKind(ch);
        const Role r = role(i, start, end, k);
        if (r == Role::Close) {
            qsizetype match = m_stack.size() - 1;
            while (match >= 0 && !closes(ch, k, m_stack[match]))
                --match;
            if (match >= 0) {
                m_pairs.append({ m_stack[match].pos, i });
                // Marks opened inside and never closed were strays.
                m_stack.resize(match);
                if (match == 0)
                    m_pending = false;
            }
        } else if (r == Role::Open && m_stack.size() < maxStackDepth) {
            m_stack.append({ i, ch, k.family });
        }
    }

    if (m_stack.isEmpty()) {
        commit(m_pairs);
        m_pending = false;
        return;
    }
    // The outermost mark left open: it may go on in the next paragraph. Pairs
    // closed before it stand; those after it wait to learn if they are inside.
    const OpenMark bottom = m_stack.front();
    m_stack.resize(1);
    m_pending = true;
    // Still the same opener: every pair held or closed since is inside it
    // (and sorting them again for each paragraph of a long chain would cost).
    if (wasPending && reopen >= 0 && bottom.pos == pendingPos)
        return;
    QVector<Pair> before;
    QVector<Pair> inside;
    for (const Pair &pair : std::as_const(m_pairs))
        (pair.close < bottom.pos ? before : inside).append(pair);
    commit(before);
    m_pairs = inside;
}

void Detection::failPending()
{
    // The open mark was a stray: the quotes inside it are quotes of their own.
    m_stack.clear();
    m_pending = false;
    commit(m_pairs);
}

void Detection::commit(QVector<Pair> &pairs)
{
    // Pairs from a stack nest or follow each other, never cross: the outer
    // ones are those not inside an earlier one.
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &a, const Pair &b) { return a.open < b.open; });
    qsizetype lastClose = -1;
    for (const Pair &pair : std::as_const(pairs)) {
        if (pair.open < lastClose)
            continue;
        addFound(pair.open, pair.close);
        lastClose = pair.close;
    }
    pairs.clear();
}

std::pair<qsizetype, qsizetype> Detection::trimmed(qsizetype start, qsizetype end) const
{
    // A line break at either edge (a mark alone at the end of a line) is no
    // part of the words quoted either.
    const auto blank = [this](qsizetype i) { return isSpace(m_p[i]) || m_p[i] == u'\n'; };
    for (;;) {
        while (start < end && blank(start))
            ++start;
        while (end > start && blank(end - 1))
            --end;
        // A mark cut off from the words by a space is debris of mangled
        // marks (`dirigent le pays “”`), not part of the quote.
        if (start < end && isMarkChar(m_p[start])
            && (start + 1 == end || isSpace(m_p[start + 1]))) {
            ++start;
            continue;
        }
        if (end > start && isMarkChar(m_p[end - 1])
            && (end - 1 == start || isSpace(m_p[end - 2]))) {
            --end;
            continue;
        }
        // “We won,” he said: the comma stands for the end of the sentence
        // that the attribution interrupts; it belongs to the attribution.
        if (end > start && (m_p[end - 1] == u',' || m_p[end - 1] == u'\uFF0C')) {
            --end;
            continue;
        }
        return { start, end };
    }
}

void Detection::addFound(qsizetype open, qsizetype close)
{
    const auto [start, end] = trimmed(open + 1, close);
    if (start < end && !isNickname(open, close, start, end))
        m_found.append({ start, end, open, close, -1 });
}

bool Detection::isNickname(qsizetype open, qsizetype close, qsizetype start, qsizetype end) const
{
    // `Dwight "D-Wiz" Carter`: one to three capitalised words between the
    // parts of a name are a nickname, not speech.
    if (open < 2 || close + 2 >= m_n || m_p[open - 1] != u' ' || m_p[close + 1] != u' ')
        return false;
    if (!QChar::isUpper(m_p[close + 2]) || !QChar::isUpper(m_p[start]))
        return false;
    qsizetype w = open - 1;
    while (w > 0 && QChar::isLetter(m_p[w - 1]))
        --w;
    if (w == open - 1 || !QChar::isUpper(m_p[w]))
        return false;
    int spaces = 0;
    for (qsizetype k = start; k < end; ++k)
        spaces += isSpace(m_p[k]) ? 1 : 0;
    return spaces <= 2;
}

// ---------------------------------------------------------------------------
// Block quotes

void Detection::findBlockQuotes()
{
    if (m_paragraphs.size() < 2)
        return;
    std::sort(m_found.begin(), m_found.end(),
              [](const Found &a, const Found &b) { return a.start < b.start; });
    QVector<Found> blocks;
    for (qsizetype i = 0; i + 1 < m_paragraphs.size(); ++i) {
        const Paragraph &intro = m_paragraphs.at(i);
        qsizetype colon = intro.end - 1;
        while (colon > intro.start && isSpace(m_p[colon]))
            --colon;
        if (!isColon(m_p[colon]))
            continue;
        const Paragraph &next = m_paragraphs.at(i + 1);
        qsizetype first = next.start;
        while (first < next.end && isSpace(m_p[first]))
            ++first;
        // A colon inside a quote introduces nothing; a paragraph that opens
        // with a quotation mark is a quote already. Quotes neither nest nor
        // cross, so their marks are in order.
        const auto covers = [&](qsizetype pos) {
            auto it = std::upper_bound(m_found.cbegin(), m_found.cend(), pos,
                                       [](qsizetype p, const Found &f) { return p < f.opening; });
            return it != m_found.cbegin() && pos <= (it - 1)->closing;
        };
        if (covers(colon) || covers(first) || covers(next.end))
            continue;
        const qsizetype from = clauseStartBefore(colon, intro.start);
        const Tokens tokens = tokenize(from, colon);
        const QVector<CueMatch> found = cues(tokens);
        if (found.isEmpty() || found.last().patternLast < tokens.size() - maxCueDistanceIntro)
            continue;
        qsizetype end = next.end;
        while (end > first && isSpace(m_p[end - 1]))
            --end;
        blocks.append({ first, end, next.start, next.end, colon });
    }
    if (blocks.isEmpty())
        return;
    // The block is the outer quote: quotes inside it go. Blocks are whole
    // paragraphs, in order.
    m_found.erase(std::remove_if(m_found.begin(), m_found.end(),
                                 [&](const Found &f) {
                                     auto it = std::upper_bound(
                                         blocks.cbegin(), blocks.cend(), f.opening,
                                         [](qsizetype p, const Found &b) { return p < b.opening; });
                                     return it != blocks.cbegin() && f.closing <= (it - 1)->closing;
                                 }),
                  m_found.end());
    m_found += blocks;
}

// ---------------------------------------------------------------------------
// Clauses and tokens

bool Detection::isSentenceEnd(qsizetype i) const
{
    const char16_t c = m_p[i];
    if (!isSentenceEnder(c))
        return false;
    if (c >= 0x3000)
        return true; // CJK full stops need no space after them
    if (i + 1 < m_n && !isSpace(m_p[i + 1]) && m_p[i + 1] != u'\n')
        return false; // "3.5", "U.S.", "…»"
    if (c != u'.')
        return true;
    // "M. Dupont", "J. K. Rowling", "Dr. Nguyen": no sentence ends there.
    qsizetype w = i;
    while (w > 0 && QChar::isLetter(m_p[w - 1]))
        --w;
    if (w == i)
        return true;
    if (i - w == 1 && QChar::isUpper(m_p[w]))
        return false;
    const QString word = QString(reinterpret_cast<const QChar *>(m_p + w), i - w).toLower();
    return !(m_lexicon.flags(word) & CueLexicon::Abbreviation);
}

qsizetype Detection::clauseStartBefore(qsizetype limit, qsizetype floor) const
{
    bool sawText = false;
    qsizetype j = limit - 1;
    while (j >= floor) {
        const char16_t c = m_p[j];
        if (c == u'\n') {
            if (sawText)
                return j + 1;
            // A quote that opens its paragraph after one ending with a colon:
            // the cue is at the end of that paragraph.
            qsizetype k = j;
            while (k >= floor && (isSpace(m_p[k]) || m_p[k] == u'\n'))
                --k;
            if (k < floor || !isColon(m_p[k]))
                return j + 1;
            j = k - 1;
            sawText = true;
            continue;
        }
        if (!isSpace(c))
            sawText = true;
        if (isSentenceEnd(j))
            return j + 1;
        --j;
    }
    return std::max<qsizetype>(floor, 0);
}

qsizetype Detection::clauseEndAfter(qsizetype from, qsizetype ceiling) const
{
    for (qsizetype j = from; j < ceiling; ++j) {
        if (m_p[j] == u'\n' || isSentenceEnd(j))
            return j;
    }
    return ceiling;
}

Tokens Detection::tokenize(qsizetype from, qsizetype to) const
{
    Tokens tokens;
    QString word;
    qsizetype i = from;
    qsizetype previousEnd = -1;
    while (i < to) {
        char32_t c = m_p[i];
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < to && QChar::isLowSurrogate(m_p[i + 1])) {
            c = QChar::surrogateToUcs4(m_p[i], m_p[i + 1]);
            width = 2;
        }
        if (!CueLexicon::isWordCharacter(c)) {
            i += width;
            continue;
        }
        const qsizetype start = i;
        const bool capital = QChar::isUpper(c) || QChar::isTitleCase(c);
        bool allUpper = true;
        while (i < to) {
            c = m_p[i];
            width = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < to && QChar::isLowSurrogate(m_p[i + 1])) {
                c = QChar::surrogateToUcs4(m_p[i], m_p[i + 1]);
                width = 2;
            }
            if (!CueLexicon::isWordCharacter(c))
                break;
            if (QChar::isLower(c))
                allUpper = false;
            i += width;
        }
        Token t;
        t.start = start;
        t.end = i;
        // Only words of the lexicon need their lower case kept, and the
        // lexicon has a copy to share: no allocation per word.
        CueLexicon::lowerInto(QStringView(m_p + start, i - start), word);
        t.flags = m_lexicon.lookup(word, &t.lower);
        t.capital = capital;
        t.allUpper = allUpper && i - start > 1 && capital;
        t.title = (t.flags & CueLexicon::Title) || (capital && m_lexicon.hasTitleSuffix(word));
        if (previousEnd < 0) {
            t.sep = Sep::Start;
        } else {
            const qsizetype gap = start - previousEnd;
            const char16_t g = m_p[previousEnd];
            bool spaces = true;
            for (qsizetype k = previousEnd; k < start && spaces; ++k)
                spaces = isSpace(m_p[k]);
            if (spaces)
                t.sep = Sep::Space;
            else if (gap == 1 && isHyphen(g))
                t.sep = Sep::Hyphen;
            else if (gap == 1 && isApostrophe(g))
                t.sep = Sep::Apostrophe;
            else {
                t.sep = Sep::Break;
                if (g == u'.' && gap > 1) {
                    bool rest = true;
                    for (qsizetype k = previousEnd + 1; k < start && rest; ++k)
                        rest = isSpace(m_p[k]);
                    const Token &prev = tokens.last();
                    if (rest
                        && ((prev.end - prev.start == 1 && prev.capital)
                            || (prev.flags & CueLexicon::Abbreviation)))
                        t.sep = Sep::Initial;
                }
            }
        }
        tokens.append(t);
        previousEnd = i;
    }
    return tokens;
}

void Detection::extend(const Tokens &tokens, CueMatch &m) const
{
    constexpr quint32 chain = CueLexicon::Auxiliary | CueLexicon::Particle | CueLexicon::Pronoun
        | CueLexicon::GroupPronoun;
    // Left: the auxiliary and what sits between it and the verb ("a-t-il
    // déclaré", "s'est exclamé", "il lui a dit").
    int leftmostAux = -1;
    for (int i = m.patternFirst - 1, steps = 0;
         i >= 0 && steps < 4 && joins(tokens.at(i + 1).sep) && (tokens.at(i).flags & chain);
         --i, ++steps) {
        if (tokens.at(i).flags & CueLexicon::Auxiliary)
            leftmostAux = i;
    }
    m.first = m.patternFirst;
    m.last = m.patternLast;
    if (leftmostAux >= 0) {
        m.first = leftmostAux;
        while (
            m.first > 0 && joins(tokens.at(m.first).sep)
            && (tokens.at(m.first - 1).flags & CueLexicon::Particle)
            && !(tokens.at(m.first - 1).flags & (CueLexicon::Pronoun | CueLexicon::GroupPronoun)))
            --m.first;
    }
    // The subject pronoun: inside ("a-t-il dit"), before ("il a dit", "she
    // said"), or after ("dit-il", "déclare-t-elle", "sagte er", "selon lui").
    constexpr quint32 pronoun = CueLexicon::Pronoun | CueLexicon::GroupPronoun;
    for (int i = m.first; i < m.patternFirst; ++i) {
        if (tokens.at(i).flags & pronoun)
            m.pronoun = i;
    }
    if (m.pronoun < 0 && m.first > 0 && joins(tokens.at(m.first).sep)
        && (tokens.at(m.first - 1).flags & pronoun))
        m.pronoun = m.first - 1;
    if (m.pronoun < 0) {
        int j = m.last + 1;
        while (j < tokens.size() && tokens.at(j).sep == Sep::Hyphen
               && (tokens.at(j).flags & CueLexicon::Particle) && !(tokens.at(j).flags & pronoun))
            ++j;
        if (j < tokens.size() && tokens.at(j).sep == Sep::Hyphen
            && (tokens.at(j).flags & (pronoun | CueLexicon::InvertedPronoun))) {
            m.pronoun = j;
            m.last = j;
        } else if (j == m.last + 1 && j < tokens.size() && tokens.at(j).sep == Sep::Space
                   && (tokens.at(j).flags & CueLexicon::InvertedPronoun)) {
            m.pronoun = j;
            m.last = j;
        }
    }
}

QVector<CueMatch> Detection::cues(const Tokens &tokens) const
{
    QVector<CueMatch> result;
    const int count = int(tokens.size());
    for (int t = 0; t < count; ++t) {
        if (!(tokens.at(t).flags & CueLexicon::CueWord))
            continue;
        const QVector<QStringList> *entries = m_lexicon.cuesStartingWith(tokens.at(t).lower);
        if (!entries)
            continue;
        for (const QStringList &entry : *entries) {
            const int size = int(entry.size());
            if (t + size > count)
                continue;
            bool match = true;
            for (int k = 1; k < size && match; ++k)
                match = joins(tokens.at(t + k).sep) && tokens.at(t + k).lower == entry.at(k);
            if (!match)
                continue;
            CueMatch m;
            m.patternFirst = t;
            m.patternLast = t + size - 1;
            extend(tokens, m);
            result.append(m);
            t = m.patternLast;
            break;
        }
    }
    return result;
}

/// Whether tokens[first..last] hold a name, and which part of it: titles
/// ("Bundeskanzler", "M.") go; a capitalised word after "de", "of", "der" is a
/// place or a body, unless a name follows it in the same run.
bool Detection::nameRun(const Tokens &tokens, int first, int last, const CueMatch &cue,
                        std::pair<int, int> *name, bool *isTitled) const
{
    int start = first;
    bool titled = false;
    // A title word that ends a name after a first name is a surname: "Bruno
    // Le Maire", "John Major".
    int top = last;
    if (tokens.at(last).title && last > first && !tokens.at(first).title)
        --top;
    for (int i = top; i >= first; --i) {
        if (tokens.at(i).title) {
            start = i + 1;
            titled = true;
            break;
        }
    }
    // "Vorsitzende des Mietervereins München": what follows a title through a
    // small word is the title's complement, as after "de" below.
    const bool complementOfTitle = titled && start <= last && !tokens.at(start).capital;
    while (start <= last && !tokens.at(start).capital) // a particle left by the cut
        ++start;
    if (start > last)
        return false;
    const int before = first - 1;
    const bool inCue = before >= cue.first && before <= cue.last;
    // Except the fronted "Pour Sophie Bertrand, la mesure est « injuste »",
    // "Für Scholz, …": a capitalised word, then the name and a comma.
    qsizetype next = tokens.at(last).end;
    while (next < m_n && isSpace(m_p[next]))
        ++next;
    const bool fronted =
        before >= 0 && tokens.at(before).capital && next < m_n && m_p[next] == u',';
    const bool afterComplement = !titled && before >= 0 && !inCue && joins(tokens.at(first).sep)
        && (tokens.at(before).flags & CueLexicon::Complement) && !fronted;
    if (complementOfTitle || afterComplement) {
        if (last - start + 1 < 3)
            return false;
        ++start;
        while (start <= last && !tokens.at(start).capital)
            ++start;
        titled = false;
    }
    if (!titled) {
        // Words all in capitals are an acronym (AFP, SPD) or a dateline
        // ("PLATEAU DE BEILLE —").
        bool shouting = true;
        for (int i = start; i <= last && shouting; ++i)
            shouting = tokens.at(i).allUpper || !tokens.at(i).capital;
        if (shouting)
            return false;
        // "Parent Tom Reilly, who spoke…": three words opening a sentence,
        // the first capitalised only because it opens it.
        qsizetype k = tokens.at(start).start;
        while (k > 0 && (isSpace(m_p[k - 1]) || isMarkChar(m_p[k - 1])))
            --k;
        const bool opensSentence = k == 0 || m_p[k - 1] == u'\n' || isSentenceEnd(k - 1);
        bool spaced = last - start + 1 >= 3;
        for (int i = start + 1; i <= last && spaced; ++i)
            spaced = tokens.at(i).sep == Sep::Space;
        if (opensSentence && spaced)
            ++start;
    }
    *name = { start, last };
    // "la maire sortante Claire Martin": a title shortly before counts too.
    for (int i = first - 1; i >= 0 && i >= first - 3 && !titled; --i)
        titled = tokens.at(i).title;
    *isTitled = titled;
    return true;
}

void Detection::snapToMention(qsizetype &start, qsizetype &end) const
{
    // The first known person that overlaps the name; mentions are sorted by
    // start and no name is longer than maxNameLength.
    auto it = std::lower_bound(m_persons.cbegin(), m_persons.cend(), start - maxNameLength,
                               [](const PersonMention &m, qsizetype pos) { return m.start < pos; });
    for (; it != m_persons.cend() && it->start < end; ++it) {
        if (it->end > start) {
            start = it->start;
            end = it->end;
            return;
        }
    }
}

/// Whether \a name ends with \a part as a whole word: "Tim Cook" and "Cook".
bool endsWithWord(const QString &name, const QString &part)
{
    return name.endsWith(part)
        && (name.size() == part.size() || !name.at(name.size() - part.size() - 1).isLetter());
}

/// How surely a run names a person: a title, then a first and last name.
int personScore(const Run &run)
{
    return (run.titled ? 2 : 0) + (run.last > run.first ? 1 : 0);
}

/// The most person-like run, the last of those that score the same; null if none.
const Run *bestRun(const Runs &runs)
{
    const Run *best = nullptr;
    for (const Run &run : runs) {
        if (!best || personScore(run) >= personScore(*best))
            best = &run;
    }
    return best;
}

void Detection::nameRuns(const Tokens &tokens, int a, int b, const CueMatch &cue, Runs &runs) const
{
    const auto isNameWord = [&](const Token &t) {
        return t.capital
            && !(t.flags & (CueLexicon::CueWord | CueLexicon::Pronoun | CueLexicon::GroupPronoun));
    };
    const int count = int(tokens.size());
    int i = a;
    while (i < b) {
        const Token &t = tokens.at(i);
        if (isNameWord(t) && (t.flags & CueLexicon::Stopword) && i > a && joins(t.sep)) {
            // "au micro de France Télévisions", "told The Economist": a
            // capitalised word of the lists inside a sentence leads a name
            // of a body, not of a person.
            ++i;
            while (i < b && joins(tokens.at(i).sep) && isNameWord(tokens.at(i)))
                ++i;
            continue;
        }
        if (!isNameWord(t) || (t.flags & CueLexicon::Stopword)) {
            ++i;
            continue;
        }
        const int first = i;
        int last = i;
        int k = i + 1;
        while (k < b && joins(tokens.at(k).sep)) {
            if (isNameWord(tokens.at(k))) {
                last = k++;
                continue;
            }
            // "de Gaulle", "von der Leyen": particles between capitals, the
            // first a name particle, articles after it.
            int q = k;
            while (q < b && joins(tokens.at(q).sep) && !tokens.at(q).capital
                   && (tokens.at(q).flags
                       & (q == k ? CueLexicon::NameParticle
                                 : CueLexicon::NameParticle | CueLexicon::Complement)))
                ++q;
            if (q > k && q < b && joins(tokens.at(q).sep) && isNameWord(tokens.at(q))) {
                last = q;
                k = q + 1;
                continue;
            }
            break;
        }
        i = last + 1;
        // "Italy’s agency", "Meta’s president": the owner is not the speaker.
        if (last + 1 < count && tokens.at(last + 1).sep == Sep::Apostrophe
            && tokens.at(last + 1).end - tokens.at(last + 1).start == 1
            && (m_p[tokens.at(last + 1).start] | 0x20) == u's')
            continue;
        std::pair<int, int> name;
        bool titled = false;
        if (nameRun(tokens, first, last, cue, &name, &titled))
            runs.append({ name.first, name.second, titled });
    }
}

Attribution Detection::attributeClause(qsizetype from, qsizetype to, Clause clause) const
{
    const bool after = clause == Clause::After;
    Attribution result;
    if (from >= to)
        return result;
    const Tokens tokens = tokenize(from, to);
    result.words = int(tokens.size());
    const QVector<CueMatch> found = cues(tokens);
    const int count = int(tokens.size());
    const auto mentionsBegin =
        std::lower_bound(m_persons.cbegin(), m_persons.cend(), from,
                         [](const PersonMention &m, qsizetype pos) { return m.start < pos; });

    if (found.isEmpty()) {
        // "Climate scientist Friederike Otto put it bluntly: “…”": a colon
        // right before the quote introduces speech even with no verb we know.
        qsizetype k = to - 1;
        while (k >= from && isSpace(m_p[k]))
            --k;
        const bool colon = !after && k >= from && isColon(m_p[k]);
        if (!colon && clause != Clause::Guess)
            return result;
        const PersonMention *mention = nullptr;
        for (auto it = mentionsBegin; it != m_persons.cend() && it->start < to; ++it) {
            if (it->end <= to)
                mention = &*it;
        }
        if (mention) {
            result.subject = SubjectKind::Name;
            result.nameStart = mention->start;
            result.nameEnd = mention->end;
            return result;
        }
        // Without a colon, only a name that surely is a person's: "Le
        // ministre, Marc Fesneau, a appelé au « calme »".
        Runs runs;
        nameRuns(tokens, 0, count, CueMatch(), runs);
        const Run *best = bestRun(runs);
        if (best && (colon || personScore(*best) > 0)) {
            result.subject = SubjectKind::Name;
            result.nameStart = tokens.at(best->first).start;
            result.nameEnd = tokens.at(best->last).end;
            snapToMention(result.nameStart, result.nameEnd);
        } else if (count > 0 && describedAt(tokens, 0, false) >= 0) {
            // "Le ministre reste « confiant »": the sentence's subject
            // describes someone named before (a title only: German
            // capitalises every noun, so "Die Kritik" must not count).
            result.subject = SubjectKind::Pronoun;
        }
        return result;
    }

    // After a quote the cue comes at once (", a déclaré…", ", Smith said");
    // before it, the cue nearest the quote counts.
    CueMatch cue;
    if (after) {
        if (found.first().patternFirst >= maxCueDistanceAfter)
            return result;
        cue = found.first();
    } else {
        cue = found.last();
    }
    result.hasCue = true;
    qsizetype cueStart = tokens.at(cue.first).start;
    qsizetype cueEnd = tokens.at(cue.last).end;
    const auto cover = [&](qsizetype s, qsizetype e) {
        cueStart = std::min(cueStart, s);
        cueEnd = std::max(cueEnd, e);
    };
    const auto finish = [&]() {
        result.cueStart = cueStart;
        result.cueEnd = cueEnd;
        return result;
    };

    // 1. A subject pronoun next to the verb.
    if (cue.pronoun >= 0) {
        const Token &t = tokens.at(cue.pronoun);
        cover(t.start, t.end);
        // "ils", "on", "they": not one person, so no speaker.
        const bool group = (t.flags & CueLexicon::GroupPronoun) && !(t.flags & CueLexicon::Pronoun);
        result.subject = group ? SubjectKind::Group : SubjectKind::Pronoun;
        return finish();
    }

    Runs runs;
    nameRuns(tokens, 0, cue.first, cue, runs);
    const qsizetype runsBefore = runs.size();
    nameRuns(tokens, cue.last + 1, count, cue, runs);

    const auto takeName = [&](qsizetype s, qsizetype e) {
        result.subject = SubjectKind::Name;
        result.nameStart = s;
        result.nameEnd = e;
        cover(s, e);
        return finish();
    };
    const auto takeRun = [&](const Run &run) {
        qsizetype s = tokens.at(run.first).start;
        qsizetype e = tokens.at(run.last).end;
        snapToMention(s, e);
        return takeName(s, e);
    };
    const qsizetype verbStart = tokens.at(cue.first).start;
    const qsizetype verbEnd = tokens.at(cue.last).end;

    // 2. A subject right before the verb: a known person, then a name.
    for (auto it = mentionsBegin; it != m_persons.cend() && it->start < verbStart; ++it) {
        if (it->end > verbStart)
            continue;
        bool adjacent = true;
        for (qsizetype k = it->end; k < verbStart && adjacent; ++k)
            adjacent = isSpace(m_p[k]);
        if (adjacent)
            return takeName(it->start, it->end);
    }
    if (runsBefore > 0 && runs.at(runsBefore - 1).last == cue.first - 1
        && joins(tokens.at(cue.first).sep))
        return takeRun(runs.at(runsBefore - 1));

    // 3. A known person anywhere in the clause, the nearest to the verb.
    const PersonMention *nearest = nullptr;
    qsizetype nearestDistance = 0;
    for (auto it = mentionsBegin; it != m_persons.cend() && it->start < to; ++it) {
        if (it->end > to)
            continue;
        const qsizetype distance = it->end <= verbStart
            ? verbStart - it->end
            : std::max<qsizetype>(0, it->start - verbEnd);
        if (!nearest || distance < nearestDistance) {
            nearest = &*it;
            nearestDistance = distance;
        }
    }
    if (nearest)
        return takeName(nearest->start, nearest->end);

    // An indefinite subject is someone new and unnamed ("a déclaré un
    // porte-parole", "one sophomore called it"): no speaker.
    // French "a" is an auxiliary ("a simplement dit"), not the English article.
    const auto indefinite = [&](int k) {
        return (tokens.at(k).flags & CueLexicon::Indefinite)
            && !(tokens.at(k).flags & CueLexicon::Auxiliary);
    };
    const auto unnamed = [&]() {
        result.subject = SubjectKind::Unnamed;
        return finish();
    };
    // After the verb is the subject only where the subject is inverted: after
    // a quote (", a déclaré un porte-parole"), or before a colon ("Am Montag
    // sagte der Kanzler:"); elsewhere it is the object ("a dénoncé un « … »").
    qsizetype tail = to - 1;
    while (tail >= from && isSpace(m_p[tail]))
        --tail;
    const bool inverted = after || (tail >= from && isColon(m_p[tail]));
    const int afterVerb = cue.last + 1;
    const bool verbThenWord = inverted && afterVerb < count && joins(tokens.at(afterVerb).sep);
    if (verbThenWord && indefinite(afterVerb))
        return unnamed();
    for (int k = cue.first - 1; k >= 0 && k >= cue.first - 3 && joins(tokens.at(k + 1).sep); --k) {
        if (indefinite(k))
            return unnamed();
    }

    // 4. A name after the verb ("a déclaré le commandant … Serhiy Nayev",
    //    "sagte Scholz"): the first with a title if any has one, since German
    //    capitalises every noun ("sagte Betriebsratschefin Daniela Cavallo vor
    //    Tausenden Beschäftigten").
    if (runs.size() > runsBefore) {
        qsizetype pick = runsBefore;
        for (qsizetype r = runsBefore; r < runs.size(); ++r) {
            if (runs.at(r).titled) {
                pick = r;
                break;
            }
        }
        return takeRun(runs.at(pick));
    }
    // 5. A name earlier in the clause ("Smith, the mayor of Paris, said"),
    //    the most person-like ("Florian Wirtz, dreifacher Torschütze, meinte").
    if (runsBefore > 0) {
        Runs before;
        before.append(runs.constData(), runsBefore);
        return takeRun(*bestRun(before));
    }

    // 6. A definite description ("sagte der SPD-Politiker", "the Prime
    //    Minister told", "insiste l’élue", "a confié le Slovène") refers back
    //    to someone named before; "un porte-parole" was handled above.
    if (verbThenWord) {
        const int head = describedAt(tokens, afterVerb, true);
        if (head >= 0) {
            cover(tokens.at(afterVerb).start, tokens.at(head).end);
            result.subject = SubjectKind::Pronoun;
            return finish();
        }
    }
    for (int k = cue.first - 1; k >= 0 && k >= cue.first - 5 && joins(tokens.at(k + 1).sep); --k) {
        if (!(tokens.at(k).flags & CueLexicon::Anaphor))
            continue;
        const int head = describedAt(tokens, k, true);
        // A capitalised noun only right before the verb: German capitalises
        // them all ("wies die Kritik zurück und sprach").
        if (head >= 0 && head < cue.first && (tokens.at(head).title || head == cue.first - 1)) {
            cover(tokens.at(k).start, tokens.at(head).end);
            result.subject = SubjectKind::Pronoun;
        }
        break;
    }
    return finish();
}

/// If tokens[article] is a definite article that starts a description of a
/// person, the index of the word that makes it one: a title within four words
/// ("der SPD-Politiker", "the Prime Minister"), or with \a capitalised, a
/// capitalised word right after the article, such as a demonym ("le Slovène",
/// "der Bayer"); else -1.
int Detection::describedAt(const Tokens &tokens, int article, bool capitalised) const
{
    if (!(tokens.at(article).flags & CueLexicon::Anaphor))
        return -1;
    const int count = int(tokens.size());
    for (int k = article + 1; k < count && k <= article + 4 && joins(tokens.at(k).sep); ++k) {
        const Token &t = tokens.at(k);
        if (t.title)
            return k;
        if (capitalised && k == article + 1 && t.capital && !t.allUpper
            && !(t.flags & (CueLexicon::Stopword | CueLexicon::CueWord)))
            return k;
    }
    return -1;
}

Speaker Detection::lastPersonBefore(qsizetype limit, qsizetype from) const
{
    // A known person first, anywhere before.
    Speaker speaker;
    auto it = std::upper_bound(m_persons.cbegin(), m_persons.cend(), limit,
                               [](qsizetype p, const PersonMention &m) { return p < m.start; });
    while (it != m_persons.cbegin()) {
        --it;
        if (it->end <= limit)
            return { m_text.mid(it->start, it->end - it->start), it->start, it->end };
    }
    // Bounds, so that a long text of pronouns and no names stays linear: so
    // far back, and not again over text already searched in vain.
    from = std::max({ from, limit - maxLookBack, m_searchedInVain });
    // Else a name written in this paragraph or the one before: the last
    // that looks most like a person's (a title, a first and last name), as
    // capitalised nouns abound in German and in headlines.
    const Tokens tokens = tokenize(from, limit);
    Runs runs;
    nameRuns(tokens, 0, int(tokens.size()), CueMatch(), runs);
    const Run *best = bestRun(runs);
    if (!best) {
        m_searchedInVain = limit;
        return speaker;
    }
    speaker.start = tokens.at(best->first).start;
    speaker.end = tokens.at(best->last).end;
    speaker.name = m_text.mid(speaker.start, speaker.end - speaker.start);
    return speaker;
}

/// The first person named in [from, to): a known person, or a name that
/// surely is a person's or is the recent speaker's ("Alcaraz will face Daniil
/// Medvedev": Alcaraz, who just spoke).
Speaker Detection::firstPersonIn(qsizetype from, qsizetype to, const Speaker &recent) const
{
    for (auto it =
             std::lower_bound(m_persons.cbegin(), m_persons.cend(), from,
                              [](const PersonMention &m, qsizetype pos) { return m.start < pos; });
         it != m_persons.cend() && it->end <= to; ++it)
        return { m_text.mid(it->start, it->end - it->start), it->start, it->end };
    if (from >= to)
        return {};
    const Tokens tokens = tokenize(from, to);
    Runs runs;
    nameRuns(tokens, 0, int(tokens.size()), CueMatch(), runs);
    for (const Run &run : std::as_const(runs)) {
        const qsizetype s = tokens.at(run.first).start;
        const qsizetype e = tokens.at(run.last).end;
        const QString name = m_text.mid(s, e - s);
        if (recent.start >= 0 && endsWithWord(recent.name, name))
            return recent;
        if (personScore(run) > 0)
            return { name, s, e };
    }
    return {};
}

qsizetype Detection::paragraphStart(qsizetype pos) const
{
    auto it = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), pos,
                               [](qsizetype p, const Paragraph &para) { return p < para.start; });
    return it == m_paragraphs.cbegin() ? 0 : (it - 1)->start;
}

qsizetype Detection::paragraphStartBefore(qsizetype pos) const
{
    // The paragraph holding pos, then the one before it.
    auto it = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), pos,
                               [](qsizetype p, const Paragraph &para) { return p < para.start; });
    if (it == m_paragraphs.cbegin())
        return 0;
    --it;
    if (it != m_paragraphs.cbegin())
        --it;
    return it->start;
}

bool Detection::sameSentence(qsizetype from, qsizetype to) const
{
    for (qsizetype k = from; k < to; ++k) {
        if (m_p[k] == u'\n' || isSentenceEnd(k))
            return false;
    }
    return true;
}

bool Detection::endsSentence(qsizetype q) const
{
    // "… pollueurs ! » Le préfet a promis": the quote ended its sentence and
    // the next one begins.
    const Found &f = m_found.at(q);
    if (!isSentenceEnder(m_p[f.end - 1]))
        return false;
    qsizetype k = f.closing + 1;
    while (k < m_n && (isSpace(m_p[k]) || isMarkChar(m_p[k])))
        ++k;
    return k < m_n && QChar::isUpper(m_p[k]);
}

Speaker Detection::indirectSpeaker(qsizetype from, qsizetype to) const
{
    // "Bob Tardif said he'd lost power. “…,” he said.": the latest sentence
    // with a speech verb and a named subject, reported speech included.
    qsizetype end = to;
    while (end > from) {
        const qsizetype start = clauseStartBefore(end, from);
        if (start < end) {
            const Attribution a = attributeClause(start, end, Clause::Before);
            if (a.subject == SubjectKind::Name)
                return { m_text.mid(a.nameStart, a.nameEnd - a.nameStart), a.nameStart, a.nameEnd };
        }
        end = start - 1;
        while (end > from && (isSpace(m_p[end - 1]) || m_p[end - 1] == u'\n'))
            --end;
    }
    return {};
}

QVector<DetectedQuote> Detection::attribute(const QVector<PersonMention> &persons)
{
    m_persons = persons;
    std::sort(m_persons.begin(), m_persons.end(),
              [](const PersonMention &a, const PersonMention &b) { return a.start < b.start; });
    m_persons.erase(std::remove_if(m_persons.begin(), m_persons.end(),
                                   [&](const PersonMention &m) {
                                       return m.start < 0 || m.end > m_n || m.start >= m.end;
                                   }),
                    m_persons.end());
    std::sort(m_found.begin(), m_found.end(),
              [](const Found &a, const Found &b) { return a.start < b.start; });

    QVector<DetectedQuote> result;
    result.reserve(m_found.size());
    Speaker recent;
    for (qsizetype q = 0; q < m_found.size(); ++q) {
        const Found &f = m_found.at(q);
        DetectedQuote quote;
        quote.start = f.start;
        quote.end = f.end;
        const qsizetype opening = f.introColon >= 0 ? f.introColon : f.opening;
        const qsizetype floor = q > 0 ? m_found.at(q - 1).closing + 1 : 0;

        // The clause after the quote runs to the end of its sentence or the
        // next quote; none if the quote ended its sentence and a new one
        // starts ("… pollueurs ! » Le préfet a promis …").
        const qsizetype afterFrom = f.closing + 1;
        const qsizetype ceiling = q + 1 < m_found.size()
            ? (m_found.at(q + 1).introColon >= 0 ? m_found.at(q + 1).introColon
                                                 : m_found.at(q + 1).opening)
            : m_n;
        Attribution after;
        if (f.introColon < 0 && afterFrom < ceiling && !endsSentence(q))
            after = attributeClause(afterFrom, clauseEndAfter(afterFrom, ceiling), Clause::After);

        // The clause before, from the previous sentence or quote.
        Attribution before;
        qsizetype beforeFrom = opening;
        if (after.subject == SubjectKind::None && opening > floor) {
            beforeFrom = clauseStartBefore(opening, floor);
            before = attributeClause(beforeFrom, opening, Clause::Before);
        }
        Attribution chosen = after;
        if (after.subject == SubjectKind::None
            && (before.subject != SubjectKind::None || !after.hasCue))
            chosen = before;
        if (chosen.hasCue) {
            quote.cueStart = chosen.cueStart;
            quote.cueEnd = chosen.cueEnd;
        }

        if (chosen.subject == SubjectKind::None && q > 0 && !result.last().speaker.isEmpty()
            && !endsSentence(q - 1)) {
            // "X said “A” but insisted “B”", "“A,” said X. “B.”": within a
            // paragraph, B is X's too.
            bool sameParagraph = true;
            for (qsizetype k = floor; k < f.opening && sameParagraph; ++k)
                sameParagraph = m_p[k] != u'\n';
            const bool sentenceGoesOn = beforeFrom == floor && opening > floor;
            const bool followsOn = !after.hasCue && !before.hasCue && before.words == 0;
            if (sameParagraph && (sentenceGoesOn || followsOn)) {
                const DetectedQuote &previous = result.last();
                quote.speaker = previous.speaker;
                quote.speakerStart = previous.speakerStart;
                quote.speakerEnd = previous.speakerEnd;
                result.append(quote);
                continue;
            }
        }
        if (chosen.subject == SubjectKind::None && !chosen.hasCue && f.introColon < 0) {
            // No cue at all: a person named in the sentence ("Le ministre,
            // Marc Fesneau, a appelé au « calme »"), or for a quote that is a
            // sentence of its own, in the sentence before it in the paragraph
            // ("Jérôme Bayle ne décolère pas. « … »").
            if (before.words > 0) {
                chosen = attributeClause(beforeFrom, opening, Clause::Guess);
            } else {
                qsizetype end = beforeFrom;
                while (end > floor && isSpace(m_p[end - 1]))
                    --end;
                if (end > floor && m_p[end - 1] != u'\n')
                    chosen =
                        attributeClause(clauseStartBefore(end - 1, floor), end - 1, Clause::Guess);
            }
            if (chosen.subject != SubjectKind::Name && chosen.subject != SubjectKind::Pronoun)
                chosen = Attribution();
            chosen.hasCue = false;
        }

        if (chosen.subject == SubjectKind::Name) {
            quote.speakerStart = chosen.nameStart;
            quote.speakerEnd = chosen.nameEnd;
            quote.speaker = m_text.mid(chosen.nameStart, chosen.nameEnd - chosen.nameStart);
            recent = { quote.speaker, quote.speakerStart, quote.speakerEnd };
        } else if (chosen.subject == SubjectKind::Pronoun) {
            // The most recent speaker: of a quote, or of reported speech since
            // in this paragraph. The same person named again ("Cook" after
            // "Tim Cook") keeps the fuller name.
            const qsizetype paragraph = paragraphStart(opening);
            const qsizetype since = std::max(floor, paragraph);
            Speaker reported = indirectSpeaker(since, std::min(beforeFrom, opening));
            // A paragraph that introduces someone before quoting them with a
            // pronoun, and quotes no one before ("Passenger Keisha Moore was
            // less forgiving. “…,” she said."): that person.
            if (reported.start < 0 && floor <= paragraph)
                reported = firstPersonIn(paragraph, std::min(beforeFrom, opening), recent);
            if (reported.start >= 0) {
                const bool same = recent.start >= 0
                    && (endsWithWord(recent.name, reported.name)
                        || endsWithWord(reported.name, recent.name));
                if (!same || reported.name.size() > recent.name.size())
                    recent = reported;
            }
            // No one has spoken yet: the last person named before the quote.
            if (recent.start < 0)
                recent = lastPersonBefore(opening, paragraphStartBefore(opening));
            if (recent.start >= 0) {
                quote.speaker = recent.name;
                quote.speakerStart = recent.start;
                quote.speakerEnd = recent.end;
            }
        }
        result.append(quote);
    }

    // "Des normes « absurdes » et des prix « … », selon X": a quote with no
    // cue of its own shares the speaker of the next one in its sentence.
    for (qsizetype q = result.size() - 2; q >= 0; --q) {
        DetectedQuote &quote = result[q];
        const DetectedQuote &next = result.at(q + 1);
        if (quote.speaker.isEmpty() && quote.cueStart < 0 && !next.speaker.isEmpty()
            && m_found.at(q).introColon < 0 && m_found.at(q + 1).introColon < 0
            && sameSentence(m_found.at(q).closing + 1, m_found.at(q + 1).opening)) {
            quote.speaker = next.speaker;
            quote.speakerStart = next.speakerStart;
            quote.speakerEnd = next.speakerEnd;
        }
    }
    return result;
}

} // namespace

QuoteDetector::QuoteDetector()
    : m_lexicon(&CueLexicon::shared())
{
}

QuoteDetector::QuoteDetector(const CueLexicon &lexicon)
    : m_lexicon(&lexicon)
{
}

QVector<DetectedQuote> QuoteDetector::detect(const QString &text,
                                             const QVector<PersonMention> &persons) const
{
    Detection detection(text, *m_lexicon);
    detection.findMarkedQuotes();
    detection.findBlockQuotes();
    return detection.attribute(persons);
}

} // namespace Marginalia
