// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "syncbench.h"

#include "store/projectstore.h"
#include "storebench.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace Tessera::Bench {

int syncBench(const QStringList &args)
{
    Q_UNUSED(args)
    // A project of 10,000 images with 10 boxes each, kept in step in a labelme folder.
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("s.tessera")), &error);
    store->setAuthor(QStringLiteral("bench"));
    Label cat{.name = QStringLiteral("cat")};
    store->addLabel(cat);
    QList<Asset> assets;
    for (int i = 0; i < 10000; ++i)
        assets.append(Asset{.kind = AssetKind::Image,
                            .path = QStringLiteral("/nonexistent/%1.jpg").arg(i),
                            .name = QStringLiteral("%1.jpg").arg(i),
                            .sha256 = QString::number(i),
                            .width = 1920,
                            .height = 1080});
    store->addAssets(assets);
    QList<Annotation> boxes;
    for (const Asset &a : std::as_const(assets))
        for (int k = 0; k < 10; ++k)
            boxes.append({.assetId = a.id,
                          .labelId = cat.id,
                          .kind = AnnotationKind::Box,
                          .points = {QPointF(k * 10, k * 5), QPointF(k * 10 + 50, k * 5 + 40)}});
    store->addAnnotations(boxes, ProjectStore::AuditDetail::Summary);

    for (const char *format : {"labelme", "voc", "yolo"}) {
        SyncEngine engine(store.get());
        const QString folder = dir.filePath(QString::fromLatin1(format));
        engine.setTargets({{.folder = folder, .format = QString::fromLatin1(format)}}, &error);
        QElapsedTimer full;
        full.start();
        engine.flush();
        report((QByteArray("sync.") + format + "_full_write_10k_images").constData(),
               full.nsecsElapsed() / 1e9, "s");
        QList<double> latencies;
        for (int i = 0; i < 50; ++i) {
            const Asset &a = assets[(i * 197) % assets.size()];
            QList<Annotation> one{{.assetId = a.id,
                                   .labelId = cat.id,
                                   .kind = AnnotationKind::Box,
                                   .points = {QPointF(i, i), QPointF(i + 30, i + 20)}}};
            store->addAnnotations(one);
            // From the commit to the file on disk, as the app does it: poke, next event turn.
            const QString file
                    = QString::fromLatin1(format) == QLatin1String("labelme")
                              ? folder
                                        + QStringLiteral("/%1.json")
                                                  .arg(QFileInfo(a.name).completeBaseName())
                      : QString::fromLatin1(format) == QLatin1String("voc")
                              ? folder
                                        + QStringLiteral("/Annotations/%1.xml")
                                                  .arg(QFileInfo(a.name).completeBaseName())
                              : folder
                                        + QStringLiteral("/obj_train_data/%1.txt")
                                                  .arg(QFileInfo(a.name).completeBaseName());
            const qint64 sizeBefore = QFileInfo(file).size();
            QElapsedTimer t;
            t.start();
            engine.poke();
            while (QFileInfo(file).size() == sizeBefore && t.elapsed() < 2000)
                QCoreApplication::processEvents();
            latencies.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(latencies.begin(), latencies.end());
        report((QByteArray("sync.") + format + "_one_image_after_edit_median").constData(),
               latencies[latencies.size() / 2], "ms");
        report((QByteArray("sync.") + format + "_one_image_after_edit_p95").constData(),
               latencies[latencies.size() * 95 / 100], "ms");
    }
    return 0;
}

} // namespace Tessera::Bench
