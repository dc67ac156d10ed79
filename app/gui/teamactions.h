// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace Tessera {

class ProjectSession;

/**
 * Review › Team: split the project into annotators' bundles, merge bundles back (conflicts
 * shown), and the consensus of annotator layers with their agreement figures.
 */
class TeamActions : public QObject
{
    Q_OBJECT

public:
    TeamActions(std::function<ProjectSession *()> session, QWidget *window);

    void addMenu(QMenu *menu);
    void split();
    void merge(const QStringList &bundles);
    void consensus();

signals:
    void message(const QString &text);
    /** The merge or consensus changed assets: the window reloads what it shows. */
    void projectChanged();

private:
    std::function<ProjectSession *()> m_session;
    QWidget *m_window;
};

} // namespace Tessera
