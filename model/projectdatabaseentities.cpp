// SPDX-License-Identifier: GPL-3.0-or-later
// Entities across the project (schema version 3): names, aliases, merges,
// the states undo puts back, and the suggestions the analyst turned down.
#include "messagetext.h"
#include "projectdatabase.h"
#include "projectdatabasetransaction.h"
#include "sqlstatement.h"
#include "timestamps.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace Marginalia {

QHash<qint64, QStringList> ProjectDatabase::aliasesByEntity()
{
    QHash<qint64, QStringList> aliases;
    SqlStatement q = statement("SELECT entity_id, alias FROM entity_aliases ORDER BY id");
    while (q.next())
        aliases[q.int64(0)].append(q.text(1));
    return aliases;
}

QVector<EntitySummary> ProjectDatabase::entitySummaries()
{
    const QHash<qint64, QStringList> aliases = aliasesByEntity();
    QVector<EntitySummary> result;
    SqlStatement q = statement(
        "SELECT e.id, e.name, e.label_id, e.external_id, l.name, "
        "coalesce(c.mentions, 0), coalesce(c.articles, 0) FROM entities e "
        "JOIN labels l ON l.id = e.label_id LEFT JOIN entity_counts c ON c.entity_id = e.id "
        "ORDER BY e.id");
    while (q.next()) {
        EntitySummary summary;
        summary.entity = { q.int64(0), q.text(1), q.int64(2), aliases.value(q.int64(0)),
                           q.text(3) };
        summary.labelName = q.text(4);
        summary.mentions = q.int64(5);
        summary.articles = q.int64(6);
        result.append(summary);
    }
    return result;
}

QVector<Entity> ProjectDatabase::entities()
{
    const QHash<qint64, QStringList> aliases = aliasesByEntity();
    QVector<Entity> result;
    SqlStatement q = statement("SELECT id, name, label_id, external_id FROM entities ORDER BY id");
    while (q.next())
        result.append({ q.int64(0), q.text(1), q.int64(2), aliases.value(q.int64(0)), q.text(3) });
    return result;
}

std::optional<Entity> ProjectDatabase::entity(qint64 id)
{
    SqlStatement q =
        statement("SELECT id, name, label_id, external_id FROM entities WHERE id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Entity entity { q.int64(0), q.text(1), q.int64(2), {}, q.text(3) };
    SqlStatement aliases =
        statement("SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY id");
    aliases.bind(1, id);
    while (aliases.next())
        entity.aliases.append(aliases.text(0));
    return entity;
}

QString ProjectDatabase::entityWriteError(const QString &name, qint64 labelId)
{
    SqlStatement q = statement("SELECT name FROM labels WHERE id = ?1");
    q.bind(1, labelId);
    if (!q.next())
        return tr("no label with id %1").arg(labelId);
    const QString label = q.text(0);
    SqlStatement clash = statement("SELECT 1 FROM entities WHERE name = ?1 AND label_id = ?2");
    clash.bind(1, name).bind(2, labelId);
    if (clash.next())
        return tr("there is already a %1 entity named \"%2\"; merge the two instead")
            .arg(label, MessageText::value(name));
    return sqliteError();
}

bool ProjectDatabase::writeAliases(qint64 entityId, const QStringList &aliases, QString *error)
{
    SqlStatement clear = statement("DELETE FROM entity_aliases WHERE entity_id = ?1");
    clear.bind(1, entityId);
    if (!run(clear, error))
        return false;
    QStringList written;
    for (const QString &alias : aliases) {
        const QString trimmed = alias.trimmed();
        if (trimmed.isEmpty() || written.contains(trimmed))
            continue;
        SqlStatement insert =
            statement("INSERT INTO entity_aliases (entity_id, alias) VALUES (?1, ?2)");
        insert.bind(1, entityId).bind(2, trimmed);
        if (!run(insert, error))
            return false;
        written.append(trimmed);
    }
    return true;
}

std::optional<qint64> ProjectDatabase::insertEntityRow(const Entity &entity, QString *error)
{
    const QString name = entity.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("an entity needs a name");
        return std::nullopt;
    }
    SqlStatement insert =
        statement("INSERT INTO entities (id, name, label_id, external_id) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(2, name).bind(3, entity.labelId).bind(4, entity.externalId.trimmed());
    insert.bindId(1, entity.id); // NULL: SQLite assigns one
    if (!insert.exec()) {
        if (error)
            *error = entityWriteError(name, entity.labelId);
        return std::nullopt;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    if (!writeAliases(id, entity.aliases, error))
        return std::nullopt;
    return id;
}

std::optional<Entity> ProjectDatabase::addEntity(const Entity &entity, QString *error)
{
    Entity fresh = entity;
    fresh.id = 0;
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return std::nullopt;
    const std::optional<qint64> id = insertEntityRow(fresh, error);
    if (!id || !transaction.commit(error))
        return std::nullopt;
    return this->entity(*id);
}

std::optional<Entity> ProjectDatabase::addEntityLinking(const Entity &entity,
                                                        const Annotation &annotation,
                                                        Timestamp timestamp, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return std::nullopt;
    const std::optional<qint64> id = insertEntityRow(entity, error);
    if (!id)
        return std::nullopt;
    Annotation linked = annotation;
    linked.entityId = *id;
    if (!updateAnnotationRow(linked, timestamp, error) || !transaction.commit(error))
        return std::nullopt;
    return this->entity(*id);
}

bool ProjectDatabase::removeEntityUnlinking(qint64 entityId, const Annotation &before,
                                            QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive() || !updateAnnotationRow(before, Timestamp::AsGiven, error))
        return false;
    SqlStatement remove = statement("DELETE FROM entities WHERE id = ?1");
    remove.bind(1, entityId);
    return run(remove, error) && transaction.commit(error);
}

bool ProjectDatabase::updateEntity(const Entity &entity, QString *error)
{
    const QString name = entity.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("an entity needs a name");
        return false;
    }
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    SqlStatement update =
        statement("UPDATE entities SET name = ?2, label_id = ?3, external_id = ?4 WHERE id = ?1");
    update.bind(1, entity.id)
        .bind(2, name)
        .bind(3, entity.labelId)
        .bind(4, entity.externalId.trimmed());
    if (!update.exec()) {
        if (error)
            *error = entityWriteError(name, entity.labelId);
        return false;
    }
    if (sqlite3_changes(m_db) != 1) {
        if (error)
            *error = tr("no entity with id %1").arg(entity.id);
        return false;
    }
    SqlStatement relabel = statement("UPDATE annotations SET label_id = ?2, modified_at = ?3 "
                                     "WHERE entity_id = ?1 AND label_id != ?2");
    relabel.bind(1, entity.id).bind(2, entity.labelId).bind(3, Timestamps::nowUtc());
    return run(relabel, error) && writeAliases(entity.id, entity.aliases, error)
        && transaction.commit(error);
}

