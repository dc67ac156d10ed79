// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "rowsource.h"

#include "jpegerror.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <optional>

#include <png.h>
#include <tiffio.h>

namespace Tessera {

namespace {

QString named(const QString &path, const QString &problem)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
}

// ---- JPEG -----------------------------------------------------------------------------------

class JpegRows : public RowSource
{
public:
    ~JpegRows() override
    {
        if (m_started)
            jpeg_destroy_decompress(&m_info);
    }

    bool start(const QString &path, QString *error)
    {
        m_path = path;
        m_file.setFileName(path);
        uchar *bytes = m_file.open(QIODevice::ReadOnly) ? m_file.map(0, m_file.size()) : nullptr;
        if (!bytes) {
            *error = named(path, QStringLiteral("cannot read (%1)").arg(m_file.errorString()));
            return false;
        }
        m_info.err = jpegErrors(&m_error);
        if (setjmp(m_error.jump)) {
            *error = named(
                    path,
                    QStringLiteral("cannot decode (%1)").arg(QString::fromLatin1(m_error.message)));
            return false;
        }
        jpeg_create_decompress(&m_info);
        m_started = true;
        jpeg_mem_src(&m_info, bytes, static_cast<unsigned long>(m_file.size()));
        jpeg_read_header(&m_info, TRUE);
        m_info.out_color_space = JCS_EXT_BGRX;
        jpeg_start_decompress(&m_info);
        return true;
    }

    QSize size() const override
    {
        return QSize(int(m_info.output_width), int(m_info.output_height));
    }

    bool readRow(uchar *line, QString *error) override
    {
        if (setjmp(m_error.jump)) {
            *error = named(
                    m_path,
                    QStringLiteral("cannot decode (%1)").arg(QString::fromLatin1(m_error.message)));
            return false;
        }
        JSAMPROW row = line;
        return jpeg_read_scanlines(&m_info, &row, 1) == 1;
    }

private:
    QString m_path;
    QFile m_file;
    jpeg_decompress_struct m_info{};
    JpegError m_error{};
    bool m_started = false;
};

// ---- PNG ------------------------------------------------------------------------------------

class PngRows : public RowSource
{
public:
    ~PngRows() override
    {
        if (m_png)
            png_destroy_read_struct(&m_png, &m_info, nullptr);
        if (m_file)
            std::fclose(m_file);
    }

    bool start(const QString &path, QString *error)
    {
        m_path = path;
        m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
        if (!m_file) {
            *error = named(path, QStringLiteral("cannot read"));
            return false;
        }
        m_png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
        m_info = m_png ? png_create_info_struct(m_png) : nullptr;
        if (!m_info) {
            *error = named(path, QStringLiteral("out of memory"));
            return false;
        }
        if (setjmp(png_jmpbuf(m_png))) {
            *error = named(path, QStringLiteral("cannot decode (damaged PNG)"));
            return false;
        }
        // A lying header must not make libpng allocate for it: rows are read one at a time.
        png_set_user_limits(m_png, 1000000, 1000000);
        png_init_io(m_png, m_file);
        png_read_info(m_png, m_info);
        if (png_get_interlace_type(m_png, m_info) != PNG_INTERLACE_NONE) {
            *error = named(path,
                           QStringLiteral("an interlaced PNG this large cannot be read in rows"));
            return false;
        }
        // 8-bit RGB, the common case, is spread to 32 bits here: libpng's own filler and BGR
        // steps took a fifth of a 20000x20000 pass.
        m_rgb = png_get_color_type(m_png, m_info) == PNG_COLOR_TYPE_RGB
                && png_get_bit_depth(m_png, m_info) == 8;
        if (!m_rgb) {
            png_set_expand(m_png);
            png_set_strip_16(m_png);
            png_set_gray_to_rgb(m_png);
            png_set_bgr(m_png);
            png_set_filler(m_png, 0xff, PNG_FILLER_AFTER);
        }
        png_read_update_info(m_png, m_info);
        m_size = QSize(int(png_get_image_width(m_png, m_info)),
                       int(png_get_image_height(m_png, m_info)));
        return true;
    }

    QSize size() const override { return m_size; }

