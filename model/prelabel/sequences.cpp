// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequences.h"

#include "core/shapegeometry.h"
#include "jobs/addimagesjob.h"
#include "store/projectstore.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Sequences", text);
}

const QString sequenceKey = QStringLiteral("sequence");
const QString trackKey = QStringLiteral("track");
const QString interpolatedKey = QStringLiteral("interpolated");
const QString trackedKey = QStringLiteral("tracked");

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

// Runs of digits compare by value: "frame2" < "frame10". QCollator's numeric mode depends on
// the locale (not under LANG=C), and frame order must not.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QStringView da = QStringView(a).mid(i, ei - i);
            const QStringView db = QStringView(b).mid(j, ej - j);
            const unsigned long long va = da.toString().toULongLong();
            const unsigned long long vb = db.toString().toULongLong();
            if (va != vb)
                return va < vb;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
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

QString trackOf(const Annotation &a)
{
    // CVAT's video import writes track ids as strings; numbers are read too.
    const QJsonValue v = a.data.value(trackKey);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

bool isFilledIn(const Annotation &a)
{
    return a.data.value(interpolatedKey).toBool() || a.data.value(trackedKey).toBool();
}

void makeKeyframe(Annotation &a)
{
    if (trackOf(a).isEmpty())
        a.data[trackKey] = QStringLiteral("t%1").arg(a.id);
    a.data.remove(interpolatedKey);
    a.data.remove(trackedKey);
}

std::optional<Frame> frameOf(const Asset &asset)
{
    const QJsonObject s = asset.payload.value(sequenceKey).toObject();
    if (s.isEmpty())
        return std::nullopt;
    return Frame{s.value(QStringLiteral("name")).toString(),
                 s.value(QStringLiteral("frame")).toInt()};
}

AddReport addVideo(ProjectStore &store, const QString &video, const QString &framesFolder,
                   int every, const JobControl &control)
{
    AddReport report;
    const QString shown = QDir::toNativeSeparators(video);
    cv::VideoCapture capture;
    try {
        capture.open(QFile::encodeName(video).toStdString());
    } catch (const cv::Exception &e) {
        report.fatalError = tr("%1: %2").arg(shown, QString::fromStdString(e.msg));
        return report;
    }
    if (!capture.isOpened()) {
        report.fatalError = tr("%1: not a video OpenCV can read").arg(shown);
        return report;
    }
    const QString name = QFileInfo(video).completeBaseName();
    const QDir folder(framesFolder);
    if (!folder.mkpath(QStringLiteral("."))) {
        report.fatalError = tr("%1: cannot create the frames folder").arg(framesFolder);
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
            report.fatalError = tr("%1: cannot write").arg(QDir::toNativeSeparators(path));
            break;
        }
        written.append(path);
        Asset a{.kind = AssetKind::Image,
                .path = store.storedPath(QFileInfo(path).absoluteFilePath()),
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
    if (report.canceled || !report.fatalError.isEmpty() || assets.isEmpty()) {
        // Nothing half done: the frames written go again.
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        if (assets.isEmpty() && report.fatalError.isEmpty() && !report.canceled)
            report.fatalError = tr("%1: no frames could be read").arg(shown);
        return report;
    }
    if (!store.addAssets(assets)) {
        report.fatalError = store.errorString();
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        return report;
    }
    report.added = int(assets.size());
    for (const Asset &a : std::as_const(assets))
        report.assetIds.append(a.id);
    return report;
}

AddReport addFrameFolder(ProjectStore &store, const QString &folder, const JobControl &control)
{
    AddReport report = AddImagesJob::run(store, {folder}, control);
    if (!report.fatalError.isEmpty() || report.canceled)
        return report;
    // Every image below the folder, new or already there, in natural name order (frame2 before
    // frame10, as people number frames).
    QList<std::pair<QString, qint64>> found;
    const QString root = QFileInfo(folder).absoluteFilePath() + QLatin1Char('/');
    for (qint64 id : store.assetIds(AssetFilter{.kind = AssetKind::Image})) {
        const std::optional<Asset> a = store.asset(id);
        if (a && store.absolutePath(*a).startsWith(root))
            found.append({store.absolutePath(*a), id});
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return naturalLess(a.first, b.first); });
    QList<qint64> ids;
    for (const auto &[path, id] : std::as_const(found))
        ids.append(id);
    QString error;
    if (ids.isEmpty())
        report.fatalError = tr("%1: no images").arg(QDir::toNativeSeparators(folder));
    else if (!makeSequence(store, QFileInfo(folder).fileName(), ids, &error))
        report.fatalError = error;
    return report;
}

bool makeSequence(ProjectStore &store, const QString &name, const QList<qint64> &assetIds,
                  QString *error)
{
    ProjectStore::Transaction transaction(store);
    for (int i = 0; i < assetIds.size(); ++i) {
        std::optional<Asset> a = store.asset(assetIds[i]);
        if (!a || a->kind != AssetKind::Image) {
            *error = tr("asset %1 is not an image of the project").arg(assetIds[i]);
            return false;
        }
        a->payload[sequenceKey]
                = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("frame"), i}};
        if (!store.setAssetPayload(a->id, a->payload)) {
            *error = store.errorString();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

QList<qint64> frames(ProjectStore &store, const QString &name)
{
    QMap<int, qint64> byIndex;
    for (qint64 id : store.assetsWithPayloadKey(sequenceKey)) {
        const std::optional<Asset> a = store.asset(id);
        const std::optional<Frame> f = a ? frameOf(*a) : std::nullopt;
        if (f && f->sequence == name)
            byIndex.insert(f->index, id);
    }
    return byIndex.values();
}

std::optional<Annotation> interpolate(const Annotation &from, const Annotation &to, double t)
{
    if (from.kind != to.kind || from.kind == AnnotationKind::Mask
        || from.points.size() != to.points.size() || from.points.isEmpty())
        return std::nullopt;
    Annotation a = from;
    a.id = 0;
    for (int i = 0; i < a.points.size(); ++i)
        a.points[i] = from.points[i] + (to.points[i] - from.points[i]) * t;
    double turn = std::fmod(to.rotation - from.rotation + 540.0, 360.0) - 180.0; // shortest way
    a.rotation = from.rotation + turn * t;
    return a;
}

qint64 interpolateTracks(ProjectStore &store, const QString &sequence, QString *error)
{
    const QList<qint64> ids = frames(store, sequence);
    QHash<qint64, int> position;
    for (int i = 0; i < ids.size(); ++i)
        position.insert(ids[i], i);
    // Keyframes per track in frame order, and what earlier filling made.
    QMap<QString, QMap<int, Annotation>> keyframes;
    QList<qint64> stale;
    for (qint64 id : ids) {
        for (const Annotation &a : store.annotations(id)) {
            if (trackOf(a).isEmpty() || !ShapeGeometry::isShape(a.kind))
                continue;
            if (a.data.value(interpolatedKey).toBool())
                stale.append(a.id);
            else
                keyframes[trackOf(a)].insert(position.value(id), a);
        }
    }
    QList<Annotation> filled;
    for (const QMap<int, Annotation> &keys : std::as_const(keyframes)) {
        const QList<int> at = keys.keys();
        for (int k = 0; k + 1 < at.size(); ++k) {
            const int gap = at[k + 1] - at[k];
            for (int f = at[k] + 1; f < at[k + 1]; ++f) {
                std::optional<Annotation> a = interpolate(keys.value(at[k]), keys.value(at[k + 1]),
                                                          double(f - at[k]) / gap);
                if (!a)
                    break;
                a->assetId = ids[f];
                a->data[interpolatedKey] = true;
                a->data.remove(trackedKey);
                a->provenance = Provenance{};
                filled.append(*a);
            }
        }
    }
    ProjectStore::Transaction transaction(store);
    if ((!stale.isEmpty() && !store.removeAnnotations(stale))
        || !store.addAnnotations(filled, ProjectStore::AuditDetail::Summary)
        || !transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    return filled.size();
}

TrackResult propagate(const QStringList &framePaths, const QRectF &box, double minConfidence,
                      const JobControl &control)
{
    TrackResult result;
    if (framePaths.isEmpty())
        return result;
    cv::Mat first = read(framePaths.constFirst());
    if (first.empty()) {
        result.stopReason = tr("%1: cannot be decoded").arg(framePaths.constFirst());
        return result;
    }
    cv::Rect start(int(box.x()), int(box.y()), int(box.width()), int(box.height()));
    start &= cv::Rect(0, 0, first.cols, first.rows);
    if (start.width < 4 || start.height < 4) {
        result.stopReason = tr("the box is too small to follow");
        return result;
    }
    const cv::Mat templ = first(start).clone();
    cv::Ptr<cv::TrackerCSRT> tracker = cv::TrackerCSRT::create();
    tracker->init(first, start);
    for (int i = 1; i < framePaths.size(); ++i) {
        if (control.canceled()) {
            result.stopReason = tr("canceled");
            return result;
        }
        const cv::Mat frame = read(framePaths[i]);
        if (frame.empty()) {
            result.stopReason = tr("%1: cannot be decoded").arg(framePaths[i]);
            return result;
        }
        cv::Rect found;
        if (!tracker->update(frame, found)) {
            result.stopReason = tr("lost the object at frame %1").arg(i);
            return result;
        }
        found &= cv::Rect(0, 0, frame.cols, frame.rows);
        // CSRT has no score of its own: the patch must still look like what was marked.
        const double look = found.area() > 16 ? similarity(templ, frame(found)) : 0;
        if (look < minConfidence) {
            result.stopReason = tr("low confidence (%1) at frame %2").arg(look, 0, 'f', 2).arg(i);
            return result;
        }
        result.boxes.append(QRectF(found.x, found.y, found.width, found.height));
        result.scores.append(look);
        control.report(i, framePaths.size() - 1);
    }
    return result;
}

int trackForward(ProjectStore &store, qint64 annotationId, int count, double minConfidence,
                 const JobControl &control, QString *error, QString *stopReason)
{
    std::optional<Annotation> start = store.annotation(annotationId);
    const std::optional<Asset> asset = start ? store.asset(start->assetId) : std::nullopt;
    const std::optional<Frame> frame = asset ? frameOf(*asset) : std::nullopt;
    if (!start || start->kind != AnnotationKind::Box || !frame) {
        *error = tr("tracking needs a box on a frame of a sequence");
        return -1;
    }
    const QList<qint64> ids = frames(store, frame->sequence);
    const int at = int(ids.indexOf(asset->id));
    QStringList paths;
    QList<qint64> following;
    for (int i = at; i < ids.size() && i <= at + count; ++i) {
        const std::optional<Asset> f = store.asset(ids[i]);
        paths.append(store.absolutePath(*f));
        if (i > at)
            following.append(ids[i]);
    }
    const TrackResult r = propagate(paths, QRectF(start->points.value(0), start->points.value(1)),
                                    minConfidence, control);
    if (stopReason)
        *stopReason = r.stopReason;
    ProjectStore::Transaction transaction(store);
    if (trackOf(*start).isEmpty()) {
        makeKeyframe(*start);
        QList<Annotation> keyframe{*start};
        if (!store.updateAnnotations(keyframe)) {
            *error = store.errorString();
            return -1;
        }
    }
    const QString track = trackOf(*start);
    // What earlier tracking or filling put on these frames for this track is replaced.
    QList<qint64> stale;
    for (int i = 0; i < r.boxes.size(); ++i)
        for (const Annotation &a : store.annotations(following[i]))
            if (trackOf(a) == track && isFilledIn(a))
                stale.append(a.id);
    QList<Annotation> boxes;
    for (int i = 0; i < r.boxes.size(); ++i) {
        Annotation a{.assetId = following[i],
                     .labelId = start->labelId,
                     .kind = AnnotationKind::Box,
                     .points = {r.boxes[i].topLeft(), r.boxes[i].bottomRight()}};
        a.data[trackKey] = track;
        a.data[trackedKey] = true;
        a.provenance = {.origin = Origin::Prelabel,
                        .author = store.author(),
                        .modelId = QStringLiteral("tracker:csrt"),
                        .modelVersion = QStringLiteral("opencv-") + QLatin1String(CV_VERSION),
                        .score = r.scores[i]};
        a.data[QStringLiteral("accepted")] = true; // a person asked for it on their own box
        boxes.append(a);
    }
    if ((!stale.isEmpty() && !store.removeAnnotations(stale))
        || !store.addAnnotations(boxes, ProjectStore::AuditDetail::Summary)
        || !transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    return int(r.boxes.size());
}

} // namespace Tessera::Sequences
