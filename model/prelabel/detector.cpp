// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "detector.h"

#include "detectorimage.h"
#include "imagedecoder.h"

#include "core/shapegeometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <opencv2/imgproc.hpp>

namespace Tessera {

namespace {

// The detectors' texts, filed by lupdate and looked up under one context, "Detectors".
struct DetectorText
{
    Q_DECLARE_TR_FUNCTIONS(Detectors)
};

const QString cascadeDir = QStringLiteral("/usr/share/opencv4/");

struct Cascade
{
    const char *name;
    const char *file;
    const char *label;
    const char *description;
};

const Cascade cascades[] = {
        {"haar-face", "haarcascades/haarcascade_frontalface_default.xml", "face",
         QT_TRANSLATE_NOOP("Detectors", "Frontal faces (Haar cascade, opencv-data)")},
        {"lbp-face", "lbpcascades/lbpcascade_frontalface_improved.xml", "face",
         QT_TRANSLATE_NOOP("Detectors", "Frontal faces, faster (LBP cascade, opencv-data)")},
        {"haar-eyes", "haarcascades/haarcascade_eye.xml", "eye",
         QT_TRANSLATE_NOOP("Detectors", "Eyes (Haar cascade)")},
        {"haar-fullbody", "haarcascades/haarcascade_fullbody.xml", "person",
         QT_TRANSLATE_NOOP("Detectors", "Standing people, whole body (Haar cascade)")},
        {"haar-plate", "haarcascades/haarcascade_russian_plate_number.xml", "licence plate",
         QT_TRANSLATE_NOOP("Detectors", "Licence plates (Haar cascade)")},
        {"haar-catface", "haarcascades/haarcascade_frontalcatface_extended.xml", "cat face",
         QT_TRANSLATE_NOOP("Detectors", "Cat faces (Haar cascade)")},
};

} // namespace

cv::Mat readBgr(const QString &path, QString *error)
{
    QString problem;
    const QImage image = ImageDecoder::decodeReduced(path, 1, &problem);
    if (image.isNull()) {
        if (error)
            *error = problem;
        return {};
    }
    // Format_RGB32 is B, G, R, X in memory on little endian: OpenCV's BGRA.
    const cv::Mat bgrx(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.bits()),
                       size_t(image.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(bgrx, bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

bool Detector::detectFile(const QString &path, QList<Detection> *out, QString *error)
{
    // Turned as EXIF says, so boxes fit the image as it is shown.
    const cv::Mat bgr = readBgr(path, error);
    if (bgr.empty())
        return false;
    out->clear();
    const int side = std::max(bgr.cols, bgr.rows);
    if (m_tile <= 0 || side <= m_tile * 5 / 4) {
        *out = detect(DetectorImage{bgr});
        return true;
    }
    // Sliced inference: small objects in a huge image are found at the detector's own scale;
    // a fifth of a tile of overlap keeps an object on a border whole in one of its tiles.
    for (const QRect &t : Detectors::tiles(QSize(bgr.cols, bgr.rows), m_tile, m_tile / 5)) {
        const cv::Mat part = bgr(cv::Rect(t.x(), t.y(), t.width(), t.height()));
        for (Detection d : detect(DetectorImage{part})) {
            d.box.translate(t.topLeft());
            for (QPointF &p : d.keypoints)
                p += t.topLeft();
            out->append(d);
        }
    }
    *out = Detectors::suppress(*out, 0.5);
    return true;
}

bool optionNumber(const QMap<QString, QString> &options, const QString &key, double fallback,
                  double low, double high, double *value, QString *error)
{
    if (!options.contains(key)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = options.value(key).toDouble(&ok);
    if (ok && *value >= low && *value <= high)
        return true;
    *error = DetectorText::tr("%1=%2: expected a number from %3 to %4")
                     .arg(key, options.value(key))
                     .arg(low)
                     .arg(high);
    return false;
}

namespace Detectors {

QList<Info> all()
{
    QList<Info> list;
    const QString threshold = DetectorText::tr("threshold=%1: lowest score kept (0..1)");
    const QString tile
            = DetectorText::tr("tile=0: slice images larger than this side, e.g. 1024 (0: never)");
    for (const Cascade &c : cascades)
        list.append({QString::fromLatin1(c.name),
                     DetectorText::tr(c.description),
                     {DetectorText::tr("min-size=24: smallest object side in pixels"),
                      DetectorText::tr(
                              "neighbours=5: detections that must agree (higher: fewer, surer)"),
                      threshold.arg(QStringLiteral("0")), tile}});
    list.append({QStringLiteral("blazeface"),
                 DetectorText::tr(
                         "Faces with eyes, ears, nose and mouth (MediaPipe BlazeFace 128, front "
                         "camera: faces near the camera)"),
                 {threshold.arg(QStringLiteral("0.75")), tile}});
    list.append({QStringLiteral("blazeface-back"),
                 DetectorText::tr(
                         "Faces, also small and distant (MediaPipe BlazeFace 256, back camera)"),
                 {threshold.arg(QStringLiteral("0.75")), tile}});
    list.append(
            {QStringLiteral("yolov8n"),
             DetectorText::tr(
                     "80 everyday objects: people, animals, vehicles, cups… (YOLOv8n on COCO, "
                     "ONNX Runtime; opt-in, AGPL-3.0 weights)"),
             {DetectorText::tr(
                      "map=human:person,mug:cup: project label ← COCO class (only those kept)"),
              DetectorText::tr("classes=person,cup: COCO classes kept (default: all)"),
              DetectorText::tr("others=1: with map=, keep the other classes too (as new labels)"),
              DetectorText::tr("iou=0.45: overlap above which boxes merge"),
              threshold.arg(QStringLiteral("0.25")), tile}});
    list.append({QStringLiteral("yolo"),
                 DetectorText::tr("Your YOLO v5 or v8 ONNX model"),
                 {DetectorText::tr("model=PATH: the .onnx file"),
                  DetectorText::tr("names=PATH: class names, one per line"),
                  DetectorText::tr("size=640: input side"),
                  DetectorText::tr("iou=0.45: overlap above which boxes merge"),
                  threshold.arg(QStringLiteral("0.25")), tile}});
    return list;
}

std::unique_ptr<Detector> make(const QString &name, const QMap<QString, QString> &options,
                               QString *error)
{
    std::unique_ptr<Detector> detector;
    for (const Cascade &c : cascades) {
        if (name == QLatin1String(c.name))
            detector = makeCascadeDetector(name, cascadeDir + QLatin1String(c.file),
                                           QString::fromLatin1(c.label), options, error);
    }
    if (name == QLatin1String("blazeface") || name == QLatin1String("blazeface-back"))
        detector = makeBlazeFace(name.endsWith(QLatin1String("back")), options, error);
    else if (name == QLatin1String("yolo"))
        detector = makeYolo(options, error);
    else if (name == QLatin1String("yolov8n"))
        detector = makeYoloV8n(options, error);
    else if (!detector && error->isEmpty())
        *error = DetectorText::tr("no detector named \"%1\" (see tessera-cli detectors)").arg(name);
    if (!detector)
        return nullptr;
    bool ok = true;
    const int tile = options.value(QStringLiteral("tile"), QStringLiteral("0")).toInt(&ok);
    if (!ok || tile < 0 || (tile > 0 && tile < 64)) {
        *error = DetectorText::tr("tile=%1: a side of at least 64 pixels, or 0")
                         .arg(options.value(QStringLiteral("tile")));
        return nullptr;
    }
    detector->setTileSize(tile);
    return detector;
}

QString userModelFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/models");
}

QStringList fetchCommand(const QString &model)
{
    if (model != QLatin1String("yolov8n"))
        return {};
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString &script :
         QStringList{app + QStringLiteral("/../../../packaging/fetch-models.sh"),
                     app + QStringLiteral("/../../packaging/fetch-models.sh"),
                     QStringLiteral("/usr/share/tessera/fetch-models.sh")}) {
        if (QFileInfo(script).isFile())
            return {QStringLiteral("bash"), QFileInfo(script).canonicalFilePath(),
                    userModelFolder(), QStringLiteral("--only-yolov8n")};
    }
    return {};
}

QString findModel(const QString &fileName)
{
    QStringList dirs;
    if (qEnvironmentVariableIsSet("TESSERA_MODELS"))
        dirs.append(qEnvironmentVariable("TESSERA_MODELS"));
    // The build puts the models in build/models; the programs live in build/app/*/.
    const QString app = QCoreApplication::applicationDirPath();
    dirs << app + QStringLiteral("/../../models") << app + QStringLiteral("/../models")
         << app + QStringLiteral("/../../../models");
    dirs << QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    + QStringLiteral("/models");
    dirs << QStringLiteral("/usr/share/tessera/models");
    for (const QString &dir : std::as_const(dirs)) {
        const QString path = QDir(dir).filePath(fileName);
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return {};
}

QList<Detection> suppress(QList<Detection> detections, double overlap)
{
    std::stable_sort(detections.begin(), detections.end(),
                     [](const Detection &a, const Detection &b) { return a.score > b.score; });
    QList<Detection> kept;
    for (const Detection &d : std::as_const(detections)) {
        const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&](const Detection &k) {
            return k.label == d.label && ShapeGeometry::iou(k.box, d.box) > overlap;
        });
        if (!covered)
            kept.append(d);
    }
    return kept;
}

QList<QRect> tiles(const QSize &size, int tile, int overlap)
{
    QList<QRect> out;
    auto starts = [tile, overlap](int length) {
        QList<int> s;
        if (length <= tile)
            return QList<int>{0};
        const int step = std::max(1, tile - overlap);
        const int count = (length - tile + step - 1) / step + 1;
        // Spread the tiles evenly so that the last one ends at the border.
        for (int i = 0; i < count; ++i)
            s.append(int(qint64(length - tile) * i / (count - 1)));
        return s;
    };
    for (int y : starts(size.height()))
        for (int x : starts(size.width()))
            out.append(QRect(x, y, std::min(tile, size.width()), std::min(tile, size.height())));
    return out;
}

QList<Detection> decodeYolo(const float *rows, int count, int width, bool v8,
                            const QStringList &names, double threshold, double scale,
                            QPointF offset)
{
    QList<Detection> out;
    const int first = v8 ? 4 : 5;
    for (int i = 0; i < count; ++i) {
        const float *r = rows + qsizetype(i) * width;
        int best = -1;
        float bestScore = 0;
        for (int c = first; c < width; ++c) {
            if (r[c] > bestScore) {
                bestScore = r[c];
                best = c - first;
            }
        }
        const double score = v8 ? bestScore : double(bestScore) * r[4];
        if (best < 0 || score < threshold)
            continue;
        const QRectF box((r[0] - r[2] / 2 - offset.x()) / scale,
                         (r[1] - r[3] / 2 - offset.y()) / scale, r[2] / scale, r[3] / scale);
        out.append({best < names.size() ? names[best] : QStringLiteral("class %1").arg(best),
                    box,
                    score,
                    {}});
    }
    return out;
}

} // namespace Detectors

} // namespace Tessera
