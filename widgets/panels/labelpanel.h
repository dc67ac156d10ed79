// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace Tessera {

/**
 * The label palette: the labels that apply to the current asset's kind, with colour, hotkey and a
 * quick filter. Checked labels are the classes (image tags, document classes) the asset has.
 */
class LabelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LabelPanel(QWidget *parent = nullptr);
    void setLabels(const QList<Label> &labels);
    /** Shows the labels for this asset kind, with the given ones checked. */
    void setAsset(std::optional<AssetKind> kind, const QSet<qint64> &checkedLabels);
    int visibleCount() const;

signals:
    /** The user picked a label (click, Enter or its hotkey). */
    void labelActivated(qint64 labelId);

private:
    void rebuild();

    QList<Label> m_labels;
    std::optional<AssetKind> m_kind;
    QSet<qint64> m_checked;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Tessera
