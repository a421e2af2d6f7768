// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "viewcolours.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Marginalia {

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationListModel::setArticle(const QString *text, const QVector<Annotation> &annotations)
{
    beginResetModel();
    // The same text again (after an edit): its index still holds. The data
    // pointer tells, since a new article's text is a new string.
    const QChar *data = text ? text->constData() : nullptr;
    if (!text || !m_index || data != m_textData || text->size() != m_textSize)
        m_index = text ? std::make_unique<CodePointIndex>(*text) : nullptr;
    m_text = text;
    m_textData = data;
    m_textSize = text ? text->size() : 0;
    m_annotations = annotations;
    if (!text)
        m_quotes.clear();
    orderRows();
    endResetModel();
}

void AnnotationListModel::setLabelColors(const QHash<qint64, QString> &colors)
{
    // One icon per label, made here: a colour as decoration made the
    // delegate paint a new pixmap for every cell shown, each kept in Qt's
    // pixmap cache until it was full (10 MB of the heap after browsing).
    m_labelIcons.clear();
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        m_labelIcons.insert(it.key(), LabelPalette::swatch(QColor(it.value())));
    if (!m_annotations.isEmpty())
        emit dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn));
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void AnnotationListModel::setQuotes(const QVector<Quote> &quotes, const QStringList &speakers)
{
    beginResetModel();
    m_quotes = quotes;
    m_speakers = speakers;
    orderRows();
    endResetModel();
}

void AnnotationListModel::orderRows()
{
    m_rows.resize(m_annotations.size() + m_quotes.size());
    std::iota(m_rows.begin(), m_rows.begin() + m_annotations.size(), qsizetype(0));
    for (qsizetype i = 0; i < m_quotes.size(); ++i)
        m_rows[m_annotations.size() + i] = ~i;
    const auto span = [this](qsizetype row) {
        return row >= 0 ? std::make_tuple(m_annotations.at(row).start, m_annotations.at(row).end, 0)
                        : std::make_tuple(m_quotes.at(~row).start, m_quotes.at(~row).end, 1);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&span](qsizetype a, qsizetype b) { return span(a) < span(b); });
}

int AnnotationListModel::rowForQuote(qint64 quoteId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const qsizetype at = m_rows.at(row);
        if (at < 0 && m_quotes.at(~at).id == quoteId)
            return row;
    }
    return -1;
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AnnotationListModel::rowForAnnotation(qint64 annotationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const qsizetype at = m_rows.at(row);
        if (at >= 0 && m_annotations.at(at).id == annotationId)
            return row;
    }
    return -1;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const qsizetype at = m_rows.at(index.row());
    return at >= 0 ? annotationData(m_annotations.at(at), index, role)
                   : quoteData(~at, index, role);
}

QVariant AnnotationListModel::annotationData(const Annotation &a, const QModelIndex &index,
                                             int role) const
{
    if (role == IsQuoteRole)
        return false;
    if (role == AnnotationIdRole)
        return a.id;
    if (role == Qt::DecorationRole && index.column() == LabelColumn)
        return m_labelIcons.value(a.labelId);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case LabelColumn:
        return a.labelName;
    case TextColumn: {
        if (!m_text || !m_index || a.end > m_index->codePointCount())
            return QVariant();
        const qsizetype from = m_index->toUtf16(a.start);
        return m_text->mid(from, m_index->toUtf16(a.end) - from);
    }
    case EntityColumn:
        return a.entityName;
    case NoteColumn:
        return role == Qt::DisplayRole ? a.note.simplified() : a.note;
    }
    return QVariant();
}

QVariant AnnotationListModel::quoteData(qsizetype row, const QModelIndex &index, int role) const
{
    const Quote &q = m_quotes.at(row);
    if (role == AnnotationIdRole)
        return q.id;
    if (role == IsQuoteRole)
        return true;
    if (role == Qt::DecorationRole && index.column() == LabelColumn)
        return quoteIcon();
    if (role == Qt::FontRole && index.column() == TextColumn) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case LabelColumn:
        return tr("Quote");
    case TextColumn: {
        if (!m_text || !m_index || q.end > m_index->codePointCount())
            return QVariant();
        const qsizetype from = m_index->toUtf16(q.start);
        const QString text = m_text->mid(from, m_index->toUtf16(q.end) - from);
        return role == Qt::DisplayRole ? text.simplified() : text;
    }
    case EntityColumn:
        return m_speakers.value(row);
    case NoteColumn:
        return role == Qt::DisplayRole ? q.note.simplified() : q.note;
    }
    return QVariant();
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TextColumn:
        return tr("Text");
    case EntityColumn:
        return tr("Entity / Speaker");
    case NoteColumn:
        return tr("Note");
    }
    return QVariant();
}

QIcon AnnotationListModel::quoteIcon() const
{
    const QColor ink = ViewColours::quoteInk(QGuiApplication::palette());
    if (ink != m_quoteIconInk) {
        m_quoteIconInk = ink;
        m_quoteIcon = LabelPalette::swatch(ink);
    }
    return m_quoteIcon;
}

} // namespace Marginalia