bool ProjectDatabase::mergeEntities(qint64 keptId, qint64 goneId, QString *error)
{
    if (keptId == goneId) {
        if (error)
            *error = tr("an entity cannot be merged into itself");
        return false;
    }
    const std::optional<Entity> kept = entity(keptId);
    const std::optional<Entity> gone = entity(goneId);
    if (!kept || !gone) {
        if (error)
            *error = tr("no entity with id %1").arg(kept ? goneId : keptId);
        return false;
    }
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    QStringList aliases = kept->aliases;
    for (const QString &alias : QStringList { gone->name } + gone->aliases) {
        if (alias != kept->name && !aliases.contains(alias))
            aliases.append(alias);
    }
    SqlStatement move = statement("UPDATE annotations SET entity_id = ?1, label_id = ?2, "
                                  "modified_at = ?4 WHERE entity_id = ?3");
    move.bind(1, keptId).bind(2, kept->labelId).bind(3, goneId).bind(4, Timestamps::nowUtc());
    SqlStatement speakers =
        statement("UPDATE quotes SET speaker_entity_id = ?1 WHERE speaker_entity_id = ?2");
    speakers.bind(1, keptId).bind(2, goneId);
    // A rejection of the gone entity at a span stays a rejection there.
    SqlStatement rejections = statement(
        "INSERT OR IGNORE INTO rejected_suggestions (article_id, start, \"end\", entity_id) "
        "SELECT article_id, start, \"end\", ?1 FROM rejected_suggestions WHERE entity_id = ?2");
    rejections.bind(1, keptId).bind(2, goneId);
    SqlStatement remove = statement("DELETE FROM entities WHERE id = ?1");
    remove.bind(1, goneId);
    if (!kept->externalId.isEmpty() || gone->externalId.isEmpty()) {
        // The kept entity's external id wins; an empty one takes the other's.
    } else {
        SqlStatement external = statement("UPDATE entities SET external_id = ?2 WHERE id = ?1");
        external.bind(1, keptId).bind(2, gone->externalId);
        if (!run(external, error))
            return false;
    }
    return run(move, error) && run(speakers, error) && run(rejections, error) && run(remove, error)
        && writeAliases(keptId, aliases, error) && transaction.commit(error);
}

