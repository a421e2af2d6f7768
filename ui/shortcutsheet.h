// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Marginalia {

/// Help ▸ Keyboard Shortcuts (F1): every action of the window's menus that
/// has keys, by menu, read from the actions when it opens, so it can never
/// disagree with them. A filter narrows it by action or key.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    ShortcutSheet(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void fill(const QMenuBar *menus);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Marginalia
