// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "detectorimage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace Tessera {

namespace {

// The detectors' texts, filed by lupdate and looked up under one context, "Detectors".
struct DetectorText
{
    Q_DECLARE_TR_FUNCTIONS(Detectors)
};

/**
 * A YOLO ONNX model the user brings: letterboxed input (grey padding, RGB, 0..1, NCHW), output
 * either v5-style [1, N, 5 + classes] or v8-style [1, 4 + classes, N], told apart by shape.
 */
class Yolo : public Detector
{
public:
    QString name() const override { return QStringLiteral("yolo"); }
    QString version() const override { return m_version; }
    QJsonObject parameters() const override
    {
        return {{QStringLiteral("model"), QFileInfo(m_model).fileName()},
                {QStringLiteral("size"), m_size},
                {QStringLiteral("threshold"), m_threshold},
                {QStringLiteral("iou"), m_iou},
                {QStringLiteral("tile"), tileSize()}};
    }
    std::unique_ptr<Detector> clone() const override
    {
        auto copy = std::make_unique<Yolo>(*this);
        copy->m_net = cv::dnn::readNetFromONNX(m_model.toStdString());
        return copy;
    }
    QList<Detection> detect(const DetectorImage &image) override
    {
        const Letterbox box = letterbox(image.bgr, m_size);
        m_net.setInput(cv::dnn::blobFromImage(box.square, 1.0 / 255, cv::Size(), cv::Scalar(), true,
                                              false));
        cv::Mat out = m_net.forward();
        if (out.dims != 3)
            return {};
        // v8 puts the candidates last (fewer channels than candidates): one row each after
        // a transpose.
        const bool v8 = out.size[1] < out.size[2];
        cv::Mat rows = v8 ? cv::Mat(out.size[1], out.size[2], CV_32F, out.ptr<float>()).t()
                          : cv::Mat(out.size[1], out.size[2], CV_32F, out.ptr<float>());
        rows = rows.isContinuous() ? rows : rows.clone();
        return Detectors::suppress(Detectors::decodeYolo(rows.ptr<float>(), rows.rows, rows.cols,
                                                         v8, m_names, m_threshold, box.scale,
                                                         box.offset),
                                   m_iou);
    }

    QString m_model;
    QStringList m_names;
    int m_size = 640;
    double m_threshold = 0.25;
    double m_iou = 0.45;
    QString m_version;
    cv::dnn::Net m_net;
};

} // namespace

Letterbox letterbox(const cv::Mat &bgr, int side)
{
    Letterbox out;
    out.scale = double(side) / std::max(bgr.cols, bgr.rows);
    const int w = std::max(1, int(std::lround(bgr.cols * out.scale)));
    const int h = std::max(1, int(std::lround(bgr.rows * out.scale)));
    out.square = cv::Mat(side, side, CV_8UC3, cv::Scalar(114, 114, 114));
    const int ox = (side - w) / 2;
    const int oy = (side - h) / 2;
    cv::resize(bgr, out.square(cv::Rect(ox, oy, w, h)), cv::Size(w, h));
    out.offset = QPointF(ox, oy);
    return out;
}

std::unique_ptr<Detector> makeYolo(const QMap<QString, QString> &options, QString *error)
{
    auto d = std::make_unique<Yolo>();
    double size = 0;
    if (!optionNumber(options, QStringLiteral("size"), 640, 32, 4096, &size, error)
        || !optionNumber(options, QStringLiteral("threshold"), 0.25, 0, 1, &d->m_threshold, error)
        || !optionNumber(options, QStringLiteral("iou"), 0.45, 0, 1, &d->m_iou, error))
        return nullptr;
    d->m_size = int(size) / 32 * 32;
    d->m_model = options.value(QStringLiteral("model"));
    if (d->m_model.isEmpty()) {
        *error = DetectorText::tr("yolo: say which model with --option model=PATH.onnx");
        return nullptr;
    }
    QFile model(d->m_model);
    if (!model.open(QIODevice::ReadOnly)) {
        *error = DetectorText::tr("%1: %2").arg(d->m_model, model.errorString());
        return nullptr;
    }
    d->m_version = QFileInfo(d->m_model).fileName() + QLatin1Char('+')
                   + QString::fromLatin1(
                           QCryptographicHash::hash(model.readAll(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(12));
    if (const QString names = options.value(QStringLiteral("names")); !names.isEmpty()) {
        QFile file(names);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = DetectorText::tr("%1: %2").arg(names, file.errorString());
            return nullptr;
        }
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                d->m_names.append(QString::fromUtf8(line.trimmed()));
    }
    try {
        d->m_net = cv::dnn::readNetFromONNX(d->m_model.toStdString());
    } catch (const cv::Exception &e) {
        *error = DetectorText::tr("%1: not a model OpenCV can load (%2)")
                         .arg(d->m_model, QString::fromStdString(e.msg).trimmed());
        return nullptr;
    }
    if (d->m_net.empty()) {
        *error = DetectorText::tr("%1: not a model OpenCV can load").arg(d->m_model);
        return nullptr;
    }
    return d;
}

} // namespace Tessera
