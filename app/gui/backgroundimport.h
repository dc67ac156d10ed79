// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "store/projectlocation.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace Tessera {

/**
 * Adds images to a project on a worker thread with its own store connection (the GUI thread's
 * connection is never shared), reporting progress and each committed chunk back to the GUI.
 * Afterwards the worker hashes the new images for the near-duplicate finder; a new import or
 * closing the project stops that first.
 */
class BackgroundImport : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundImport(QObject *parent = nullptr);
    ~BackgroundImport() override;

    void start(const ProjectLocation &project, const QStringList &paths, const QString &author);
    /** True while images are being added (not while the new ones are hashed afterwards). */
    bool isRunning() const { return m_importing; }
    void cancel() { m_cancel = true; }
    /** Waits for the worker to stop (used when the project closes). */
    void cancelAndWait();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const Tessera::AddReport &report);

private:
    QFutureWatcher<AddReport> m_watcher;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_importing{false};
};

} // namespace Tessera
