// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/** A box on an image, with a class; predictions also have a score. */
struct EvalBox
{
    qint64 assetId = 0;
    qint64 labelId = 0;
    QRectF box;
    double score = 1;
};

/** One class's precision–recall curve at IoU 0.5: points in order of falling score. */
struct PrCurve
{
    QList<double> recall;
    QList<double> precision;
};

/** A prediction that matched nothing, or a reference nobody found, at IoU 0.5. */
struct EvalMistake
{
    EvalBox box;
    bool falsePositive = true; // false: a missed reference (false negative)
};

struct Evaluation
{
    /** COCO-style AP averaged over IoU 0.50:0.05:0.95, and at 0.5 and 0.75 (mean over classes
     *  with references). -1 when no class has a reference. */
    double ap = -1;
    double ap50 = -1;
    double ap75 = -1;
    QMap<qint64, double> apPerClass;   // label id -> AP@[.5:.95]
    QMap<qint64, double> ap50PerClass; // label id -> AP50
    QMap<qint64, int> references;      // label id -> number of reference boxes
    QMap<qint64, PrCurve> curves;      // label id -> curve at IoU 0.5
    /**
     * Rows: reference class, columns: predicted class, at IoU ≥ 0.5 and score ≥ the threshold;
     * label id 0 stands for background (a missed reference in its row, an invented box in its
     * column).
     */
    QMap<qint64, QMap<qint64, int>> confusion;
    QList<EvalMistake> mistakes; // false positives by falling score, then false negatives
};

namespace Evaluator {

/**
 * COCO's matching and AP: per image and class, predictions by falling score (at most maxDets
 * per image) take the best unmatched reference with IoU ≥ t; precision made monotone; AP is
 * the mean precision at the 101 recall points 0, 0.01, …, 1. scoreThreshold applies to the
 * confusion matrix and the mistakes only.
 */
Evaluation evaluate(const QList<EvalBox> &references, const QList<EvalBox> &predictions,
                    double scoreThreshold = 0.5, int maxDets = 100);

/** The project's accepted annotations with an area (proposals excluded), as boxes. */
QList<EvalBox> references(ProjectStore &store);
/** The project's unaccepted proposals (of one model, or all when model is empty). */
QList<EvalBox> proposals(ProjectStore &store, const QString &model);

/**
 * Predictions from a file: COCO results JSON ([{image_id, category_id, bbox, score}], image ids
 * are asset ids and category ids are label order + 1, as Tessera's COCO export writes them),
 * or a folder of YOLO .txt files (class cx cy w h score, normalised; file stem = image stem;
 * class = label order), or a dataset another tool wrote with its predictions (a COCO file with
 * images and per-annotation scores, a labelme, VOC or Ultralytics folder): read through that
 * format's codec and placed on the project's images by file name and on its labels by name.
 * std::nullopt and *error naming the file and the problem.
 */
std::optional<QList<EvalBox>> readPredictions(ProjectStore &store, const QString &path,
                                              QString *error);

} // namespace Evaluator

} // namespace Tessera
