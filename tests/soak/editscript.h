// SPDX-License-Identifier: GPL-3.0-or-later
// The stream of edits the crash and power-loss tests apply: chosen by a seed,
// stored through the model layer as the window and the CLI store them. The
// same seed gives the same edits on a copy of the same project, so a test can
// replay a prefix.
#pragma once

#include "exportjob.h"
#include "occurrencetagger.h"
#include "projectdatabase.h"
#include "quotedetection.h"
#include "textfileimporter.h"

#include <QDir>
#include <QFile>

#include <optional>
#include <random>

namespace CrashSupport {

using namespace Marginalia;

inline const QStringList Labels { QStringLiteral("PER"), QStringLiteral("LOC"),
                                  QStringLiteral("ORG"), QStringLiteral("MISC") };

class EditScript
{
public:
    EditScript(Marginalia::ProjectDatabase &project, quint64 seed, const QString &workdir)
        : m_project(project)
        , m_random(seed)
        , m_workdir(workdir)
    {
    }

    // One edit; false with a message when the model refused it for a reason
    // that is not the harness's choice (that ends the run as a failure).
    bool step(int n, QString *error)
    {
        // As the window's undo stack: a deletion is undone right after it,
        // before a new annotation could take its id.
        const int choice = pick(11);
        if (choice != 6 && choice != 7)
            m_deleted.reset();
        switch (choice) {
        case 0:
        case 1:
        case 2:
            return add(error);
        case 3:
            return relabel(error);
        case 4:
            return link(error);
        case 5:
            return note(n, error);
        case 6:
            return remove(error);
        case 7:
            return undoRemove(error);
        case 8:
            return tagAll(error);
        case 9:
            return importArticle(n, error);
        default:
            return pick(2) == 0 ? detectQuotes(error) : setStatus(error);
        }
    }

    // Not an edit: it draws nothing from the edits' random stream, so a
    // replay without jobs makes the same edits.
    bool exportOnSecondConnection(bool annotations, QString *error)
    {
        ProjectDatabase::OpenResult second = ProjectDatabase::open(m_project.path());
        if (!second.database) {
            *error = second.error;
            return false;
        }
        ExportJob::Settings settings;
        settings.format = annotations ? ExportFormat::AnnotationsCsv : ExportFormat::ArticlesCsv;
        ExportJob job(*second.database, settings);
        return job.write(QDir(m_workdir).filePath(QStringLiteral("export.csv")), error);
    }

private:
    int pick(int n) { return int(m_random() % quint64(n)); }

    qint64 article()
    {
        const QVector<qint64> ids = m_project.articleIds();
        return ids.at(pick(int(ids.size())));
    }

    // A random run of letters in the article, so tag all finds it again.
    bool wordSpan(qint64 articleId, qint64 *start, qint64 *end)
    {
        const QVector<uint> text = m_project.articleText(articleId).value_or(QString()).toUcs4();
        if (text.isEmpty())
            return false;
        qint64 at = pick(int(text.size()));
        while (at > 0 && QChar::isLetter(char32_t(text.at(at - 1))))
            --at;
        while (at < text.size() && !QChar::isLetter(char32_t(text.at(at))))
            ++at;
        qint64 stop = at;
        while (stop < text.size() && QChar::isLetter(char32_t(text.at(stop))))
            ++stop;
        *start = at;
        *end = stop;
        return stop > at;
    }

    std::optional<Annotation> anyAnnotation()
    {
        const QVector<Annotation> annotations = m_project.annotations(article());
        if (annotations.isEmpty())
            return std::nullopt;
        return annotations.at(pick(int(annotations.size())));
    }

    bool add(QString *error)
    {
        NewAnnotation request;
        request.articleId = article();
        if (!wordSpan(request.articleId, &request.start, &request.end))
            return true;
        request.labelName = Labels.at(pick(int(Labels.size())));
        request.annotator = QStringLiteral("crash");
        return m_project.addAnnotation(request, error).has_value();
    }

