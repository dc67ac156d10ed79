// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "thumbnailcache.h"

#include "picturepool.h"
#include "prelabel/rowsource.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

namespace Tessera {

namespace {

// Runs on a pool thread. The decoder scales while it decodes (JPEG DCT scaling), so a 40000-pixel
// image never becomes a full-size QImage here.
QImage makeThumbnail(const QString &imagePath, const QString &diskPath, QString *error)
{
    if (!diskPath.isEmpty() && QFileInfo::exists(diskPath)) {
        QImage cached(diskPath);
        if (!cached.isNull())
            return cached;
    }
    QImageReader reader(imagePath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        *error = QStringLiteral("%1: not a readable image (%2)")
                         .arg(QDir::toNativeSeparators(imagePath), reader.errorString());
        return QImage();
    }
    const int side = ThumbnailCache::thumbnailSize();
    reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    // Qt refuses to hold more than 256 MB (64 MP) to scale a TIFF (or PNG) down: a pyramid
    // level, or rows streamed into a box filter, make the thumbnail without holding the image.
    QString streamError;
    if (image.isNull() && qint64(size.width()) * size.height() > 64LL * 1000 * 1000) {
        image = readReducedByRows(imagePath, side, &streamError);
        if (!image.isNull())
            image = image.scaled(
                    image.size().scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)),
                    Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (image.isNull() && !streamError.isEmpty()) {
        *error = streamError; // names the file and where it broke
        return QImage();
    }
    if (image.isNull()) {
        *error = QStringLiteral("%1: cannot decode (%2)")
                         .arg(QDir::toNativeSeparators(imagePath), reader.errorString());
        return QImage();
    }
    if (!diskPath.isEmpty() && QDir().mkpath(QFileInfo(diskPath).absolutePath())) {
        QSaveFile out(diskPath);
        if (out.open(QIODevice::WriteOnly)) {
            QImageWriter writer(&out, "jpg");
            writer.setQuality(85);
            if (writer.write(image.convertToFormat(QImage::Format_RGB32)))
                out.commit();
        }
    }
    return image;
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
    , m_memory(2000)
{
    m_maxRunning = std::max(1, QThread::idealThreadCount());
}

ThumbnailCache::~ThumbnailCache()
{
    m_queue.clear();
    // Workers post back to this object; wait so that none outlives it.
    picturePool()->waitForDone();
}

QString ThumbnailCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/thumbnails");
}

void ThumbnailCache::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QImage ThumbnailCache::thumbnail(qint64 assetId, const QString &imagePath, const QString &sha256)
{
    if (QImage *image = m_memory.object(assetId))
        return *image;
    if (m_failed.contains(assetId) || imagePath.isEmpty())
        return QImage();
    if (!m_pending.contains(assetId)) {
        m_pending.insert(assetId);
        QString diskPath;
        if (!m_directory.isEmpty() && sha256.size() > 2)
            diskPath = m_directory + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256
                       + QStringLiteral(".jpg");
        m_queue.append({assetId, imagePath, diskPath});
        startNext();
    }
    return QImage();
}

void ThumbnailCache::clearQueue()
{
    for (const Request &r : std::as_const(m_queue))
        m_pending.remove(r.assetId);
    m_queue.clear();
}

void ThumbnailCache::startNext()
{
    while (m_running < m_maxRunning && !m_queue.isEmpty()) {
        const Request request = m_queue.takeLast();
        ++m_running;
        QPointer<ThumbnailCache> self(this);
        picturePool()->start([self, request]() {
            QString error;
            const QImage image = makeThumbnail(request.imagePath, request.diskPath, &error);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, request, image, error]() {
                        if (self)
                            self->finished(request.assetId, image, error);
                    },
                    Qt::QueuedConnection);
        });
    }
}

void ThumbnailCache::finished(qint64 assetId, const QImage &image, const QString &error)
{
    --m_running;
    m_pending.remove(assetId);
    if (image.isNull()) {
        m_failed.insert(assetId);
        emit thumbnailFailed(assetId, error);
    } else {
        m_memory.insert(assetId, new QImage(image));
        emit thumbnailReady(assetId);
    }
    startNext();
}

} // namespace Tessera
