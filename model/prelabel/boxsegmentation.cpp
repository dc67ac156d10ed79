// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "boxsegmentation.h"

#include "embeddingcache.h"
#include "samsegmenter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>

namespace Tessera::BoxSegmentation {

BoxSegmentationRun run(const QList<BoxPrompt> &boxes, bool asMask, double tolerance,
                       EmbeddingCache *cache, const QString &author, const JobControl &control)
{
    BoxSegmentationRun out;
    QElapsedTimer timer;
    timer.start();
    SamSegmenter sam;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SamEmbedding embedding;
    QString embedded; // the image `embedding` belongs to
    bool skipImage = false;
    control.report(0, boxes.size());
    for (int i = 0; i < boxes.size(); ++i) {
        if (control.canceled()) {
            out.canceled = true;
            out.proposals.clear();
            break;
        }
        const BoxPrompt &b = boxes[i];
        if (b.path != embedded) {
            embedded = b.path;
            skipImage = false;
            const QByteArray key = cache ? EmbeddingCache::key(b.path, {}, b.sha256) : QByteArray();
            std::shared_ptr<const SamEmbedding> cached = cache ? cache->load(key) : nullptr;
            QString error;
            if (cached) {
                embedding = *cached;
            } else if (sam.encodeFile(b.path, {}, &embedding, &error)) {
                ++out.encoderRuns;
                if (cache)
                    cache->store(key, embedding);
            } else {
                out.errors.append(error);
                skipImage = true;
            }
            if (!skipImage && !out.assetIds.contains(b.assetId))
                out.assetIds.append(b.assetId);
        }
        if (skipImage)
            continue;
        ++out.boxes;
        SamPrompt prompt;
        prompt.box = b.box;
        QString error;
        const std::optional<SamMask> mask = sam.segment(embedding, prompt, &error);
        if (!mask) {
            out.errors.append(error);
            continue;
        }
        std::optional<Annotation> shape;
        if (asMask) {
            shape = mask->maskAnnotation();
        } else if (const std::optional<QPolygonF> outline = mask->polygon(tolerance)) {
            shape = Annotation{.kind = AnnotationKind::Polygon, .points = *outline};
        }
        if (shape) {
            shape->assetId = b.assetId;
            shape->labelId = b.labelId;
            shape->provenance = {.origin = Origin::Prelabel,
                                 .author = author,
                                 .createdAt = now,
                                 .modifiedAt = now,
                                 .modelId = SegmentJob::modelId(),
                                 .modelVersion = SamSegmenter::modelVersion(),
                                 .score = mask->score};
            shape->data[QStringLiteral("segment")] = QJsonObject{{QStringLiteral("box"), b.sourceId}};
            out.proposals.append(*shape);
        }
        control.report(i + 1, boxes.size());
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace Tessera::BoxSegmentation
