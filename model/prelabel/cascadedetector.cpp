// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "detectorimage.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace Tessera {

namespace {

/** A Haar or LBP cascade: detectMultiScale on the equalised grey image. */
class CascadeDetector : public Detector
{
public:
    QString name() const override { return m_name; }
    QString version() const override
    {
        return QStringLiteral("opencv-") + QLatin1String(CV_VERSION);
    }
    QJsonObject parameters() const override
    {
        return {{QStringLiteral("cascade"), m_file},
                {QStringLiteral("min-size"), m_minSize},
                {QStringLiteral("neighbours"), m_neighbours},
                {QStringLiteral("threshold"), m_threshold},
                {QStringLiteral("tile"), tileSize()}};
    }
    std::unique_ptr<Detector> clone() const override
    {
        auto copy = std::make_unique<CascadeDetector>(*this);
        copy->m_cascade = cv::CascadeClassifier(m_file.toStdString());
        return copy;
    }
    QList<Detection> detect(const DetectorImage &image) override
    {
        cv::Mat grey;
        cv::cvtColor(image.bgr, grey, cv::COLOR_BGR2GRAY);
        cv::equalizeHist(grey, grey);
        std::vector<cv::Rect> found;
        std::vector<int> rejectLevels;
        std::vector<double> weights;
        // The overload with levels gives each detection a weight: the confidence we report.
        m_cascade.detectMultiScale(grey, found, rejectLevels, weights, 1.1, m_neighbours, 0,
                                   cv::Size(m_minSize, m_minSize), cv::Size(), true);
        QList<Detection> out;
        for (size_t i = 0; i < found.size(); ++i) {
            // Map the cascade's weight (roughly -1..6) onto 0..1 so thresholds read alike
            // across detectors.
            const double score = 1.0 / (1.0 + std::exp(-(i < weights.size() ? weights[i] : 1.0)));
            if (score < m_threshold)
                continue;
            const cv::Rect &r = found[i];
            out.append({m_label, QRectF(r.x, r.y, r.width, r.height), score, {}});
        }
        return out;
    }

    QString m_name;
    QString m_file;
    QString m_label;
    int m_minSize = 24;
    int m_neighbours = 5;
    double m_threshold = 0;
    cv::CascadeClassifier m_cascade;
};

} // namespace

std::unique_ptr<Detector> makeCascadeDetector(const QString &name, const QString &file,
                                              const QString &label,
                                              const QMap<QString, QString> &options, QString *error)
{
    auto d = std::make_unique<CascadeDetector>();
    d->m_name = name;
    d->m_file = file;
    d->m_label = label;
    double minSize = 0;
    double neighbours = 0;
    if (!optionNumber(options, QStringLiteral("min-size"), 24, 4, 4096, &minSize, error)
        || !optionNumber(options, QStringLiteral("neighbours"), 5, 0, 50, &neighbours, error)
        || !optionNumber(options, QStringLiteral("threshold"), 0, 0, 1, &d->m_threshold, error))
        return nullptr;
    d->m_minSize = int(minSize);
    d->m_neighbours = int(neighbours);
    if (!QFile::exists(file) || !d->m_cascade.load(file.toStdString())) {
        *error = QCoreApplication::translate("Detectors",
                                             "%1: the cascade %2 is missing (Debian package "
                                             "opencv-data)")
                         .arg(name, file);
        return nullptr;
    }
    return d;
}

} // namespace Tessera
