// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "issuepanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

IssuePanel::IssuePanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_reply(new QLineEdit(this))
    , m_send(new QPushButton(tr("Reply"), this))
    , m_resolve(new QPushButton(tr("Resolve"), this))
    , m_showResolved(new QCheckBox(tr("Show resolved"), this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_reply->setPlaceholderText(tr("Write a reply and press Enter"));
    m_summary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reply, 1);
    buttons->addWidget(m_send);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showResolved);
    bottom->addStretch();
    bottom->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(bottom);

    auto send = [this]() {
        const qint64 id = currentIssue();
        if (id && !m_reply->text().trimmed().isEmpty()) {
            emit replyRequested(id, m_reply->text().trimmed());
            m_reply->clear();
        }
    };
    connect(m_send, &QPushButton::clicked, this, send);
    connect(m_reply, &QLineEdit::returnPressed, this, send);
    connect(m_resolve, &QPushButton::clicked, this, [this]() {
        const qint64 id = currentIssue();
        for (const IssueThread &t : std::as_const(m_threads))
            if (t.issue.id == id)
                emit resolveRequested(id, !t.issue.resolved);
    });
    connect(m_showResolved, &QCheckBox::toggled, this, [this]() {
        rebuild();
        emit shownIssuesChanged();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this]() {
        updateButtons();
        const qint64 id = currentIssue();
        for (const IssueThread &t : std::as_const(m_threads))
            if (t.issue.id == id)
                emit issueActivated(t.issue);
    });
    rebuild();
}

void IssuePanel::setThreads(const QList<IssueThread> &threads)
{
    const qint64 keep = currentIssue();
    m_threads = threads;
    // Open issues first, each group oldest first: the work still to do leads.
    std::stable_sort(m_threads.begin(), m_threads.end(),
                     [](const IssueThread &a, const IssueThread &b) {
                         return !a.issue.resolved && b.issue.resolved;
                     });
    rebuild();
    setCurrentIssue(keep);
    emit shownIssuesChanged();
}

QList<Comment> IssuePanel::shownIssues() const
{
    QList<Comment> out;
    for (const IssueThread &t : m_threads)
        if (!t.issue.resolved || m_showResolved->isChecked())
            out.append(t.issue);
    return out;
}

qint64 IssuePanel::currentIssue() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void IssuePanel::setCurrentIssue(qint64 id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, IdRole).toLongLong() == id)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    updateButtons();
}

void IssuePanel::rebuild()
{
    m_tree->clear();
    int open = 0;
    int number = 0;
    for (const IssueThread &t : std::as_const(m_threads)) {
        if (!t.issue.resolved)
            ++open;
        if (t.issue.resolved && !m_showResolved->isChecked())
            continue;
        ++number;
        QString where;
        if (t.issue.hasSpan())
            where = tr(" (characters %1–%2)").arg(t.issue.spanStart).arg(t.issue.spanEnd);
        auto *item = new QTreeWidgetItem(
                m_tree, {tr("%1. %2%3\n%4 · %5%6")
                                 .arg(number)
                                 .arg(t.issue.body, where, t.issue.author, when(t.issue.createdAt),
                                      t.issue.resolved ? tr(" · resolved") : QString())});
        item->setData(0, IdRole, t.issue.id);
        item->setToolTip(0, t.issue.body); // the whole text when the dock is narrow
        if (t.issue.resolved)
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
        QFont bold = item->font(0);
        bold.setBold(!t.issue.resolved);
        item->setFont(0, bold);
        for (const Comment &r : t.replies) {
            auto *reply = new QTreeWidgetItem(
                    item, {tr("%1 · %2\n%3").arg(r.author, when(r.createdAt), r.body)});
            reply->setToolTip(0, r.body);
        }
        item->setExpanded(true);
    }
    m_summary->setText(m_threads.isEmpty()
                               ? tr("No issues on this asset. Ctrl+Alt+N opens one at the "
                                    "selection or under the mouse.")
                               : tr("%n open issue(s)", nullptr, open)
                                         + (m_threads.size() > open
                                                    ? tr(", %n resolved", nullptr,
                                                         int(m_threads.size()) - open)
                                                    : QString()));
    updateButtons();
}

void IssuePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wrapped rows keep the heights of the width they were laid out at: lay them out again.
    QTimer::singleShot(0, m_tree, [tree = m_tree]() { tree->doItemsLayout(); });
}

void IssuePanel::updateButtons()
{
    const qint64 id = currentIssue();
    bool resolved = false;
    for (const IssueThread &t : std::as_const(m_threads))
        if (t.issue.id == id)
            resolved = t.issue.resolved;
    m_send->setEnabled(id != 0);
    m_reply->setEnabled(id != 0);
    m_resolve->setEnabled(id != 0);
    m_resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
}

} // namespace Tessera
