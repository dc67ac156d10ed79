// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListView;

namespace Tessera {

class ShapeListModel;

/** The shapes of the current image as a list whose selection mirrors the canvas both ways. */
class ShapeListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ShapeListPanel(ShapeListModel *model, QWidget *parent = nullptr);

    /** Selects these shapes without echoing selectionChanged back. */
    void setSelection(const QList<qint64> &ids);
    QList<qint64> selection() const;

signals:
    void selectionChanged(const QList<qint64> &ids);

private:
    ShapeListModel *m_model;
    QListView *m_view;
    bool m_updating = false;
    QList<qint64> m_wanted; // the selection to keep across reloads of the list
};

} // namespace Tessera
