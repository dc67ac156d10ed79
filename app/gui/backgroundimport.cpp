// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "backgroundimport.h"

#include "jobs/addimagesjob.h"
#include "store/projectstore.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Tessera {

BackgroundImport::BackgroundImport(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<AddReport>::finished, this,
            [this]() { emit finished(m_watcher.result()); });
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

void BackgroundImport::start(const QString &projectPath, const QStringList &paths,
                             const QString &author)
{
    m_cancel = false;
    QPointer<BackgroundImport> self(this);
    m_watcher.setFuture(QtConcurrent::run([self, projectPath, paths, author, this]() {
        AddReport report;
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(projectPath, &error);
        if (!store) {
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
        return AddImagesJob::run(*store, paths, control);
    }));
}

} // namespace Tessera
