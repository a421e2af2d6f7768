// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Marginalia {

class EntityListModel;
class ProjectSession;

/// Links a mention to an entity. The field starts with the mention's text
/// (with the entity's name when it is linked already); below it, the
/// entities whose names or aliases match what is typed, with the entity an
/// alias belongs to, matched as EntityListModel::matchKey folds them. A
/// line under the list says what OK will do: link to the entity picked,
/// make a new one named as typed, or unlink.
class EntityLinkDialog : public QDialog
{
    Q_OBJECT
public:
    /// Listed at most: the closest matches.
    static constexpr int MaxCandidates = 50;

    EntityLinkDialog(ProjectSession *session, EntityListModel *entities, const Annotation &mention,
                     const QString &mentionText, QWidget *parent = nullptr);
    ~EntityLinkDialog() override;

    /// The entity to link to; 0 when a new one is made or the link removed.
    qint64 chosenEntity() const;
    /// The name of the entity to make; empty unless one is made.
    QString newEntityName() const;
    /// What OK will do, in words.
    QString outcome() const;

    QLineEdit *nameField() const { return m_name; }
    QListWidget *candidates() const { return m_list; }

public slots:
    /// Waits while the entities are still being read (a large project
    /// whose entities panel was never shown): OK then would make a new
    /// entity for a name that exists.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCandidates();
    void updateOutcome();

    ProjectSession *m_session;
    EntityListModel *m_entities;
    Annotation m_mention;
    QLineEdit *m_name;
    QListWidget *m_list;
    QLabel *m_outcome;
};

} // namespace Marginalia
