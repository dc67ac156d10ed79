// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QDialog>

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
    HistoryDialog(const QList<AuditEntry> &entries, QWidget *parent = nullptr);
    qint64 restoredEntry() const { return m_entry; }
    int entryCount() const;

private:
    QListWidget *m_list;
    qint64 m_entry = -1;
};

} // namespace Tessera
