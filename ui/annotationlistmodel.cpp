// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include <QColor>

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
    endResetModel();
}

void AnnotationListModel::setLabelColors(const QHash<qint64, QString> &colors)
{
    m_labelColors = colors;
    if (!m_annotations.isEmpty())
        emit dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn));
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AnnotationListModel::rowForAnnotation(qint64 annotationId) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == annotationId)
            return row;
    }
    return -1;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Annotation &a = m_annotations.at(index.row());
    if (role == AnnotationIdRole)
        return a.id;
    if (role == Qt::DecorationRole && index.column() == LabelColumn)
        return QColor(m_labelColors.value(a.labelId));
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
        return tr("Entity");
    case NoteColumn:
        return tr("Note");
    }
    return QVariant();
}

} // namespace Marginalia
