// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assists.h"

#include "detectorimage.h"

#include "core/maskcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <opencv2/imgproc.hpp>
#include <opencv2/imgproc/segmentation.hpp>

namespace Tessera::Assists {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Assists".
struct AssistsText
{
    Q_DECLARE_TR_FUNCTIONS(Assists)
};

cv::Mat readImage(const QString &path, QString *error)
{
    return readBgr(path, error);
}

/** The largest outer contour of a binary mask, simplified, mapped by scale and offset. */
std::optional<QPolygonF> largestOutline(const cv::Mat &mask, double tolerance, double scale,
                                        QPointF offset)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const auto largest = std::max_element(
            contours.cbegin(), contours.cend(),
            [](const auto &a, const auto &b) { return cv::contourArea(a) < cv::contourArea(b); });
    if (largest == contours.cend() || largest->size() < 3)
        return std::nullopt;
    std::vector<cv::Point> simple;
    cv::approxPolyDP(*largest, simple, std::max(0.5, tolerance / scale), true);
    if (simple.size() < 3)
        return std::nullopt;
    QPolygonF out;
    for (const cv::Point &p : simple)
        out.append(QPointF(p.x / scale, p.y / scale) + offset);
    return out;
}

} // namespace

std::optional<QPolygonF> boxToPolygon(const QString &imagePath, const QRectF &box, double tolerance,
                                      QString *error)
{
    const cv::Mat image = readImage(imagePath, error);
    if (image.empty())
        return std::nullopt;
    const cv::Rect bounds(0, 0, image.cols, image.rows);
    const QRectF b = box.normalized();
    if (b.width() < 4 || b.height() < 4) {
        *error = AssistsText::tr("the box is too small for GrabCut");
        return std::nullopt;
    }
    // A margin of background around the box tells GrabCut what is not the object.
    const double margin = std::max(b.width(), b.height()) * 0.15 + 4;
    const cv::Rect crop = cv::Rect(int(b.left() - margin), int(b.top() - margin),
                                   int(b.width() + 2 * margin), int(b.height() + 2 * margin))
                          & bounds;
    const double scale = std::min(1.0, 800.0 / std::max(crop.width, crop.height));
    cv::Mat part;
    cv::resize(image(crop), part, cv::Size(), scale, scale, cv::INTER_AREA);
    const cv::Rect inner
            = cv::Rect(int((b.left() - crop.x) * scale), int((b.top() - crop.y) * scale),
                       int(b.width() * scale), int(b.height() * scale))
              & cv::Rect(0, 0, part.cols, part.rows);
    cv::Mat mask(part.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
    cv::Mat background;
    cv::Mat foreground;
    try {
        cv::grabCut(part, mask, inner, background, foreground, 5, cv::GC_INIT_WITH_RECT);
    } catch (const cv::Exception &e) {
        *error = QString::fromStdString(e.msg);
        return std::nullopt;
    }
    const cv::Mat object = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    std::optional<QPolygonF> outline
            = largestOutline(object, tolerance, scale, QPointF(crop.x, crop.y));
    if (!outline)
        *error = AssistsText::tr("GrabCut found no object in the box");
    return outline;
}

std::optional<QPolygonF> magicWand(const QString &imagePath, const QPointF &seed, int tolerance,
                                   QString *error)
{
    const cv::Mat image = readImage(imagePath, error);
    if (image.empty())
        return std::nullopt;
    const cv::Point at(int(seed.x()), int(seed.y()));
    if (!cv::Rect(0, 0, image.cols, image.rows).contains(at)) {
        *error = AssistsText::tr("the point is outside the image");
        return std::nullopt;
    }
    cv::Mat mask = cv::Mat::zeros(image.rows + 2, image.cols + 2, CV_8UC1);
    const cv::Scalar range(tolerance, tolerance, tolerance);
    cv::floodFill(image, mask, at, cv::Scalar(), nullptr, range, range,
                  4 | cv::FLOODFILL_MASK_ONLY | cv::FLOODFILL_FIXED_RANGE | (255 << 8));
    const cv::Mat region = mask(cv::Rect(1, 1, image.cols, image.rows));
    std::optional<QPolygonF> outline = largestOutline(region, 1.0, 1.0, QPointF());
    if (!outline)
        *error = AssistsText::tr("the region is too small");
    return outline;
}

QPolygonF simplify(const QPolygonF &polygon, double tolerance, bool closed)
{
    if (polygon.size() < 3 || tolerance <= 0)
        return polygon;
    std::vector<cv::Point2f> in;
    for (const QPointF &p : polygon)
        in.emplace_back(float(p.x()), float(p.y()));
    std::vector<cv::Point2f> out;
    cv::approxPolyDP(in, out, tolerance, closed);
    QPolygonF result;
    for (const cv::Point2f &p : out)
        result.append(QPointF(p.x, p.y));
    // A closed shape keeps at least a triangle, an open one its two ends.
    return result.size() >= (closed ? 3 : 2) ? result : polygon;
}

std::optional<QPolygonF> maskToPolygon(const Annotation &mask, double tolerance)
{
    if (mask.maskRect.isEmpty())
        return std::nullopt;
    const QImage bits = MaskCodec::toImage(mask);
    if (bits.isNull())
        return std::nullopt;
    cv::Mat m(bits.height(), bits.width(), CV_8UC1);
    for (int y = 0; y < bits.height(); ++y) {
        const uchar *line = bits.constScanLine(y);
        for (int x = 0; x < bits.width(); ++x)
            m.at<uchar>(y, x) = line[x] ? 255 : 0;
    }
    return largestOutline(m, tolerance, 1.0, mask.maskRect.topLeft());
}

struct Scissors::Private
{
    cv::segmentation::IntelligentScissorsMB tool;
    bool loaded = false;
    bool anchored = false;
};

Scissors::Scissors()
    : d(std::make_unique<Private>())
{
    d->tool.setEdgeFeatureCannyParameters(32, 100);
    d->tool.setGradientMagnitudeMaxLimit(200);
}

Scissors::~Scissors() = default;

bool Scissors::load(const QString &imagePath, QString *error)
{
    const cv::Mat image = readImage(imagePath, error);
    d->loaded = !image.empty();
    d->anchored = false;
    if (d->loaded)
        d->tool.applyImage(image);
    return d->loaded;
}

bool Scissors::isLoaded() const
{
    return d->loaded;
}

void Scissors::setAnchor(const QPointF &point)
{
    if (!d->loaded)
        return;
    d->tool.buildMap(cv::Point(int(point.x()), int(point.y())));
    d->anchored = true;
}

QPolygonF Scissors::pathTo(const QPointF &point) const
{
    QPolygonF out;
    if (!d->anchored)
        return out;
    std::vector<cv::Point> contour;
    d->tool.getContour(cv::Point(int(point.x()), int(point.y())), contour);
    for (const cv::Point &p : contour) // from the anchor to the point
        out.append(QPointF(p.x, p.y));
    return out;
}

} // namespace Tessera::Assists
