// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "exportrunner.h"
#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

const QString Group = QStringLiteral("export");
constexpr int QuoteRole = Qt::UserRole + 1;

} // namespace

ExportDialog::ExportDialog(const QString &projectPath, const QVector<Label> &labels,
                           const QVector<qint64> &selectedArticles, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_labels(labels)
    , m_selectedArticles(selectedArticles)
    , m_format(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_articlesBox(new QGroupBox(tr("Articles"), this))
    , m_allArticles(new QRadioButton(tr("&All articles"), m_articlesBox))
    , m_selectedOnly(new QRadioButton(
          tr("&Selected in the list (%n)", nullptr, int(selectedArticles.size())), m_articlesBox))
    , m_filtered(new QRadioButton(tr("&By status and date:"), m_articlesBox))
    , m_todo(new QCheckBox(tr("To do"), m_articlesBox))
    , m_inProgress(new QCheckBox(tr("In progress"), m_articlesBox))
    , m_done(new QCheckBox(tr("Done"), m_articlesBox))
    , m_from(new QLineEdit(m_articlesBox))
    , m_to(new QLineEdit(m_articlesBox))
    , m_labelsBox(new QGroupBox(tr("Labels"), this))
    , m_labelList(new QListWidget(m_labelsBox))
    , m_csvBox(new QGroupBox(tr("CSV"), this))
    , m_bom(new QCheckBox(tr("Byte-order &mark, so Excel reads UTF-8"), m_csvBox))
    , m_excelSafe(
          new QCheckBox(tr("&Excel-safe: neutralise cells Excel would run as formulas"), m_csvBox))
    , m_delimiter(new QComboBox(m_csvBox))
    , m_progress(new QProgressBar(this))
    , m_report(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Export"));
    m_format->setObjectName(QStringLiteral("format"));
    m_destination->setObjectName(QStringLiteral("destination"));
    m_labelList->setObjectName(QStringLiteral("labels"));
    m_report->setObjectName(QStringLiteral("report"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_allArticles->setObjectName(QStringLiteral("allArticles"));
    m_selectedOnly->setObjectName(QStringLiteral("selectedArticles"));
    m_filtered->setObjectName(QStringLiteral("filteredArticles"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_bom->setObjectName(QStringLiteral("bom"));
    m_excelSafe->setObjectName(QStringLiteral("excelSafe"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));

    for (const ExportFormat format : ExportJob::formats())
        m_format->addItem(ExportJob::formatTitle(format), ExportJob::formatName(format));

    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto *top = new QFormLayout;
    top->addRow(tr("&Format:"), m_format);
    // A label made by addRow() for a layout has no buddy, and then shows
    // its "&" instead of underlining the key.
    auto *destinationLabel = new QLabel(tr("&Write to:"), this);
    destinationLabel->setBuddy(m_destination);
    top->addRow(destinationLabel, destinationRow);

    m_selectedOnly->setEnabled(!selectedArticles.isEmpty());
    m_from->setPlaceholderText(tr("from YYYY[-MM[-DD]]"));
    m_to->setPlaceholderText(tr("to YYYY[-MM[-DD]]"));
    m_from->setToolTip(tr("An article dated only by month or year is kept when that period "
                          "meets the range; articles without a date are left out."));
    m_to->setToolTip(m_from->toolTip());
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(20, 0, 0, 0);
    for (QCheckBox *box : { m_todo, m_inProgress, m_done })
        statusRow->addWidget(box);
    statusRow->addStretch();
    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(20, 0, 0, 0);
    dateRow->addWidget(m_from);
    dateRow->addWidget(m_to);
    auto *articles = new QVBoxLayout(m_articlesBox);
    articles->addWidget(m_allArticles);
    articles->addWidget(m_selectedOnly);
    articles->addWidget(m_filtered);
    articles->addLayout(statusRow);
    articles->addLayout(dateRow);

    for (const Label &label : m_labels) {
        auto *item = new QListWidgetItem(label.name, m_labelList);
        item->setToolTip(label.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *quotes = new QListWidgetItem(tr("Quotes"), m_labelList);
    quotes->setData(QuoteRole, true);
    quotes->setFlags(quotes->flags() | Qt::ItemIsUserCheckable);
    quotes->setCheckState(Qt::Checked);
    auto *labelsLayout = new QVBoxLayout(m_labelsBox);
    labelsLayout->addWidget(m_labelList);

    addDelimiterChoices(m_delimiter);
    auto *csv = new QFormLayout(m_csvBox);
    csv->addRow(m_bom);
    csv->addRow(m_excelSafe);
    csv->addRow(tr("&Delimiter:"), m_delimiter);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_articlesBox, 1);
    columns->addWidget(m_labelsBox, 1);

    m_progress->setVisible(false);
    m_report->setReadOnly(true);
    m_report->setVisible(false);
    m_report->setMaximumBlockCount(2000);
    m_exportButton = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns);
    layout->addWidget(m_csvBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(m_buttons);

    restoreChoices();

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    for (QRadioButton *button : { m_allArticles, m_selectedOnly, m_filtered })
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    updateEnabled();
    resize(sizeHint().width() + 120, sizeHint().height());
}

ExportDialog::~ExportDialog() = default; // the runner, a child, cancels and waits

ExportFormat ExportDialog::format() const
{
    return ExportJob::formatFromName(m_format->currentData().toString())
        .value_or(ExportFormat::AnnotationsCsv);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

bool ExportDialog::isExporting() const
{
    return m_runner && m_runner->isRunning();
}

void ExportDialog::addDelimiterChoices(QComboBox *box)
{
    box->addItem(tr("Comma ( , )"), QStringLiteral(","));
    box->addItem(tr("Semicolon ( ; ), for French Excel"), QStringLiteral(";"));
    box->addItem(tr("Tab"), QStringLiteral("\t"));
}

QString ExportDialog::report() const
{
    return m_report->toPlainText();
}

ExportJob::Settings ExportDialog::settings() const
{
    ExportJob::Settings s;
    s.format = format();
    s.csv.byteOrderMark = m_bom->isChecked();
    s.csv.excelSafe = m_excelSafe->isChecked();
    s.csv.delimiter = m_delimiter->currentData().toString().front();
    s.csv.contextLength = Preferences::load().contextLength;
    ExportSelection &selection = s.selection;
    if (m_selectedOnly->isChecked()) {
        selection.articleIds = m_selectedArticles;
    } else if (m_filtered->isChecked()) {
        if (m_todo->isChecked())
            selection.statuses.append(ArticleStatus::Todo);
        if (m_inProgress->isChecked())
            selection.statuses.append(ArticleStatus::InProgress);
        if (m_done->isChecked())
            selection.statuses.append(ArticleStatus::Done);
        selection.from = m_from->text().trimmed();
        selection.to = m_to->text().trimmed();
    }
    QStringList labels;
    bool allLabels = true;
    for (int i = 0; i < m_labelList->count(); ++i) {
        const QListWidgetItem *item = m_labelList->item(i);
        const bool checked = item->checkState() == Qt::Checked;
        if (item->data(QuoteRole).toBool())
            selection.quotes = checked;
        else if (checked)
            labels.append(item->text());
        else
            allLabels = false;
    }
    if (!allLabels)
        selection.labels = labels;
    return s;
}

void ExportDialog::formatChanged()
{
    // Keep the folder, take the new format's usual name.
    const QString current = destination();
    const QString folder = current.isEmpty() ? QFileInfo(m_projectPath).absolutePath()
                                             : QFileInfo(current).absolutePath();
    m_destination->setText(defaultDestination(folder));
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool running = isExporting();
    const ExportFormat f = format();
    m_format->setEnabled(!running);
    m_destination->setEnabled(!running);
    m_browse->setEnabled(!running);
    // Entities are the project's: no article choice. Texts have no labels.
    m_articlesBox->setEnabled(!running && f != ExportFormat::EntitiesCsv);
    m_labelsBox->setEnabled(!running && f != ExportFormat::Texts);
    m_csvBox->setEnabled(!running && ExportJob::isCsv(f));
    const bool filtered = m_filtered->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_todo, m_inProgress, m_done, m_from, m_to })
        w->setEnabled(filtered);
    m_exportButton->setEnabled(!running);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::chooseDestination()
{
    QString chosen;
    if (ExportJob::writesFolder(format()))
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), destination());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export to File"), destination());
    if (!chosen.isEmpty()) {
        m_destination->setText(QDir::toNativeSeparators(chosen));
        if (!ExportJob::writesFolder(format()))
            m_confirmedPath = chosen; // the file dialog asked about replacing it
    }
}

QString ExportDialog::defaultDestination(const QString &folder) const
{
    return QDir::toNativeSeparators(QDir(folder).filePath(
        ExportJob::defaultFileName(format(), QFileInfo(m_projectPath).completeBaseName())));
}

bool ExportDialog::mayReplace(const QString &path)
{
    const QFileInfo info(QDir::fromNativeSeparators(path));
    // The project itself is never an export's target: it would be lost.
    const QString project = QFileInfo(m_projectPath).absoluteFilePath();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal") }) {
        if (info.absoluteFilePath() == project + suffix) {
            m_report->setPlainText(tr("%1 is the project's own file: choose another name.")
                                       .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
            m_report->setVisible(true);
            return false;
        }
    }
    // A file where a folder goes, or the reverse, is refused by the export
    // itself with a message that says so.
    if (!info.exists() || info.isDir() != ExportJob::writesFolder(format()))
        return true;
    QString question;
    if (info.isDir()) {
        if (QDir(info.absoluteFilePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
            return true;
        question = tr("The folder %1 already holds files. Files of the same names will be "
                      "replaced; the others are left alone.")
                       .arg(info.fileName());
    } else {
        if (QDir::fromNativeSeparators(path) == QDir::fromNativeSeparators(m_confirmedPath))
            return true;
        question =
            tr("%1 already exists. Replacing it overwrites what it holds.").arg(info.fileName());
    }
    QMessageBox box(QMessageBox::Warning, tr("Replace?"), question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("replaceQuestion"));
    box.setInformativeText(QDir::toNativeSeparators(info.absoluteFilePath()));
    QPushButton *replace = box.addButton(info.isDir() ? tr("&Write into It") : tr("&Replace"),
                                         QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

bool ExportDialog::startExport()
{
    if (isExporting())
        return false;
    const auto refuse = [this](const QString &message) {
        m_report->setPlainText(message);
        m_report->setVisible(true);
        return false;
    };
    const QString path = destination();
    if (path.isEmpty())
        return refuse(tr("Choose where to write the export."));
    const ExportJob::Settings s = settings();
    QString error;
    if (!s.selection.validate(&error))
        return refuse(error);
    if (m_filtered->isChecked() && s.selection.statuses.isEmpty())
        return refuse(tr("Tick at least one status."));
    if (s.selection.labels && s.selection.labels->isEmpty() && !s.selection.quotes
        && s.format != ExportFormat::Texts)
        return refuse(tr("Tick at least one label."));
    if (!mayReplace(path))
        return false;

    saveChoices();
    m_report->clear();
    m_report->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    if (!m_runner) {
        m_runner = new ExportRunner(m_projectPath, this);
        connect(m_runner, &ExportRunner::progressed, this, &ExportDialog::showProgress);
        connect(m_runner, &ExportRunner::finished, this, [this](const ExportRunner::Result &r) {
            finishExport(r.ok, r.cancelled, r.error, r.warnings, r.summary, r.destination);
        });
    }
    m_runner->start(s, QDir::fromNativeSeparators(path));
    updateEnabled();
    return true;
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(qMax<qint64>(total, 1)));
    m_progress->setValue(int(qMin(done, total)));
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void ExportDialog::finishExport(bool ok, bool cancelled, const QString &error,
                                const QStringList &warnings, const QString &summary,
                                const QString &destination)
{
    m_progress->setVisible(false);
    updateEnabled();
    QString text;
    if (ok)
        text = tr("Wrote %1 to %2.").arg(summary, QDir::toNativeSeparators(destination));
    else if (cancelled)
        text = tr("Export cancelled; nothing was written.");
    else
        text = tr("The export failed and nothing was written: %1").arg(error);
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + tr("%n warning(s):", nullptr, int(warnings.size()))
            + QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
    m_report->setPlainText(text);
    m_report->setVisible(true);
    emit exportFinished(ok);
}

void ExportDialog::reject()
{
    // Escape and Cancel stop a running export first; the dialog stays until
    // the worker has removed what it started writing.
    if (isExporting()) {
        m_runner->cancel();
        m_closeButton->setEnabled(false);
        connect(
            this, &ExportDialog::exportFinished, this, [this] { m_closeButton->setEnabled(true); },
            Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void ExportDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(Group);
    const int format = m_format->findData(settings.value(QStringLiteral("format")).toString());
    m_format->setCurrentIndex(qMax(0, format));
    const QString folder =
        settings.value(QStringLiteral("folder"), QFileInfo(m_projectPath).absolutePath())
            .toString();
    m_destination->setText(defaultDestination(folder));
    const QString scope = settings.value(QStringLiteral("articles")).toString();
    if (scope == QLatin1String("selected") && !m_selectedArticles.isEmpty())
        m_selectedOnly->setChecked(true);
    else if (scope == QLatin1String("filtered"))
        m_filtered->setChecked(true);
    else
        m_allArticles->setChecked(true);
    const QStringList statuses =
        settings
            .value(QStringLiteral("statuses"),
                   QStringList { QStringLiteral("todo"), QStringLiteral("in-progress"),
                                 QStringLiteral("done") })
            .toStringList();
    m_todo->setChecked(statuses.contains(ExportSelection::statusName(ArticleStatus::Todo)));
    m_inProgress->setChecked(
        statuses.contains(ExportSelection::statusName(ArticleStatus::InProgress)));
    m_done->setChecked(statuses.contains(ExportSelection::statusName(ArticleStatus::Done)));
    m_from->setText(settings.value(QStringLiteral("from")).toString());
    m_to->setText(settings.value(QStringLiteral("to")).toString());
    // Unticked ones are remembered, so a label added since comes ticked.
    const QStringList unticked = settings.value(QStringLiteral("untickedLabels")).toStringList();
    for (int i = 0; i < m_labelList->count(); ++i) {
        QListWidgetItem *item = m_labelList->item(i);
        const QString key =
            item->data(QuoteRole).toBool() ? ExportSelection::quoteLabel() : item->text();
        if (unticked.contains(key))
            item->setCheckState(Qt::Unchecked);
    }
    // The byte-order mark and delimiter start as Preferences has them (with
    // a French interface, as French Excel wants them) and keep the last choice.
    const Preferences preferences = Preferences::load();
    m_bom->setChecked(preferences.csvByteOrderMark);
    m_excelSafe->setChecked(settings.value(QStringLiteral("excelSafe"), false).toBool());
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(preferences.csvDelimiter))));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("format"), ExportJob::formatName(format()));
    settings.setValue(QStringLiteral("folder"),
                      QFileInfo(QDir::fromNativeSeparators(destination())).absolutePath());
    settings.setValue(QStringLiteral("articles"),
                      m_selectedOnly->isChecked()   ? QStringLiteral("selected")
                          : m_filtered->isChecked() ? QStringLiteral("filtered")
                                                    : QStringLiteral("all"));
    QStringList statuses;
    if (m_todo->isChecked())
        statuses.append(ExportSelection::statusName(ArticleStatus::Todo));
    if (m_inProgress->isChecked())
        statuses.append(ExportSelection::statusName(ArticleStatus::InProgress));
    if (m_done->isChecked())
        statuses.append(ExportSelection::statusName(ArticleStatus::Done));
    settings.setValue(QStringLiteral("statuses"), statuses);
    settings.setValue(QStringLiteral("from"), m_from->text().trimmed());
    settings.setValue(QStringLiteral("to"), m_to->text().trimmed());
    QStringList unticked;
    for (int i = 0; i < m_labelList->count(); ++i) {
        const QListWidgetItem *item = m_labelList->item(i);
        if (item->checkState() != Qt::Checked)
            unticked.append(item->data(QuoteRole).toBool() ? ExportSelection::quoteLabel()
                                                           : item->text());
    }
    settings.setValue(QStringLiteral("untickedLabels"), unticked);
    settings.setValue(QStringLiteral("bom"), m_bom->isChecked());
    settings.setValue(QStringLiteral("excelSafe"), m_excelSafe->isChecked());
    settings.setValue(QStringLiteral("delimiter"), m_delimiter->currentData().toString());
}

} // namespace Marginalia
