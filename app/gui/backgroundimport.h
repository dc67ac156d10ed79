// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/jobcontrol.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace Tessera {

/**
 * Adds images to a project on a worker thread with its own store connection (the GUI thread's
 * connection is never shared), reporting progress and each committed chunk back to the GUI.
 */
class BackgroundImport : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundImport(QObject *parent = nullptr);
    ~BackgroundImport() override;

    void start(const QString &projectPath, const QStringList &paths, const QString &author);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel() { m_cancel = true; }
    /** Waits for the worker to stop (used when the project closes). */
    void cancelAndWait();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const Tessera::AddReport &report);

private:
    QFutureWatcher<AddReport> m_watcher;
    std::atomic_bool m_cancel{false};
};

} // namespace Tessera
