// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "historydialog.h"

#include "core/audittext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

HistoryDialog::HistoryDialog(const QList<AuditEntry> &entries,
                             const QHash<qint64, QString> &labelNames, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Asset history"));
    auto *hint = new QLabel(tr("Pick a moment and restore the asset's annotations to how they "
                               "were right after it. The restore itself can be undone."),
                            this);
    hint->setWordWrap(true);
    auto *start = new QListWidgetItem(tr("Before any annotation"), m_list);
    start->setData(Qt::UserRole, 0);
    for (const AuditEntry &e : entries) {
        const QString when = QDateTime::fromMSecsSinceEpoch(e.at).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        auto *item = new QListWidgetItem(
                QStringLiteral("%1   %2   %3")
                        .arg(when, e.author, AuditText::describe(e, labelNames)));
        item->setToolTip(e.action);
        item->setData(Qt::UserRole, e.id);
        m_list->insertItem(0, item); // newest first
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("Restore to Here"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (QListWidgetItem *item = m_list->currentItem()) {
            m_entry = item->data(Qt::UserRole).toLongLong();
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, restore, &QPushButton::click);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 480);
}

QString HistoryDialog::lineText(int row) const
{
    // Newest first in the list, with "before any annotation" last.
    const QListWidgetItem *item = m_list->item(m_list->count() - 2 - row);
    return item ? item->text() : QString();
}

int HistoryDialog::entryCount() const
{
    return m_list->count() - 1;
}

} // namespace Tessera
