// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfinder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Marginalia {

class ArticleView;

/// Find in article: a bar under the article view. Matches show as the
/// typing goes, all highlighted, the current one selected in the text (so a
/// label's hotkey tags it once the text has the focus); case and accents are
/// ignored unless asked. Enter / Shift+Enter go to the next / previous
/// match, Esc closes the bar and leaves the current match selected.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);

    /// Shows the bar with the cursor in its box, the text selected, and
    /// finds that text again in the article on screen.
    void open();
    /// Hides the bar, takes the highlights away and gives the text the focus.
    void dismiss();
    /// Finds the box's text again, e.g. in a newly shown article, from the
    /// current selection on.
    void findAgain();
    /// Goes to the next (\a step 1) or previous (-1) match of the box's
    /// text, showing the bar again (without taking the focus) if it was
    /// closed; false if the box is empty.
    bool step(int step);

    QString findText() const;
    /// "3 of 12", "No match", or empty with nothing to find.
    QString countText() const;

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Finds the box's text in the article; with \a select, selects the
    /// first match from the selection's start on.
    void refind(bool select);
    void showCount(int current, int count);

    ArticleView *m_view;
    TextFinder m_finder;
    QLineEdit *m_text;
    QToolButton *m_matchCase;
    QToolButton *m_matchAccents;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    bool m_finderHasText = false; ///< m_finder reads the article on screen
};

} // namespace Marginalia
