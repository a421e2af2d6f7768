// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlefilter.h"
#include "label.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Marginalia {

/// The article list's worklist filters beside the title filter: status, a
/// date range, source, a label's mentions (or quotes) present or absent, and
/// an annotator. Every control answers the keyboard; a change is applied at
/// once. It builds an ArticleFilter; the list applies it.
class ArticleFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleFilterBar(QWidget *parent = nullptr);

    /// The filter the controls say, with \a title as its title part.
    ArticleFilter filter(const QString &title) const;
    /// The controls set to \a filter's parts (labels and annotators not
    /// offered fall back to any).
    void setFilter(const ArticleFilter &filter);
    void setLabels(const QVector<Label> &labels);
    void setAnnotators(const QStringList &annotators);
    /// "120 of 4,000 articles" under the controls.
    void setCount(int shown, int total, bool filtered);
    /// All parts back to "any".
    void clear();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();
    /// Clear Filters: the title filter too, which the window holds.
    void clearAll();

private:
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_source;
    QComboBox *m_label;
    QComboBox *m_annotator;
    QPushButton *m_clear;
    QLabel *m_count;
    bool m_quiet = false; ///< controls being set, not changed by the analyst
};

} // namespace Marginalia
