// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace Marginalia {

class EntityFilterModel;
class EntityListModel;

/// Merges two entities into one, saying plainly which one is kept and what
/// happens to the other. With one entity given, the other is picked from a
/// filtered list of the project's entities.
class EntityMergeDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a otherId 0: the user picks the other one.
    EntityMergeDialog(EntityListModel *entities, qint64 firstId, qint64 otherId,
                      QWidget *parent = nullptr);

    qint64 keptId() const;
    qint64 goneId() const;
    /// Picks the other entity, as a click in the list would.
    void pickOther(qint64 entityId);
    /// Keeps the first entity (true) or the other one.
    void keepFirst(bool first);

private:
    void updateState();
    QString describe(qint64 entityId) const;

    EntityListModel *m_entities;
    qint64 m_first;
    qint64 m_other;
    EntityFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_list = nullptr;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepOther;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_merge;
};

} // namespace Marginalia
