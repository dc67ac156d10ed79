// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequences.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/tracking.hpp>
#include <opencv2/videoio.hpp>

namespace Tessera::Sequences {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Sequences".
struct SequencesText
{
    Q_DECLARE_TR_FUNCTIONS(Sequences)
};

cv::Mat read(const QString &path)
{
    try {
        return cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
    } catch (const cv::Exception &) {
        return {};
    }
}

// Still scenes repeat frames byte for byte, and each frame is still an asset of its own: the
// identity is the pixels and the frame's place in the video.
QString frameIdentity(const std::vector<uchar> &jpeg, const QString &video, int index)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(
            QByteArrayView(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size())));
    hash.addData(QStringLiteral("%1#%2").arg(video).arg(index).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

double similarity(const cv::Mat &a, const cv::Mat &b)
{
    if (a.empty() || b.empty())
        return 0;
    cv::Mat resized;
    cv::resize(b, resized, a.size());
    cv::Mat result;
    cv::matchTemplate(resized, a, result, cv::TM_CCOEFF_NORMED);
    return result.at<float>(0, 0);
}

} // namespace

VideoFrames extractVideo(const QString &video, const QString &framesFolder, int every,
                         const JobControl &control)
{
    VideoFrames report;
    const QString shown = QDir::toNativeSeparators(video);
    cv::VideoCapture capture;
    try {
        capture.open(QFile::encodeName(video).toStdString());
    } catch (const cv::Exception &e) {
        report.fatalError = SequencesText::tr("%1: %2").arg(shown, QString::fromStdString(e.msg));
        return report;
    }
    if (!capture.isOpened()) {
        report.fatalError = SequencesText::tr("%1: not a video OpenCV can read").arg(shown);
        return report;
    }
    const QString name = QFileInfo(video).completeBaseName();
    const QDir folder(framesFolder);
    if (!folder.mkpath(QStringLiteral("."))) {
        report.fatalError
                = SequencesText::tr("%1: cannot create the frames folder").arg(framesFolder);
        return report;
    }
    const double fps = capture.get(cv::CAP_PROP_FPS);
    const qint64 total = qint64(capture.get(cv::CAP_PROP_FRAME_COUNT));
    every = std::max(1, every);
    QList<Asset> assets;
    QStringList written;
    cv::Mat frame;
    for (int index = 0; capture.read(frame); ++index) {
        if (control.canceled()) {
            report.canceled = true;
            break;
        }
        if (index % every)
            continue;
        std::vector<uchar> jpeg;
        cv::imencode(".jpg", frame, jpeg, {cv::IMWRITE_JPEG_QUALITY, 92});
        const QString path = folder.filePath(
                QStringLiteral("%1_%2.jpg").arg(name).arg(index, 6, 10, QLatin1Char('0')));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(reinterpret_cast<const char *>(jpeg.data()), qint64(jpeg.size()))
                       != qint64(jpeg.size())
            || !out.commit()) {
            report.fatalError
                    = SequencesText::tr("%1: cannot write").arg(QDir::toNativeSeparators(path));
            break;
        }
        written.append(path);
        Asset a{.kind = AssetKind::Image,
                .path = QFileInfo(path).absoluteFilePath(),
                .name = QFileInfo(path).fileName(),
                .byteSize = qint64(jpeg.size()),
                .sha256 = frameIdentity(jpeg, name, index),
                .width = frame.cols,
                .height = frame.rows};
        a.payload[sequenceKey]
                = QJsonObject{{QStringLiteral("name"), name},
                              {QStringLiteral("frame"), index},
                              {QStringLiteral("fps"), fps},
                              {QStringLiteral("video"), QFileInfo(video).fileName()}};
        assets.append(a);
        control.report(index + 1, std::max<qint64>(total, index + 1));
    }
    if (assets.isEmpty() && report.fatalError.isEmpty() && !report.canceled)
        report.fatalError = SequencesText::tr("%1: no frames could be read").arg(shown);
    report.assets = assets;
    report.written = written;
    if (report.canceled || !report.fatalError.isEmpty()) {
        // Nothing half done: the frames written go again.
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        report.written.clear();
        report.assets.clear();
    }
    return report;
}

TrackResult propagate(const QStringList &framePaths, const QRectF &box, double minConfidence,
                      const JobControl &control)
{
    TrackResult result;
    if (framePaths.isEmpty())
        return result;
    cv::Mat first = read(framePaths.constFirst());
    if (first.empty()) {
        result.stopReason = SequencesText::tr("%1: cannot be decoded").arg(framePaths.constFirst());
        return result;
    }
    cv::Rect start(int(box.x()), int(box.y()), int(box.width()), int(box.height()));
    start &= cv::Rect(0, 0, first.cols, first.rows);
    if (start.width < 4 || start.height < 4) {
        result.stopReason = SequencesText::tr("the box is too small to follow");
        return result;
    }
    const cv::Mat templ = first(start).clone();
    cv::Ptr<cv::TrackerCSRT> tracker = cv::TrackerCSRT::create();
    tracker->init(first, start);
    for (int i = 1; i < framePaths.size(); ++i) {
        if (control.canceled()) {
            result.stopReason = SequencesText::tr("canceled");
            return result;
        }
        const cv::Mat frame = read(framePaths[i]);
        if (frame.empty()) {
            result.stopReason = SequencesText::tr("%1: cannot be decoded").arg(framePaths[i]);
            return result;
        }
        cv::Rect found;
        if (!tracker->update(frame, found)) {
            result.stopReason = SequencesText::tr("lost the object at frame %1").arg(i);
            return result;
        }
        found &= cv::Rect(0, 0, frame.cols, frame.rows);
        // CSRT has no score of its own: the patch must still look like what was marked.
        const double look = found.area() > 16 ? similarity(templ, frame(found)) : 0;
        if (look < minConfidence) {
            result.stopReason = SequencesText::tr("low confidence (%1) at frame %2")
                                        .arg(look, 0, 'f', 2)
                                        .arg(i);
            return result;
        }
        result.boxes.append(QRectF(found.x, found.y, found.width, found.height));
        result.scores.append(look);
        control.report(i, framePaths.size() - 1);
    }
    return result;
}

} // namespace Tessera::Sequences

namespace Tessera::Sequences {

QList<Annotation> trackedBoxes(const TrackResult &result)
{
    QList<Annotation> out;
    for (int i = 0; i < result.boxes.size(); ++i) {
        Annotation a{.kind = AnnotationKind::Box,
                     .points = {result.boxes[i].topLeft(), result.boxes[i].bottomRight()}};
        a.provenance.score = result.scores.value(i);
        out.append(a);
    }
    return out;
}

QString trackerModel()
{
    return QStringLiteral("tracker:csrt");
}

QString trackerVersion()
{
    return QStringLiteral("opencv-") + QLatin1String(CV_VERSION);
}

} // namespace Tessera::Sequences