    bool readRow(uchar *line, QString *error) override
    {
        if (setjmp(png_jmpbuf(m_png))) {
            *error = named(m_path, QStringLiteral("cannot decode (damaged or cut-off PNG)"));
            return false;
        }
        if (!m_rgb) {
            png_read_row(m_png, line, nullptr);
            return true;
        }
        // The packed row is read into the end of the line and spread forwards in place: pixel
        // i is written to bytes [4i, 4i + 4) after bytes [w + 3i, w + 3i + 3) were read, and
        // 4i + 4 <= w + 3(i + 1) for every i < w, so no unread byte is overwritten.
        const int width = m_size.width();
        uchar *packed = line + width;
        png_read_row(m_png, packed, nullptr);
        auto *out = reinterpret_cast<quint32 *>(line);
        for (int i = 0; i < width; ++i, packed += 3)
            out[i] = 0xff000000u | (quint32(packed[0]) << 16) | (quint32(packed[1]) << 8)
                     | packed[2];
        return true;
    }

private:
    QString m_path;
    bool m_rgb = false;
    std::FILE *m_file = nullptr;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    QSize m_size;
};

// ---- TIFF -----------------------------------------------------------------------------------

class TiffRows : public RowSource
{
public:
    ~TiffRows() override
    {
        if (m_tiff)
            TIFFClose(m_tiff);
    }

    bool start(const QString &path, QString *error)
    {
        m_path = path;
        TIFFSetWarningHandler(nullptr);
        TIFFSetErrorHandler(nullptr);
        m_tiff = TIFFOpen(QFile::encodeName(path).constData(), "r");
        if (!m_tiff) {
            *error = named(path, QStringLiteral("cannot open as TIFF"));
            return false;
        }
        uint32_t w = 0, h = 0;
        TIFFGetField(m_tiff, TIFFTAG_IMAGEWIDTH, &w);
        TIFFGetField(m_tiff, TIFFTAG_IMAGELENGTH, &h);
        m_size = QSize(int(w), int(h));
        if (TIFFIsTiled(m_tiff)) {
            TIFFGetField(m_tiff, TIFFTAG_TILEWIDTH, &m_blockWidth);
            TIFFGetField(m_tiff, TIFFTAG_TILELENGTH, &m_blockHeight);
        } else {
            m_blockWidth = w;
            if (!TIFFGetField(m_tiff, TIFFTAG_ROWSPERSTRIP, &m_blockHeight) || m_blockHeight > h)
                m_blockHeight = h;
        }
        if (w == 0 || h == 0 || m_blockWidth == 0 || m_blockHeight == 0
            || quint64(m_blockWidth) * m_blockHeight > 64u * 1024 * 1024) {
            *error = named(path, QStringLiteral("unsupported TIFF layout"));
            return false;
        }
        return true;
    }

    QSize size() const override { return m_size; }

    bool readRow(uchar *line, QString *error) override
    {
        if (m_row >= m_bandTop + int(m_band.size()) / std::max(1, m_size.width())
            || m_band.isEmpty()) {
            if (!fillBand(error))
                return false;
        }
        const int inBand = m_row - m_bandTop;
        std::memcpy(line, m_band.constData() + qsizetype(inBand) * m_size.width(),
                    size_t(m_size.width()) * 4);
        ++m_row;
        return true;
    }

private:
    // Reads one row of tiles (or one strip) through libtiff's RGBA interface, which handles
    // every photometric and compression; its blocks come bottom-up and as ABGR.
    bool fillBand(QString *error)
    {
        const int top = m_row;
        const int rows = std::min(int(m_blockHeight), m_size.height() - top);
        m_band = QList<quint32>(qsizetype(rows) * m_size.width());
        QList<quint32> raster(qsizetype(m_blockWidth) * m_blockHeight);
        const bool tiled = TIFFIsTiled(m_tiff);
        for (int left = 0; left < m_size.width(); left += int(m_blockWidth)) {
            const int ok
                    = tiled ? TIFFReadRGBATile(m_tiff, uint32_t(left), uint32_t(top), raster.data())
                            : TIFFReadRGBAStrip(m_tiff, uint32_t(top), raster.data());
            if (!ok) {
                *error = named(m_path,
                               QStringLiteral("cannot decode a TIFF block at row %1").arg(top));
                return false;
            }
            const int cols = std::min(int(m_blockWidth), m_size.width() - left);
            // Strips hold exactly their rows; tiles are always full height.
            const int blockRows = tiled ? int(m_blockHeight) : rows;
            for (int y = 0; y < rows; ++y) {
                const quint32 *src
                        = raster.constData() + qsizetype(blockRows - 1 - y) * m_blockWidth;
                quint32 *dst = m_band.data() + qsizetype(y) * m_size.width() + left;
                for (int x = 0; x < cols; ++x) {
                    const quint32 p = src[x];
                    dst[x] = 0xff000000u | (TIFFGetR(p) << 16) | (TIFFGetG(p) << 8) | TIFFGetB(p);
                }
            }
        }
        m_bandTop = top;
        return true;
    }

