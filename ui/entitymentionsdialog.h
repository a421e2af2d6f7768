// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Marginalia {

class ProjectSession;

/// An entity's mentions across the project, one row each: the article's
/// title and the mention in its context. Activating a row asks the window to
/// open that article with the mention selected. Follows the session's edits.
class EntityMentionsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ArticleColumn, BeforeColumn, MentionColumn, AfterColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, AnnotationIdRole };
    /// Past this many, the rest are counted but not listed: each row reads
    /// its article's text.
    static constexpr int MaxRows = 2000;

    EntityMentionsDialog(ProjectSession *session, qint64 entityId, QWidget *parent = nullptr);

    qint64 entityId() const { return m_entityId; }
    QTableWidget *table() const { return m_table; }
    void reload();

signals:
    void mentionActivated(qint64 articleId, qint64 annotationId);

private:
    ProjectSession *m_session;
    qint64 m_entityId;
    QLabel *m_heading;
    QTableWidget *m_table;
};

} // namespace Marginalia
