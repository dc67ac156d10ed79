// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labelmeformat.h"

#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "formats/formatsupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

using FormatSupport::key;
using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "LabelmeFormat".
struct LabelmeFormatText
{
    Q_DECLARE_TR_FUNCTIONS(LabelmeFormat)
};

// Keys this format maps to Tessera's own fields; everything else is kept as it was.
const QStringList &fileKeys()
{
    static const QStringList keys{key("shapes"),      key("imagePath"),  key("imageData"),
                                  key("imageHeight"), key("imageWidth"), key("flags")};
    return keys;
}
const QStringList &shapeKeys()
{
    static const QStringList keys{key("label"),      key("points"), key("group_id"),
                                  key("shape_type"), key("flags"),  key("mask")};
    return keys;
}

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &k : keys)
        object.remove(k);
    return object;
}

bool readPoints(const QJsonValue &value, const QSize &size, QList<QPointF> *points, QString *why)
{
    if (!value.isArray()) {
        *why = LabelmeFormatText::tr("\"points\" is not a list");
        return false;
    }
    // Generous bounds: labelme lets points stray a little outside the image, but a coordinate a
    // whole image away is a unit or sign bug in whatever wrote the file.
    const QRectF allowed(-size.width(), -size.height(), 3.0 * size.width(), 3.0 * size.height());
    for (const QJsonValue &p : value.toArray()) {
        const QJsonArray xy = p.toArray();
        if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
            *why = LabelmeFormatText::tr("a point is not [x, y]");
            return false;
        }
        const QPointF point(xy[0].toDouble(), xy[1].toDouble());
        if (!FormatSupport::saneNumber(point.x()) || !FormatSupport::saneNumber(point.y())
            || (!size.isEmpty() && !allowed.contains(point))) {
            *why = LabelmeFormatText::tr("point (%1, %2) lies far outside the %3×%4 image")
                           .arg(point.x())
                           .arg(point.y())
                           .arg(size.width())
                           .arg(size.height());
            return false;
        }
        points->append(point);
    }
    return true;
}

