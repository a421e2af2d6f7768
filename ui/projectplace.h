// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlefilter.h"

#include <QString>
#include <Qt>

namespace Marginalia {

/// Where the analyst was in a project when it closed: the article shown,
/// the list's sort, its title filter and worklist filters, so that reopening it (at the next
/// start, or from Open Recent) goes on from there (issue 12, defect 7). Kept
/// in the user's settings by the project's absolute path, for the
/// RememberedProjects most recently closed, not in the project: two
/// analysts sharing a file each have their own place.
struct ProjectPlace
{
    static constexpr int RememberedProjects = 50;

    qint64 articleId = 0;
    int sortColumn = -1; ///< -1: the list's order, as imported
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString filter;
    ArticleFilter worklist; ///< the filter bar's parts; its title is unused

    /// The place kept for \a projectPath, or a default one.
    static ProjectPlace load(const QString &projectPath);
    void save(const QString &projectPath) const;
};

} // namespace Marginalia