    QString m_path;
    TIFF *m_tiff = nullptr;
    QSize m_size;
    uint32_t m_blockWidth = 0;
    uint32_t m_blockHeight = 0;
    QList<quint32> m_band;
    int m_bandTop = 0;
    int m_row = 0;
};

} // namespace

RowReducer::RowReducer(QSize full, int factor)
    : m_image(std::max(1, full.width() / std::max(1, factor)),
              std::max(1, full.height() / std::max(1, factor)), QImage::Format_RGB32)
    , m_factor(std::max(1, factor))
    , m_sums(size_t(m_image.width()) * 3)
{}

void RowReducer::addRow(const uchar *row, int imageRow)
{
    const int f = m_factor;
    if (m_image.isNull() || imageRow / f >= m_image.height())
        return; // the last rows that do not fill a block
    const int width = m_image.width();
    const auto *line = reinterpret_cast<const QRgb *>(row);
    quint32 *sum = m_sums.data();
    // Raw pointers, not QList::operator[]: its detach check in this loop was a quarter of a
    // 20000x20000 pass.
    for (int ox = 0; ox < width; ++ox, line += f, sum += 3) {
        quint32 r = 0, g = 0, b = 0;
        for (int k = 0; k < f; ++k) {
            r += (line[k] >> 16) & 0xff;
            g += (line[k] >> 8) & 0xff;
            b += line[k] & 0xff;
        }
        sum[0] += r;
        sum[1] += g;
        sum[2] += b;
    }
    if (imageRow % f == f - 1) {
        auto *out = reinterpret_cast<QRgb *>(m_image.scanLine(imageRow / f));
        const quint32 n = quint32(f) * quint32(f);
        for (int ox = 0; ox < width; ++ox)
            out[ox] = qRgb(int(m_sums[ox * 3] / n), int(m_sums[ox * 3 + 1] / n),
                           int(m_sums[ox * 3 + 2] / n));
        std::fill(m_sums.begin(), m_sums.end(), 0u);
    }
}

