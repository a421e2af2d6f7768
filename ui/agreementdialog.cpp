// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdialog.h"

#include "agreementstudy.h"
#include "label.h"
#include "preferences.h"
#include "projectsession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Marginalia {

namespace {

QListWidget *checkList(const QStringList &items, const QString &objectName)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * 6 + 2 * list->frameWidth() + 4);
    return list;
}

QTableWidgetItem *figureItem(const QString &text, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString coefficient(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    return QLocale().toString(*value, 'f', 3);
}

} // namespace

AgreementDialog::AgreementDialog(ProjectSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Agreement"));
    QStringList coders;
    for (const QString &name : session.database().annotators()) {
        if (!name.isEmpty())
            coders.append(name);
    }
    QStringList labels;
    for (const Label &label : session.database().labels())
        labels.append(label.name);
    m_coders = checkList(coders, QStringLiteral("agreementCoders"));
    m_labels = checkList(labels, QStringLiteral("agreementLabels"));

    auto *choices = new QGridLayout;
    auto *codersLabel = new QLabel(tr("&Coders:"));
    codersLabel->setBuddy(m_coders);
    auto *labelsLabel = new QLabel(tr("&Labels:"));
    labelsLabel->setBuddy(m_labels);
    choices->addWidget(codersLabel, 0, 0);
    choices->addWidget(labelsLabel, 0, 1);
    choices->addWidget(m_coders, 1, 0);
    choices->addWidget(m_labels, 1, 1);
    auto *basis = new QLabel(tr("Compared over the articles in which every coder ticked made at "
                                "least one mention. Only accepted mentions count, not "
                                "suggestions."));
    basis->setWordWrap(true);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 11);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setHorizontalHeaderLabels({ tr("Coders"), tr("Label"), tr("Spans"), tr("Exact"),
                                         tr("F1 exact"), tr("Overlap"), tr("F1 overlap"),
                                         tr("Tokens"), tr("Differ"), tr("κ tokens"), tr("α_u") });
    const QStringList tips {
        QString(),
        QString(),
        tr("Spans compared: both coders' together (for all coders, summed over the pairs)."),
        tr("Spans with the same label, start and end, matched one to one."),
        tr("2 × exact matches ÷ spans: 1 when every span has its twin."),
        tr("Spans with the same label that share at least one character, matched one to one "
           "so that there are as many matches as possible."),
        tr("2 × overlap matches ÷ spans: forgives boundaries that differ."),
        tr("Word tokens of the articles compared."),
        tr("Tokens the coders gave different labels (or a label and none)."),
        tr("Cohen's kappa over the tokens (Fleiss' kappa for all coders): agreement beyond "
           "chance, 1 perfect, 0 as chance would have it."),
        tr("Krippendorff's unitizing alpha over the characters: how far the coders cut the "
           "same stretches of text, with chance taken out.")
    };
    for (int c = 0; c < tips.size(); ++c) {
        if (!tips.at(c).isEmpty())
            m_table->horizontalHeaderItem(c)->setToolTip(tips.at(c));
    }
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_speakers = new QLabel;
    m_speakers->setObjectName(QStringLiteral("agreementSpeakers"));
    m_speakers->setWordWrap(true);
    m_speakers->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_compute = buttons->addButton(tr("C&ompute"), QDialogButtonBox::ActionRole);
    m_compute->setObjectName(QStringLiteral("agreementCompute"));
    m_compute->setDefault(true);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("agreementExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compute, &QPushButton::clicked, this, &AgreementDialog::compute);
    connect(m_export, &QPushButton::clicked, this, &AgreementDialog::chooseExportFile);
    connect(m_coders, &QListWidget::itemChanged, this, &AgreementDialog::updateButtons);
    connect(m_labels, &QListWidget::itemChanged, this, &AgreementDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(basis);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_speakers);
    layout->addWidget(buttons);
    resize(960, 620);
    if (coders.size() < 2)
        m_summary->setText(tr("Agreement needs mentions signed by at least two coders; this "
                              "project has mentions by %n coder(s).",
                              nullptr, int(coders.size())));
    updateButtons();
}

AgreementDialog::~AgreementDialog()
{
    m_stop->store(true);
}

void AgreementDialog::reject()
{
    m_stop->store(true);
    QDialog::reject();
}

QStringList AgreementDialog::ticked(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            names.append(list->item(i)->text());
    }
    return names;
}

