// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecolumnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

/// Enough for the first rows of any sane table, however large the file.
constexpr qint64 PreviewBytes = 1024 * 1024;
constexpr int MaxCellChars = 80;

QString cellText(const QString &value)
{
    QString shown = value.left(MaxCellChars);
    shown.replace(QLatin1Char('\n'), QChar(0x23CE)); // ⏎, so a row stays one line
    shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return value.size() > MaxCellChars ? shown + QChar(0x2026) : shown;
}

} // namespace

ArticleColumnMappingDialog::ArticleColumnMappingDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_file(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_preview(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Articles from %1").arg(QFileInfo(path).fileName()));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    m_delimiter->addItem(tr("Found from the header"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ArticleColumnMappingDialog::load);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->setAccessibleName(tr("First rows of the file"));

    auto *form = new QFormLayout;
    m_delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiterLabel->setBuddy(m_delimiter);
    form->addRow(m_delimiterLabel, m_delimiter);
    // In the order of Role.
    const QString roles[] = { tr("&Text:"), tr("T&itle:"), tr("D&ate:"), tr("&Source:"),
                              tr("&Id:") };
    for (const QString &label : roles) {
        auto *box = new QComboBox(this);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(box);
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        connect(box, &QComboBox::currentIndexChanged, this,
                &ArticleColumnMappingDialog::updateButtons);
        form->addRow(caption, box);
        m_roles.append(box);
    }
    m_dateOrder = new QComboBox(this);
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), int(ArticleDate::Order::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), int(ArticleDate::Order::MonthFirst));
    m_dateOrder->setAccessibleName(tr("Numeric dates"));
    auto *dateOrderLabel = new QLabel(tr("&Numeric dates:"), this);
    dateOrderLabel->setBuddy(m_dateOrder);
    form->addRow(dateOrderLabel, m_dateOrder);
    connect(roleBox(Role::Date), &QComboBox::currentIndexChanged, this,
            &ArticleColumnMappingDialog::guessDateOrder);
    auto *hint = new QLabel(tr("Rows without text are left out. Without a title, the text's "
                               "first line is the title. Dates may be ISO (2024-12-31, 2024-12), "
                               "numeric (31/12/2024, read as chosen above), written out "
                               "(31 décembre 2024, December 31, 2024) or as in RSS; a date "
                               "not understood is a warning and the article is kept without it. "
                               "Without a source, the file and the row's id (or line) are "
                               "the source."),
                            this);
    hint->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 36);
    load();
    m_roles.first()->setFocus();
}

QComboBox *ArticleColumnMappingDialog::roleBox(Role role) const
{
    return m_roles.at(int(role));
}

void ArticleColumnMappingDialog::load()
{
    // The chosen columns stay chosen when the delimiter changes, if they are there.
    QStringList chosen;
    for (const QComboBox *box : std::as_const(m_roles))
        chosen.append(box->count() > 0 ? box->currentData().toString() : QString());
    const bool first = m_preview->columnCount() == 0 && m_error.isEmpty();

    TableFileReader reader;
    TableFileReader::Options options;
    options.previewBytes = PreviewBytes;
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front();
    m_error.clear();
    if (!reader.open(m_path, options, &m_error)) {
        m_file->setText(QDir::toNativeSeparators(m_path));
        m_problem->setText(m_error);
        m_problem->setVisible(true);
        m_preview->clear();
        for (QComboBox *box : std::as_const(m_roles))
            box->clear();
        updateButtons();
        return;
    }
    m_format = reader.format();
    const bool csv = m_format == TableFileReader::Format::Csv;
    if (csv && delimiter.isEmpty())
        m_detected = reader.delimiter();
    m_delimiter->setVisible(csv);
    m_delimiterLabel->setVisible(csv);
    const QString delimiterName = reader.delimiter() == QLatin1Char(';') ? tr("semicolons")
        : reader.delimiter() == QLatin1Char('\t')                        ? tr("tabs")
                                                                         : tr("commas");
    m_file->setText(
        csv ? tr("%1 — CSV in %2, fields separated by %3")
                  .arg(QDir::toNativeSeparators(m_path), reader.encoding(), delimiterName)
            : tr("%1 — JSON lines in %2").arg(QDir::toNativeSeparators(m_path), reader.encoding()));

    QVector<TableFileReader::Row> rows;
    TableFileReader::Row row;
    while (rows.size() < PreviewRows && reader.next(&row))
        rows.append(row);
    const QStringList columns = reader.columns();
    m_columns = columns;
    m_rows = rows;
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    QStringList lines;
    for (int r = 0; r < rows.size(); ++r) {
        lines.append(QString::number(rows.at(r).line));
        if (!rows.at(r).error.isEmpty()) {
            auto *item = new QTableWidgetItem(rows.at(r).error);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_preview->setItem(r, 0, item);
            continue;
        }
        for (int c = 0; c < rows.at(r).values.size() && c < columns.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cellText(rows.at(r).values.at(c))));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->resizeColumnsToContents();
    m_problem->setVisible(false);

    const ArticleColumnMapping defaults = ArticleColumnMapping().resolved(columns);
    const std::optional<QString> guessed[] = { defaults.text, defaults.title, defaults.date,
                                               defaults.source, defaults.id };
    for (int i = 0; i < m_roles.size(); ++i) {
        QComboBox *box = m_roles.at(i);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(i == int(Role::Text) ? tr("(choose a column)") : tr("(none)"), QString());
        for (const QString &column : columns)
            box->addItem(column, column);
        const QString want = !first && columns.contains(chosen.at(i))
            ? chosen.at(i)
            : guessed[i].value_or(QString());
        box->setCurrentIndex(qMax(0, box->findData(want)));
    }
    guessDateOrder();
    updateButtons();
}

void ArticleColumnMappingDialog::guessDateOrder()
{
    const qsizetype column = m_columns.indexOf(roleBox(Role::Date)->currentData().toString());
    QStringList dates;
    for (const TableFileReader::Row &row : std::as_const(m_rows)) {
        if (column >= 0 && column < row.values.size())
            dates.append(row.values.at(column));
    }
    // Month first where it is the custom; day first elsewhere.
    const ArticleDate::Order custom = QLocale().territory() == QLocale::UnitedStates
        ? ArticleDate::Order::MonthFirst
        : ArticleDate::Order::DayFirst;
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(ArticleDate::orderOf(dates, custom))));
}

void ArticleColumnMappingDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(isReadable() && !m_roles.first()->currentData().toString().isEmpty());
}

ArticleTableImporter::Options ArticleColumnMappingDialog::options() const
{
    ArticleTableImporter::Options options;
    options.table.format = m_format;
    const QString delimiter = m_delimiter->currentData().toString();
    options.table.delimiter = delimiter.isEmpty() ? m_detected : delimiter.front();
    const auto value = [this](Role role) { return roleBox(role)->currentData().toString(); };
    options.mapping.text = value(Role::Text);
    options.mapping.title = value(Role::Title);
    options.mapping.date = value(Role::Date);
    options.mapping.source = value(Role::Source);
    options.mapping.id = value(Role::Id);
    options.dateOrder = ArticleDate::Order(m_dateOrder->currentData().toInt());
    return options;
}

} // namespace Marginalia
