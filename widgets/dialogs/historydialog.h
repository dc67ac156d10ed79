// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QHash>

class QListWidget;

namespace Tessera {

/**
 * The audit trail of one asset, newest first: when, who, what. The user picks an entry and
 * restores the asset to how it was right after it; restoredEntry() tells which (0: before all).
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /** labelNames (id → name) lets each line say what changed ("box cat moved 12 px"). */
    HistoryDialog(const QList<AuditEntry> &entries, const QHash<qint64, QString> &labelNames = {},
                  QWidget *parent = nullptr);
    qint64 restoredEntry() const { return m_entry; }
    /** The line shown for the entry at this row (0: the oldest entry). */
    QString lineText(int row) const;
    int entryCount() const;

private:
    QListWidget *m_list;
    qint64 m_entry = -1;
};

} // namespace Tessera
