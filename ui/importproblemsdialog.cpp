// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemsdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Marginalia {

ImportProblemsDialog::ImportProblemsDialog(const TextFileImporter::Report &report, QWidget *parent)
    : QDialog(parent)
    , m_error(errorFor(report))
    , m_summary(new QLabel(this))
    , m_list(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import report"));
    m_lines.reserve(report.problems.size());
    for (const ImportProblem &problem : report.problems)
        m_lines.append(problem.toString());

    m_summary->setText(summaryFor(report));
    m_summary->setWordWrap(true);

    auto *error = new QLabel(m_error, this);
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    error->setVisible(!m_error.isEmpty());

    auto *listLabel = new QLabel(tr("&Files left out:"), this);
    listLabel->setBuddy(m_list);
    m_list->setReadOnly(true);
    // Read-only text edits only select by mouse unless told otherwise.
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // One file per visual line, as in the terminal; long paths scroll instead.
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setPlainText(m_lines.join(QLatin1Char('\n')));
    m_list->setAccessibleName(tr("Files left out"));
    listLabel->setVisible(!m_lines.isEmpty());
    m_list->setVisible(!m_lines.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setToolTip(tr("Copy the list to the clipboard, one file per line"));
    // Enter closes the dialog rather than copying again.
    m_copyButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_copyButton, &QPushButton::clicked, this, &ImportProblemsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(error);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * (m_lines.isEmpty() ? 8 : 24));
    // The list first, so the arrow and page keys scroll it and Ctrl+A, Ctrl+C
    // copy a part of it.
    (m_lines.isEmpty() ? static_cast<QWidget *>(buttons->button(QDialogButtonBox::Close)) : m_list)
        ->setFocus();
}

QString ImportProblemsDialog::summaryFor(const TextFileImporter::Report &report)
{
    if (report.cancelled)
        return tr("The import was cancelled; the project is as it was before.");
    if (!report.error.isEmpty())
        return tr("The import failed; the project is as it was before.");
    qsizetype rejected = 0;
    qsizetype rejectedRows = 0;
    qsizetype skipped = 0;
    qsizetype warnings = 0;
    for (const ImportProblem &problem : report.problems) {
        if (problem.kind == ImportProblem::Kind::Skipped)
            ++skipped;
        else if (problem.kind == ImportProblem::Kind::Warning)
            ++warnings;
        else
            ++(problem.line > 0 ? rejectedRows : rejected);
    }
    QString summary = tr("%Ln article(s) imported", nullptr, int(report.importedIds.size()));
    const auto add = [&summary](const QString &part) {
        summary = tr("%1; %2", "joins the parts of an import summary").arg(summary, part);
    };
    if (report.annotations > 0)
        add(tr("%Ln annotation(s) and quote(s) imported", nullptr, int(report.annotations)));
    if (rejected > 0)
        add(tr("%Ln file(s) rejected", nullptr, int(rejected)));
    if (rejectedRows > 0)
        add(tr("%Ln row(s) rejected", nullptr, int(rejectedRows)));
    if (skipped > 0)
        add(tr("%Ln duplicate(s) skipped", nullptr, int(skipped)));
    if (warnings > 0)
        add(tr("%Ln warning(s)", nullptr, int(warnings)));
    return summary;
}

QString ImportProblemsDialog::errorFor(const TextFileImporter::Report &report)
{
    return report.error.isEmpty() ? QString() : tr("Error: %1").arg(report.error);
}

QString ImportProblemsDialog::summary() const
{
    return m_summary->text();
}

void ImportProblemsDialog::copyToClipboard()
{
    QStringList text = m_lines;
    if (!m_error.isEmpty())
        text.prepend(m_error);
    QGuiApplication::clipboard()->setText(text.join(QLatin1Char('\n')));

    // The clipboard is invisible; say that something happened.
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, m_copyButton,
                       [button = m_copyButton] { button->setText(tr("&Copy")); });
}

} // namespace Marginalia