    bool relabel(QString *error)
    {
        std::optional<Annotation> annotation = anyAnnotation();
        if (!annotation)
            return true;
        const std::optional<Label> label = m_project.labelByName(Labels.at(pick(4)));
        if (label->id != annotation->labelId)
            annotation->entityId = 0; // an entity keeps its own label
        annotation->labelId = label->id;
        annotation->labelName = label->name;
        return m_project.updateAnnotation(*annotation, error);
    }

    bool link(QString *error)
    {
        std::optional<Annotation> annotation = anyAnnotation();
        if (!annotation)
            return true;
        const QString name =
            m_project.articleSpanText(annotation->articleId, annotation->start, annotation->end)
                .value_or(QStringLiteral("x"));
        // As the window does: a name no entity has yet makes one and links
        // the mention to it in one commit; a known one is linked.
        std::optional<qint64> entity;
        for (const Entity &known : m_project.entities()) {
            if (known.name == name && known.labelId == annotation->labelId)
                entity = known.id;
        }
        if (!entity) {
            Entity made;
            made.name = name;
            made.labelId = annotation->labelId;
            return m_project
                .addEntityLinking(made, *annotation, ProjectDatabase::Timestamp::Now, error)
                .has_value();
        }
        annotation->entityId = *entity;
        return m_project.updateAnnotation(*annotation, error);
    }

    bool note(int n, QString *error)
    {
        std::optional<Annotation> annotation = anyAnnotation();
        if (!annotation)
            return true;
        annotation->note = QStringLiteral("note %1 «é»").arg(n);
        return m_project.updateAnnotation(*annotation, error);
    }

    bool remove(QString *error)
    {
        const std::optional<Annotation> annotation = anyAnnotation();
        if (!annotation)
            return true;
        if (!m_project.deleteAnnotation(annotation->id, error))
            return false;
        m_deleted = annotation;
        return true;
    }

    bool undoRemove(QString *error)
    {
        if (!m_deleted)
            return true;
        const Annotation annotation = *m_deleted;
        m_deleted.reset();
        return m_project.restoreAnnotation(annotation, error);
    }

    bool tagAll(QString *error)
    {
        const std::optional<Annotation> annotation = anyAnnotation();
        if (!annotation)
            return true;
        OccurrenceTagger::Request request;
        request.text =
            m_project.articleSpanText(annotation->articleId, annotation->start, annotation->end)
                .value_or(QString());
        request.labelName = annotation->labelName;
        request.entityId = annotation->entityId;
        request.articleId = pick(2) == 0 ? annotation->articleId : 0;
        request.fold = pick(2) == 0;
        request.annotator = QStringLiteral("crash");
        OccurrenceTagger tagger(m_project);
        return tagger.run(request, error).has_value();
    }

    bool importArticle(int n, QString *error)
    {
        const QString path = QDir(m_workdir).filePath(QStringLiteral("import-%1.txt").arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.write(QStringLiteral("date 2022-12-%1\nArticle %2\n« Nous resterons », a déclaré "
                                  "Vladimir Poutine à Minsk le %2. Paris et Kyiv répondent.\n")
                       .arg(1 + n % 28)
                       .arg(n)
                       .toUtf8());
        file.close();
        TextFileImporter importer(m_project);
        const TextFileImporter::Report report = importer.importPaths({ path });
        *error = report.error;
        return report.error.isEmpty();
    }

    bool detectQuotes(QString *error)
    {
        QuoteDetection detection(m_project);
        return detection.redetect(article(), error);
    }

    bool setStatus(QString *error)
    {
        return m_project.setArticleStatus(article(), ArticleStatus(pick(3)), error);
    }

    ProjectDatabase &m_project;
    std::mt19937_64 m_random;
    QString m_workdir;
    std::optional<Annotation> m_deleted;
};

} // namespace CrashSupport
