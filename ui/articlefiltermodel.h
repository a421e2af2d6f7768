// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Marginalia {

class ArticleListModel;

/// The article list as shown: filtered by a text found in the title, with
/// case and accents ignored by the project's one normalisation
/// (TextNormalizer), so "elysee" finds "Élysée"; sorted by SortRole.
class ArticleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArticleFilterModel(ArticleListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    bool isFiltered() const { return !m_needle.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ArticleListModel *m_articles;
    QString m_text;
    QString m_needle; ///< m_text normalised
};

} // namespace Marginalia