QImage readReducedByRows(const QString &path, int maxSide, QString *error)
{
    if (QImage level = readTiffPyramidLevel(path, maxSide); !level.isNull())
        return level.scaled(level.size().scaled(maxSide, maxSide, Qt::KeepAspectRatio),
                            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::unique_ptr<RowSource> source = RowSource::open(path, error);
    if (!source)
        return QImage();
    const QSize size = source->size();
    const int factor = std::max(1, (std::max(size.width(), size.height()) + maxSide - 1) / maxSide);
    RowReducer reducer(size, factor);
    QByteArray line(qsizetype(size.width()) * 4, Qt::Uninitialized);
    for (int y = 0; y < size.height(); ++y) {
        if (!source->readRow(reinterpret_cast<uchar *>(line.data()), error))
            return QImage();
        reducer.addRow(reinterpret_cast<const uchar *>(line.constData()), y);
    }
    return reducer.image();
}

QImage readTiffPyramidLevel(const QString &path, int minSide)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return QImage();
    const QByteArray magic = probe.read(4);
    probe.close();
    if (!magic.startsWith("II*") && !magic.startsWith(QByteArray("MM\0*", 4)))
        return QImage();
    TIFFSetWarningHandler(nullptr);
    TIFFSetErrorHandler(nullptr);
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "r");
    if (!tiff)
        return QImage();
    auto sizeHere = [tiff]() {
        uint32_t w = 0, h = 0;
        TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &w);
        TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &h);
        return QSize(int(w), int(h));
    };
    const QSize full = sizeHere();
    // Where each level is: a SubIFD offset, or a top-level directory index.
    struct Level
    {
        QSize size;
        toff_t subIfd = 0;
        tdir_t directory = 0;
    };
    QList<Level> levels;
    uint16_t subCount = 0;
    toff_t *subOffsets = nullptr;
    if (TIFFGetField(tiff, TIFFTAG_SUBIFD, &subCount, &subOffsets) && subCount > 0) {
        const QList<toff_t> offsets(subOffsets, subOffsets + subCount); // libtiff's goes stale
        for (const toff_t offset : offsets)
            if (TIFFSetSubDirectory(tiff, offset))
                levels.append({sizeHere(), offset, 0});
        TIFFSetDirectory(tiff, 0);
    }
    for (tdir_t index = 1; TIFFSetDirectory(tiff, index); ++index) {
        uint32_t type = 0;
        if (TIFFGetField(tiff, TIFFTAG_SUBFILETYPE, &type) && (type & FILETYPE_REDUCEDIMAGE))
            levels.append({sizeHere(), 0, index});
    }
    // The smallest level that still fills minSide, of the same shape as the full image (a
    // thumbnail of another page, or a label image in a slide scan, is not a view of it).
    std::optional<Level> chosen;
    for (const Level &level : levels) {
        const int side = std::max(level.size.width(), level.size.height());
        const bool sameShape = level.size.width() > 0 && level.size.height() > 0
                               && std::abs(double(full.width()) / level.size.width()
                                           - double(full.height()) / level.size.height())
                                          < 0.02 * double(full.width()) / level.size.width();
        if (sameShape && side >= minSide && level.size.width() < full.width()
            && qint64(level.size.width()) * level.size.height() <= 64LL * 1000 * 1000
            && (!chosen || side < std::max(chosen->size.width(), chosen->size.height())))
            chosen = level;
    }
    QImage image;
    if (chosen
        && (chosen->subIfd ? TIFFSetSubDirectory(tiff, chosen->subIfd)
                           : TIFFSetDirectory(tiff, chosen->directory))) {
        QList<quint32> raster(qsizetype(chosen->size.width()) * chosen->size.height());
        if (TIFFReadRGBAImageOriented(tiff, uint32_t(chosen->size.width()),
                                      uint32_t(chosen->size.height()), raster.data(),
                                      ORIENTATION_TOPLEFT, 0)) {
            image = QImage(chosen->size, QImage::Format_RGB32);
            for (int y = 0; y < image.height(); ++y) {
                const quint32 *src = raster.constData() + qsizetype(y) * image.width();
                auto *dst = reinterpret_cast<quint32 *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x)
                    dst[x] = 0xff000000u | (TIFFGetR(src[x]) << 16) | (TIFFGetG(src[x]) << 8)
                             | TIFFGetB(src[x]);
            }
        }
    }
    TIFFClose(tiff);
    return image;
}

std::unique_ptr<RowSource> RowSource::open(const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *error = named(path, QStringLiteral("cannot read (%1)").arg(probe.errorString()));
        return nullptr;
    }
    const QByteArray magic = probe.read(8);
    probe.close();
    if (magic.startsWith(QByteArray("\xFF\xD8\xFF", 3))) {
        auto source = std::make_unique<JpegRows>();
        return source->start(path, error) ? std::move(source) : nullptr;
    }
    if (magic.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8))) {
        auto source = std::make_unique<PngRows>();
        return source->start(path, error) ? std::move(source) : nullptr;
    }
    if (magic.startsWith("II*") || magic.startsWith(QByteArray("MM\0*", 4))) {
        auto source = std::make_unique<TiffRows>();
        return source->start(path, error) ? std::move(source) : nullptr;
    }
    *error = named(path, QStringLiteral("not a JPEG, PNG or TIFF image"));
    return nullptr;
}

} // namespace Tessera
