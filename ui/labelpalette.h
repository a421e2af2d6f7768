// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "label.h"

#include <QWidget>

class QVBoxLayout;

namespace Marginalia {

/// The labels with their colours and hotkeys, as buttons: clicking one does
/// what pressing its hotkey does.
class LabelPalette : public QWidget
{
    Q_OBJECT
public:
    explicit LabelPalette(QWidget *parent = nullptr);

    void setLabels(const QVector<Label> &labels);

    static QIcon swatch(const QColor &color);

signals:
    void labelActivated(qint64 labelId);

private:
    QVBoxLayout *m_layout;
};

} // namespace Marginalia
