// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "yoloformat.h"

#include "core/imagefiles.h"
#include "core/shapegeometry.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace Tessera {

namespace {

using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "YoloFormat".
struct YoloFormatText
{
    Q_DECLARE_TR_FUNCTIONS(YoloFormat)
};

// Files that are lists or names, not one image's labels.
bool isListFile(const QFileInfo &info)
{
    const QString name = info.fileName().toLower();
    return name == QLatin1String("train.txt") || name == QLatin1String("valid.txt")
           || name == QLatin1String("val.txt") || name == QLatin1String("test.txt")
           || name == QLatin1String("classes.txt") || name.startsWith(QLatin1String("readme"))
           || info.suffix().toLower() != QLatin1String("txt");
}

// Where a label file sits for an image in the layouts seen in the wild: beside it (Darknet), in
// labels/ beside it (X-AnyLabeling's export), or in the folder that mirrors images/ as labels/
// (Ultralytics) or Images/ as Annotations/.
QString labelFileFor(const QString &image)
{
    const QFileInfo info(image);
    const QString base = info.completeBaseName() + QStringLiteral(".txt");
    const QStringList parts = info.absolutePath().split(QLatin1Char('/'));
    QStringList folders{info.absolutePath(), info.absolutePath() + QStringLiteral("/labels")};
    for (const auto &[from, to] :
         {std::pair{"images", "labels"}, std::pair{"Images", "Annotations"}}) {
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            if (parts[i] == QLatin1String(from)) {
                QStringList mirrored = parts;
                mirrored[i] = QLatin1String(to);
                folders.append(mirrored.join(QLatin1Char('/')));
                break;
            }
        }
    }
    for (const QString &folder : std::as_const(folders)) {
        const QString candidate = folder + QLatin1Char('/') + base;
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return QString();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path); // atomic: a failed export leaves the previous file whole
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(shown(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString YoloFormat::displayName() const
{
    return YoloFormatText::tr("YOLO (Darknet layout)");
}
QString YoloFormat::nameFilter() const
{
    return YoloFormatText::tr("YOLO datasets (obj.names classes.txt)");
}

bool YoloFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                          const JobControl &control)
{
    const QFileInfo given(path);
    const QDir root(given.isDir() ? given.absoluteFilePath() : given.absolutePath());
    QString namesPath;
    for (const QString &candidate : {QStringLiteral("obj.names"), QStringLiteral("classes.txt")})
        if (root.exists(candidate))
            namesPath = root.filePath(candidate);
    if (namesPath.isEmpty()) {
        const QStringList any = root.entryList({QStringLiteral("*.names")}, QDir::Files);
        if (!any.isEmpty())
            namesPath = root.filePath(any.constFirst());
    }
    // Without a names file the classes are numbered as Ultralytics numbers them: class0, ...
    QStringList names;
    if (!namesPath.isEmpty()) {
        QFile namesFile(namesPath);
        if (!namesFile.open(QIODevice::ReadOnly))
            return fail(YoloFormatText::tr("%1: cannot read (%2)")
                                .arg(shown(namesPath), namesFile.errorString()));
        for (const QByteArray &line : namesFile.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                names.append(QString::fromUtf8(line.trimmed()));
    }

    QStringList images;
    QSet<QString> claimedLabels;
    QDirIterator it(root.path(), ImageFiles::nameFilters(), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        images.append(it.next());
    images.sort();
    QHash<QString, QString> labelOf;
    for (const QString &image : std::as_const(images)) {
        const QString label = labelFileFor(image);
        labelOf.insert(image, label);
        if (!label.isEmpty())
            claimedLabels.insert(label);
    }
    // A label file no image claims cannot be placed: its image is missing.
    QDirIterator txt(root.path(), {QStringLiteral("*.txt")}, QDir::Files,
                     QDirIterator::Subdirectories);
    while (txt.hasNext()) {
        const QFileInfo info(txt.next());
        if (!isListFile(info) && !claimedLabels.contains(info.absoluteFilePath()))
            return fail(YoloFormatText::tr("%1: no image for this label file")
                                .arg(shown(info.filePath())));
    }

    QHash<int, qint64> classToLabel;
    QString error;
    for (qsizetype k = 0; k < names.size(); ++k) {
        const qint64 id = sink.labelId(Label{.name = names[k]}, report, &error);
        if (!id)
            return fail(error);
        classToLabel.insert(int(k), id);
    }
    if (namesPath.isEmpty() && claimedLabels.isEmpty())
        return fail(
                YoloFormatText::tr(
                        "%1: no obj.names or classes.txt and no label files: not a YOLO dataset")
                        .arg(shown(root.path())));
    if (namesPath.isEmpty())
        report.warnings.append(
                YoloFormatText::tr("%1: no obj.names or classes.txt: the classes are named by "
                                   "their ids (class0, class1, …)")
                        .arg(shown(root.path())));
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (control.canceled())
            return fail(YoloFormatText::tr("Import canceled: nothing was added"));
        const QString &image = images[i];
        QImageReader reader(image);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (!size.isValid() || size.isEmpty())
            return fail(YoloFormatText::tr("%1: not a readable image (%2)")
                                .arg(shown(image), reader.errorString()));
        bool reused = false;
        const std::optional<Asset> asset = sink.imageAsset(image, QFileInfo(image).fileName(), size,
                                                           report, &error, &reused);
        if (!asset)
            return fail(error);
        if (reused)
            report.warnings.append(
                    YoloFormatText::tr("%1: same content as %2; its labels go to that asset")
                            .arg(shown(image), asset->name));
        const QString labelPath = labelOf.value(image);
        if (labelPath.isEmpty())
            continue; // an image without labels is a background image in YOLO
        QFile labels(labelPath);
        if (!labels.open(QIODevice::ReadOnly))
            return fail(YoloFormatText::tr("%1: cannot read (%2)")
                                .arg(shown(labelPath), labels.errorString()));
        QList<Annotation> annotations;
        int lineNumber = 0;
        for (const QByteArray &raw : labels.readAll().split('\n')) {
            ++lineNumber;
            const QList<QByteArray> fields = raw.simplified().split(' ');
            if (raw.trimmed().isEmpty())
                continue;
            const QString where = QStringLiteral("%1:%2").arg(shown(labelPath)).arg(lineNumber);
            bool ok = false;
            const int cls = fields[0].toInt(&ok);
            if (ok && namesPath.isEmpty() && cls >= 0 && cls < 100000
                && !classToLabel.contains(cls)) {
                const qint64 id = sink.labelId(Label{.name = QStringLiteral("class%1").arg(cls)},
                                               report, &error);
                if (!id)
                    return fail(error);
                classToLabel.insert(cls, id);
            }
            if (!ok || !classToLabel.contains(cls)) {
                if (namesPath.isEmpty())
                    return fail(YoloFormatText::tr("%1: \"%2\" is not a class id")
                                        .arg(where, FormatSupport::printable(fields[0])));
                return fail(YoloFormatText::tr("%1: class id \"%2\" is not in %3 (0..%4)")
                                    .arg(where, FormatSupport::printable(fields[0]),
                                         QFileInfo(namesPath).fileName())
                                    .arg(classToLabel.size() - 1));
            }
            QList<double> v;
            for (qsizetype k = 1; k < fields.size(); ++k) {
                const double x = fields[k].toDouble(&ok);
                if (!ok || !std::isfinite(x))
                    return fail(YoloFormatText::tr("%1: \"%2\" is not a coordinate between 0 and 1")
                                        .arg(where, FormatSupport::printable(fields[k])));
                v.append(x);
            }
            // A pose line (Ultralytics without its data.yaml): box + K × (x, y, visibility 0, 1
            // or 2), an odd count no polygon has.
            bool pose = v.size() >= 7 && v.size() % 2 == 1 && (v.size() - 4) % 3 == 0
                        && (v.size() - 4) / 3 <= 1000;
            for (qsizetype k = 6; pose && k < v.size(); k += 3)
                pose = v[k] == 0 || v[k] == 1 || v[k] == 2;
            for (qsizetype k = 0; k < v.size(); ++k)
                if ((!pose || k < 4 || (k - 4) % 3 != 2) && (v[k] < -1e-6 || v[k] > 1 + 1e-6))
                    return fail(YoloFormatText::tr("%1: \"%2\" is not a coordinate between 0 and 1")
                                        .arg(where, FormatSupport::printable(fields[k + 1])));
            Annotation a{.assetId = asset->id, .labelId = classToLabel.value(cls)};
            a.provenance.origin = Origin::Import;
            const double w = asset->width, h = asset->height;
            if (pose) {
                a.kind = AnnotationKind::Keypoints;
                for (qsizetype k = 4; k + 2 < v.size(); k += 3) {
                    a.points.append(QPointF(v[k] * w, v[k + 1] * h));
                    a.visibility.append(int(std::lround(v[k + 2])));
                }
                a.data[QStringLiteral("box")]
                        = QJsonArray{(v[0] - v[2] / 2) * w, (v[1] - v[3] / 2) * h,
                                     (v[0] + v[2] / 2) * w, (v[1] + v[3] / 2) * h};
            } else if (v.size() == 4 || v.size() == 5) {
                // A fifth number is a detector's confidence (`yolo predict save_conf=True`).
                a.kind = AnnotationKind::Box;
                a.points = {QPointF((v[0] - v[2] / 2) * w, (v[1] - v[3] / 2) * h),
                            QPointF((v[0] + v[2] / 2) * w, (v[1] + v[3] / 2) * h)};
                if (v.size() == 5)
                    a.provenance.score = v[4];
            } else if (v.size() >= 6 && v.size() % 2 == 0) {
                a.kind = AnnotationKind::Polygon; // Ultralytics segment line
                for (qsizetype k = 0; k + 1 < v.size(); k += 2)
                    a.points.append(QPointF(v[k] * w, v[k + 1] * h));
            } else {
                return fail(YoloFormatText::tr("%1: expected \"class cx cy w h [confidence]\" or a "
                                               "polygon, found %2 "
                                               "number(s)")
                                    .arg(where)
                                    .arg(v.size()));
            }
            annotations.append(a);
        }
        if (QString why; !sink.storeAnnotations(annotations, report, &why))
            return fail(why);
        report.annotations += int(annotations.size());
        control.report(i + 1, images.size());
    }
    return true;
}

QByteArray YoloFormat::linesOf(const Asset &asset, const QList<Annotation> &annotations,
                               const QHash<qint64, int> &classOf, int *written)
{
    QByteArray lines;
    for (const Annotation &a : annotations) {
        if (!classOf.contains(a.labelId) || !ShapeGeometry::isArea(a.kind) || asset.width <= 0
            || asset.height <= 0)
            continue;
        const QRectF b = ShapeGeometry::boundingRect(a).intersected(
                QRectF(0, 0, asset.width, asset.height));
        lines += QByteArray::number(classOf.value(a.labelId)) + ' '
                 + QByteArray::number(b.center().x() / asset.width, 'f', 6) + ' '
                 + QByteArray::number(b.center().y() / asset.height, 'f', 6) + ' '
                 + QByteArray::number(b.width() / asset.width, 'f', 6) + ' '
                 + QByteArray::number(b.height() / asset.height, 'f', 6) + '\n';
        if (written)
            ++*written;
    }
    return lines;
}

QList<ExportFile> YoloFormat::assetFiles(ExportSource &source, const Asset &asset,
                                         const QString &stem, const QString &folder)
{
    Q_UNUSED(folder)
    if (asset.kind != AssetKind::Image)
        return {};
    QHash<qint64, int> classOf;
    for (const Label &l : source.labels())
        classOf.insert(l.id, l.sortOrder);
    return {{QStringLiteral("obj_train_data/") + stem + QStringLiteral(".txt"),
             linesOf(asset, source.annotations(asset.id), classOf, nullptr)}};
}

QString YoloFormat::exportedImageName(const Asset &asset, const QString &stem) const
{
    const QString suffix = QFileInfo(asset.name).suffix();
    return suffix.isEmpty() ? stem : stem + QLatin1Char('.') + suffix;
}

bool YoloFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                           const JobControl &control)
{
    const QDir out(path);
    if (!QDir().mkpath(out.filePath(QStringLiteral("obj_train_data"))))
        return fail(YoloFormatText::tr("%1: cannot create the folder").arg(shown(path)));
    // Class id = the label's stable order; gaps left by removed labels stay unused.
    QHash<qint64, int> classOf;
    QStringList names;
    for (const Label &l : source.labels()) {
        // Text and comparison labels are no classes here: their ids stay unused, as gaps do.
        if (!(l.kinds & ImageKindFlag))
            continue;
        while (names.size() < l.sortOrder)
            names.append(QStringLiteral("unused_%1").arg(names.size()));
        names.append(l.name);
        classOf.insert(l.id, l.sortOrder);
    }
    QString error;
    // classes.txt too: LabelImg and many converters look for that name.
    const QByteArray nameList = (names.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (!writeFile(out.filePath(QStringLiteral("obj.names")), nameList, &error)
        || !writeFile(out.filePath(QStringLiteral("classes.txt")), nameList, &error))
        return fail(error);
    const QByteArray data = QStringLiteral("classes = %1\ntrain = data/train.txt\nnames = "
                                           "data/obj.names\nbackup = backup/\n")
                                    .arg(names.size())
                                    .toUtf8();
    if (!writeFile(out.filePath(QStringLiteral("obj.data")), data, &error))
        return fail(error);
    QByteArray train;
    const QHash<qint64, QString> stems = FormatSupport::fileStems(source, AssetKind::Image);
    const QList<Asset> all
            = FormatSupport::listAssets(source, AssetFilter{.kind = AssetKind::Image});
    // One stream of annotations in asset order; each asset's file is written when the stream
    // moves past it (assets without annotations get an empty file: background images).
    FormatSupport::BatchWriter writer;
    qsizetype next = 0;
    QList<Annotation> current;
    bool failed = false, canceled = false;
    auto flushUpTo = [&](qint64 assetId) {
        while (!failed && next < all.size() && all[next].id <= assetId) {
            const Asset &asset = all[next];
            int written = 0;
            const QByteArray lines
                    = linesOf(asset,
                              !current.isEmpty() && current.constFirst().assetId == asset.id
                                      ? current
                                      : QList<Annotation>(),
                              classOf, &written);
            const QString stem = stems.value(asset.id);
            failed = !writer.write(
                    out.filePath(QStringLiteral("obj_train_data/") + stem + QStringLiteral(".txt")),
                    lines, &error);
            report.annotations += written;
            train += "data/obj_train_data/"
                     + (stem + QLatin1Char('.') + QFileInfo(asset.name).suffix()).toUtf8() + '\n';
            ++report.assets;
            if (++next % 1000 == 0) {
                control.report(next, all.size());
                canceled = control.canceled();
                failed = failed || canceled;
            }
        }
    };
    const bool read = source.forEachAnnotationByAsset([&](const Annotation &a) {
        if (!current.isEmpty() && current.constFirst().assetId != a.assetId) {
            flushUpTo(current.constFirst().assetId);
            current.clear();
        }
        if (!failed)
            current.append(a);
        return !failed;
    });
    if (!read)
        return fail(source.errorString());
    if (!current.isEmpty())
        flushUpTo(current.constFirst().assetId);
    current.clear();
    flushUpTo(std::numeric_limits<qint64>::max());
    if (canceled)
        return fail(YoloFormatText::tr("Export canceled"));
    if (failed || !writer.finish(&error))
        return fail(error);
    control.report(all.size(), all.size());
    if (!writeFile(out.filePath(QStringLiteral("train.txt")), train, &error))
        return fail(error);
    report.warnings = losses(source);
    return true;
}

QStringList YoloFormat::losses(ExportSource &source) const
{
    return FormatSupport::losses(source, writtenKinds(), true, displayName());
}

} // namespace Tessera
