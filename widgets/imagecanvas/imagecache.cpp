// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagecache.h"

#include "items/picturepool.h"
#include "prelabel/imagedecoder.h"
#include "prelabel/rowsource.h"
#include "prelabel/tilecache.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace Tessera {

namespace {

// Decoders show what they could read of a cut-off JPEG and say nothing; the missing end-of-image
// marker tells the user that the rest is grey because the file is incomplete.
bool isTruncatedJpeg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 4)
        return false;
    if (file.read(2) != QByteArray("\xFF\xD8", 2))
        return false; // not a JPEG
    file.seek(std::max<qint64>(0, file.size() - 64));
    QByteArray tail = file.read(64);
    while (!tail.isEmpty() && (tail.endsWith('\0') || tail.endsWith('\n') || tail.endsWith('\r')))
        tail.chop(1);
    return !tail.endsWith(QByteArray("\xFF\xD9", 2));
}

using Partial = std::function<void(const QImage &overview, double scale, int rowsRead)>;

ImageCache::Entry decode(const QString &path, QSize fullSize, const Partial &partial,
                         const std::atomic_bool &cancel, QString *error)
{
    ImageCache::Entry entry;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!fullSize.isValid() || fullSize.isEmpty())
        fullSize = reader.size();
    const qint64 pixels = qint64(fullSize.width()) * fullSize.height();
    if (pixels > ImageCache::maxFullPixels()
        || std::max(fullSize.width(), fullSize.height()) > ImageCache::overviewSide()) {
        // Qt refuses images above 256 MB anyway (an 8000x8000 JPEG); a reduced decode is faster
        // and is all the screen can show at fit.
        if (!ImageDecoder::canDecodeRegions(path)) {
            // PNG and TIFF have no reduced decoding: one streaming pass makes the overview and
            // the full-resolution tiles together, holding one band of rows at a time.
            int factor = 2;
            while (std::max(fullSize.width(), fullSize.height()) / factor
                   > ImageCache::overviewSide())
                factor *= 2;
            auto tiles = std::make_shared<TileCache>(path);
            tiles->setOverviewFactor(factor);
            // The pass takes seconds on a 20000x20000 PNG. A TIFF pyramid has a reduced copy
            // ready, shown whole before the pass; otherwise the overview is shown as it grows.
            const int fullWidth = fullSize.width();
            const QImage level = readTiffPyramidLevel(path, ImageCache::overviewSide() / 2);
            if (!level.isNull())
                partial(level, double(level.width()) / fullWidth, level.height());
            else
                tiles->setProgress([&partial, fullWidth](const QImage &overview, int rowsRead) {
                    partial(overview, double(overview.width()) / fullWidth, rowsRead);
                });
            if (tiles->build(cancel)) {
                entry.image = tiles->overview();
                entry.scale = double(entry.image.width()) / fullSize.width();
                entry.regions = true;
                entry.tiles = tiles;
                return entry;
            }
            if (cancel.load())
                return entry; // nobody is waiting for it any more
            if (pixels > 256LL * 1000 * 1000) {
                *error = tiles->error() + QStringLiteral(" (too large to read whole)");
                return entry;
            }
            // Smaller, unstreamable files (interlaced PNG, BMP, WebP) are read whole below.
        }
        const int factor
                = std::max(2, ImageDecoder::reductionFor(fullSize.width(), fullSize.height(),
                                                         ImageCache::overviewSide()));
        entry.image = ImageDecoder::decodeReduced(path, factor, error);
        if (!entry.image.isNull() && fullSize.width() > 0)
            entry.scale = double(entry.image.width()) / fullSize.width();
        // Regions come from the stored JPEG pixels; the canvas turns them as EXIF says.
        entry.regions = !entry.image.isNull() && ImageDecoder::canDecodeRegions(path);
        entry.orientation = int(reader.transformation());
        return entry;
    }
    entry.image = reader.read();
    if (entry.image.isNull())
        *error = QStringLiteral("%1: cannot decode (%2)")
                         .arg(QDir::toNativeSeparators(path), reader.errorString());
    else if (isTruncatedJpeg(path))
        entry.warning = QStringLiteral("%1: the file is cut off; only the part shown could be read")
                                .arg(QDir::toNativeSeparators(path));
    return entry;
}

} // namespace

ImageCache::ImageCache(QObject *parent)
    : QObject(parent)
    , m_cache(96 * 1024) // KiB: about 11 decoded 1080p images: prefetch both ways, and memory
                         // while stepping stays under 250 MB (160 MB of cache took it to 263)
{}

ImageCache::~ImageCache()
{
    // A pass over a huge image can take seconds: closing the window must not wait for it.
    cancelPassesExcept(QString());
    viewPool()->waitForDone();
}

std::optional<ImageCache::Entry> ImageCache::request(const QString &path, QSize fullSize)
{
    if (Entry *entry = m_cache.object(path))
        return *entry;
    if (m_oversizedPath == path)
        return m_oversized;
    if (path.isEmpty())
        return std::nullopt;
    if (m_pending.contains(path)) {
        if (const auto cancel = m_cancels.value(path); cancel && cancel->load())
            m_wantedAgain.insert(path, fullSize); // started over once the canceled pass ends
        return std::nullopt;
    }
    m_pending.insert(path);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancels.insert(path, cancel);
    QPointer<ImageCache> self(this);
    viewPool()->start([self, path, fullSize, cancel]() {
        QString error;
        const Partial partial = [self, path](const QImage &overview, double scale, int rows) {
            QMetaObject::invokeMethod(
                    self.data(),
                    [self, path, overview, scale, rows]() {
                        if (self)
                            emit self->partial(path, overview, scale, rows);
                    },
                    Qt::QueuedConnection);
        };
        const Entry entry = decode(path, fullSize, partial, *cancel, &error);
        QMetaObject::invokeMethod(
                self.data(),
                [self, path, entry, error]() {
                    if (self)
                        self->finished(path, entry, error);
                },
                Qt::QueuedConnection);
    });
    return std::nullopt;
}

void ImageCache::cancelPassesExcept(const QString &path)
{
    for (auto it = m_cancels.cbegin(); it != m_cancels.cend(); ++it)
        if (it.key() != path)
            *it.value() = true;
}

void ImageCache::finished(const QString &path, const Entry &entry, const QString &error)
{
    m_pending.remove(path);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancels.take(path);
    if (cancel && cancel->load() && entry.image.isNull()) {
        // Given up on purpose; if it was asked for again meanwhile, it starts over now.
        if (m_wantedAgain.contains(path))
            request(path, m_wantedAgain.take(path));
        return;
    }
    m_wantedAgain.remove(path);
    if (entry.image.isNull()) {
        emit failed(path, error);
        return;
    }
    const qsizetype tileBytes = entry.tiles ? entry.tiles->compressedBytes() : 0;
    const qsizetype cost = std::max<qsizetype>(1, (entry.image.sizeInBytes() + tileBytes) / 1024);
    if (cost > m_cache.maxCost()) {
        // QCache would refuse (and delete) an entry above its bound; the one big image being
        // looked at is kept on its own instead, so that it is never decoded twice.
        m_oversizedPath = path;
        m_oversized = entry;
    } else {
        m_cache.insert(path, new Entry(entry), int(cost));
    }
    emit loaded(path);
}

} // namespace Tessera
