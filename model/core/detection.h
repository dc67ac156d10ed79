// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Tessera {

/** One thing a detector found, in image pixels of the image as shown (EXIF applied). */
struct Detection
{
    QString label;
    QRectF box;
    double score = 0;
    QList<QPointF> keypoints; // e.g. BlazeFace's eyes, ears, nose and mouth

    bool operator==(const Detection &) const = default;
};

/** What a detector found in one image. */
struct AssetDetections
{
    qint64 assetId = 0;
    QList<Detection> detections;
};

/** The result of a run: detections per image, unreadable images, and how fast it went. */
struct PrelabelRun
{
    QList<AssetDetections> results;
    QStringList errors; // "file: reason"
    bool canceled = false;
    int images = 0;
    double seconds = 0;
};

/** Who made detections, for the proposals' provenance: name, version and parameters. */
struct DetectorInfo
{
    QString name;
    QString version;
    QJsonObject parameters;
};

} // namespace Tessera