bool ProjectDatabase::deleteEntity(qint64 id, QString *error)
{
    // Mentions and quote speakers are unlinked by ON DELETE SET NULL.
    return deleteRow("DELETE FROM entities WHERE id = ?1", id, tr("no entity with id %1").arg(id),
                     error);
}

std::optional<EntityState> ProjectDatabase::entityState(const QVector<qint64> &ids, QString *error)
{
    Q_UNUSED(error)
    EntityState state;
    state.ids = ids;
    for (const qint64 id : ids) {
        if (const std::optional<Entity> stored = entity(id))
            state.entities.append(*stored);
        SqlStatement mentions = statement(
            "SELECT id, label_id, entity_id, modified_at FROM annotations WHERE entity_id = ?1");
        mentions.bind(1, id);
        while (mentions.next())
            state.mentions.append(
                { mentions.int64(0), mentions.int64(1), mentions.int64(2), mentions.text(3) });
        SqlStatement speakers =
            statement("SELECT id, speaker_entity_id FROM quotes WHERE speaker_entity_id = ?1");
        speakers.bind(1, id);
        while (speakers.next())
            state.speakers.append({ speakers.int64(0), speakers.int64(1) });
        SqlStatement rejections = statement("SELECT article_id, start, \"end\" FROM "
                                            "rejected_suggestions WHERE entity_id = ?1");
        rejections.bind(1, id);
        while (rejections.next())
            state.rejections.append(
                { rejections.int64(0), rejections.int64(1), rejections.int64(2), id });
    }
    return state;
}

bool ProjectDatabase::restoreEntityState(const EntityState &state, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    for (const qint64 id : state.ids) {
        const auto captured = std::find_if(state.entities.cbegin(), state.entities.cend(),
                                           [id](const Entity &e) { return e.id == id; });
        if (captured == state.entities.cend()) {
            SqlStatement remove = statement("DELETE FROM entities WHERE id = ?1");
            remove.bind(1, id);
            if (!run(remove, error))
                return false;
            continue;
        }
        // Updated in place when it exists: a REPLACE would delete the row and
        // unlink every mention through the foreign key.
        SqlStatement update = statement(
            "UPDATE entities SET name = ?2, label_id = ?3, external_id = ?4 WHERE id = ?1");
        update.bind(1, id)
            .bind(2, captured->name)
            .bind(3, captured->labelId)
            .bind(4, captured->externalId);
        if (!run(update, error))
            return false;
        if (sqlite3_changes(m_db) == 0) {
            SqlStatement insert = statement("INSERT INTO entities (id, name, label_id, "
                                            "external_id) VALUES (?1, ?2, ?3, ?4)");
            insert.bind(1, id)
                .bind(2, captured->name)
                .bind(3, captured->labelId)
                .bind(4, captured->externalId);
            if (!insert.exec()) {
                if (error)
                    *error = entityWriteError(captured->name, captured->labelId);
                return false;
            }
        }
        if (!writeAliases(id, captured->aliases, error))
            return false;
    }
    // Mentions linked to these entities now but not in the captured state
    // lose the link (they were linked by the edit being undone).
    QSet<qint64> capturedMentions;
    for (const EntityState::Mention &mention : state.mentions)
        capturedMentions.insert(mention.annotationId);
    for (const qint64 id : state.ids) {
        SqlStatement current = statement("SELECT id FROM annotations WHERE entity_id = ?1");
        current.bind(1, id);
        QVector<qint64> unlink;
        while (current.next()) {
            if (!capturedMentions.contains(current.int64(0)))
                unlink.append(current.int64(0));
        }
        for (const qint64 annotationId : unlink) {
            SqlStatement update =
                statement("UPDATE annotations SET entity_id = NULL WHERE id = ?1");
            update.bind(1, annotationId);
            if (!run(update, error))
                return false;
        }
    }
    for (const EntityState::Mention &mention : state.mentions) {
        SqlStatement update = statement("UPDATE annotations SET label_id = ?2, entity_id = ?3, "
                                        "modified_at = ?4 WHERE id = ?1");
        update.bind(1, mention.annotationId).bind(2, mention.labelId).bind(4, mention.modifiedAt);
        update.bindId(3, mention.entityId);
        if (!run(update, error))
            return false;
    }
    for (const EntityState::Speaker &speaker : state.speakers) {
        SqlStatement update = statement("UPDATE quotes SET speaker_entity_id = ?2 WHERE id = ?1");
        update.bind(1, speaker.quoteId);
        update.bindId(2, speaker.entityId);
        if (!run(update, error))
            return false;
    }
    // A merge copies the gone entity's rejections to the kept one and a
    // delete takes them away: these entities get exactly the captured ones.
    for (const qint64 id : state.ids) {
        SqlStatement clear = statement("DELETE FROM rejected_suggestions WHERE entity_id = ?1");
        clear.bind(1, id);
        if (!run(clear, error))
            return false;
    }
    for (const RejectedSuggestion &rejection : state.rejections) {
        if (!insertRejection(rejection, error))
            return false;
    }
    return transaction.commit(error);
}

