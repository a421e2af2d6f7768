// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "annotatorname.h"
#include "exportdialog.h"
#include "exportoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Marginalia {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_startLanguage(preferences.language)
    , m_annotator(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_systemFont(new QCheckBox(tr("The &desktop's font, a little larger"), this))
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QDoubleSpinBox(this))
    , m_snapToWords(
          new QCheckBox(tr("&Snap selections to whole words (Alt selects exactly)"), this))
    , m_bom(new QCheckBox(tr("Byte-order &mark, so Excel reads UTF-8"), this))
    , m_delimiter(new QComboBox(this))
    , m_context(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_annotator->setObjectName(QStringLiteral("annotator"));
    m_language->setObjectName(QStringLiteral("language"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_systemFont->setObjectName(QStringLiteral("systemFont"));
    m_fontFamily->setObjectName(QStringLiteral("fontFamily"));
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_snapToWords->setObjectName(QStringLiteral("snapToWords"));
    m_bom->setObjectName(QStringLiteral("bom"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_context->setObjectName(QStringLiteral("context"));

    m_annotator->setPlaceholderText(AnnotatorName::login());
    m_annotator->setToolTip(tr("Recorded on every annotation and quote you make, here and with "
                               "marginalia-cli. Empty: your login name."));
    // Language names in their own language: whoever cannot read the current
    // interface still finds theirs.
    m_language->addItem(tr("The system's"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageNote->setText(tr("The language changes when Marginalia starts again; it offers "
                               "to restart at once."));
    m_languageNote->setWordWrap(true);
    m_theme->addItem(tr("The desktop's"), Preferences::themeName(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), Preferences::themeName(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeName(Preferences::Theme::Dark));
    m_fontSize->setRange(6, 72);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    ExportDialog::addDelimiterChoices(m_delimiter);
    m_context->setRange(0, int(CsvOptions::MaxContextLength));
    m_context->setSuffix(tr(" characters"));
    m_context->setToolTip(tr("Characters (Unicode code points) of text on each side of a span "
                             "in the left_context and right_context columns."));

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Annotator name:"), m_annotator);

    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(QString(), m_languageNote);
    lookForm->addRow(tr("&Theme:"), m_theme);
    lookForm->addRow(tr("Article font:"), m_systemFont);
    lookForm->addRow(tr("&Font:"), m_fontFamily);
    lookForm->addRow(tr("Si&ze:"), m_fontSize);

    auto *tagging = new QGroupBox(tr("Tagging"), this);
    auto *taggingLayout = new QVBoxLayout(tagging);
    taggingLayout->addWidget(m_snapToWords);

    auto *csv = new QGroupBox(tr("CSV export"), this);
    auto *csvForm = new QFormLayout(csv);
    csvForm->addRow(m_bom);
    csvForm->addRow(tr("D&elimiter:"), m_delimiter);
    csvForm->addRow(tr("&Context each side:"), m_context);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
            Preferences defaults;
            defaults.annotator = m_annotator->text();
            defaults.language = m_language->currentData().toString();
            const bool french = Preferences::wantsExcelFrenchDefaults(defaults.interfaceLocale());
            defaults.csvByteOrderMark = french;
            defaults.csvDelimiter = QLatin1Char(french ? ';' : ',');
            showChoices(defaults);
        });
    connect(m_systemFont, &QCheckBox::toggled, this, [this](bool system) {
        m_fontFamily->setEnabled(!system);
        m_fontSize->setEnabled(!system);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateLanguageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(look);
    layout->addWidget(tagging);
    layout->addWidget(csv);
    layout->addWidget(buttons);
    showChoices(preferences);
}

void PreferencesDialog::showChoices(const Preferences &preferences)
{
    m_annotator->setText(preferences.annotator);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Preferences::themeName(preferences.theme))));
    const bool system = preferences.articleFontFamily.isEmpty() && preferences.articleFontSize <= 0;
    m_systemFont->setChecked(system);
    m_fontFamily->setEnabled(!system);
    m_fontSize->setEnabled(!system);
    const QFont shown = preferences.articleFont(font());
    m_fontFamily->setCurrentFont(shown);
    m_fontSize->setValue(shown.pointSizeF());
    m_snapToWords->setChecked(preferences.snapToWords);
    m_bom->setChecked(preferences.csvByteOrderMark);
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(preferences.csvDelimiter))));
    m_context->setValue(preferences.contextLength);
    updateLanguageNote();
}

void PreferencesDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.annotator = m_annotator->text().trimmed();
    p.language = m_language->currentData().toString();
    p.theme = Preferences::themeFromName(m_theme->currentData().toString());
    if (!m_systemFont->isChecked()) {
        p.articleFontFamily = m_fontFamily->currentFont().family();
        p.articleFontSize = m_fontSize->value();
    }
    p.snapToWords = m_snapToWords->isChecked();
    p.csvByteOrderMark = m_bom->isChecked();
    p.csvDelimiter = m_delimiter->currentData().toString().front();
    p.contextLength = m_context->value();
    return p;
}

} // namespace Marginalia
