// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "outlinepropagation.h"

#include "embeddingcache.h"
#include "samsegmenter.h"
#include "sequences.h"

#include <QCoreApplication>
#include <QPolygonF>

namespace Tessera::OutlinePropagation {

namespace {

// Texts filed by lupdate under, and looked up in, the context "OutlinePropagation".
struct OutlinePropagationText
{
    Q_DECLARE_TR_FUNCTIONS(OutlinePropagation)
};

QRectF boundsOf(const Annotation &a)
{
    if (a.kind == AnnotationKind::Mask)
        return QRectF(a.maskRect);
    return QPolygonF(a.points).boundingRect();
}

double areaOf(const SamMask &m)
{
    qint64 set = 0;
    for (int y = 0; y < m.pixels.height(); ++y) {
        const uchar *row = m.pixels.constScanLine(y);
        for (int x = 0; x < m.pixels.width(); ++x)
            set += row[x] ? 1 : 0;
    }
    return set * m.scale * m.scale;
}

} // namespace

PropagationResult run(const QStringList &framePaths, const Annotation &start, bool asMask,
                      EmbeddingCache *cache, const JobControl &control)
{
    PropagationResult out;
    const QRectF startBox = boundsOf(start);
    if (framePaths.size() < 2 || startBox.isEmpty())
        return out;
    const Sequences::TrackResult tracked = Sequences::propagate(framePaths, startBox, 0.5, control);
    SamSegmenter sam;
    QRectF previousBox = startBox;
    QPointF previousCentre = startBox.center();
    double previousArea = startBox.width() * startBox.height() * 0.6;
    if (start.kind == AnnotationKind::Polygon) {
        // The polygon's own area (shoelace), so that the first jump test is fair.
        double twice = 0;
        for (int i = 0; i < start.points.size(); ++i) {
            const QPointF &p = start.points[i];
            const QPointF &q = start.points[(i + 1) % start.points.size()];
            twice += p.x() * q.y() - q.x() * p.y();
        }
        previousArea = std::abs(twice) / 2;
    }
    for (int i = 0; i < tracked.boxes.size(); ++i) {
        if (control.canceled()) {
            out.stopReason = OutlinePropagationText::tr("canceled");
            break;
        }
        const QString path = framePaths[i + 1];
        const QByteArray key = cache ? EmbeddingCache::key(path, {}) : QByteArray();
        SamEmbedding embedding;
        QString error;
        if (const auto cached = cache ? cache->load(key) : nullptr) {
            embedding = *cached;
        } else if (sam.encodeFile(path, {}, &embedding, &error)) {
            ++out.encoderRuns;
            if (cache)
                cache->store(key, embedding);
        } else {
            out.stopReason = error;
            break;
        }
        const QRectF box = tracked.boxes[i];
        SamPrompt prompt;
        prompt.box = box;
        const QPointF centre = previousCentre + (box.center() - previousBox.center());
        if (box.contains(centre)) {
            prompt.points = {centre};
            prompt.positive = {true};
        }
        const std::optional<SamMask> mask = sam.segment(embedding, prompt, &error);
        const double area = mask ? areaOf(*mask) : 0;
        if (!mask || area < 1) {
            out.stopReason
                    = OutlinePropagationText::tr("the object was not found at frame %1").arg(i + 2);
            break;
        }
        if (area < previousArea / 3 || area > previousArea * 3) {
            out.stopReason = OutlinePropagationText::tr(
                                     "the object changed too much at frame %1 (left the picture or "
                                     "hidden)")
                                     .arg(i + 2);
            break;
        }
        std::optional<Annotation> shape;
        if (asMask) {
            shape = mask->maskAnnotation();
        } else if (const std::optional<QPolygonF> outline = mask->polygon(1.0)) {
            shape = Annotation{.kind = AnnotationKind::Polygon, .points = *outline};
        }
        if (!shape) {
            out.stopReason
                    = OutlinePropagationText::tr("the object was not found at frame %1").arg(i + 2);
            break;
        }
        shape->provenance.score = mask->score;
        out.shapes.append(*shape);
        previousBox = box;
        previousCentre = mask->bounds().center();
        previousArea = area;
        control.report(i + 1, tracked.boxes.size());
    }
    if (out.stopReason.isEmpty() && tracked.boxes.size() + 1 < framePaths.size())
        out.stopReason = tracked.stopReason;
    return out;
}

} // namespace Tessera::OutlinePropagation