// Turns one labelme shape into an annotation; false with *why when it is malformed.
bool shapeToAnnotation(const QJsonObject &shape, const QSize &size, Annotation &a, QString *why)
{
    QList<QPointF> p;
    if (!readPoints(shape.value(key("points")), size, &p, why))
        return false;
    const QString type = shape.value(key("shape_type")).toString(key("polygon"));
    auto need = [&](qsizetype atLeast, qsizetype atMost) {
        if (p.size() >= atLeast && p.size() <= atMost)
            return true;
        *why = LabelmeFormatText::tr("a %1 with %2 point(s)").arg(type).arg(p.size());
        return false;
    };
    if (type == QLatin1String("rectangle") && p.size() == 4) {
        // X-AnyLabeling writes rectangles as their four corners: a box when they are axis-
        // aligned, a rotated box when turned, a polygon when they are no rectangle at all.
        const QRectF bounds = QPolygonF(p).boundingRect();
        const double tolerance = 1e-6 * std::max(1.0, bounds.width() + bounds.height());
        auto near = [tolerance](double v, double w) {
            return std::abs(v - w) <= tolerance;
        };
        const bool axisAligned = std::all_of(p.cbegin(), p.cend(), [&](const QPointF &c) {
            return (near(c.x(), bounds.left()) || near(c.x(), bounds.right()))
                   && (near(c.y(), bounds.top()) || near(c.y(), bounds.bottom()));
        });
        if (axisAligned) {
            a.kind = AnnotationKind::Box;
            a.points = {bounds.topLeft(), bounds.bottomRight()};
        } else if (const std::optional<Annotation> turned = ShapeGeometry::turnedBox(p)) {
            a.kind = turned->kind;
            a.points = turned->points;
            a.rotation = turned->rotation;
        } else {
            a.kind = AnnotationKind::Polygon;
            a.points = p;
        }
    } else if (type == QLatin1String("rectangle")) {
        if (!need(2, 2))
            return false;
        a.kind = AnnotationKind::Box;
        a.points = ShapeGeometry::normalizedBox(p[0], p[1]);
    } else if (type == QLatin1String("circle")) {
        if (!need(2, 2))
            return false;
        // Centre and a point on the circle.
        const double r = std::hypot(p[1].x() - p[0].x(), p[1].y() - p[0].y());
        a.kind = AnnotationKind::Ellipse;
        a.points = {p[0] - QPointF(r, r), p[0] + QPointF(r, r)};
    } else if (type == QLatin1String("polygon")) {
        if (!need(3, INT_MAX))
            return false;
        a.kind = AnnotationKind::Polygon;
        a.points = p;
    } else if (type == QLatin1String("line") || type == QLatin1String("linestrip")) {
        if (!need(2, INT_MAX))
            return false;
        a.kind = AnnotationKind::Polyline;
        a.points = p;
    } else if (type == QLatin1String("point") || type == QLatin1String("points")) {
        if (!need(1, INT_MAX))
            return false;
        a.kind = AnnotationKind::Point;
        a.points = p;
    } else if (type == QLatin1String("mask")) {
        if (!need(2, 2))
            return false;
        const QByteArray png
                = QByteArray::fromBase64(shape.value(key("mask")).toString().toLatin1());
        QImage mask;
        if (png.isEmpty() || !mask.loadFromData(png)) {
            *why = LabelmeFormatText::tr("the mask is not a base64 PNG");
            return false;
        }
        a.kind = AnnotationKind::Mask;
        if (!MaskCodec::fromImage(a, mask, p[0].toPoint())) {
            *why = LabelmeFormatText::tr("the mask has no pixel set");
            return false;
        }
    } else {
        *why = LabelmeFormatText::tr("unknown shape_type \"%1\"").arg(type);
        return false;
    }
    if (shape.value(key("group_id")).isDouble())
        a.groupId = shape.value(key("group_id")).toInteger();
    const QJsonObject flags = shape.value(key("flags")).toObject();
    if (!flags.isEmpty())
        a.data[key("attributes")] = flags;
    QJsonObject extra = without(shape, shapeKeys());
    if (extra.value(key("description")).isNull()
        || extra.value(key("description")).toString().isEmpty())
        extra.remove(key("description"));
    if (type == QLatin1String("line")) // a polyline is written back as a linestrip otherwise
        extra[key("shape_type")] = type;
    // Tessera's group 0 is "no group"; labelme's 0 is a group of its own and is written back.
    if (shape.value(key("group_id")).isDouble() && shape.value(key("group_id")).toInteger() == 0)
        extra[key("group_id")] = 0;
    if (!extra.isEmpty())
        a.data[key("labelme")] = extra;
    // X-AnyLabeling writes a detector's confidence; it stays in the extras for the way back and
    // is the annotation's score (evaluation and review sort by it).
    if (const double score = extra.value(key("score")).toDouble(qQNaN()); std::isfinite(score))
        a.provenance.score = score;
    return true;
}

QJsonArray pointArray(const QList<QPointF> &points)
{
    QJsonArray out;
    for (const QPointF &p : points)
        out.append(QJsonArray{p.x(), p.y()});
    return out;
}

