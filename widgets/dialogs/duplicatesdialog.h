// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QTimer>

class QLabel;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tessera {

class ProjectStore;

/**
 * Tools › Find Near-Duplicates: groups of images whose perceptual hashes differ in at most the
 * threshold's bits (a slider, regrouped live), with thumbnails. In each group every image but the
 * first is ticked; the ticked ones can be removed from the project or marked (an issue "near-
 * duplicate of …" on each); a group can be skipped. Double-click shows the image.
 */
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(ProjectStore &store, const QHash<qint64, quint64> &hashes,
                     QWidget *parent = nullptr);

    int threshold() const;
    void setThreshold(int bits);
    /** The groups shown now (skipped ones left out). */
    QList<QList<qint64>> shownGroups() const;
    /** The ticked images. */
    QList<qint64> checked() const;
    /** Removes the ticked images from the project (after asking, unless confirm is false). */
    bool removeChecked(bool confirm = true);
    /** Opens an issue on each ticked image naming the first image of its group. */
    bool markChecked();
    void skipGroup(QTreeWidgetItem *group);

signals:
    void showAsset(qint64 assetId);
    /** Assets were removed or marked: the window re-reads the project. */
    void projectChanged();

private:
    void regroup();

    ProjectStore &m_store;
    QHash<qint64, quint64> m_hashes;
    QSet<qint64> m_skipped; // first ids of skipped groups
    QSlider *m_slider;
    QLabel *m_bits;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTimer m_debounce;
};

} // namespace Tessera
