// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QVector>

namespace Marginalia {

/// The articles a project search found, best first: title, date and a
/// snippet of the text with the hits between U+0002 and U+0003.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        DateRole,
        SnippetRole, ///< plain text, the hit markers removed
        SnippetHtmlRole, ///< escaped HTML, each hit in <b>
    };

    struct Result
    {
        qint64 articleId = 0;
        QString title;
        QString date;
        QString snippet; ///< hits between U+0002 and U+0003
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(QVector<Result> results);
    const Result &result(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The snippet as HTML: the text escaped, the hits in bold, line breaks
    /// as spaces. Markers without a partner are dropped, never passed on.
    static QString snippetHtml(QStringView snippet);
    /// The snippet as plain text, one line.
    static QString snippetText(QStringView snippet);

private:
    QVector<Result> m_results;
};

} // namespace Marginalia
