// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "label.h"

#include <QWidget>

class QListView;
class QStandardItemModel;

namespace Marginalia {

/// The labels with their colours and hotkeys, as a list: clicking one does
/// what pressing its hotkey does. One view for all of them, not a button
/// each, so a codebook of 10,000 labels opens as fast as one of four.
class LabelPalette : public QWidget
{
    Q_OBJECT
public:
    explicit LabelPalette(QWidget *parent = nullptr);

    void setLabels(const QVector<Label> &labels);
    /// The list, for tests and for the window's keyboard shortcuts.
    QListView *view() const { return m_view; }

    /// A rounded square of \a color, as every list of labels shows it,
    /// painted only when shown.
    static QIcon swatch(const QColor &color);

signals:
    void labelActivated(qint64 labelId);

private:
    QListView *m_view;
    QStandardItemModel *m_model;
};

} // namespace Marginalia
