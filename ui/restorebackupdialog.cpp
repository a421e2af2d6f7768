// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "projectsession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

constexpr int BackupIndexRole = Qt::UserRole;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &projectPath, ProjectSession *session,
                                         QWidget *parent)
    : QDialog(parent)
    , m_policy(projectPath)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Backups of %1, newest first. Restoring writes a new project "
                                "file; this project and its backups stay as they are.")
                                 .arg(QFileInfo(projectPath).fileName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        { tr("Date"), tr("Reason"), tr("Articles"), tr("Annotations"), tr("Size") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No backups yet. Marginalia makes one each day a project with "
                        "articles is opened, and before deleting a label, merging entities, "
                        "detecting all quotes again or importing annotations; File ▸ Back Up "
                        "Now makes one at any time."));
    layout->addWidget(m_empty);

    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    layout->addWidget(m_folder);

    if (session) {
        auto *keepRow = new QHBoxLayout;
        auto *keepLabel = new QLabel(tr("&Backups to keep:"), this);
        m_keep = new QSpinBox(this);
        m_keep->setObjectName(QStringLiteral("keep"));
        m_keep->setRange(1, ProjectBackups::MaximumKeep);
        m_keep->setValue(session->backupsToKeep());
        m_keep->setToolTip(tr("A project setting. Older backups are removed when the next one "
                              "is made; copies saved elsewhere are never removed."));
        keepLabel->setBuddy(m_keep);
        keepRow->addWidget(keepLabel);
        keepRow->addWidget(m_keep);
        keepRow->addStretch(1);
        layout->addLayout(keepRow);
        connect(m_keep, &QSpinBox::valueChanged, session, &ProjectSession::setBackupsToKeep);
    }

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restore"));
    m_restoreButton->setDefault(true);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::restoreSelected);

    m_chooseFile = [this](const QString &suggested) {
        // No overwrite question: an existing file is refused all the same.
        return QFileDialog::getSaveFileName(this, tr("Restore Backup As"), suggested,
                                            tr("Marginalia projects (*.marginalia)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    reload();
    resize(720, 420);
}

void RestoreBackupDialog::reload()
{
    const ProjectBackups::Backup *selected = selectedBackup();
    const QString selectedPath = selected ? selected->path : QString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_backups = m_policy.list(true);
    QApplication::restoreOverrideCursor();

    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem *current = nullptr;
    for (qsizetype i = m_backups.size() - 1; i >= 0; --i) {
        const ProjectBackups::Backup &backup = m_backups.at(i);
        const bool readable = backup.problem.isEmpty();
        const auto count = [&](qint64 value) {
            return readable ? locale.toString(value) : tr("—", "count of a damaged backup");
        };
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, locale.toString(backup.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(ReasonColumn, ProjectBackups::reasonTitle(backup.reason));
        item->setText(ArticlesColumn, count(backup.articles));
        item->setText(AnnotationsColumn, count(backup.annotations));
        item->setText(SizeColumn, locale.formattedDataSize(backup.size));
        for (const Column column : { ArticlesColumn, AnnotationsColumn, SizeColumn })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(DateColumn, BackupIndexRole, qlonglong(i));
        const QString tip = readable
            ? display(backup.path)
            : tr("%1\nThis backup cannot be read: %2").arg(display(backup.path), backup.problem);
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setToolTip(column, tip);
        if (!readable)
            item->setForeground(DateColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        if (backup.path == selectedPath || (!current && selectedPath.isEmpty() && readable))
            current = item;
    }
    // Where they are: beside the project, or in the data folder when the
    // project's folder could not be written.
    QStringList folders;
    for (const ProjectBackups::Backup &backup : std::as_const(m_backups)) {
        const QString folder = display(QFileInfo(backup.path).absolutePath());
        if (!folders.contains(folder))
            folders.append(folder);
    }
    if (folders.isEmpty())
        folders.append(display(m_policy.besideFolder()));
    m_folder->setText(tr("Folder: %1").arg(folders.join(QLatin1String(", "))));
    m_list->setVisible(!m_backups.isEmpty());
    m_empty->setVisible(m_backups.isEmpty());
    if (current)
        m_list->setCurrentItem(current);
    updateButtons();
}

const ProjectBackups::Backup *RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qsizetype index = item->data(DateColumn, BackupIndexRole).toLongLong();
    return index >= 0 && index < m_backups.size() ? &m_backups.at(index) : nullptr;
}

void RestoreBackupDialog::updateButtons()
{
    const ProjectBackups::Backup *backup = selectedBackup();
    m_restoreButton->setEnabled(backup && backup->problem.isEmpty());
}

void RestoreBackupDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RestoreBackupDialog::restoreSelected()
{
    const ProjectBackups::Backup *selected = selectedBackup();
    if (!selected || !selected->problem.isEmpty())
        return;
    const ProjectBackups::Backup backup = *selected;
    const QString target = m_chooseFile(m_policy.defaultRestorePath(backup));
    if (target.isEmpty())
        return;
    showError(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ProjectBackups::Restored result = ProjectBackups::restore(backup.path, target);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        showError(result.error);
        return;
    }
    m_restored = target;
    m_result = result;
    accept();
}

} // namespace Marginalia
