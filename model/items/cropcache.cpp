// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "cropcache.h"

#include "picturepool.h"

#include <QDir>
#include <QImageReader>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace Tessera {

namespace {

struct Made
{
    qint64 annotationId;
    CropCache::Crop crop;
};

// Runs on a pool thread: decodes the image once (reduced by the decoder when it is much larger
// than any crop needs) and cuts every requested crop from it.
QList<Made> makeCrops(const QString &imagePath, const QList<QPair<qint64, QRectF>> &wanted,
                      QString *error)
{
    QList<Made> made;
    QImageReader reader(imagePath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        *error = QStringLiteral("%1: not a readable image (%2)")
                         .arg(QDir::toNativeSeparators(imagePath), reader.errorString());
        return made;
    }
    // Past 4096 px a side, decode reduced: a crop tile is 192 px, and a huge image decoded whole
    // would cost seconds and gigabytes for a handful of tiles.
    double scale = 1.0;
    const int longSide = std::max(size.width(), size.height());
    if (longSide > 4096) {
        scale = 4096.0 / longSide;
        reader.setScaledSize((QSizeF(size) * scale).toSize().expandedTo(QSize(1, 1)));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("%1: cannot decode (%2)")
                         .arg(QDir::toNativeSeparators(imagePath), reader.errorString());
        return made;
    }
    const int side = CropCache::cropSide();
    for (const auto &[id, bounds] : wanted) {
        const QRectF source = CropCache::sourceRect(bounds, size);
        const QRect pixels = QRectF(source.topLeft() * scale, source.size() * scale)
                                     .toAlignedRect()
                                     .intersected(image.rect());
        if (pixels.isEmpty())
            continue;
        QImage tile = image.copy(pixels);
        if (tile.width() > side || tile.height() > side
            || (tile.width() < side / 2 && tile.height() < side / 2))
            tile = tile.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        made.append({id, {tile, QRectF(pixels.topLeft() / scale, QSizeF(pixels.size()) / scale)}});
    }
    return made;
}

} // namespace

CropCache::CropCache(QObject *parent)
    : QObject(parent)
    , m_memory(3000)
{
    m_maxRunning = std::max(1, QThread::idealThreadCount());
}

CropCache::~CropCache()
{
    m_queue.clear();
    // Workers post back to this object; wait so that none outlives it.
    picturePool()->waitForDone();
}

QRectF CropCache::sourceRect(const QRectF &bounds, const QSize &imageSize)
{
    const double margin = std::max(4.0, std::max(bounds.width(), bounds.height()) / 5);
    QRectF r = bounds.adjusted(-margin, -margin, margin, margin);
    return imageSize.isValid() ? r.intersected(QRectF(QPointF(0, 0), QSizeF(imageSize))) : r;
}

CropCache::Crop CropCache::crop(qint64 annotationId, const QString &imagePath, const QRectF &bounds)
{
    if (Crop *c = m_memory.object(annotationId))
        return *c;
    if (m_failed.contains(annotationId) || imagePath.isEmpty())
        return {};
    if (!m_pending.contains(annotationId)) {
        m_pending.insert(annotationId);
        m_queue.append({annotationId, imagePath, bounds});
        startNext();
    }
    return {};
}

void CropCache::clear(bool memory)
{
    for (const Request &r : std::as_const(m_queue))
        m_pending.remove(r.annotationId);
    m_queue.clear();
    if (memory) {
        m_memory.clear();
        m_failed.clear();
    }
}

void CropCache::startNext()
{
    while (m_running < m_maxRunning && !m_queue.isEmpty()) {
        // The newest request, with every queued one of the same image: one decode for them all.
        const QString path = m_queue.constLast().imagePath;
        QList<QPair<qint64, QRectF>> wanted;
        for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
            if (m_queue[i].imagePath == path) {
                wanted.append({m_queue[i].annotationId, m_queue[i].bounds});
                m_queue.removeAt(i);
            }
        }
        ++m_running;
        QPointer<CropCache> self(this);
        picturePool()->start([self, path, wanted]() {
            QString error;
            const QList<Made> made = makeCrops(path, wanted, &error);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, wanted, made, error]() {
                        if (!self)
                            return;
                        --self->m_running;
                        QSet<qint64> done;
                        for (const Made &m : made) {
                            self->m_memory.insert(m.annotationId, new Crop(m.crop));
                            done.insert(m.annotationId);
                        }
                        for (const auto &w : wanted) {
                            self->m_pending.remove(w.first);
                            if (done.contains(w.first)) {
                                emit self->cropReady(w.first);
                            } else {
                                self->m_failed.insert(w.first);
                                emit self->cropFailed(w.first, error);
                            }
                        }
                        self->startNext();
                    },
                    Qt::QueuedConnection);
        });
    }
}

} // namespace Tessera
