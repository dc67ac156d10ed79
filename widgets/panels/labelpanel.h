// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QSet>
#include <QWidget>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Tessera {

/**
 * The label palette: the labels that apply to the current asset's kind, with colour, hotkey and a
 * quick filter. Checked labels are the classes (image tags, document classes) the asset has.
 * The list never takes the keyboard focus (clicks work): keys keep going to the canvas, so that
 * Space pans there instead of ticking a box here.
 */
class LabelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LabelPanel(QWidget *parent = nullptr);
    void setLabels(const QList<Label> &labels);
    /** Shows the labels for this asset kind, with the given ones checked. */
    void setAsset(std::optional<AssetKind> kind, const QSet<qint64> &checkedLabels);
    /** Highlights the label new shapes get. */
    void setCurrentLabel(qint64 labelId);
    int visibleCount() const;

signals:
    /** The user picked a label (click on its name, or Enter in the filter). */
    void labelActivated(qint64 labelId);
    /** The user ticked or unticked a label's box: add or remove it as a tag or class. */
    void classToggled(qint64 labelId);
    /** The user asked to show or hide the shapes of a label on the canvas. */
    void visibilityToggled(qint64 labelId, bool visible);
    /** A double-click on a label: open the label manager there. */
    void manageRequested(qint64 labelId);
    /** Esc or Enter in the filter: the keyboard should go back to the canvas. */
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();

    QList<Label> m_labels;
    std::optional<AssetKind> m_kind;
    QSet<qint64> m_checked;
    qint64 m_current = 0;
    QSet<qint64> m_hidden;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_empty; // says how to add a label when there is none to show
};

} // namespace Tessera
