// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectreadthread.h"
#include "suggestionindex.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Marginalia {

class ProjectDatabase;

/// Keeps an open project's SuggestionIndex for the window. The index reads
/// every entity and every linked mention, which takes seconds in a large
/// project, so it is read on a thread from a connection of its own and the
/// window shows no suggestions until it is there. An index that last took
/// under FastReadMs to read is read again at once instead, on the window's
/// connection, so small projects never show a gap after an entity change.
class SuggestionIndexLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 FastReadMs = 20;

    SuggestionIndexLoader(ProjectDatabase &database, TextNormalizer::Options options,
                          QObject *parent = nullptr);
    /// Waits for a read under way (its connection closes first).
    ~SuggestionIndexLoader() override;

    /// The index, or null while it is being read; asking starts the read.
    const SuggestionIndex *index();
    /// The index if it is there, without starting a read.
    const SuggestionIndex *current() const { return m_index.get(); }
    /// Entities, their wordings or the matching options changed: the index
    /// is dropped, and a read under way is read again when it ends.
    void invalidate();
    void setOptions(TextNormalizer::Options options);
    /// A read is under way on the thread.
    bool isReading() const { return m_read.isRunning(); }
    /// Milliseconds the last read took, or -1 before the first.
    qint64 lastReadMs() const { return m_lastReadMs; }

signals:
    /// The index asked for is there; index() returns it now.
    void ready();

private:
    void readHere();
    void finishRead(std::shared_ptr<const SuggestionIndex> index, qint64 generation, qint64 ms,
                    const QString &error);

    ProjectDatabase &m_database;
    TextNormalizer::Options m_options;
    std::shared_ptr<const SuggestionIndex> m_index;
    qint64 m_generation = 0; ///< counts invalidations, so a stale read is dropped
    qint64 m_lastReadMs = -1;
    ProjectReadThread<const SuggestionIndex> m_read; ///< last: destroyed first
};

} // namespace Marginalia
