// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionindexloader.h"

#include "projectdatabase.h"

#include <QElapsedTimer>

namespace Marginalia {

SuggestionIndexLoader::SuggestionIndexLoader(ProjectDatabase &database,
                                             TextNormalizer::Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_read(this)
{
}

SuggestionIndexLoader::~SuggestionIndexLoader() = default;

const SuggestionIndex *SuggestionIndexLoader::index()
{
    if (m_index || m_read.isRunning())
        return m_index.get();
    if (m_lastReadMs >= 0 && m_lastReadMs < FastReadMs) {
        readHere();
        return m_index.get();
    }
    const qint64 generation = m_generation;
    m_read.start(
        m_database.path(),
        [options = m_options](ProjectDatabase &database) {
            return std::shared_ptr<const SuggestionIndex>(SuggestionIndex::read(database, options));
        },
        [this, generation](std::shared_ptr<const SuggestionIndex> index, qint64 ms,
                           const QString &error) { finishRead(index, generation, ms, error); },
        QStringLiteral("suggestion index"));
    return nullptr;
}

void SuggestionIndexLoader::readHere()
{
    QElapsedTimer timer;
    timer.start();
    m_index = SuggestionIndex::read(m_database, m_options);
    m_lastReadMs = timer.elapsed();
}

void SuggestionIndexLoader::invalidate()
{
    ++m_generation;
    m_index.reset();
}

void SuggestionIndexLoader::setOptions(TextNormalizer::Options options)
{
    m_options = options;
    invalidate();
}

void SuggestionIndexLoader::finishRead(std::shared_ptr<const SuggestionIndex> index,
                                       qint64 generation, qint64 ms, const QString &error)
{
    if (generation != m_generation) {
        // Entities changed while it was read: what it holds may name one
        // that is gone. Read again.
        if (this->index())
            emit ready();
        return;
    }
    if (index) {
        m_lastReadMs = ms;
        m_index = std::move(index);
    } else {
        // A second connection was refused (say, the file is held read-only
        // on a full disk): read on the window's own, slow as that may be.
        qWarning("suggestions are read on the window's connection: %s", qPrintable(error));
        readHere();
    }
    emit ready();
}

} // namespace Marginalia