QVector<EntityForm> ProjectDatabase::entityMentionForms()
{
    // Counted by the schema's triggers as mentions change (version 5).
    QVector<EntityForm> forms;
    SqlStatement q = statement("SELECT f.entity_id, e.label_id, f.form, f.mentions "
                               "FROM entity_forms f JOIN entities e ON e.id = f.entity_id "
                               "ORDER BY f.entity_id");
    while (q.next())
        forms.append({ q.int64(0), q.int64(1), q.text(2), q.int64(3) });
    return forms;
}

std::optional<QString> ProjectDatabase::articleSpanText(qint64 articleId, qint64 start, qint64 end)
{
    SqlStatement q =
        statement("SELECT substr(text, ?2 + 1, ?3 - ?2) FROM article_texts WHERE article_id = ?1");
    q.bind(1, articleId).bind(2, start).bind(3, end);
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

// The entities panel

qint64 ProjectDatabase::entityCount()
{
    SqlStatement q = statement("SELECT count(*) FROM entities");
    return q.next() ? q.int64(0) : 0;
}

std::optional<EntitySummary> ProjectDatabase::entitySummary(qint64 id)
{
    std::optional<Entity> stored = entity(id);
    if (!stored)
        return std::nullopt;
    EntitySummary summary;
    summary.entity = std::move(*stored);
    SqlStatement label = statement("SELECT name FROM labels WHERE id = ?1");
    label.bind(1, summary.entity.labelId);
    if (label.next())
        summary.labelName = label.text(0);
    SqlStatement counts =
        statement("SELECT mentions, articles FROM entity_counts WHERE entity_id = ?1");
    counts.bind(1, id);
    if (counts.next()) {
        summary.mentions = counts.int64(0);
        summary.articles = counts.int64(1);
    }
    return summary;
}

bool ProjectDatabase::checkEntity(const Entity &entity, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString name = entity.name.trimmed();
    if (name.isEmpty())
        return fail(tr("an entity needs a name"));
    SqlStatement label = statement("SELECT name FROM labels WHERE id = ?1");
    label.bind(1, entity.labelId);
    if (!label.next())
        return fail(tr("no label with id %1").arg(entity.labelId));
    SqlStatement clash =
        statement("SELECT 1 FROM entities WHERE name = ?1 AND label_id = ?2 AND id != ?3");
    clash.bind(1, name).bind(2, entity.labelId).bind(3, entity.id);
    if (clash.next())
        return fail(tr("there is already a %1 entity named \"%2\"; merge the two instead")
                        .arg(label.text(0), MessageText::value(name)));
    return true;
}

QVector<RejectedSuggestion> ProjectDatabase::rejectedSuggestions(qint64 articleId)
{
    QVector<RejectedSuggestion> result;
    SqlStatement q = statement("SELECT start, \"end\", entity_id FROM rejected_suggestions "
                               "WHERE article_id = ?1 ORDER BY start, \"end\"");
    q.bind(1, articleId);
    while (q.next())
        result.append({ articleId, q.int64(0), q.int64(1), q.int64(2) });
    return result;
}

bool ProjectDatabase::insertRejection(const RejectedSuggestion &rejection, QString *error)
{
    SqlStatement insert =
        statement("INSERT OR IGNORE INTO rejected_suggestions "
                  "(article_id, start, \"end\", entity_id) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, rejection.articleId)
        .bind(2, rejection.start)
        .bind(3, rejection.end)
        .bind(4, rejection.entityId);
    return run(insert, error);
}

bool ProjectDatabase::setSuggestionRejected(const RejectedSuggestion &suggestion, bool rejected,
                                            QString *error)
{
    if (rejected && !validateSpan(suggestion.articleId, suggestion.start, suggestion.end, error))
        return false;
    if (rejected)
        return insertRejection(suggestion, error);
    SqlStatement q = statement("DELETE FROM rejected_suggestions WHERE article_id = ?1 "
                               "AND start = ?2 AND \"end\" = ?3 AND entity_id = ?4");
    q.bind(1, suggestion.articleId)
        .bind(2, suggestion.start)
        .bind(3, suggestion.end)
        .bind(4, suggestion.entityId);
    return run(q, error);
}

} // namespace Marginalia
