// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "quality/reviewworkflow.h"

#include <QDialog>

class QTableWidget;

namespace Tessera {

/**
 * Review › Dashboard: per annotator, the figures of ReviewReport as a table and as bar charts
 * (assets per hour, rejection rate), and Save as CSV.
 */
class DashboardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DashboardDialog(const QList<AnnotatorReport> &report, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /** Writes the CSV atomically; false with *error naming the file. */
    bool saveCsv(const QString &path, QString *error) const;

private:
    QList<AnnotatorReport> m_report;
    QTableWidget *m_table;
};

} // namespace Tessera
