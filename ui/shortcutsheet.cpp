// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsheet.h"

#include "textnormalizer.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

QString plain(QString text)
{
    // "&Tag All…" as the eye reads it; "&&" is a real ampersand.
    text.replace(QLatin1String("&&"), QString(QChar(0xE000)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0xE000), QLatin1Char('&'));
    return text;
}

QString keysOf(const QAction *action)
{
    // Backtab is how some platforms deliver Shift+Tab, not a key anyone
    // presses: the action answers it, the sheet does not list it.
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (key.count() == 1 && key[0].key() == Qt::Key_Backtab)
            continue;
        keys.append(key.toString(QKeySequence::NativeText));
    }
    // Not a comma: Ctrl+, is a key.
    return keys.join(QStringLiteral("  ·  "));
}

/// The actions with keys in \a menu and its submenus, as rows under \a parent.
void addShortcutRows(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addShortcutRows(parent, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        auto *row = new QTreeWidgetItem(parent, { plain(action->text()), keysOf(action) });
        row->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutSheet::ShortcutSheet(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutSheet::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    fill(menus);
    // Wide enough that no action or key is cut short.
    m_tree->resizeColumnToContents(1);
    const int columns = m_tree->header()->sectionSize(0) + m_tree->header()->sectionSize(1);
    const QFontMetrics metrics = fontMetrics();
    resize(qMax(metrics.averageCharWidth() * 60, columns + metrics.averageCharWidth() * 8),
           metrics.lineSpacing() * 36);
    m_filter->setFocus();
}

void ShortcutSheet::fill(const QMenuBar *menus)
{
    for (const QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_tree, { plain(top->text()) });
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addShortcutRows(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    m_tree->expandAll();
}

void ShortcutSheet::applyFilter(const QString &text)
{
    // As every filter here: case and accents ignored.
    const QString wanted = TextNormalizer::normalize(text.simplified());
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const bool match = wanted.isEmpty()
                || TextNormalizer::normalize(row->text(0)).contains(wanted)
                || TextNormalizer::normalize(row->text(1)).contains(wanted);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace Marginalia
