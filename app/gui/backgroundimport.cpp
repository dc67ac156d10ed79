// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "backgroundimport.h"

#include "jobs/addimagesjob.h"
#include "quality/nearduplicates.h"
#include "store/projectstore.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Tessera {

BackgroundImport::BackgroundImport(QObject *parent)
    : QObject(parent)
{
    // A successful import is reported before the images are hashed (see start()); only a
    // canceled or failed one is reported when the worker ends.
    connect(&m_watcher, &QFutureWatcher<AddReport>::finished, this, [this]() {
        const AddReport report = m_watcher.result();
        if (report.canceled || !report.fatalError.isEmpty())
            emit finished(report);
    });
}

BackgroundImport::~BackgroundImport()
{
    cancelAndWait();
}

void BackgroundImport::cancelAndWait()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void BackgroundImport::start(const ProjectLocation &project, const QStringList &paths,
                             const QString &author)
{
    if (m_watcher.isRunning())
        cancelAndWait(); // hashing the last import's images: it resumes after this one
    m_cancel = false;
    m_importing = true;
    QPointer<BackgroundImport> self(this);
    m_watcher.setFuture(QtConcurrent::run([self, project, paths, author, this]() {
        AddReport report;
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
        if (!store) {
            m_importing = false;
            report.fatalError = error;
            return report;
        }
        store->setAuthor(author);
        JobControl control;
        control.cancel = &m_cancel;
        control.progress = [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total]() {
                        if (self)
                            emit self->progress(done, total);
                    },
                    Qt::QueuedConnection);
        };
        report = AddImagesJob::run(*store, paths, control);
        m_importing = false;
        if (report.canceled || !report.fatalError.isEmpty())
            return report;
        // The import is done for the user: say so now, then hash the new images for the
        // near-duplicate finder while nobody waits (stopped when the project closes).
        QMetaObject::invokeMethod(
                self.data(),
                [self, report]() {
                    if (self)
                        emit self->finished(report);
                },
                Qt::QueuedConnection);
        NearDuplicates::hashMissing(*store, JobControl{{}, &m_cancel});
        AddReport done = report;
        done.assetIds.clear(); // already reported
        return done;
    }));
}

} // namespace Tessera
