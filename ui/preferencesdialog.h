// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Marginalia {

/// Edit ▸ Preferences: who annotates, how the window looks and reads, how a
/// selection snaps and what a CSV export starts from. OK keeps them and the
/// window applies them at once, except the interface language, which takes
/// effect at the next start (the dialog says so when it is changed).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void showChoices(const Preferences &preferences);
    void updateLanguageNote();

    QString m_startLanguage;
    QLineEdit *m_annotator;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QCheckBox *m_systemFont;
    QFontComboBox *m_fontFamily;
    QDoubleSpinBox *m_fontSize;
    QCheckBox *m_snapToWords;
    QCheckBox *m_bom;
    QComboBox *m_delimiter;
    QSpinBox *m_context;
};

} // namespace Marginalia
