// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "articleview.h"
#include "codepointindex.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Marginalia {

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_text(new QLineEdit(this))
    , m_matchCase(new QToolButton(this))
    , m_matchAccents(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_text->setObjectName(QStringLiteral("findText"));
    m_text->setPlaceholderText(tr("Find in article"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_matchCase->setText(tr("Aa"));
    m_matchCase->setToolTip(tr("Match case"));
    m_matchCase->setCheckable(true);
    m_matchAccents->setObjectName(QStringLiteral("findMatchAccents"));
    m_matchAccents->setText(tr("é≠e"));
    m_matchAccents->setToolTip(tr("Match accents"));
    m_matchAccents->setCheckable(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 of %2").arg(9999).arg(9999)));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("×"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_matchAccents);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(closeButton);

    // Typing more letters keeps the match where it is, if it still matches.
    connect(m_text, &QLineEdit::textChanged, this, [this] { refind(true); });
    connect(m_matchCase, &QToolButton::toggled, this, &FindBar::findAgain);
    connect(m_matchAccents, &QToolButton::toggled, this, &FindBar::findAgain);
    connect(m_previous, &QToolButton::clicked, this, [this] { m_view->stepFound(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_view->stepFound(1); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_view, &ArticleView::foundChanged, this, &FindBar::showCount);
    // A new article: the finder reads it again.
    connect(m_view, &QPlainTextEdit::textChanged, this, [this] { m_finderHasText = false; });
    hide();
}

QString FindBar::findText() const
{
    return m_text->text();
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::open()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
    findAgain();
}

void FindBar::dismiss()
{
    const bool wasVisible = isVisible();
    hide();
    if (wasVisible)
        m_view->setFoundSpans({});
    m_view->setFocus();
    emit closed();
}

void FindBar::findAgain()
{
    if (isVisible())
        refind(true);
}

bool FindBar::step(int step)
{
    if (m_text->text().isEmpty())
        return false;
    if (!isVisible()) {
        show();
        refind(false);
    }
    return m_view->stepFound(step);
}

void FindBar::refind(bool select)
{
    const QString &article = m_view->text();
    if (!m_finderHasText) {
        m_finder.setText(article);
        m_finderHasText = true;
    }
    const QVector<TextFinder::Span> found =
        m_finder.find(m_text->text(), { m_matchCase->isChecked(), m_matchAccents->isChecked() });
    QVector<ArticleView::Span> spans;
    spans.reserve(found.size());
    const CodePointIndex index(article);
    for (const TextFinder::Span &span : found)
        spans.append({ index.toCodePoint(span.first), index.toCodePoint(span.second) });
    m_view->setFoundSpans(spans);
    if (spans.isEmpty() || !select)
        return;
    const qint64 fromCodePoint = m_view->selectedRange().first;
    const auto at = std::lower_bound(
        spans.cbegin(), spans.cend(), fromCodePoint,
        [](const ArticleView::Span &span, qint64 from) { return span.first < from; });
    m_view->selectFound(at == spans.cend() ? 0 : int(at - spans.cbegin()));
}

void FindBar::showCount(int current, int count)
{
    if (m_text->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No match"));
    else if (current < 0)
        m_count->setText(tr("%n match(es)", nullptr, count));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Esc and Enter belong to the bar while its box has the focus, not
        // to the window's shortcuts.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_view->stepFound(key->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Marginalia
