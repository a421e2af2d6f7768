// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's quote commands: marking, speakers, detection over the project.
#include "annotationlistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "quotedetectionrunner.h"

#include <QInputDialog>
#include <QStatusBar>
#include <QTableView>

namespace Marginalia {

void MainWindow::selectQuote(qint64 quoteId, bool scroll)
{
    m_view->setSelectedAnnotation(0);
    m_view->setSelectedQuote(quoteId);
    const int row = m_annotationModel->rowForQuote(quoteId);
    if (row >= 0)
        m_annotationTable->selectRow(row);
    if (scroll) {
        for (const Quote &q : m_view->quotes()) {
            if (q.id == quoteId) {
                m_view->selectSpan({ q.start, q.start });
                m_view->ensureCursorVisible();
            }
        }
        m_view->setFocus();
    }
    updateActions();
}

void MainWindow::refreshQuotes(qint64 articleId)
{
    const QVector<Quote> quotes = m_session->database().quotes(articleId);
    m_view->setQuotes(quotes);
    QStringList speakers;
    for (const Quote &q : quotes)
        speakers.append(m_view->speakerOf(q));
    m_annotationModel->setQuotes(quotes, speakers);
    if (m_view->selectedQuote() != 0)
        selectQuote(m_view->selectedQuote(), false);
    updateActions();
}

void MainWindow::markQuote()
{
    if (!m_session || m_articleId == 0)
        return;
    const std::optional<ArticleView::Span> span = m_view->selectionSpan();
    if (!span) {
        statusBar()->showMessage(tr("Select the words of the quote first."), 4000);
        return;
    }
    const qint64 id = m_session->addQuote(m_articleId, span->first, span->second);
    if (id > 0) {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
        selectQuote(id, false);
    }
}

void MainWindow::setSpeaker()
{
    if (!m_session)
        return;
    std::optional<Quote> selected;
    for (const Quote &q : m_view->quotes()) {
        if (q.id == m_view->selectedQuote())
            selected = q;
    }
    if (!selected)
        return;
    // The people mentioned in this article first, then every known entity.
    QStringList names;
    QHash<QString, Annotation> mentionByName;
    for (const Annotation &a : m_view->annotations()) {
        if (a.labelName.compare(QLatin1String("PER"), Qt::CaseInsensitive) != 0)
            continue;
        const QModelIndex row = m_annotationModel->index(m_annotationModel->rowForAnnotation(a.id),
                                                         AnnotationListModel::TextColumn);
        const QString name = a.entityName.isEmpty() ? row.data().toString() : a.entityName;
        if (!mentionByName.contains(name)) {
            mentionByName.insert(name, a);
            names.append(name);
        }
    }
    for (const QString &entity : m_session->database().entityNames()) {
        if (!names.contains(entity))
            names.append(entity);
    }
    const QString current = m_view->speakerOf(*selected);
    if (!current.isEmpty() && !names.contains(current))
        names.prepend(current);
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Speaker"),
                              tr("Who said it (a person in the article, an "
                                 "entity, or any name):"),
                              names, qMax(0, int(names.indexOf(current))), true, &ok)
            .trimmed();
    if (!ok || name == current)
        return;
    Quote changed = *selected;
    changed.speakerName = name;
    changed.speakerAnnotationId = 0;
    changed.speakerEntityId = 0;
    if (const auto mention = mentionByName.constFind(name); mention != mentionByName.cend()) {
        changed.speakerAnnotationId = mention->id;
        changed.speakerEntityId = mention->entityId;
    }
    m_session->changeQuote(*selected, changed,
                           name.isEmpty() ? tr("Clear Speaker") : tr("Speaker %1").arg(name));
}

void MainWindow::redetectAllQuotes()
{
    if (!m_session || m_quoteDetectionRunner->isRunning())
        return;
    // Undo covers this, but a project-wide run replaces thousands of quotes.
    m_session->backUpBefore(ProjectBackups::Reason::RedetectQuotes);
    m_quoteDetectionRunner->start(m_session.get());
}

void MainWindow::reportQuoteDetection(qint64 done, qint64 total, qint64 changed, bool cancelled)
{
    const QLocale locale;
    const QString changes = tr("quotes changed in %Ln article(s)", nullptr, int(changed));
    statusBar()->showMessage(
        cancelled
            ? tr("Quote detection stopped after %1 of %2 articles; %3.")
                  .arg(locale.toString(done), locale.toString(total), changes)
            : tr("Quotes detected again in %Ln article(s); %1.", nullptr, int(done)).arg(changes),
        8000);
}

} // namespace Marginalia
