// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's tagging commands: labels, notes, entities, stepping through mentions,
// suggestions and Tag All.
#include "annotationlistmodel.h"
#include "articleview.h"
#include "entitiespanel.h"
#include "entitylinkdialog.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "projectsession.h"
#include "tagallrunner.h"

#include <QApplication>
#include <QStatusBar>
#include <QTableView>

namespace Marginalia {

void MainWindow::selectAnnotation(qint64 annotationId, bool scroll)
{
    m_view->setSelectedQuote(0);
    m_view->setSelectedAnnotation(annotationId);
    const int row = m_annotationModel->rowForAnnotation(annotationId);
    if (row >= 0)
        m_annotationTable->selectRow(row);
    else
        m_annotationTable->clearSelection();
    if (scroll && annotationId != 0) {
        m_view->scrollToAnnotation(annotationId);
        m_view->setFocus();
    }
    updateActions();
}

std::optional<Annotation> MainWindow::selectedAnnotation() const
{
    const qint64 id = m_view->selectedAnnotation();
    for (const Annotation &a : m_view->annotations()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void MainWindow::applyLabel(qint64 labelId)
{
    if (!m_session || m_articleId == 0)
        return;
    if (const std::optional<ArticleView::Span> span = m_view->selectionSpan()) {
        const qint64 id = m_session->addAnnotation(m_articleId, span->first, span->second, labelId);
        if (id > 0) {
            QTextCursor cursor = m_view->textCursor();
            cursor.clearSelection();
            m_view->setTextCursor(cursor);
            selectAnnotation(id, false);
        }
        return;
    }
    const std::optional<Annotation> selected = selectedAnnotation();
    const std::optional<Label> label = m_session->label(labelId);
    if (!selected) {
        // A hotkey that does nothing must say why.
        statusBar()->showMessage(
            m_view->textCursor().hasSelection()
                ? tr("The selection holds no word to tag; hold Alt while selecting to tag "
                     "exactly what you select")
                : tr("Select the text to tag first, or click an annotation to relabel it"),
            5000);
        return;
    }
    if (!label || selected->labelId == labelId)
        return;
    Annotation changed = *selected;
    changed.labelId = labelId;
    changed.labelName = label->name;
    m_session->changeAnnotation(*selected, changed, tr("Relabel as %1").arg(label->name));
}

void MainWindow::deleteSelected()
{
    if (!m_session)
        return;
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected) {
        for (const Quote &q : m_view->quotes()) {
            if (q.id == m_view->selectedQuote()) {
                m_session->removeQuote(q);
                break;
            }
        }
        return;
    }
    // Select the neighbour, so Delete can be pressed again and again.
    const QVector<Annotation> &all = m_view->annotations();
    qint64 next = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == selected->id)
            next = i + 1 < all.size() ? all.at(i + 1).id : (i > 0 ? all.at(i - 1).id : 0);
    }
    m_session->removeAnnotation(*selected);
    selectAnnotation(next, false);
}

void MainWindow::editNote()
{
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected || !m_session)
        return;
    const std::optional<QString> note = NoteDialog::ask(
        this, tr("Note on this %1 annotation:").arg(selected->labelName), selected->note);
    if (!note || *note == selected->note)
        return;
    Annotation changed = *selected;
    changed.note = *note;
    m_session->changeAnnotation(*selected, changed, tr("Edit Note"));
}

void MainWindow::linkEntity()
{
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected || !m_session)
        return;
    const QModelIndex row = m_annotationModel->index(
        m_annotationModel->rowForAnnotation(selected->id), AnnotationListModel::TextColumn);
    EntityLinkDialog dialog(m_session.get(), m_entitiesPanel->model(), *selected,
                            row.data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 entity = dialog.chosenEntity(); entity > 0)
        m_session->linkAnnotation(*selected, entity);
    else if (const QString name = dialog.newEntityName(); !name.isEmpty())
        m_session->linkAnnotationToNewEntity(*selected, name);
    else
        m_session->linkAnnotation(*selected, 0);
}

void MainWindow::resizeSelected(int edge, bool widen)
{
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected || !m_session)
        return;
    const ArticleView::Span span { selected->start, selected->end };
    const ArticleView::Span resized = edge == 1
        ? (widen ? m_view->widenedEnd(span) : m_view->narrowedEnd(span))
        : (widen ? m_view->widenedStart(span) : m_view->narrowedStart(span));
    if (resized == span)
        return;
    Annotation changed = *selected;
    changed.start = resized.first;
    changed.end = resized.second;
    m_session->changeAnnotation(*selected, changed,
                                widen ? tr("Widen Annotation") : tr("Narrow Annotation"));
}

