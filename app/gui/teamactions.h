// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace Tessera {

class DataExchange;
class ProjectSession;

/**
 * Review › Team: split the project into annotators' bundles, merge bundles back (conflicts
 * shown), and the consensus of annotator layers with their agreement figures.
 */
class TeamActions : public QObject
{
    Q_OBJECT

public:
    /** Long work runs through exchange's worker (its own store connection, progress, Cancel). */
    TeamActions(std::function<ProjectSession *()> session, DataExchange *exchange, QWidget *window);

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
    DataExchange *m_exchange;
    QWidget *m_window;
};

} // namespace Tessera
