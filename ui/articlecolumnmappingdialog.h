// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articletableimporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Marginalia {

/// Asks which columns of a CSV or JSONL file hold each article's text,
/// title, date, source and id, showing the columns found and the first
/// rows. Columns named like a role (text, title... in any case) are chosen
/// to begin with; a CSV's delimiter is found from its header or chosen here.
class ArticleColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Role { Text, Title, Date, Source, Id };
    static constexpr int PreviewRows = 20;

    explicit ArticleColumnMappingDialog(const QString &path, QWidget *parent = nullptr);

    /// False when the file cannot be read as a table; errorText() says why.
    bool isReadable() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    /// The import as chosen: every role set (empty for none), the delimiter.
    ArticleTableImporter::Options options() const;

    QComboBox *roleBox(Role role) const;
    QComboBox *delimiterBox() const { return m_delimiter; }
    /// How numeric dates read: ArticleDate::Order as data. Set from the
    /// date column's first rows when they tell (31/12/2024), else from the
    /// locale; the analyst may change it.
    QComboBox *dateOrderBox() const { return m_dateOrder; }
    QTableWidget *preview() const { return m_preview; }

private:
    void load();
    void updateButtons();
    void guessDateOrder();

    QString m_path;
    QString m_error;
    TableFileReader::Format m_format = TableFileReader::Format::Csv;
    QChar m_detected;
    QLabel *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QList<QComboBox *> m_roles;
    QComboBox *m_dateOrder = nullptr;
    QStringList m_columns; ///< of the file, as the preview read them
    QVector<TableFileReader::Row> m_rows; ///< the preview's
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Marginalia
