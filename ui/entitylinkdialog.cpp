// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylinkdialog.h"

#include "entitylistmodel.h"
#include "labelpalette.h"
#include "projectsession.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia {

namespace {

enum Role {
    EntityIdRole = Qt::UserRole + 1, ///< 0 on the "new entity" row
    MatchedTextRole, ///< the name or alias that matched
};

} // namespace

EntityLinkDialog::EntityLinkDialog(ProjectSession *session, EntityListModel *entities,
                                   const Annotation &mention, const QString &mentionText,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entities(entities)
    , m_mention(mention)
    , m_name(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_outcome(new QLabel(this))
{
    m_entities->addViewer(); // read and kept read while open, the panel shown or not
    connect(m_entities, &QAbstractItemModel::modelReset, this, &EntityLinkDialog::updateCandidates);
    setWindowTitle(tr("Link to Entity"));
    m_name->setObjectName(QStringLiteral("entityName"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_name->setPlaceholderText(tr("A name or alias; empty to unlink"));
    m_name->installEventFilter(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Return in the name field links at once, also before the dialog has
    // settled its default button on showing (a fast typist, a loaded machine).
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("&Entity (an existing name or alias, or a new name):"), this);
    prompt->setBuddy(m_name);
    layout->addWidget(prompt);
    layout->addWidget(m_name);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EntityLinkDialog::updateCandidates);
    connect(m_list, &QListWidget::currentRowChanged, this, &EntityLinkDialog::updateOutcome);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    m_name->setText(mention.entityId > 0 && !mention.entityName.isEmpty() ? mention.entityName
                                                                          : mentionText);
    updateCandidates();
    m_name->selectAll();
    m_name->setFocus();
    resize(460, 360);
}

EntityLinkDialog::~EntityLinkDialog()
{
    m_entities->removeViewer();
}

void EntityLinkDialog::updateCandidates()
{
    struct Candidate
    {
        int row; ///< in the entity model
        int key; ///< 0: the name, then aliases
        int rank; ///< 0 exact, 1 prefix, 2 inside
    };
    const QString typed = m_name->text().trimmed();
    const QString needle = m_entities->matchKey(typed);
    QVector<Candidate> found;
    if (!needle.isEmpty()) {
        for (int row = 0; row < m_entities->rowCount(); ++row) {
            const QStringList &keys = m_entities->matchKeys(row);
            // The name and aliases only: the external id is not a name.
            const int names = 1 + int(m_entities->summary(row).entity.aliases.size());
            for (int k = 0; k < names && k < keys.size(); ++k) {
                const qsizetype at = keys.at(k).indexOf(needle);
                if (at < 0)
                    continue;
                found.append({ row, k, keys.at(k).size() == needle.size() ? 0 : at == 0 ? 1 : 2 });
                break; // one row per entity: its best-placed key is the first found
            }
        }
    }
    // Exact matches, then prefixes, then the rest; the mention's label
    // first; then the most mentioned.
    const qint64 label = m_mention.labelId;
    std::sort(found.begin(), found.end(), [this, label](const Candidate &a, const Candidate &b) {
        const EntitySummary &x = m_entities->summary(a.row);
        const EntitySummary &y = m_entities->summary(b.row);
        const bool xLabel = x.entity.labelId == label;
        const bool yLabel = y.entity.labelId == label;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (xLabel != yLabel)
            return xLabel;
        if (x.mentions != y.mentions)
            return x.mentions > y.mentions;
        return m_entities->nameKey(a.row).compare(m_entities->nameKey(b.row)) < 0;
    });
    if (found.size() > MaxCandidates)
        found.resize(MaxCandidates);

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QHash<qint64, QIcon> swatches;
    for (const Label &l : m_session->labels())
        swatches.insert(l.id, LabelPalette::swatch(QColor(l.color)));
    int current = -1;
    for (const Candidate &c : std::as_const(found)) {
        const EntitySummary &s = m_entities->summary(c.row);
        const QString matched = c.key == 0 ? s.entity.name : s.entity.aliases.at(c.key - 1);
        const QString text = c.key == 0
            ? tr("%1 · %2").arg(s.entity.name, s.labelName)
            : tr("%1 → %2 · %3").arg(matched, s.entity.name, s.labelName);
        auto *item = new QListWidgetItem(swatches.value(s.entity.labelId), text, m_list);
        item->setData(EntityIdRole, s.entity.id);
        item->setData(MatchedTextRole, matched);
        // An exact match of the mention's label is what the user means.
        if (current < 0 && c.rank == 0 && s.entity.labelId == label)
            current = m_list->count() - 1;
    }
    // A new entity of the same label and name would be the same one again.
    const bool taken = std::any_of(found.cbegin(), found.cend(), [&](const Candidate &c) {
        return c.rank == 0 && c.key == 0 && m_entities->summary(c.row).entity.labelId == label;
    });
    if (!typed.isEmpty() && !taken) {
        const std::optional<Label> mentionLabel = m_session->label(label);
        auto *item = new QListWidgetItem(
            tr("New %1 entity “%2”").arg(mentionLabel ? mentionLabel->name : QString(), typed),
            m_list);
        item->setData(EntityIdRole, 0);
        item->setData(MatchedTextRole, typed);
        if (current < 0)
            current = m_list->count() - 1;
    }
    m_list->setCurrentRow(current);
    updateOutcome();
}

qint64 EntityLinkDialog::chosenEntity() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(EntityIdRole).toLongLong() : 0;
}

QString EntityLinkDialog::newEntityName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(EntityIdRole).toLongLong() == 0 ? m_name->text().trimmed()
                                                              : QString();
}

QString EntityLinkDialog::outcome() const
{
    const qint64 entityId = chosenEntity();
    if (entityId > 0) {
        const int row = m_entities->rowForEntity(entityId);
        if (row < 0)
            return QString();
        const EntitySummary &s = m_entities->summary(row);
        const QString matched = m_list->currentItem()->data(MatchedTextRole).toString();
        QString text = entityId == m_mention.entityId
            ? tr("Stays linked to %1 (%2).").arg(s.entity.name, s.labelName)
            : matched == s.entity.name ? tr("Links to %1 (%2).").arg(s.entity.name, s.labelName)
                                       : tr("Links to %1 (%2) through its alias “%3”.")
                                             .arg(s.entity.name, s.labelName, matched);
        if (s.entity.labelId != m_mention.labelId)
            text += QLatin1Char(' ') + tr("The mention becomes %1.").arg(s.labelName);
        return text;
    }
    const QString name = newEntityName();
    if (!name.isEmpty()) {
        const std::optional<Label> label = m_session->label(m_mention.labelId);
        return tr("Makes a new %1 entity “%2” and links to it.")
            .arg(label ? label->name : QString(), name);
    }
    return m_mention.entityId > 0 ? tr("Unlinks the mention from %1.").arg(m_mention.entityName)
                                  : tr("Leaves the mention unlinked.");
}

void EntityLinkDialog::updateOutcome()
{
    m_outcome->setText(m_entities->isLoaded() ? outcome() : tr("Reading the project's entities…"));
}

void EntityLinkDialog::accept()
{
    if (!m_entities->isLoaded()) {
        updateOutcome();
        return; // the list follows in a moment (modelReset)
    }
    QDialog::accept();
}

bool EntityLinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the field walk the list, as in a completer.
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_list->currentRow() + step, m_list->count() - 1);
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Marginalia
