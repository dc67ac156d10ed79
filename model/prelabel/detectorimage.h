// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to tessera_prelabel: the only header of the pre-labelling code that shows OpenCV.

#include "detector.h"

#include <QPointF>

#include <opencv2/core.hpp>

namespace Tessera {

/**
 * The image of a file as cv::Mat (8-bit BGR), turned as its EXIF orientation says (as OpenCV's
 * IMREAD_COLOR did), decoded by ImageDecoder so that OpenCV's imgcodecs is never loaded. Empty,
 * and *error naming the file, when it cannot be decoded.
 */
cv::Mat readBgr(const QString &path, QString *error);

struct DetectorImage
{
    cv::Mat bgr; // 8-bit, 3 channels
};

/** An image letterboxed for YOLO: scaled into a side×side grey square, centred. */
struct Letterbox
{
    cv::Mat square;
    double scale = 1; // square pixels per image pixel
    QPointF offset;   // where the image's (0, 0) lies in the square
};
Letterbox letterbox(const cv::Mat &bgr, int side);

/** options[key] as a number in [low, high], or fallback when absent; false and *error if not. */
bool optionNumber(const QMap<QString, QString> &options, const QString &key, double fallback,
                  double low, double high, double *value, QString *error);

/** Haar and LBP cascades from Debian's opencv-data. */
std::unique_ptr<Detector> makeCascadeDetector(const QString &name, const QString &file,
                                              const QString &label,
                                              const QMap<QString, QString> &options,
                                              QString *error);
/** MediaPipe BlazeFace (front 128 or back 256) through cv::dnn. */
std::unique_ptr<Detector> makeBlazeFace(bool back, const QMap<QString, QString> &options,
                                        QString *error);
/** A user's YOLO v5 or v8 ONNX model through cv::dnn. */
std::unique_ptr<Detector> makeYolo(const QMap<QString, QString> &options, QString *error);
/** YOLOv8n (COCO) on ONNX Runtime, when fetched (opt-in: AGPL-3.0 weights). */
std::unique_ptr<Detector> makeYoloV8n(const QMap<QString, QString> &options, QString *error);

} // namespace Tessera
