// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefilterbar.h"

#include "articlelistmodel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>

namespace Marginalia {

namespace {

/// A date edit's lowest value means no bound; it shows as "any".
const QDate NoBound(1800, 1, 1);

QString boundOf(const QDateEdit *edit)
{
    return edit->date() == NoBound ? QString() : edit->date().toString(Qt::ISODate);
}

void setBound(QDateEdit *edit, const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    edit->setDate(date.isValid() ? date : NoBound);
}

/// Label choices carry "label id, presence" as a pair in the item's data.
QVariant labelChoice(qint64 labelId, ArticleFilter::Presence presence)
{
    return QVariantList { labelId, int(presence) };
}

} // namespace

ArticleFilterBar::ArticleFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_source(new QLineEdit(this))
    , m_label(new QComboBox(this))
    , m_annotator(new QComboBox(this))
    , m_clear(new QPushButton(tr("&Clear Filters"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("articleFilterBar"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (const ArticleStatus status :
         { ArticleStatus::Todo, ArticleStatus::InProgress, ArticleStatus::Done })
        m_status->addItem(ArticleListModel::statusName(status), int(status));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoBound);
        edit->setSpecialValueText(tr("any"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(NoBound);
        edit->calendarWidget()->installEventFilter(this);
    }
    m_from->setObjectName(QStringLiteral("dateFromFilter"));
    m_to->setObjectName(QStringLiteral("dateToFilter"));
    m_from->setAccessibleName(tr("Dated from"));
    m_to->setAccessibleName(tr("Dated to"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setPlaceholderText(tr("Any source"));
    m_source->setClearButtonEnabled(true);
    m_label->setObjectName(QStringLiteral("labelFilter"));
    m_annotator->setObjectName(QStringLiteral("annotatorFilter"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_count->setObjectName(QStringLiteral("filterCount"));
    setLabels({});
    setAnnotators({});
    setFocusProxy(m_status); // More Filters goes to the first control

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto row = [this, grid](int at, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, at, 0);
        grid->addWidget(field, at, 1, 1, 3);
    };
    row(0, tr("Stat&us:"), m_status);
    auto *dates = new QLabel(tr("&Dated:"), this);
    dates->setBuddy(m_from);
    grid->addWidget(dates, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(new QLabel(tr("to"), this), 1, 2);
    grid->addWidget(m_to, 1, 3);
    row(2, tr("S&ource:"), m_source);
    row(3, tr("&Mentions:"), m_label);
    row(4, tr("Anno&tator:"), m_annotator);
    grid->addWidget(m_count, 5, 0, 1, 3);
    grid->addWidget(m_clear, 5, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    const auto announce = [this] {
        if (!m_quiet)
            emit changed();
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, announce);
    connect(m_label, &QComboBox::currentIndexChanged, this, announce);
    connect(m_annotator, &QComboBox::currentIndexChanged, this, announce);
    connect(m_from, &QDateEdit::dateChanged, this, announce);
    connect(m_to, &QDateEdit::dateChanged, this, announce);
    connect(m_source, &QLineEdit::textChanged, this, announce);
    connect(m_clear, &QPushButton::clicked, this, &ArticleFilterBar::clearAll);
}

ArticleFilter ArticleFilterBar::filter(const QString &title) const
{
    ArticleFilter filter;
    filter.title = title;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = ArticleStatus(status);
    filter.dateFrom = boundOf(m_from);
    filter.dateTo = boundOf(m_to);
    filter.source = m_source->text();
    const QVariantList label = m_label->currentData().toList();
    if (label.size() == 2) {
        filter.labelId = label.at(0).toLongLong();
        filter.labelPresence = ArticleFilter::Presence(label.at(1).toInt());
    }
    if (m_annotator->currentIndex() > 0)
        filter.annotator = m_annotator->currentData().toString();
    return filter;
}

void ArticleFilterBar::setFilter(const ArticleFilter &filter)
{
    {
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        m_status->setCurrentIndex(filter.status ? qMax(0, m_status->findData(int(*filter.status)))
                                                : 0);
        setBound(m_from, filter.dateFrom);
        setBound(m_to, filter.dateTo);
        m_source->setText(filter.source);
        m_label->setCurrentIndex(
            qMax(0, m_label->findData(labelChoice(filter.labelId, filter.labelPresence))));
        m_annotator->setCurrentIndex(
            filter.annotator
                ? qMax(0, m_annotator->findData(*filter.annotator, Qt::UserRole, Qt::MatchExactly))
                : 0);
    }
    emit changed();
}

bool ArticleFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // With no bound the calendar would open in January 1800: it opens at
    // this month instead, nothing chosen until a day is clicked.
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : { m_from, m_to }) {
            if (watched == edit->calendarWidget() && edit->date() == NoBound) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleFilterBar::setLabels(const QVector<Label> &labels)
{
    const QVariant chosen = m_label->currentData();
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    m_label->clear();
    m_label->addItem(tr("Any"), QVariant());
    using P = ArticleFilter::Presence;
    for (const Label &label : labels) {
        m_label->addItem(tr("With %1").arg(label.name), labelChoice(label.id, P::With));
        m_label->addItem(tr("Without %1").arg(label.name), labelChoice(label.id, P::Without));
    }
    m_label->addItem(tr("With quotes"), labelChoice(ArticleFilter::QuotesLabel, P::With));
    m_label->addItem(tr("Without quotes"), labelChoice(ArticleFilter::QuotesLabel, P::Without));
    m_label->setCurrentIndex(qMax(0, m_label->findData(chosen)));
}

void ArticleFilterBar::setAnnotators(const QStringList &annotators)
{
    const int chosenAt = m_annotator->currentIndex();
    const QString chosen = m_annotator->currentData().toString();
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    m_annotator->clear();
    m_annotator->addItem(tr("Anyone"));
    for (const QString &name : annotators)
        m_annotator->addItem(name.isEmpty() ? tr("(unsigned)") : name, name);
    const int found = m_annotator->findData(chosen, Qt::UserRole, Qt::MatchExactly);
    m_annotator->setCurrentIndex(chosenAt > 0 && found > 0 ? found : 0);
}

void ArticleFilterBar::setCount(int shown, int total, bool filtered)
{
    const QLocale locale;
    m_count->setText(
        filtered ? tr("%1 of %2 articles").arg(locale.toString(shown), locale.toString(total))
                 : tr("%Ln article(s)", nullptr, total));
    m_clear->setEnabled(filtered);
}

void ArticleFilterBar::clear()
{
    setFilter(ArticleFilter());
}

} // namespace Marginalia
