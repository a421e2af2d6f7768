// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Marginalia {

class ProjectSession;

/// Edits one entity: name, label, aliases (one per line), external id
/// (a Wikidata QID such as Q7747, or any other scheme). OK checks the entity
/// against the project first and, when it is refused, says why and stays open.
class EntityDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a entity with id 0 is a new one.
    EntityDialog(ProjectSession *session, const Entity &entity, QWidget *parent = nullptr);

    /// The entity as edited: names trimmed, aliases without blanks, repeats
    /// or the name itself, a Wikidata link reduced to its QID.
    Entity entity() const;

    void accept() override;

    /// The QID of a Wikidata link or of a QID typed in lower case; other
    /// text trimmed and otherwise as typed.
    static QString normalizedExternalId(const QString &text);
    /// A gentle warning when an external id does not look like a QID (Q and
    /// digits); empty when it does, or when there is none.
    static QString externalIdHint(const QString &externalId);

private:
    void updateState();

    ProjectSession *m_session;
    Entity m_entity;
    QLineEdit *m_name;
    QComboBox *m_label;
    QPlainTextEdit *m_aliases;
    QLineEdit *m_externalId;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Marginalia
