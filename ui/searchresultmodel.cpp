// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

namespace Marginalia {

namespace {
constexpr QChar HitStart(0x0002);
constexpr QChar HitEnd(0x0003);

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
        || c == QChar::ParagraphSeparator;
}
} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setResults(QVector<Result> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Result &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return QStringLiteral("<p><b>%1</b> %2</p><p>%3</p>")
            .arg(r.title.toHtmlEscaped(), r.date.toHtmlEscaped(), snippetHtml(r.snippet));
    case ArticleIdRole:
        return r.articleId;
    case DateRole:
        return r.date;
    case SnippetRole:
        return snippetText(r.snippet);
    case SnippetHtmlRole:
        return snippetHtml(r.snippet);
    default:
        return QVariant();
    }
}

QString SearchResultModel::snippetHtml(QStringView snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    bool inHit = false;
    qsizetype from = 0;
    const auto flush = [&](qsizetype to) {
        QString plain = snippet.mid(from, to - from).toString();
        for (QChar &c : plain) {
            if (isLineBreak(c))
                c = QLatin1Char(' ');
        }
        html += plain.toHtmlEscaped();
    };
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        const QChar c = snippet.at(i);
        if (c != HitStart && c != HitEnd)
            continue;
        flush(i);
        from = i + 1;
        if (c == HitStart && !inHit) {
            html += QLatin1String("<b>");
            inHit = true;
        } else if (c == HitEnd && inHit) {
            html += QLatin1String("</b>");
            inHit = false;
        }
    }
    flush(snippet.size());
    if (inHit)
        html += QLatin1String("</b>");
    return html;
}

QString SearchResultModel::snippetText(QStringView snippet)
{
    QString text;
    text.reserve(snippet.size());
    for (const QChar c : snippet) {
        if (c == HitStart || c == HitEnd)
            continue;
        text += isLineBreak(c) ? QLatin1Char(' ') : c;
    }
    return text;
}

} // namespace Marginalia
