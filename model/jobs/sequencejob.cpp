// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequencejob.h"

#include "core/shapegeometry.h"
#include "jobs/addimagesjob.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>

namespace Tessera::Sequences {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Sequences".
struct SequencesText
{
    Q_DECLARE_TR_FUNCTIONS(Sequences)
};

} // namespace

QString framesFolder(const ProjectStore &store, const QString &video)
{
    return QDir(store.directory())
            .filePath(QStringLiteral("frames/") + QFileInfo(video).completeBaseName());
}

AddReport addVideoFrames(ProjectStore &store, const VideoFrames &frames)
{
    AddReport report;
    report.canceled = frames.canceled;
    report.fatalError = frames.fatalError;
    QList<Asset> assets = frames.assets;
    const auto discard = [&] {
        // Nothing half done: the frames written go again.
        for (const QString &path : frames.written)
            QFile::remove(path);
    };
    if (report.canceled || !report.fatalError.isEmpty() || assets.isEmpty()) {
        discard();
        return report;
    }
    for (Asset &a : assets)
        a.path = store.storedPath(a.path);
    if (!store.addAssets(assets)) {
        report.fatalError = store.errorString();
        discard();
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
        report.fatalError
                = SequencesText::tr("%1: no images").arg(QDir::toNativeSeparators(folder));
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
            *error = SequencesText::tr("asset %1 is not an image of the project").arg(assetIds[i]);
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

std::optional<TrackStart> trackStart(ProjectStore &store, qint64 annotationId, int count,
                                     bool backward, const QList<AnnotationKind> &kinds,
                                     QString *error)
{
    const std::optional<Annotation> start = store.annotation(annotationId);
    const std::optional<Asset> asset = start ? store.asset(start->assetId) : std::nullopt;
    const std::optional<Frame> frame = asset ? frameOf(*asset) : std::nullopt;
    if (!start || !frame || !kinds.contains(start->kind)) {
        QStringList names;
        for (AnnotationKind k : kinds)
            names.append(annotationKindName(k));
        *error = SequencesText::tr("following needs a %1 on a frame of a sequence")
                         .arg(names.join(SequencesText::tr(" or ")));
        return std::nullopt;
    }
    QList<qint64> ids = frames(store, frame->sequence);
    if (backward)
        std::reverse(ids.begin(), ids.end());
    const int at = int(ids.indexOf(asset->id));
    TrackStart out{*start, {}, {}};
    for (int i = at; i < ids.size() && i <= at + count; ++i) {
        const std::optional<Asset> f = store.asset(ids[i]);
        out.paths.append(store.absolutePath(*f));
        if (i > at)
            out.following.append(ids[i]);
    }
    return out;
}

int writeTracked(ProjectStore &store, const TrackStart &from, const QList<Annotation> &shapes,
                 const QString &modelId, const QString &modelVersion, bool accepted, QString *error)
{
    Annotation start = from.start;
    ProjectStore::Transaction transaction(store);
    if (trackOf(start).isEmpty()) {
        makeKeyframe(start);
        QList<Annotation> keyframe{start};
        if (!store.updateAnnotations(keyframe)) {
            *error = store.errorString();
            return -1;
        }
    }
    const QString track = trackOf(start);
    const int n = int(std::min(shapes.size(), from.following.size()));
    // What earlier tracking or filling put on these frames for this track is replaced.
    QList<qint64> stale;
    for (int i = 0; i < n; ++i)
        for (const Annotation &a : store.annotations(from.following[i]))
            if (trackOf(a) == track && isFilledIn(a))
                stale.append(a.id);
    QList<Annotation> written;
    for (int i = 0; i < n; ++i) {
        Annotation a = shapes[i];
        a.id = 0;
        a.assetId = from.following[i];
        a.labelId = start.labelId;
        a.data[trackKey] = track;
        a.data[trackedKey] = true;
        a.provenance = {.origin = Origin::Prelabel,
                        .author = store.author(),
                        .modelId = modelId,
                        .modelVersion = modelVersion,
                        .score = shapes[i].provenance.score};
        if (accepted)
            a.data[QStringLiteral("accepted")] = true;
        written.append(a);
    }
    if ((!stale.isEmpty() && !store.removeAnnotations(stale))
        || (!written.isEmpty()
            && !store.addAnnotations(written, ProjectStore::AuditDetail::Summary))
        || !transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    return int(written.size());
}

} // namespace Tessera::Sequences
