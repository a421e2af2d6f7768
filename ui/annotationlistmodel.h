// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "codepointindex.h"
#include "labelpalette.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QVector>

#include <memory>

namespace Marginalia {

/// The annotations and quotes of the article on screen, together in text
/// order (by start, then end; a mention before a quote that starts with
/// it): label, text, entity (for a quote, its speaker), note.
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, TextColumn, EntityColumn, NoteColumn, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, ///< the annotation's or the quote's id
        IsQuoteRole, ///< true on quote rows
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    /// \a text must stay alive while the model shows its annotations.
    void setArticle(const QString *text, const QVector<Annotation> &annotations);
    void setLabelColors(const QHash<qint64, QString> &colors);
    /// The article's quotes with the speaker name shown for each.
    void setQuotes(const QVector<Quote> &quotes, const QStringList &speakers);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowForAnnotation(qint64 annotationId) const;
    int rowForQuote(qint64 quoteId) const;

private:
    QVariant annotationData(const Annotation &a, const QModelIndex &index, int role) const;
    QVariant quoteData(qsizetype quote, const QModelIndex &index, int role) const;
    /// Puts the rows in text order (m_rows) after either list changed.
    void orderRows();

    const QString *m_text = nullptr;
    const QChar *m_textData = nullptr;
    qsizetype m_textSize = 0;
    std::unique_ptr<CodePointIndex> m_index;
    QVector<Annotation> m_annotations;
    QVector<Quote> m_quotes;
    QStringList m_speakers;
    /// Row by row: an index into m_annotations, or ~index into m_quotes.
    QVector<qsizetype> m_rows;
    QHash<qint64, QIcon> m_labelIcons;
    /// The view's quote ink for the palette of the moment: a deep blue on a
    /// light theme was nearly black on a dark one.
    QIcon quoteIcon() const;
    mutable QIcon m_quoteIcon;
    mutable QColor m_quoteIconInk;
};

} // namespace Marginalia
