// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydialog.h"

#include "labelpalette.h"
#include "projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Marginalia {

EntityDialog::EntityDialog(ProjectSession *session, const Entity &entity, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entity(entity)
    , m_name(new QLineEdit(entity.name, this))
    , m_label(new QComboBox(this))
    , m_aliases(new QPlainTextEdit(entity.aliases.join(QLatin1Char('\n')), this))
    , m_externalId(new QLineEdit(entity.externalId, this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(entity.id == 0 ? tr("New Entity") : tr("Edit Entity"));
    m_name->setObjectName(QStringLiteral("name"));
    m_label->setObjectName(QStringLiteral("label"));
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_externalId->setObjectName(QStringLiteral("externalId"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_error->setObjectName(QStringLiteral("error"));
    for (const Label &label : session->labels()) {
        m_label->addItem(LabelPalette::swatch(QColor(label.color)), label.name, label.id);
        if (label.id == entity.labelId)
            m_label->setCurrentIndex(m_label->count() - 1);
    }
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlaceholderText(tr("One name per line"));
    m_externalId->setPlaceholderText(tr("e.g. a Wikidata QID such as Q7747"));
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("E&xternal ID:"), m_externalId);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntityDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EntityDialog::updateState);
    connect(m_externalId, &QLineEdit::textChanged, this, &EntityDialog::updateState);
    connect(m_label, &QComboBox::currentIndexChanged, this, &EntityDialog::updateState);
    updateState();
    m_name->selectAll();
    m_name->setFocus();
    resize(420, 360);
}

Entity EntityDialog::entity() const
{
    Entity result = m_entity;
    result.name = m_name->text().trimmed();
    result.labelId = m_label->currentData().toLongLong();
    result.externalId = normalizedExternalId(m_externalId->text());
    result.aliases.clear();
    const QStringList lines = m_aliases->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString alias = line.trimmed();
        if (!alias.isEmpty() && alias != result.name && !result.aliases.contains(alias))
            result.aliases.append(alias);
    }
    return result;
}

QString EntityDialog::normalizedExternalId(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression wikidata(QStringLiteral(
        "^(?:https?://)?(?:www\\.|m\\.)?wikidata\\.org/(?:wiki|entity)/(?:Special:EntityPage/)?"
        "([Qq][0-9]+)/?(?:[?#].*)?$"));
    static const QRegularExpression qid(QStringLiteral("^[Qq][0-9]+$"));
    if (const QRegularExpressionMatch link = wikidata.match(trimmed); link.hasMatch())
        return link.captured(1).toUpper();
    if (qid.match(trimmed).hasMatch())
        return trimmed.toUpper();
    return trimmed;
}

QString EntityDialog::externalIdHint(const QString &externalId)
{
    static const QRegularExpression qid(QStringLiteral("^Q[1-9][0-9]*$"));
    const QString normalized = normalizedExternalId(externalId);
    if (normalized.isEmpty() || qid.match(normalized).hasMatch())
        return QString();
    return tr("This does not look like a Wikidata QID (Q followed by digits, as in Q7747). "
              "It will be stored as typed.");
}

void EntityDialog::updateState()
{
    m_hint->setText(externalIdHint(m_externalId->text()));
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_error->clear();
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && m_label->currentIndex() >= 0);
}

void EntityDialog::accept()
{
    QString error;
    if (!m_session->checkEntity(entity(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Marginalia