void AgreementDialog::chooseCoders(const QStringList &coders)
{
    for (int i = 0; i < m_coders->count(); ++i) {
        QListWidgetItem *item = m_coders->item(i);
        item->setCheckState(coders.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void AgreementDialog::updateButtons()
{
    m_compute->setEnabled(!m_read.isRunning() && ticked(m_coders).size() >= 2
                          && !ticked(m_labels).isEmpty());
    m_export->setEnabled(!m_read.isRunning() && m_report.has_value());
}

void AgreementDialog::compute()
{
    if (m_read.isRunning())
        return;
    AgreementRequest request;
    request.coders = ticked(m_coders);
    request.labels = ticked(m_labels);
    // Every label ticked: let the report leave out the unused ones.
    if (request.labels.size() == m_labels->count())
        request.labels.clear();
    if (request.coders.size() < 2)
        return;
    m_summary->setText(tr("Computing…"));
    m_stop->store(false);
    m_read.start(
        m_session.path(),
        [request, stop = m_stop](ProjectDatabase &database) {
            auto outcome = std::make_shared<Outcome>();
            AgreementStudy study(database);
            outcome->report = study.run(request, &outcome->error,
                                        [stop](qint64, qint64) { return !stop->load(); });
            return outcome;
        },
        [this](std::shared_ptr<Outcome> outcome, qint64, const QString &error) {
            if (!outcome || !outcome->report) {
                m_report.reset();
                m_table->setRowCount(0);
                m_speakers->clear();
                m_summary->setText(outcome ? outcome->error : error);
            } else {
                m_report = outcome->report;
                showReport();
            }
            updateButtons();
            emit computed();
        },
        QStringLiteral("Agreement"));
    updateButtons();
}

void AgreementDialog::showReport()
{
    const AgreementReport &report = *m_report;
    QString summary = tr("%n article(s) compared, %1 word tokens.", nullptr, int(report.articles))
                          .arg(QLocale().toString(report.tokens));
    if (report.articles == 0)
        summary = tr("No article holds mentions by every coder ticked: there is nothing to "
                     "compare.");
    if (!report.problems.isEmpty())
        summary += QLatin1Char(' ')
            + tr("%n damaged article(s) left out.", nullptr, int(report.problems.size()));
    m_summary->setText(summary);

    m_table->setRowCount(0);
    const Qt::Alignment left = Qt::AlignLeft;
    const Qt::Alignment right = Qt::AlignRight;
    auto addRow = [&](const QString &coders, const QString &label, const AgreementFigures &f,
                      bool overall) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells { coders,
                                  label,
                                  QLocale().toString(f.spans),
                                  QLocale().toString(f.exactMatches),
                                  coefficient(f.f1Exact),
                                  QLocale().toString(f.overlapMatches),
                                  coefficient(f.f1Overlap),
                                  QLocale().toString(f.tokens),
                                  QLocale().toString(f.tokenDisagreements),
                                  coefficient(f.kappaTokens),
                                  coefficient(f.alphaU) };
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = figureItem(cells.at(c), c < 2 ? left : right);
            if (overall) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
    };
    auto addComparison = [&](const AgreementComparison &comparison, bool isAll) {
        addRow(AgreementReport::comparisonName(comparison, isAll), tr("(all labels)"),
               comparison.overall, true);
        for (qsizetype l = 0; l < report.labels.size(); ++l)
            addRow(QString(), report.labels.at(l), comparison.labels.value(l), false);
    };
    for (const AgreementComparison &pair : report.pairs)
        addComparison(pair, false);
    addComparison(report.all, true);

    if (report.all.speakerQuotes == 0) {
        m_speakers->setText(tr("Speakers: no quote was marked by two of the coders or more."));
        return;
    }
    QStringList speakers;
    auto addSpeakers = [&](const AgreementComparison &comparison, bool isAll) {
        speakers.append(tr("%1: α %2 over %n quote(s)", nullptr, int(comparison.speakerQuotes))
                            .arg(AgreementReport::comparisonName(comparison, isAll),
                                 coefficient(comparison.speakerAlpha)));
    };
    for (const AgreementComparison &pair : report.pairs)
        addSpeakers(pair, false);
    addSpeakers(report.all, true);
    m_speakers->setText(tr("Speakers (Krippendorff's nominal alpha over the quotes two coders "
                           "or more marked): %1")
                            .arg(speakers.join(QStringLiteral("; "))));
}

void AgreementDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Agreement"),
        QDir(QFileInfo(m_session.path()).absolutePath()).filePath(QStringLiteral("agreement.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool AgreementDialog::exportCsv(const QString &path)
{
    if (!m_report)
        return false;
    const Preferences preferences = Preferences::load();
    CsvOptions options;
    options.byteOrderMark = preferences.csvByteOrderMark;
    options.delimiter = preferences.csvDelimiter;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && m_report->writeCsv(&file, options) && file.commit())
        return true;
    QMessageBox::warning(
        this, tr("Export Agreement"),
        tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace Marginalia
