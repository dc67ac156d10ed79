// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "eval/evaluation.h"

#include <QDialog>

class QTableWidget;

namespace Tessera {

/**
 * Tools › Evaluate: AP figures per class, precision–recall curves (Qt Charts), the confusion
 * matrix as a heat map, and the false positives and negatives ranked by score; double-clicking
 * a mistake shows its image.
 */
class EvaluationDialog : public QDialog
{
    Q_OBJECT

public:
    EvaluationDialog(const Evaluation &evaluation, const QList<Label> &labels,
                     const QString &source, QWidget *parent = nullptr);

    QTableWidget *confusionTable() const { return m_confusion; }

signals:
    void showAsset(qint64 assetId);

private:
    QTableWidget *m_confusion;
};

} // namespace Tessera
