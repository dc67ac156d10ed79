// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QTableWidget;

namespace Tessera {

class ProjectStore;

/**
 * Labels › Manage Labels: every label of the project in one table (colour, name, key, the asset
 * kinds it applies to, how many annotations use it), edited in place and stored at once. A key
 * used twice, or by a command of the window, is marked with what else uses it. Removing a label
 * says first how many annotations go with it. Labels can be moved up and down in the window's
 * order; the class ids of exports never change here: they follow the order labels were added in,
 * which no edit touches (the table shows them).
 */
class LabelManagerDialog : public QDialog
{
    Q_OBJECT

public:
    /** A key of one of the window's commands, and the asset kinds on which that command works. */
    struct ReservedKey
    {
        QString key; // QKeySequence::toString()
        QString command;
        int kinds = AllKindsFlag;
    };
    /**
     * reservedKeys: the keys of the window's commands. A label must avoid a key whose command
     * works on a kind of asset the label applies to (a comparison's "2" does not take an image
     * label's "2": the two never work at once).
     */
    LabelManagerDialog(ProjectStore *store, const QList<ReservedKey> &reservedKeys,
                       QWidget *parent = nullptr);

    enum Column {
        ColourColumn,
        NameColumn,
        KeyColumn,
        ImageColumn,
        TextColumn,
        ComparisonColumn,
        UsesColumn,
        ClassIdColumn,
        ColumnCount
    };
    QTableWidget *table() const { return m_table; }
    /** Selects the row of this label (e.g. the one double-clicked in the label panel). */
    void selectLabel(qint64 labelId);
    /** Adds a label with this name; false (and a message) when the name is empty or taken. */
    bool addLabel(const QString &name);
    /**
     * Removes the label of this row. When annotations use it, confirm is asked with their number
     * first (true: remove them too). False when refused or not confirmed.
     */
    bool removeRow(int row, const std::function<bool(int uses)> &confirm);
    /**
     * Merges the label of this row into the label into: confirm is asked first with how many
     * annotations change label (true: merge). The merged label goes; class ids of the others stay.
     */
    bool mergeRow(int row, qint64 into, const std::function<bool(int uses)> &confirm);
    /** Replaces the attributes of the label in this row (checked as AttributesDialog does). */
    bool setAttributes(int row, const QList<AttributeDefinition> &attributes);
    /** Replaces the keypoint skeleton of the label in this row (checked as SkeletonDialog does). */
    bool setSkeleton(int row, const Skeleton &skeleton);
    /**
     * Moves the label of this row up (delta < 0) or down in the window's order and keeps it
     * selected. Class ids of exports do not change. False at the ends or when the store refuses.
     */
    bool moveRow(int row, int delta);
    /** Sets the colour of the label in this row. */
    bool setColour(int row, const QColor &colour);
    /** The problem shown for the last edit (empty: none). */
    QString message() const;

signals:
    /** A label was added, changed or removed: the window reloads its labels. */
    void labelsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    /** Stores an edited label, shows it selected and tells the window; false with the reason. */
    bool store(const Label &label);
    void cellEdited(int row, int column);
    void markConflicts();
    void say(const QString &text);

    ProjectStore *m_store;
    QList<ReservedKey> m_reserved;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<Label> m_labels;
    QMap<qint64, qint64> m_uses;
    bool m_filling = false;
};

} // namespace Tessera
