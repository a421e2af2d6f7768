// SPDX-License-Identifier: GPL-3.0-or-later
// A hash of everything an analyst's edits change in a project, read through
// the model layer. The crash worker prints it after each acknowledged edit;
// the crash test computes it on the file the killed worker left behind.
// Timestamps, sources and encodings are left out: a replay of the same edits
// on a copy must give the same hash.
#pragma once

#include "projectdatabase.h"

#include <QCryptographicHash>

#include <algorithm>

namespace CrashSupport {

inline QByteArray projectFingerprint(Marginalia::ProjectDatabase &project)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &field) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    const auto number = [&add](qint64 value) { add(QString::number(value)); };

    for (const Marginalia::Label &label : project.labels()) {
        number(label.id);
        add(label.name);
        add(label.color);
        add(label.hotkey);
    }
    QVector<Marginalia::Entity> entities = project.entities();
    std::sort(entities.begin(), entities.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const Marginalia::Entity &entity : entities) {
        number(entity.id);
        add(entity.name);
        number(entity.labelId);
        QStringList aliases = entity.aliases;
        aliases.sort();
        add(aliases.join(QLatin1Char('|')));
    }
    for (const Marginalia::ArticleSummary &article : project.articleSummaries()) {
        number(article.id);
        add(article.title);
        add(article.date);
        number(int(article.status));
        add(article.contentHash);
        number(article.length);
        for (const Marginalia::Annotation &a : project.annotations(article.id)) {
            number(a.id);
            number(a.start);
            number(a.end);
            add(a.labelName);
            number(a.entityId);
            add(a.note);
            add(a.annotator);
            number(int(a.status));
        }
        for (const Marginalia::Quote &q : project.quotes(article.id)) {
            number(q.id);
            number(q.start);
            number(q.end);
            add(q.speakerName);
            number(q.speakerEntityId);
            number(q.speakerAnnotationId);
            number(q.cueStart);
            number(q.cueEnd);
            number(q.manual);
            add(q.note);
        }
        for (const Marginalia::RejectedSuggestion &r : project.rejectedSuggestions(article.id)) {
            number(r.start);
            number(r.end);
            number(r.entityId);
        }
    }
    return hash.result().toHex();
}

} // namespace CrashSupport
