// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequences.h"

#include "detectorimage.h"
#include "video/videoreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <opencv2/imgproc.hpp>
#include <opencv2/tracking.hpp>

#include <spdlog/spdlog.h>

#include <dlfcn.h>
#include <mutex>

namespace Tessera::Sequences {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Sequences".
struct SequencesText
{
    Q_DECLARE_TR_FUNCTIONS(Sequences)
};

cv::Mat read(const QString &path)
{
    return readBgr(path, nullptr);
}

// Still scenes repeat frames byte for byte, and each frame is still an asset of its own: the
// identity is the pixels and the frame's place in the video.
QString frameIdentity(QByteArrayView jpeg, const QString &video, int index)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(jpeg);
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

namespace {

QStringList videoLibraryCandidates()
{
    // An explicit choice is the only one tried (tests use it to take the library away).
    if (qEnvironmentVariableIsSet("TESSERA_VIDEO_LIBRARY"))
        return {qEnvironmentVariable("TESSERA_VIDEO_LIBRARY")};
    // The build puts it in build/lib/tessera; the programs live in build/app/*/, build/tests/
    // and build/tests/*/; installed, in /usr/lib/tessera beside /usr/bin.
    const QString app = QCoreApplication::applicationDirPath();
    QStringList paths;
    for (const char *up : {"/../../lib/tessera", "/../lib/tessera", "/../../../lib/tessera"})
        paths << app + QLatin1String(up) + QStringLiteral("/libtessera_video.so");
    paths << QStringLiteral(TESSERA_LIBRARY_DIR "/libtessera_video.so")
          << QStringLiteral("/usr/lib/tessera/libtessera_video.so");
    return paths;
}

/** tessera_video_read from libtessera_video.so, opened on first use; null and *error if not. */
TesseraVideoRead videoReader(QString *error)
{
    static TesseraVideoRead read = nullptr;
    static QString problem;
    static std::once_flag once;
    std::call_once(once, [] {
        for (const QString &path : videoLibraryCandidates()) {
            if (!QFileInfo(path).isFile())
                continue;
            void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                problem = SequencesText::tr("%1 cannot be loaded: %2")
                                  .arg(path, QString::fromLocal8Bit(dlerror()));
                continue;
            }
            read = reinterpret_cast<TesseraVideoRead>(dlsym(handle, "tessera_video_read"));
            if (read)
                return;
            problem = SequencesText::tr("%1 is not Tessera's video library").arg(path);
        }
        if (problem.isEmpty())
            problem = SequencesText::tr("Tessera's video library (libtessera_video.so) is not "
                                        "installed: videos cannot be read");
        spdlog::warn("video: {}", problem.toStdString());
    });
    if (!read && error)
        *error = problem;
    return read;
}

struct Extraction
{
    const JobControl *control = nullptr;
    QString name;
    QString videoName;
    QDir folder;
    double fps = 0;
    qint64 total = 0;
    VideoFrames *report = nullptr;
    QList<Asset> assets;
    QStringList written;
};

} // namespace

VideoFrames extractVideo(const QString &video, const QString &framesFolder, int every,
                         const JobControl &control)
{
    VideoFrames report;
    const QString shown = QDir::toNativeSeparators(video);
    QString problem;
    const TesseraVideoRead read = videoReader(&problem);
    if (!read) {
        report.fatalError = SequencesText::tr("%1: %2").arg(shown, problem);
        return report;
    }
    Extraction x{.control = &control,
                 .name = QFileInfo(video).completeBaseName(),
                 .videoName = QFileInfo(video).fileName(),
                 .folder = QDir(framesFolder),
                 .report = &report};
    const auto onInfo = [](void *context, double fps, long long total) {
        auto *x = static_cast<Extraction *>(context);
        x->fps = fps;
        x->total = total;
    };
    const auto onFrame = [](void *context, int index, int width, int height,
                            const unsigned char *bytes, std::size_t size) -> int {
        auto *x = static_cast<Extraction *>(context);
        if (x->control->canceled()) {
            x->report->canceled = true;
            return 0;
        }
        if (x->written.isEmpty() && !x->folder.mkpath(QStringLiteral("."))) {
            x->report->fatalError = SequencesText::tr("%1: cannot create the frames folder")
                                            .arg(x->folder.path());
            return 0;
        }
        const QByteArrayView jpeg(reinterpret_cast<const char *>(bytes), qsizetype(size));
        const QString path = x->folder.filePath(
                QStringLiteral("%1_%2.jpg").arg(x->name).arg(index, 6, 10, QLatin1Char('0')));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(jpeg.data(), jpeg.size()) != jpeg.size()
            || !out.commit()) {
            x->report->fatalError
                    = SequencesText::tr("%1: cannot write").arg(QDir::toNativeSeparators(path));
            return 0;
        }
        x->written.append(path);
        Asset a{.kind = AssetKind::Image,
                .path = QFileInfo(path).absoluteFilePath(),
                .name = QFileInfo(path).fileName(),
                .byteSize = qint64(size),
                .sha256 = frameIdentity(jpeg, x->name, index),
                .width = width,
                .height = height};
        a.payload[sequenceKey] = QJsonObject{{QStringLiteral("name"), x->name},
                                             {QStringLiteral("frame"), index},
                                             {QStringLiteral("fps"), x->fps},
                                             {QStringLiteral("video"), x->videoName}};
        x->assets.append(a);
        x->control->report(index + 1, std::max<qint64>(x->total, index + 1));
        return 1;
    };
    char error[512] = {};
    const int status = read(QFile::encodeName(video).constData(), every, &x, onInfo, onFrame, error,
                            sizeof error);
    if (status == 2) {
        report.fatalError = SequencesText::tr("%1: not a video OpenCV can read").arg(shown);
        return report;
    }
    if (status != 0) {
        report.fatalError = SequencesText::tr("%1: %2").arg(shown, QString::fromUtf8(error));
        return report;
    }
    QList<Asset> &assets = x.assets;
    QStringList &written = x.written;
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
