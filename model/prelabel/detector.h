// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/detection.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tessera {

struct DetectorImage; // the decoded pixels (OpenCV), private to the pre-labelling library

/**
 * A pre-labelling detector. Instances are not shared between threads: the engine clones one per
 * worker. name/version/parameters go into every proposal's provenance.
 */
class Detector
{
public:
    virtual ~Detector() = default;
    virtual QString name() const = 0;
    virtual QString version() const = 0;
    virtual QJsonObject parameters() const = 0;
    virtual std::unique_ptr<Detector> clone() const = 0;

    /**
     * Decodes the file and detects in it; false and *error naming the file when it cannot be
     * read. Images larger than the tile size are sliced (with overlap) and the results merged.
     */
    bool detectFile(const QString &path, QList<Detection> *out, QString *error);
    /** Detects in decoded pixels, without slicing. */
    virtual QList<Detection> detect(const DetectorImage &image) = 0;

    /** Side of the tiles big images are cut into (0: never). */
    int tileSize() const { return m_tile; }
    void setTileSize(int side) { m_tile = side; }

private:
    int m_tile = 0;
};

namespace Detectors {

struct Info
{
    QString name;
    QString description;
    QStringList options; // "key=default: meaning"
};

/** Every built-in detector, whether or not its model is present. */
QList<Info> all();

/**
 * Makes a detector by name with options (threshold=, tile=, and per detector: model=, names=,
 * size=, iou=, min-size=). nullptr and *error when the name, an option or the model is wrong.
 */
std::unique_ptr<Detector> make(const QString &name, const QMap<QString, QString> &options,
                               QString *error);

/** The 80 COCO class names in YOLOv8's order. */
QStringList cocoNames();

/** The user's own models folder (the data folder + "/models"), searched by findModel(). */
QString userModelFolder();
/**
 * The command that fetches an opt-in model (only "yolov8n") into userModelFolder(): the
 * program and its arguments, or empty when Tessera's fetch script is not installed.
 */
QStringList fetchCommand(const QString &model);

/** Where bundled models are looked for: $TESSERA_MODELS, beside the build, the data folder. */
QString findModel(const QString &fileName);

/** Greedy non-maximum suppression per label: the best first, drop those overlapping more. */
QList<Detection> suppress(QList<Detection> detections, double iou);
/** Tiles of side `tile` covering `size` with at least `overlap` pixels shared between neighbours.
 */
QList<QRect> tiles(const QSize &size, int tile, int overlap);

/**
 * Decodes YOLO output rows into detections: v5 rows are [cx, cy, w, h, objectness, class...],
 * v8 rows [cx, cy, w, h, class...] (the tensor transposed to one row per candidate by the
 * caller). Coordinates are in input pixels, mapped back by scale and the letterbox offset.
 */
QList<Detection> decodeYolo(const float *rows, int count, int width, bool v8,
                            const QStringList &names, double threshold, double scale,
                            QPointF offset);

} // namespace Detectors

} // namespace Tessera
