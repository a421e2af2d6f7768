// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymentionsdialog.h"

#include "codepointindex.h"
#include "projectsession.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace Marginalia {

namespace {

constexpr qsizetype ContextLength = 48; ///< UTF-16 units each side

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

EntityMentionsDialog::EntityMentionsDialog(ProjectSession *session, qint64 entityId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entityId(entityId)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Article"), tr("Before"), tr("Mention"), tr("After") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_heading->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the list opens a mention and leaves the list open for the next.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_table->item(item->row(), ArticleColumn);
        emit mentionActivated(first->data(ArticleIdRole).toLongLong(),
                              first->data(AnnotationIdRole).toLongLong());
    });
    const auto follow = [this](const QVector<qint64> &ids) {
        if (ids.contains(m_entityId))
            reload();
    };
    connect(session, &ProjectSession::entitiesChanged, this, follow);
    connect(session, &ProjectSession::entityMentionsChanged, this, follow);
    connect(session, &ProjectSession::projectAnnotationsChanged, this,
            &EntityMentionsDialog::reload);
    reload();
    resize(900, 480);
}

void EntityMentionsDialog::reload()
{
    ProjectDatabase &database = m_session->database();
    const std::optional<Entity> entity = database.entity(m_entityId);
    const QVector<Annotation> mentions =
        entity ? database.entityMentions(m_entityId) : QVector<Annotation>();
    m_table->setRowCount(0);
    if (!entity) {
        setWindowTitle(tr("Mentions"));
        m_heading->setText(tr("This entity no longer exists."));
        return;
    }
    setWindowTitle(tr("Mentions of %1").arg(entity->name));
    const int rows = int(qMin<qsizetype>(mentions.size(), MaxRows));
    m_table->setRowCount(rows);
    QFont bold = m_table->font();
    bold.setBold(true);
    qint64 articleId = 0;
    QString title;
    QString text;
    std::unique_ptr<CodePointIndex> index;
    QSet<qint64> articles;
    for (const Annotation &mention : mentions)
        articles.insert(mention.articleId);
    for (int row = 0; row < rows; ++row) {
        const Annotation &mention = mentions.at(row);
        if (mention.articleId != articleId) {
            // Mentions come in article order: each text is read once.
            articleId = mention.articleId;
            const std::optional<ArticleSummary> summary = database.articleSummary(articleId);
            title = summary ? summary->title : QString();
            text = database.articleText(articleId).value_or(QString());
            index = std::make_unique<CodePointIndex>(text);
        }
        const qsizetype start =
            index->toUtf16(qBound<qsizetype>(0, mention.start, index->codePointCount()));
        const qsizetype end =
            index->toUtf16(qBound<qsizetype>(0, mention.end, index->codePointCount()));
        qsizetype from = qMax<qsizetype>(0, start - ContextLength);
        if (from > 0 && text.at(from).isLowSurrogate())
            ++from;
        qsizetype to = qMin(text.size(), end + ContextLength);
        if (to < text.size() && text.at(to).isLowSurrogate())
            ++to;
        const QString before =
            (from > 0 ? QStringLiteral("…") : QString()) + oneLine(text.mid(from, start - from));
        const QString after =
            oneLine(text.mid(end, to - end)) + (to < text.size() ? QStringLiteral("…") : QString());

        auto *articleItem = new QTableWidgetItem(title);
        articleItem->setData(ArticleIdRole, mention.articleId);
        articleItem->setData(AnnotationIdRole, mention.id);
        articleItem->setToolTip(title);
        auto *beforeItem = new QTableWidgetItem(before);
        beforeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *mentionItem = new QTableWidgetItem(oneLine(text.mid(start, end - start)));
        mentionItem->setFont(bold);
        mentionItem->setToolTip(mention.labelName);
        m_table->setItem(row, ArticleColumn, articleItem);
        m_table->setItem(row, BeforeColumn, beforeItem);
        m_table->setItem(row, MentionColumn, mentionItem);
        m_table->setItem(row, AfterColumn, new QTableWidgetItem(after));
    }
    QString heading = tr("%1: %2 in %3.")
                          .arg(entity->name, tr("%n mention(s)", nullptr, int(mentions.size())),
                               tr("%n article(s)", nullptr, int(articles.size())));
    if (rows < mentions.size())
        heading += QLatin1Char(' ') + tr("The first %1 are listed.").arg(rows);
    m_heading->setText(heading);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ArticleColumn, qMin(m_table->columnWidth(ArticleColumn), 240));
}

} // namespace Marginalia