// The labelme shape of an annotation; an empty object for kinds labelme cannot hold.
QJsonObject annotationToShape(const Annotation &a, const QString &label)
{
    QJsonObject shape = a.data.value(key("labelme")).toObject();
    const QString keptType = shape.take(key("shape_type")).toString();
    shape[key("label")] = label;
    const QJsonValue keptGroup = shape.take(key("group_id")); // labelme's 0, kept on import
    shape[key("group_id")] = a.groupId              ? QJsonValue(a.groupId)
                             : keptGroup.isDouble() ? keptGroup
                                                    : QJsonValue();
    if (!shape.contains(key("description")))
        shape[key("description")] = QString();
    QJsonObject flags;
    const QJsonObject attributes = a.data.value(key("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        if (it.value().isBool())
            flags.insert(it.key(), it.value());
    shape[key("flags")] = flags;
    shape[key("mask")] = QJsonValue();
    QString type;
    QList<QPointF> points = a.points;
    switch (a.kind) {
    case AnnotationKind::Box:
        type = a.rotation == 0.0 ? key("rectangle") : key("polygon");
        if (a.rotation != 0.0)
            points = ShapeGeometry::corners(a);
        break;
    case AnnotationKind::RotatedBox:
        type = key("polygon");
        points = ShapeGeometry::corners(a);
        break;
    case AnnotationKind::Ellipse: {
        const QRectF r = ShapeGeometry::boundingRect(a);
        if (std::abs(r.width() - r.height()) < 1e-9 && a.rotation == 0.0) {
            type = key("circle");
            points = {r.center(), QPointF(r.right(), r.center().y())};
        } else {
            type = key("polygon");
            points = ShapeGeometry::outline(a).toFillPolygon();
            if (points.size() > 1 && points.constFirst() == points.constLast())
                points.removeLast();
        }
        break;
    }
    case AnnotationKind::Polygon:
        type = key("polygon");
        break;
    case AnnotationKind::Polyline:
        type = keptType == QLatin1String("line") && points.size() == 2 ? keptType
                                                                       : key("linestrip");
        break;
    case AnnotationKind::Point:
        type = points.size() == 1 ? key("point") : key("points");
        break;
    case AnnotationKind::Mask: {
        type = key("mask");
        const QImage mask = MaskCodec::toImage(a).convertToFormat(QImage::Format_Mono);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        mask.save(&buffer, "PNG");
        shape[key("mask")] = QString::fromLatin1(png.toBase64());
        points = {QPointF(a.maskRect.topLeft()), QPointF(a.maskRect.bottomRight())};
        break;
    }
    default:
        return {};
    }
    shape[key("shape_type")] = type;
    shape[key("points")] = pointArray(points);
    return shape;
}

// Writes an embedded image into the project's embedded/ folder (never outside it) and returns
// its path; an existing file with other content is never replaced.
QString storeEmbedded(const QString &projectDir, const QString &imagePath, const QByteArray &bytes,
                      QString *why, bool *created)
{
    QString name
            = QFileInfo(QString(imagePath).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = QStringLiteral("image.png");
    QDir dir(projectDir);
    if (!dir.mkpath(QStringLiteral("embedded")) || !dir.cd(QStringLiteral("embedded"))) {
        *why = LabelmeFormatText::tr("cannot create %1")
                       .arg(shown(dir.filePath(QStringLiteral("embedded"))));
        return QString();
    }
    QString target = dir.filePath(name);
    QFile existing(target);
    if (existing.open(QIODevice::ReadOnly)) {
        if (existing.readAll() == bytes) {
            *created = false;
            return target;
        }
        const QFileInfo info(name);
        const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
        target = dir.filePath(info.completeBaseName() + QLatin1Char('-') + hash + QLatin1Char('.')
                              + info.suffix());
    }
    if (!FormatSupport::writeAtomically(target, bytes, why))
        return QString();
    *created = true;
    return target;
}

} // namespace

QString LabelmeFormat::displayName() const
{
    return LabelmeFormatText::tr("labelme JSON");
}
QString LabelmeFormat::nameFilter() const
{
    return LabelmeFormatText::tr("labelme annotations (*.json)");
}

QSet<AnnotationKind> LabelmeFormat::writtenKinds() const
{
    return {AnnotationKind::Box,    AnnotationKind::Polygon, AnnotationKind::Polyline,
            AnnotationKind::Point,  AnnotationKind::Mask,    AnnotationKind::Tag,
            AnnotationKind::Ellipse};
}

bool LabelmeFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                             const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QString(), QStringLiteral("*.json"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    QStringList written; // embedded images written by this import, removed when it fails
    QHash<QString, qint64> labels;
    bool ok = true;
    for (qsizetype i = 0; ok && i < files.size(); ++i) {
        if (control.canceled())
            ok = fail(LabelmeFormatText::tr("Import canceled: nothing was added"));
        else
            ok = readFile(sink, files[i], labels, report, written);
        control.report(i + 1, files.size());
    }
    if (!ok)
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
    return ok;
}

bool LabelmeFormat::readFile(ImportSink &sink, const QString &file, QHash<QString, qint64> &labels,
                             FormatReport &report, QStringList &written)
{
    QString why;
    const std::optional<QJsonDocument> doc = FormatSupport::readJson(file, &why);
    if (!doc)
        return fail(why);
    const QJsonObject root = doc->object();
    if (!root.value(key("shapes")).isArray())
        return fail(
                LabelmeFormatText::tr("%1: not labelme JSON: no \"shapes\" list").arg(shown(file)));
    const QString imagePath = root.value(key("imagePath")).toString();
    const QDir dir = QFileInfo(file).absoluteDir();
    QString image = imagePath.isEmpty() ? QString()
                                        : QDir::cleanPath(dir.filePath(QString(imagePath).replace(
                                                QLatin1Char('\\'), QLatin1Char('/'))));
    QSize size(root.value(key("imageWidth")).toInt(), root.value(key("imageHeight")).toInt());
    // Some files name themselves as their image; only a readable image counts.
    QString name = QFileInfo(imagePath).fileName();
    bool missing = false;
    // Asked once: each question opens the file.
    const bool readable
            = !image.isEmpty() && QFileInfo(image).isFile() && QImageReader(image).canRead();
    if (!readable) {
        const QByteArray bytes
                = QByteArray::fromBase64(root.value(key("imageData")).toString().toLatin1());
        // Neither the file nor embedded data: the shapes come in, the file is found later. An
        // image that exists but cannot be read is a damaged file, not a missing one.
        missing = bytes.isEmpty() && !image.isEmpty() && !FormatSupport::isPresent(image);
        if (bytes.isEmpty() && !missing)
            return fail(LabelmeFormatText::tr(
                                "%1: image \"%2\" not found and the file embeds no imageData")
                                .arg(shown(file), imagePath));
    }
    if (!missing && !readable) {
        const QByteArray bytes
                = QByteArray::fromBase64(root.value(key("imageData")).toString().toLatin1());
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        if (!reader.canRead())
            return fail(LabelmeFormatText::tr("%1: the embedded imageData is not an image")
                                .arg(shown(file)));
        if (size.isEmpty())
            size = reader.size();
        name = QFileInfo(file).completeBaseName() + QLatin1Char('.')
               + QString::fromLatin1(reader.format());
        bool created = false;
        image = storeEmbedded(sink.mediaFolder(), name, bytes, &why, &created);
        if (image.isEmpty())
            return fail(LabelmeFormatText::tr("%1: %2").arg(shown(file), why));
        if (created)
            written.append(image);
    }
    if (!missing && size.isEmpty())
        size = QImageReader(image).size();
    const QString assetName = name.isEmpty() ? QFileInfo(image).fileName() : name;
    const std::optional<Asset> asset
            = missing ? sink.missingImageAsset(image, assetName, size, report, &why)
                      : sink.imageAsset(image, assetName, size, report, &why);
    if (!asset)
        return fail(why);

    auto labelId = [&](const QString &name) -> qint64 {
        if (!labels.contains(name))
            labels.insert(name, sink.labelId(Label{.name = name}, report, &why));
        return labels.value(name);
    };
    QList<Annotation> annotations;
    const QJsonArray shapes = root.value(key("shapes")).toArray();
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        const QJsonObject shape = shapes[i].toObject();
        const QString label = shape.value(key("label")).toString();
        if (label.isEmpty())
            return fail(
                    LabelmeFormatText::tr("%1: shapes[%2]: no \"label\"").arg(shown(file)).arg(i));
        Annotation a{.assetId = asset->id};
        if (!shapeToAnnotation(shape, size, a, &why))
            return fail(LabelmeFormatText::tr("%1: shapes[%2] (\"%3\"): %4")
                                .arg(shown(file))
                                .arg(i)
                                .arg(label, why));
        if (!(a.labelId = labelId(label)))
            return fail(why);
        a.provenance.origin = Origin::Import;
        annotations.append(a);
    }
    // Image flags: the ones set become tags; all of them are kept so export writes the same list.
    const QJsonObject flags = root.value(key("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        if (!it.value().toBool())
            continue;
        Annotation tag{.assetId = asset->id, .kind = AnnotationKind::Tag};
        if (!(tag.labelId = labelId(it.key())))
            return fail(why);
        tag.provenance.origin = Origin::Import;
        annotations.append(tag);
    }
    if (QString why; !sink.storeAnnotations(annotations, report, &why))
        return fail(why);
    report.annotations += int(annotations.size());

    const QJsonObject extra = without(root, fileKeys());
    QJsonObject kept = extra;
    if (!flags.isEmpty())
        kept[key("flags")] = flags;
    if (!kept.isEmpty() && asset->payload.value(key("labelme")).toObject() != kept) {
        QJsonObject payload = asset->payload;
        payload[key("labelme")] = kept;
        if (!sink.setAssetPayload(asset->id, payload))
            return fail(sink.errorString());
    }
    return true;
}

QJsonObject LabelmeFormat::document(ExportSource &source, const Asset &asset,
                                    const QList<Annotation> &annotations,
                                    const QHash<qint64, QString> &labelNames,
                                    const QString &outputFolder)
{
    QJsonObject root = asset.payload.value(key("labelme")).toObject();
    if (!root.contains(key("version")))
        root[key("version")] = QStringLiteral("5.2.1");
    QJsonObject flags;
    for (const QString &name : root.value(key("flags")).toObject().keys())
        flags.insert(name, false);
    QJsonArray shapes;
    for (const Annotation &a : annotations) {
        const QString label = labelNames.value(a.labelId);
        if (label.isEmpty())
            continue;
        if (a.kind == AnnotationKind::Tag) {
            flags.insert(label, true);
            continue;
        }
        const QJsonObject shape = annotationToShape(a, label);
        if (!shape.isEmpty())
            shapes.append(shape);
    }
    root[key("flags")] = flags;
    root[key("shapes")] = shapes;
    root[key("imagePath")] = FormatSupport::relativePath(outputFolder, source.absolutePath(asset));
    root[key("imageData")] = QJsonValue();
    root[key("imageHeight")] = asset.height;
    root[key("imageWidth")] = asset.width;
    return root;
}

QList<ExportFile> LabelmeFormat::assetFiles(ExportSource &source, const Asset &asset,
                                            const QString &stem, const QString &folder)
{
    if (asset.kind != AssetKind::Image)
        return {};
    QHash<qint64, QString> names;
    for (const Label &l : source.labels())
        names.insert(l.id, l.name);
    const std::optional<Asset> full = source.asset(asset.id); // with its payload
    if (!full)
        return {};
    const QJsonObject root = document(source, *full, source.annotations(asset.id), names, folder);
    return {{stem + QStringLiteral(".json"), QJsonDocument(root).toJson(QJsonDocument::Indented)}};
}

bool LabelmeFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                              const JobControl &control)
{
    if (!QDir().mkpath(path))
        return fail(LabelmeFormatText::tr("%1: cannot create the folder").arg(shown(path)));
    const QString folder = QFileInfo(path).absoluteFilePath();
    QHash<qint64, QString> names;
    for (const Label &l : source.labels())
        names.insert(l.id, l.name);
    const QHash<qint64, QString> stems = FormatSupport::fileStems(source, AssetKind::Image);
    FormatSupport::BatchWriter writer;
    QString error;
    const bool walked = FormatSupport::forEachAsset(
            source, AssetKind::Image, control,
            [&](const Asset &asset) { // with its payload
                const QJsonObject root
                        = document(source, asset, source.annotations(asset.id), names, folder);
                if (!writer.write(
                            QDir(folder).filePath(stems.value(asset.id) + QStringLiteral(".json")),
                            QJsonDocument(root).toJson(QJsonDocument::Indented), &error))
                    return false;
                report.annotations += int(root.value(key("shapes")).toArray().size());
                ++report.assets;
                return true;
            },
            &error);
    if (!walked)
        return fail(error);
    QString why;
    if (!writer.finish(&why))
        return fail(why);
    report.warnings = losses(source);
    return true;
}

QStringList LabelmeFormat::losses(ExportSource &source) const
{
    QSet<AnnotationKind> carried = writtenKinds();
    carried.insert(AnnotationKind::RotatedBox);
    QStringList lines = FormatSupport::losses(source, carried, false, displayName());
    const ProjectStats stats = source.stats();
    if (const qint64 n = stats.annotationsByKind.value(AnnotationKind::RotatedBox))
        lines.append(LabelmeFormatText::tr("%1 rotated box(es) are written as polygons").arg(n));
    if (const qint64 n = stats.annotationsByKind.value(AnnotationKind::Ellipse))
        lines.append(LabelmeFormatText::tr(
                             "%1 ellipse(s): those that are not circles are written as polygons")
                             .arg(n));
    return lines;
}

} // namespace Tessera
