// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "detectorimage.h"
#include "onnxsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <opencv2/imgproc.hpp>

namespace Tessera {

namespace {

// The detectors' texts, filed by lupdate and looked up under one context, "Detectors".
struct DetectorText
{
    Q_DECLARE_TR_FUNCTIONS(Detectors)
};

constexpr int kSide = 640;

/**
 * YOLOv8n (COCO, 80 classes) on ONNX Runtime: letterboxed 640×640 RGB in 0..1, output
 * 1×84×8400 decoded by the shared YOLO decoder. Classes are renamed to project labels by the
 * map= option and kept only when wanted (classes=, or mapped ones when a map is given).
 */
class YoloV8n : public Detector
{
public:
    QString name() const override { return QStringLiteral("yolov8n"); }
    QString version() const override { return QStringLiteral("ultralytics-8.0-coco"); }
    QJsonObject parameters() const override
    {
        QJsonObject map;
        for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
            map.insert(it.key(), it.value());
        return {{QStringLiteral("threshold"), m_threshold},
                {QStringLiteral("iou"), m_iou},
                {QStringLiteral("map"), map},
                {QStringLiteral("tile"), tileSize()}};
    }
    std::unique_ptr<Detector> clone() const override
    {
        auto copy = std::make_unique<YoloV8n>();
        copy->m_model = m_model;
        copy->m_threshold = m_threshold;
        copy->m_iou = m_iou;
        copy->m_map = m_map;
        copy->m_keep = m_keep;
        copy->setTileSize(tileSize());
        QString error;
        // Each worker its own session; one intra-op thread each, as the engine runs one per core.
        copy->m_session.load(m_model, 1, &error);
        return copy;
    }
    QList<Detection> detect(const DetectorImage &image) override
    {
        const Letterbox box = letterbox(image.bgr, kSide);
        const cv::Mat &square = box.square;
        Tensor input;
        input.shape = {1, 3, kSide, kSide};
        input.values.resize(size_t(3) * kSide * kSide);
        for (int y = 0; y < kSide; ++y) {
            const uchar *row = square.ptr<uchar>(y);
            for (int x = 0; x < kSide; ++x)
                for (int c = 0; c < 3; ++c) // BGR → RGB planes
                    input.values[size_t(2 - c) * kSide * kSide + size_t(y) * kSide + x]
                            = row[3 * x + c] / 255.0f;
        }
        std::vector<Tensor> out;
        QString error;
        if (!m_session.run({&input}, &out, &error) || out.empty() || out[0].shape.size() != 3)
            return {};
        const Tensor &t = out[0]; // 1 × (4 + classes) × candidates
        const int channels = int(t.shape[1]);
        const int candidates = int(t.shape[2]);
        cv::Mat rows
                = cv::Mat(channels, candidates, CV_32F, const_cast<float *>(t.values.data())).t();
        QList<Detection> found
                = Detectors::decodeYolo(rows.ptr<float>(), rows.rows, rows.cols, true,
                                        Detectors::cocoNames(), m_threshold, box.scale, box.offset);
        QList<Detection> kept;
        for (Detection &d : found) {
            if (!m_keep.isEmpty() && !m_keep.contains(d.label))
                continue;
            d.label = m_map.value(d.label, d.label);
            kept.append(d);
        }
        return Detectors::suppress(kept, m_iou);
    }

    QString m_model;
    double m_threshold = 0.25;
    double m_iou = 0.45;
    QHash<QString, QString> m_map; // COCO name → project label
    QSet<QString> m_keep;          // COCO names kept (empty: all)
    OnnxSession m_session;
};

} // namespace

std::unique_ptr<Detector> makeYoloV8n(const QMap<QString, QString> &options, QString *error)
{
    auto d = std::make_unique<YoloV8n>();
    if (!optionNumber(options, QStringLiteral("threshold"), 0.25, 0, 1, &d->m_threshold, error)
        || !optionNumber(options, QStringLiteral("iou"), 0.45, 0, 1, &d->m_iou, error))
        return nullptr;
    const QStringList coco = Detectors::cocoNames();
    // map=human:person,mug:cup — project label "human" takes COCO's "person".
    for (const QString &pair :
         options.value(QStringLiteral("map")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(QLatin1Char(':'));
        if (parts.size() != 2 || parts[0].trimmed().isEmpty()
            || !coco.contains(parts[1].trimmed())) {
            *error = DetectorText::tr("map=%1: expected LABEL:COCO_CLASS pairs, e.g. human:person "
                                      "(COCO classes: "
                                      "see tessera-cli detectors)")
                             .arg(pair);
            return nullptr;
        }
        d->m_map.insert(parts[1].trimmed(), parts[0].trimmed());
        d->m_keep.insert(parts[1].trimmed());
    }
    for (const QString &name :
         options.value(QStringLiteral("classes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!coco.contains(name.trimmed())) {
            *error = DetectorText::tr("classes=%1: \"%2\" is not a COCO class")
                             .arg(options.value(QStringLiteral("classes")), name.trimmed());
            return nullptr;
        }
        d->m_keep.insert(name.trimmed());
    }
    // others=1: classes no label takes stay too, under their COCO names.
    if (options.value(QStringLiteral("others")) == QLatin1String("1")
        && options.value(QStringLiteral("classes")).isEmpty())
        d->m_keep.clear();
    d->m_model = Detectors::findModel(QStringLiteral("yolov8n.onnx"));
    if (d->m_model.isEmpty()) {
        *error = DetectorText::tr(
                "YOLOv8n is not fetched. Its weights are Ultralytics' (AGPL-3.0): fetch them "
                "knowingly with packaging/fetch-models.sh BUILD/models --with-yolov8n");
        return nullptr;
    }
    if (!d->m_session.load(d->m_model, 1, error))
        return nullptr;
    return d;
}

namespace Detectors {

QStringList cocoNames()
{
    static const QStringList names
            = QStringLiteral("person,bicycle,car,motorcycle,airplane,bus,train,truck,boat,traffic "
                             "light,fire "
                             "hydrant,stop sign,parking "
                             "meter,bench,bird,cat,dog,horse,sheep,cow,elephant,bear,"
                             "zebra,giraffe,backpack,umbrella,handbag,tie,suitcase,frisbee,skis,"
                             "snowboard,sports "
                             "ball,kite,baseball bat,baseball glove,skateboard,surfboard,tennis "
                             "racket,bottle,wine "
                             "glass,cup,fork,knife,spoon,bowl,banana,apple,sandwich,orange,"
                             "broccoli,carrot,hot "
                             "dog,pizza,donut,cake,chair,couch,potted plant,bed,dining "
                             "table,toilet,tv,laptop,"
                             "mouse,remote,keyboard,cell "
                             "phone,microwave,oven,toaster,sink,refrigerator,book,"
                             "clock,vase,scissors,teddy bear,hair drier,toothbrush")
                      .split(QLatin1Char(','));
    return names;
}

} // namespace Detectors

} // namespace Tessera