void MainWindow::stepAnnotation(int step)
{
    const QVector<Annotation> &all = m_view->annotations();
    if (all.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == m_view->selectedAnnotation())
            at = i;
    }
    qsizetype next = at < 0 ? (step > 0 ? 0 : all.size() - 1) : at + step;
    next = (next + all.size()) % all.size();
    selectAnnotation(all.at(next).id, true);
}

void MainWindow::refreshSuggestions()
{
    if (!m_session || m_articleId == 0)
        return;
    if (!m_suggestionCandidatesValid) {
        // While a large project's names are read on a thread there are none
        // to offer; the session's suggestionsChanged(0) comes back here.
        const std::optional<QVector<Suggestion>> candidates =
            m_session->suggestionCandidates(m_articleText, m_view->index());
        m_suggestionCandidates = candidates.value_or(QVector<Suggestion>());
        m_suggestionCandidatesValid = candidates.has_value();
    }
    const int current = m_view->currentSuggestion();
    const qint64 currentStart = current >= 0 ? m_suggestions.value(current).start : -1;
    m_suggestions = m_session->suggestions(m_articleId, m_suggestionCandidates, m_annotations);
    QVector<ArticleView::SuggestionMark> marks;
    marks.reserve(m_suggestions.size());
    for (const Suggestion &suggestion : std::as_const(m_suggestions)) {
        const std::optional<Label> label = m_session->label(suggestion.labelId);
        marks.append({ suggestion.start, suggestion.end,
                       label ? QColor(label->color) : palette().color(QPalette::Mid),
                       tr("Suggested: %1 (%2) — Enter accepts, Backspace rejects")
                           .arg(m_session->entityName(suggestion.entityId),
                                label ? label->name : QString()) });
    }
    m_view->setSuggestions(marks);
    // After an accept or a reject, the next suggestion is the current one.
    if (currentStart >= 0) {
        const auto next =
            std::lower_bound(m_suggestions.cbegin(), m_suggestions.cend(), currentStart,
                             [](const Suggestion &s, qint64 start) { return s.start < start; });
        if (next != m_suggestions.cend())
            m_view->setCurrentSuggestion(int(next - m_suggestions.cbegin()));
    }
    // The status bar's count follows: every caller updates it after this.
}

int MainWindow::suggestionToTake()
{
    const int index = m_view->suggestionAtCursor();
    if (!m_session || index < 0 || index >= m_suggestions.size()) {
        statusBar()->showMessage(tr("No suggestion in this article"), 3000);
        return -1;
    }
    m_view->setCurrentSuggestion(index); // so that the next one becomes current
    return index;
}

void MainWindow::acceptSuggestion()
{
    if (const int index = suggestionToTake(); index >= 0)
        m_session->acceptSuggestions(m_articleId, { m_suggestions.at(index) });
}

void MainWindow::rejectSuggestion()
{
    if (const int index = suggestionToTake(); index >= 0)
        m_session->rejectSuggestion(m_articleId, m_suggestions.at(index));
}

void MainWindow::acceptAllSuggestions()
{
    if (!m_session || m_articleId == 0)
        return;
    const int count = m_session->acceptSuggestions(m_articleId, m_suggestions);
    statusBar()->showMessage(count == 0 ? tr("No suggestion in this article")
                                        : tr("Accepted %n suggestion(s)", nullptr, count),
                             4000);
}

void MainWindow::tagAll(bool wholeProject)
{
    const std::optional<Annotation> source = selectedAnnotation();
    if (!m_session || !source)
        return;
    const qsizetype start = m_view->index().toUtf16(source->start);
    const QString text = m_articleText.mid(start, m_view->index().toUtf16(source->end) - start);
    if (wholeProject && m_session->database().articleCount() > TagAllRunner::OnThreadAbove) {
        if (!m_tagAllRunner->isRunning())
            m_tagAllRunner->start(
                m_session.get(),
                m_session->tagAllRequest(*source, text, true, m_tagAllFolds->isChecked()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int count = m_session->tagAll(*source, text, wholeProject, m_tagAllFolds->isChecked());
    QApplication::restoreOverrideCursor();
    reportTagAll(count, text);
}

void MainWindow::reportTagAll(int count, const QString &text)
{
    if (count == 0)
        statusBar()->showMessage(tr("No other occurrence of \"%1\" to tag").arg(text.simplified()),
                                 4000);
    else if (count > 0)
        statusBar()->showMessage(
            tr("Tagged %n more occurrence(s) of \"%1\"", nullptr, count).arg(text.simplified()),
            4000);
}

} // namespace Marginalia
