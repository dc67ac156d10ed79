// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Tessera {

class ProjectSession;
class SyncEngine;

/**
 * File › Sync Targets: the folders kept in step with the project (add, remove) and the files
 * someone else changed there, each with its differences, "take the file's version" (applied to
 * the asset's document as one undo step) and "overwrite with the project's".
 */
class SyncDialog : public QDialog
{
public:
    SyncDialog(SyncEngine *engine, ProjectSession *session, QWidget *parent = nullptr);

private:
    void refresh();
    void addTarget();
    void removeTarget();
    void showDifferences();
    void takeFile();
    void overwriteFile();
    int currentConflict() const;

    SyncEngine *m_engine;
    ProjectSession *m_session;
    QListWidget *m_targets;
    QListWidget *m_conflicts;
    QPushButton *m_remove;
    QPushButton *m_differences;
    QPushButton *m_take;
    QPushButton *m_overwrite;
};

} // namespace Tessera
