// SPDX-License-Identifier: GPL-3.0-or-later
#include "cuelexicon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtDebug>

#include <algorithm>

namespace Marginalia {

namespace {

struct Section
{
    QStringView name;
    quint32 flag;
};

constexpr Section sections[] = {
    { u"cues", CueLexicon::CueWord },
    { u"auxiliaries", CueLexicon::Auxiliary },
    { u"particles", CueLexicon::Particle },
    { u"pronouns", CueLexicon::Pronoun },
    { u"group-pronouns", CueLexicon::GroupPronoun },
    { u"inverted-pronouns", CueLexicon::InvertedPronoun },
    { u"titles", CueLexicon::Title },
    { u"stopwords", CueLexicon::Stopword },
    { u"complements", CueLexicon::Complement },
    { u"name-particles", CueLexicon::NameParticle },
    { u"abbreviations", CueLexicon::Abbreviation },
    { u"anaphors", CueLexicon::Anaphor },
    { u"indefinites", CueLexicon::Indefinite },
};

/// The line without its comment: "#" at the start or after a space.
QStringView withoutComment(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'#' && (i == 0 || line[i - 1].isSpace()))
            return line.first(i);
    }
    return line;
}

} // namespace

bool CueLexicon::isWordCharacter(char32_t c)
{
    // Letters, digits and combining marks: "é" written as e + U+0301 stays one word.
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

QStringList CueLexicon::words(QStringView text)
{
    QStringList result;
    qsizetype start = -1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i <= size) {
        char32_t c = 0;
        qsizetype width = 1;
        if (i < size) {
            c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                width = 2;
            }
        }
        const bool inWord = i < size && isWordCharacter(c);
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            QString word;
            lowerInto(text.sliced(start, i - start), word);
            result.append(word);
            start = -1;
        }
        i += width;
    }
    return result;
}

void CueLexicon::lowerInto(QStringView word, QString &out)
{
    out.resize(word.size());
    QChar *d = out.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isHighSurrogate() && i + 1 < word.size() && word[i + 1].isLowSurrogate()) {
            const char32_t lower = QChar::toLower(QChar::surrogateToUcs4(c, word[i + 1]));
            d[i] = QChar::highSurrogate(lower);
            d[i + 1] = QChar::lowSurrogate(lower);
            ++i;
        } else {
            d[i] = c.toLower();
        }
    }
}

QStringList CueLexicon::parse(QStringView source)
{
    QStringList problems;
    quint32 flag = 0;
    qsizetype lineNumber = 0;
    for (const QStringView rawLine : source.split(u'\n')) {
        ++lineNumber;
        const QStringView line = withoutComment(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QStringView name = line.sliced(1, line.size() - 2).trimmed();
            const auto known = std::find_if(std::begin(sections), std::end(sections),
                                            [&](const Section &s) { return s.name == name; });
            if (known == std::end(sections)) {
                problems.append(QStringLiteral("line %1: unknown section [%2]")
                                    .arg(lineNumber)
                                    .arg(name.toString()));
                flag = 0;
            } else {
                flag = known->flag;
            }
            continue;
        }
        if (flag == 0) {
            problems.append(
                QStringLiteral("line %1: entry outside a known section").arg(lineNumber));
            continue;
        }
        if (flag == Title && line.startsWith(u'*')) {
            const QString suffix = line.sliced(1).toString().toLower();
            if (!suffix.isEmpty() && !m_titleSuffixes.contains(suffix))
                m_titleSuffixes.append(suffix);
            continue;
        }
        const QStringList entry = words(line);
        if (entry.isEmpty())
            continue;
        if (flag == CueWord) {
            QVector<QStringList> &list = m_cues[entry.first()];
            if (!list.contains(entry)) {
                list.append(entry);
                // Longest first, so "according to" wins over a shorter cue.
                std::stable_sort(
                    list.begin(), list.end(),
                    [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
                ++m_cueCount;
            }
        }
        for (const QString &word : entry)
            m_flags[word] |= flag;
    }
    return problems;
}

bool CueLexicon::hasTitleSuffix(QStringView lowerWord) const
{
    return std::any_of(m_titleSuffixes.cbegin(), m_titleSuffixes.cend(),
                       [&](const QString &s) { return lowerWord.endsWith(s); });
}

const QVector<QStringList> *CueLexicon::cuesStartingWith(const QString &lowerWord) const
{
    const auto it = m_cues.constFind(lowerWord);
    return it == m_cues.cend() ? nullptr : &it.value();
}

const CueLexicon &CueLexicon::shared()
{
    // A function-local static is built once, and C++11 makes that thread-safe.
    static const CueLexicon lexicon = [] {
        CueLexicon result;
        const QDir dir(QStringLiteral(":/cues"));
        const QStringList files =
            dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qWarning("quote cues: cannot read %s", qPrintable(file.fileName()));
                continue;
            }
            const QString source = QString::fromUtf8(file.readAll());
            const QStringList problems = result.parse(source);
            for (const QString &problem : problems)
                qWarning("quote cues: %s: %s", qPrintable(name), qPrintable(problem));
            result.m_languages.append(QFileInfo(name).completeBaseName());
        }
        if (result.m_languages.isEmpty())
            qWarning("quote cues: no lexicon under :/cues; quotes get no speakers");
        return result;
    }();
    return lexicon;
}

} // namespace Marginalia
