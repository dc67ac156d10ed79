// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "cvatformat.h"

#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace Tessera {

namespace {

using FormatSupport::key;
using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "CvatFormat".
struct CvatFormatText
{
    Q_DECLARE_TR_FUNCTIONS(CvatFormat)
};
QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// A label of the file's schema; sublabels (a skeleton's points) have a parent.
struct CvatLabel
{
    Label label;
    QString type;
    QString parent;
    QString svg;
};

std::optional<AttributeType> attributeType(const QString &inputType)
{
    if (inputType == QLatin1String("checkbox"))
        return AttributeType::Checkbox;
    if (inputType == QLatin1String("radio") || inputType == QLatin1String("select"))
        return AttributeType::Select;
    if (inputType == QLatin1String("number"))
        return AttributeType::Number;
    if (inputType == QLatin1String("text"))
        return AttributeType::Text;
    return std::nullopt;
}
QString inputType(AttributeType type)
{
    switch (type) {
    case AttributeType::Checkbox:
        return key("checkbox");
    case AttributeType::Select:
    case AttributeType::MultiSelect:
        return key("select");
    case AttributeType::Number:
        return key("number");
    case AttributeType::Text:
        break;
    }
    return key("text");
}

CvatLabel readLabel(QXmlStreamReader &xml)
{
    CvatLabel l;
    while (xml.readNextStartElement()) {
        const auto tag = xml.name();
        if (tag == QLatin1String("name")) {
            l.label.name = xml.readElementText();
        } else if (tag == QLatin1String("color")) {
            l.label.color = QColor(xml.readElementText().trimmed());
        } else if (tag == QLatin1String("type")) {
            l.type = xml.readElementText().trimmed();
        } else if (tag == QLatin1String("parent")) {
            l.parent = xml.readElementText();
        } else if (tag == QLatin1String("svg")) {
            l.svg = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (tag == QLatin1String("attributes")) {
            while (xml.readNextStartElement()) {
                AttributeDefinition d;
                QString type;
                while (xml.readNextStartElement()) {
                    const auto field = xml.name();
                    const QString text = xml.readElementText();
                    if (field == QLatin1String("name"))
                        d.name = text;
                    else if (field == QLatin1String("input_type"))
                        type = text.trimmed();
                    else if (field == QLatin1String("default_value"))
                        d.defaultValue = text;
                    else if (field == QLatin1String("values"))
                        // Older CVAT separates values by spaces, newer by new lines.
                        d.options = text.contains(QLatin1Char('\n'))
                                            ? text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                            : text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                }
                d.type = attributeType(type).value_or(AttributeType::Text);
                if (d.type != AttributeType::Select)
                    d.options.clear();
                if (!d.name.isEmpty())
                    l.label.attributes.append(d);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return l;
}

bool readPointList(const QString &text, QList<QPointF> *points)
{
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(QLatin1Char(','));
        bool okX = false, okY = false;
        if (xy.size() != 2)
            return false;
        const QPointF p(xy[0].toDouble(&okX), xy[1].toDouble(&okY));
        if (!okX || !okY || !FormatSupport::saneNumber(p.x()) || !FormatSupport::saneNumber(p.y()))
            return false;
        points->append(p);
    }
    return !points->isEmpty();
}

QString pointList(const QList<QPointF> &points)
{
    QStringList pairs;
    for (const QPointF &p : points)
        pairs.append(number(p.x()) + QLatin1Char(',') + number(p.y()));
    return pairs.join(QLatin1Char(';'));
}

// A typed attribute value as the label's schema defines it.
QJsonValue attributeValue(const Label *label, const QString &name, const QString &text)
{
    if (label)
        for (const AttributeDefinition &d : label->attributes)
            if (d.name == name) {
                if (d.type == AttributeType::Checkbox)
                    return text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                if (d.type == AttributeType::Number) {
                    bool ok = false;
                    const double v = text.toDouble(&ok);
                    return ok ? QJsonValue(v) : QJsonValue(text);
                }
            }
    return text;
}
QString attributeText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? key("true") : key("false");
    if (v.isDouble())
        return number(v.toDouble());
    return v.toString();
}

// Skeleton edges from the label's SVG: <line data-node-from="1" data-node-to="2" ...>.
QList<QPair<int, int>> svgEdges(const QString &svg)
{
    static const QRegularExpression line(
            QStringLiteral(R"re(<line[^>]*data-node-from="(\d+)"[^>]*data-node-to="(\d+)")re"));
    QList<QPair<int, int>> edges;
    for (auto it = line.globalMatch(svg); it.hasNext();) {
        const auto m = it.next();
        edges.append({m.captured(1).toInt() - 1, m.captured(2).toInt() - 1});
    }
    return edges;
}

} // namespace

QString CvatFormat::displayName() const
{
    return CvatFormatText::tr("CVAT for images 1.1 XML");
}
QString CvatFormat::nameFilter() const
{
    return CvatFormatText::tr("CVAT annotations (*.xml)");
}

QSet<AnnotationKind> CvatFormat::writtenKinds() const
{
    return {AnnotationKind::Box,      AnnotationKind::RotatedBox, AnnotationKind::Polygon,
            AnnotationKind::Polyline, AnnotationKind::Point,      AnnotationKind::Ellipse,
            AnnotationKind::Mask,     AnnotationKind::Keypoints,  AnnotationKind::Tag};
}

bool CvatFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                          const JobControl &control)
{
    QString error;
    QStringList files;
    if (QFileInfo(path).isDir() && QFileInfo::exists(path + QStringLiteral("/annotations.xml")))
        files = {path + QStringLiteral("/annotations.xml")};
    else
        files = FormatSupport::annotationFiles(path, QString(), QStringLiteral("*.xml"),
                                               displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    // Progress comes from within each (large) file; readAll checks for cancel between files.
    return readAll(files, {.cancel = control.cancel},
                   [&](const QString &file) { return readFile(sink, file, report, control); });
}

bool CvatFormat::readMeta(QXmlStreamReader &xml, QList<Label> &labels, QSize *originalSize)
{
    // Labels sit in meta/task/labels or meta/project/labels; sublabels name their skeleton.
    QList<CvatLabel> found;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("label")) {
                found.append(readLabel(xml));
                continue;
            }
            // A video's frame size: what its frames have when their files are missing.
            if (xml.name() == QLatin1String("original_size")) {
                while (xml.readNextStartElement()) {
                    const bool width = xml.name() == QLatin1String("width");
                    const int value = xml.readElementText().trimmed().toInt();
                    if (width)
                        originalSize->setWidth(value);
                    else
                        originalSize->setHeight(value);
                }
                continue;
            }
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    for (CvatLabel &l : found) {
        if (!l.parent.isEmpty() || l.label.name.isEmpty())
            continue;
        if (l.type == QLatin1String("skeleton")) {
            for (const CvatLabel &sub : std::as_const(found))
                if (sub.parent == l.label.name)
                    l.label.skeleton.points.append(sub.label.name);
            l.label.skeleton.edges = svgEdges(l.svg);
        }
        const bool seen = std::any_of(labels.cbegin(), labels.cend(), [&](const Label &other) {
            return other.name == l.label.name;
        });
        if (!seen)
            labels.append(l.label);
    }
    return !xml.hasError();
}

bool CvatFormat::readFile(ImportSink &sink, const QString &file, FormatReport &report,
                          const JobControl &control)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(CvatFormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString()));
    const qint64 total = in.size();
    QXmlStreamReader xml(&in);
    auto where = [&]() {
        return QStringLiteral("%1:%2").arg(shown(file)).arg(xml.lineNumber());
    };
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("annotations")) {
        if (xml.hasError())
            return fail(CvatFormatText::tr("%1: %2").arg(where(), xml.errorString()));
        return fail(CvatFormatText::tr("%1: not CVAT XML: the root element is not <annotations>")
                            .arg(shown(file)));
    }
    QList<Label> schema;
    QHash<QString, qint64> labelIds;
    QHash<qint64, Label> labelById;
    QString why;
    auto labelFor = [&](const QString &name) -> qint64 {
        if (name.isEmpty())
            return 0; // CVAT allows shapes without a label
        if (!labelIds.contains(name)) {
            Label wanted{.name = name};
            for (const Label &l : std::as_const(schema))
                if (l.name == name)
                    wanted = l;
            const qint64 id = sink.labelId(wanted, report, &why);
            labelIds.insert(name, id);
            if (id)
                labelById.insert(id, *sink.label(id));
        }
        return labelIds.value(name);
    };
    const QDir dir = QFileInfo(file).absoluteDir();
    // Reads the shape element at the reader's position onto asset: 1 read into *out, 0 skipped
    // (reported), -1 failed (errorString() says why).
    auto readShape = [&](const Asset &asset, const QString &trackLabel, Annotation *out) -> int {
        auto failWith = [&](const QString &message) {
            fail(message);
            return -1;
        };
        const QString tag = xml.name().toString();
        const auto a = xml.attributes();
        Annotation ann{.assetId = asset.id};
        ann.provenance.origin = Origin::Import;
        const QString labelName
                = trackLabel.isEmpty() ? a.value(QLatin1String("label")).toString() : trackLabel;
        ann.labelId = labelFor(labelName);
        if (!labelName.isEmpty() && !ann.labelId)
            return failWith(why);
        ann.z = a.value(QLatin1String("z_order")).toInt();
        ann.groupId = a.value(QLatin1String("group_id")).toLongLong();
        const Label *label = labelById.contains(ann.labelId) ? &labelById[ann.labelId] : nullptr;
        auto num = [&](const char *attribute, bool *ok) {
            bool good = false;
            const double v = a.value(QLatin1String(attribute)).toDouble(&good);
            *ok = *ok && good && FormatSupport::saneNumber(v);
            return v;
        };
        bool ok = true;
        const double rotation
                = a.hasAttribute(QLatin1String("rotation")) ? num("rotation", &ok) : 0.0;
        if (tag == QLatin1String("box")) {
            const QPointF tl(num("xtl", &ok), num("ytl", &ok));
            const QPointF br(num("xbr", &ok), num("ybr", &ok));
            ann.kind = rotation != 0.0 ? AnnotationKind::RotatedBox : AnnotationKind::Box;
            ann.points = ShapeGeometry::normalizedBox(tl, br);
            ann.rotation = rotation;
        } else if (tag == QLatin1String("ellipse")) {
            const QPointF c(num("cx", &ok), num("cy", &ok));
            const QPointF r(num("rx", &ok), num("ry", &ok));
            ann.kind = AnnotationKind::Ellipse;
            ann.points = {c - r, c + r};
            ann.rotation = rotation;
        } else if (tag == QLatin1String("polygon") || tag == QLatin1String("polyline")
                   || tag == QLatin1String("points")) {
            ann.kind = tag == QLatin1String("polygon")    ? AnnotationKind::Polygon
                       : tag == QLatin1String("polyline") ? AnnotationKind::Polyline
                                                          : AnnotationKind::Point;
            ok = readPointList(a.value(QLatin1String("points")).toString(), &ann.points);
        } else if (tag == QLatin1String("mask")) {
            ann.kind = AnnotationKind::Mask;
            const QRect rect(int(num("left", &ok)), int(num("top", &ok)), int(num("width", &ok)),
                             int(num("height", &ok)));
            ann.maskRect = rect;
            for (const QString &run : a.value(QLatin1String("rle"))
                                              .toString()
                                              .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool good = false;
                ann.maskRuns.append(run.trimmed().toUInt(&good));
                ok = ok && good;
            }
            ok = ok && rect.width() > 0 && rect.height() > 0;
        } else if (tag == QLatin1String("tag")) {
            ann.kind = AnnotationKind::Tag;
        } else if (tag == QLatin1String("skeleton")) {
            ann.kind = AnnotationKind::Keypoints;
            const QStringList names = label ? label->skeleton.points : QStringList();
            ann.points = QList<QPointF>(names.size());
            ann.visibility = QList<int>(names.size(), 0);
        } else {
            report.warnings.append(CvatFormatText::tr("%1: <%2> is not read").arg(where(), tag));
            xml.skipCurrentElement();
            return 0;
        }
        if (!ok)
            return failWith(CvatFormatText::tr("%1: <%2> has a missing or malformed coordinate")
                                    .arg(where(), tag));
        QJsonObject attributes;
        if (a.value(QLatin1String("occluded")) == QLatin1String("1"))
            attributes.insert(key("occluded"), true);
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("attribute")) {
                const QString attribute = xml.attributes().value(QLatin1String("name")).toString();
                attributes.insert(attribute,
                                  attributeValue(label, attribute, xml.readElementText()));
            } else if (xml.name() == QLatin1String("points")
                       && ann.kind == AnnotationKind::Keypoints) {
                const auto p = xml.attributes();
                const int index = label ? int(label->skeleton.points.indexOf(
                                          p.value(QLatin1String("label")).toString()))
                                        : -1;
                QList<QPointF> at;
                if (index < 0 || !readPointList(p.value(QLatin1String("points")).toString(), &at))
                    return failWith(
                            CvatFormatText::tr(
                                    "%1: skeleton point \"%2\" is not in the label's skeleton "
                                    "or has no coordinates")
                                    .arg(where(), p.value(QLatin1String("label"))));
                ann.points[index] = at.constFirst();
                ann.visibility[index] = p.value(QLatin1String("outside")) == QLatin1String("1") ? 0
                                        : p.value(QLatin1String("occluded")) == QLatin1String("1")
                                                ? 1
                                                : 2;
                xml.skipCurrentElement();
            } else {
                xml.skipCurrentElement();
            }
        }
        if (!attributes.isEmpty())
            ann.data[key("attributes")] = attributes;
        *out = ann;
        return 1;
    };
    QSize videoSize; // meta/task/original_size
    while (xml.readNextStartElement()) {
        if (control.canceled())
            return fail(CvatFormatText::tr("Import canceled: nothing was added"));
        control.report(in.pos(), total);
        if (xml.name() == QLatin1String("version")) {
            const QString version = xml.readElementText().trimmed();
            if (version != QLatin1String("1.1"))
                report.warnings.append(CvatFormatText::tr("%1: version %2; read as 1.1")
                                               .arg(shown(file), version));
            continue;
        }
        if (xml.name() == QLatin1String("meta")) {
            if (!readMeta(xml, schema, &videoSize))
                break;
            // Every declared label, used or not, in the file's order (as COCO and YOLO do): the
            // schema comes along, and class ids follow CVAT's order.
            for (const Label &l : std::as_const(schema))
                if (!labelFor(l.name))
                    return fail(why);
            continue;
        }
        if (xml.name() == QLatin1String("track")) {
            // CVAT for video: a track's shapes go onto their frames' images (outside ones are
            // where the object is not visible) and remember the track. A skeleton track holds
            // <skeleton> shapes, and may hold one <track> per point whose <points> give that
            // point frame by frame.
            const QString trackLabel = xml.attributes().value(QLatin1String("label")).toString();
            const QString track = xml.attributes().value(QLatin1String("id")).toString();
            auto assetOfFrame = [&](int frameNumber) -> std::optional<Asset> {
                const QString frame
                        = QStringLiteral("frame_%1.png").arg(frameNumber, 6, 10, QLatin1Char('0'));
                const QString image
                        = QFileInfo::exists(dir.filePath(QStringLiteral("images/") + frame))
                                  ? dir.filePath(QStringLiteral("images/") + frame)
                                  : dir.filePath(frame);
                // A missing frame is not fatal: its shapes come in, the file is found later.
                const std::optional<Asset> asset
                        = QFileInfo::exists(image)
                                  ? sink.imageAsset(QFileInfo(image).absoluteFilePath(), frame,
                                                    QImageReader(image).size(), report, &why)
                                  : sink.missingImageAsset(
                                          dir.filePath(QStringLiteral("images/") + frame), frame,
                                          videoSize, report, &why);
                if (!asset)
                    fail(why);
                return asset;
            };
            struct PointAt
            {
                QString name;
                QPointF point;
                int visibility = 0;
            };
            QList<Annotation> annotations;
            QHash<int, qsizetype> skeletonAt; // frame -> index in annotations
            QSet<int> outsideFrames;
            QMap<int, QList<PointAt>> pointsAt; // from the per-point tracks
            while (xml.readNextStartElement()) {
                const auto a = xml.attributes();
                const int frameNumber = a.value(QLatin1String("frame")).toInt();
                if (xml.name() == QLatin1String("track")) {
                    const QString point = a.value(QLatin1String("label")).toString();
                    while (xml.readNextStartElement()) {
                        const auto p = xml.attributes();
                        QList<QPointF> at;
                        if (xml.name() != QLatin1String("points")
                            || !readPointList(p.value(QLatin1String("points")).toString(), &at)
                            || at.isEmpty())
                            return fail(
                                    CvatFormatText::tr(
                                            "%1: a skeleton point's track holds something other "
                                            "than <points> with coordinates")
                                            .arg(where()));
                        const int visibility
                                = p.value(QLatin1String("outside")) == QLatin1String("1")    ? 0
                                  : p.value(QLatin1String("occluded")) == QLatin1String("1") ? 1
                                                                                             : 2;
                        pointsAt[p.value(QLatin1String("frame")).toInt()].append(
                                {point, at.constFirst(), visibility});
                        xml.skipCurrentElement();
                    }
                    continue;
                }
                if (a.value(QLatin1String("outside")) == QLatin1String("1")) {
                    outsideFrames.insert(frameNumber);
                    xml.skipCurrentElement();
                    continue;
                }
                const std::optional<Asset> asset = assetOfFrame(frameNumber);
                if (!asset)
                    return false;
                Annotation ann;
                const int read = readShape(*asset, trackLabel, &ann);
                if (read < 0)
                    return false;
                if (read == 0)
                    continue;
                ann.data[key("track")] = track;
                if (ann.kind == AnnotationKind::Keypoints)
                    skeletonAt.insert(frameNumber, annotations.size());
                annotations.append(ann);
            }
            // The per-point tracks fill in the skeletons of their frames (made where the
            // skeleton track has no shape of its own on that frame).
            const qint64 trackLabelId = labelFor(trackLabel);
            const Label *skeleton
                    = labelById.contains(trackLabelId) ? &labelById[trackLabelId] : nullptr;
            for (auto it = pointsAt.cbegin(); it != pointsAt.cend(); ++it) {
                if (outsideFrames.contains(it.key()) || !skeleton)
                    continue;
                if (!skeletonAt.contains(it.key())) {
                    const std::optional<Asset> asset = assetOfFrame(it.key());
                    if (!asset)
                        return false;
                    const qsizetype n = skeleton->skeleton.points.size();
                    Annotation made{.assetId = asset->id,
                                    .labelId = trackLabelId,
                                    .kind = AnnotationKind::Keypoints,
                                    .points = QList<QPointF>(n),
                                    .visibility = QList<int>(n, 0)};
                    made.provenance.origin = Origin::Import;
                    made.data[key("track")] = track;
                    skeletonAt.insert(it.key(), annotations.size());
                    annotations.append(made);
                }
                Annotation &ann = annotations[skeletonAt.value(it.key())];
                for (const PointAt &p : it.value()) {
                    const qsizetype index = skeleton->skeleton.points.indexOf(p.name);
                    if (index < 0 || index >= ann.points.size())
                        return fail(CvatFormatText::tr(
                                            "%1: skeleton point \"%2\" is not in the label's "
                                            "skeleton")
                                            .arg(where(), p.name));
                    ann.points[index] = p.point;
                    ann.visibility[index] = p.visibility;
                }
            }
            // A skeleton with no visible point is no object on its frame.
            annotations.removeIf([](const Annotation &a) {
                return a.kind == AnnotationKind::Keypoints
                       && std::all_of(a.visibility.cbegin(), a.visibility.cend(),
                                      [](int v) { return v == 0; });
            });
            if (QString why; !sink.storeAnnotations(annotations, report, &why))
                return fail(why);
            report.annotations += int(annotations.size());
            continue;
        }
        if (xml.name() != QLatin1String("image")) {
            xml.skipCurrentElement();
            continue;
        }
        const auto attrs = xml.attributes();
        const QString name = attrs.value(QLatin1String("name")).toString();
        const QString subset = attrs.value(QLatin1String("subset")).toString();
        if (name.isEmpty())
            return fail(CvatFormatText::tr("%1: an <image> has no name").arg(where()));
        QString image;
        const QStringList candidates{dir.filePath(QStringLiteral("images/%1/%2").arg(subset, name)),
                                     dir.filePath(QStringLiteral("images/") + name),
                                     dir.filePath(name)};
        for (const QString &c : candidates)
            if (image.isEmpty() && FormatSupport::isPresent(c))
                image = QFileInfo(c).absoluteFilePath();
        QSize size(attrs.value(QLatin1String("width")).toInt(),
                   attrs.value(QLatin1String("height")).toInt());
        if (!image.isEmpty() && size.isEmpty())
            size = QImageReader(image).size();
        // A missing image is not fatal: its shapes come in, the file is found later.
        const std::optional<Asset> asset
                = image.isEmpty()
                          ? sink.missingImageAsset(dir.filePath(QStringLiteral("images/") + name),
                                                   QFileInfo(name).fileName(), size, report, &why)
                          : sink.imageAsset(image, QFileInfo(name).fileName(), size, report, &why);
        if (!asset)
            return fail(why);

        QList<Annotation> annotations;
        while (xml.readNextStartElement()) {
            Annotation ann;
            const int read = readShape(*asset, QString(), &ann);
            if (read < 0)
                return false;
            if (read > 0)
                annotations.append(ann);
        }
        if (QString why; !sink.storeAnnotations(annotations, report, &why))
            return fail(why);
        report.annotations += int(annotations.size());
    }
    // Malformed XML, and entity expansion past QXmlStreamReader's limit, end up here.
    if (xml.hasError())
        return fail(CvatFormatText::tr("%1:%2: %3")
                            .arg(where())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()));
    return true;
}

bool CvatFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                           const JobControl &control)
{
    if (!QDir().mkpath(path))
        return fail(CvatFormatText::tr("%1: cannot create the folder").arg(shown(path)));
    const QString target = QDir(path).filePath(QStringLiteral("annotations.xml"));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
                CvatFormatText::tr("%1: cannot write (%2)").arg(shown(target), file.errorString()));
    const QList<Label> labels = source.labels();
    QHash<qint64, Label> labelOf;
    for (const Label &l : labels)
        labelOf.insert(l.id, l);
    const AssetFilter images{.kind = AssetKind::Image};
    const qint64 total = source.assetCount(images);

    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(key("annotations"));
    xml.writeTextElement(key("version"), key("1.1"));
    xml.writeStartElement(key("meta"));
    xml.writeStartElement(key("task"));
    xml.writeTextElement(key("name"), source.name());
    xml.writeTextElement(key("size"), QString::number(total));
    xml.writeTextElement(key("mode"), key("annotation"));
    xml.writeStartElement(key("labels"));
    auto writeLabel = [&](const QString &name, const QColor &color, const QString &type,
                          const QString &parent, const QList<AttributeDefinition> &attributes,
                          const QString &svg) {
        xml.writeStartElement(key("label"));
        xml.writeTextElement(key("name"), name);
        if (color.isValid())
            xml.writeTextElement(key("color"), color.name());
        xml.writeTextElement(key("type"), type);
        if (!parent.isEmpty())
            xml.writeTextElement(key("parent"), parent);
        if (!svg.isEmpty())
            xml.writeTextElement(key("svg"), svg);
        xml.writeStartElement(key("attributes"));
        for (const AttributeDefinition &d : attributes) {
            xml.writeStartElement(key("attribute"));
            xml.writeTextElement(key("name"), d.name);
            xml.writeTextElement(key("mutable"), key("False"));
            xml.writeTextElement(key("input_type"), inputType(d.type));
            xml.writeTextElement(key("default_value"), d.defaultValue);
            xml.writeTextElement(key("values"), d.type == AttributeType::Checkbox
                                                        ? key("false\ntrue")
                                                        : d.options.join(QLatin1Char('\n')));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    };
    for (const Label &l : labels) {
        if (!(l.kinds & ImageKindFlag))
            continue; // text and comparison labels have no place in an image task
        if (l.skeleton.isEmpty()) {
            writeLabel(l.name, l.color, key("any"), QString(), l.attributes, QString());
            continue;
        }
        QString svg;
        for (const auto &[from, to] : l.skeleton.edges)
            svg += QStringLiteral("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"0\" data-type=\"edge\" "
                                  "data-node-from=\"%1\" data-node-to=\"%2\"></line>")
                           .arg(from + 1)
                           .arg(to + 1);
        for (qsizetype i = 0; i < l.skeleton.points.size(); ++i)
            svg += QStringLiteral("<circle r=\"0.75\" cx=\"0\" cy=\"0\" data-type=\"element node\" "
                                  "data-element-id=\"%1\" data-node-id=\"%1\" "
                                  "data-label-name=\"%2\"></circle>")
                           .arg(i + 1)
                           .arg(l.skeleton.points[i].toHtmlEscaped());
        writeLabel(l.name, l.color, key("skeleton"), QString(), l.attributes, svg);
        for (const QString &point : l.skeleton.points)
            writeLabel(point, QColor(), key("points"), l.name, {}, QString());
    }
    xml.writeEndElement(); // labels
    xml.writeEndElement(); // task
    xml.writeTextElement(key("dumped"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement(); // meta

    qint64 index = 0;
    QString walkError;
    const bool walked = FormatSupport::forEachListedAsset(
            source, images, control,
            [&](const Asset &asset) {
                xml.writeStartElement(key("image"));
                xml.writeAttribute(key("id"), QString::number(index));
                xml.writeAttribute(key("name"), asset.name);
                xml.writeAttribute(key("width"), QString::number(asset.width));
                xml.writeAttribute(key("height"), QString::number(asset.height));
                for (const Annotation &a : source.annotations(asset.id)) {
                    if (!ShapeGeometry::isShape(a.kind) && a.kind != AnnotationKind::Tag)
                        continue;
                    const Label *label
                            = labelOf.contains(a.labelId) ? &labelOf[a.labelId] : nullptr;
                    QJsonObject attributes = a.data.value(key("attributes")).toObject();
                    const bool occluded = attributes.take(key("occluded")).toBool();
                    switch (a.kind) {
                    case AnnotationKind::Box:
                    case AnnotationKind::RotatedBox: {
                        // CVAT's box is the unrotated rectangle plus a rotation about its centre.
                        const QRectF box
                                = QRectF(a.points.value(0), a.points.value(1)).normalized();
                        xml.writeStartElement(key("box"));
                        xml.writeAttribute(key("xtl"), number(box.left()));
                        xml.writeAttribute(key("ytl"), number(box.top()));
                        xml.writeAttribute(key("xbr"), number(box.right()));
                        xml.writeAttribute(key("ybr"), number(box.bottom()));
                        if (a.rotation != 0.0)
                            xml.writeAttribute(key("rotation"), number(a.rotation));
                        break;
                    }
                    case AnnotationKind::Ellipse: {
                        const QRectF box
                                = QRectF(a.points.value(0), a.points.value(1)).normalized();
                        xml.writeStartElement(key("ellipse"));
                        xml.writeAttribute(key("cx"), number(box.center().x()));
                        xml.writeAttribute(key("cy"), number(box.center().y()));
                        xml.writeAttribute(key("rx"), number(box.width() / 2));
                        xml.writeAttribute(key("ry"), number(box.height() / 2));
                        if (a.rotation != 0.0)
                            xml.writeAttribute(key("rotation"), number(a.rotation));
                        break;
                    }
                    case AnnotationKind::Polygon:
                    case AnnotationKind::Polyline:
                    case AnnotationKind::Point:
                        xml.writeStartElement(a.kind == AnnotationKind::Polygon    ? key("polygon")
                                              : a.kind == AnnotationKind::Polyline ? key("polyline")
                                                                                   : key("points"));
                        xml.writeAttribute(key("points"), pointList(a.points));
                        break;
                    case AnnotationKind::Mask: {
                        QStringList runs;
                        for (quint32 run : a.maskRuns)
                            runs.append(QString::number(run));
                        xml.writeStartElement(key("mask"));
                        xml.writeAttribute(key("rle"), runs.join(QStringLiteral(", ")));
                        xml.writeAttribute(key("left"), QString::number(a.maskRect.left()));
                        xml.writeAttribute(key("top"), QString::number(a.maskRect.top()));
                        xml.writeAttribute(key("width"), QString::number(a.maskRect.width()));
                        xml.writeAttribute(key("height"), QString::number(a.maskRect.height()));
                        break;
                    }
                    case AnnotationKind::Keypoints:
                        xml.writeStartElement(key("skeleton"));
                        break;
                    case AnnotationKind::Tag:
                        xml.writeStartElement(key("tag"));
                        break;
                    default:
                        continue;
                    }
                    xml.writeAttribute(key("label"), label ? label->name : QString());
                    xml.writeAttribute(key("source"), a.provenance.origin == Origin::Prelabel
                                                              ? key("auto")
                                                              : key("manual"));
                    if (a.kind != AnnotationKind::Tag) {
                        xml.writeAttribute(key("occluded"), occluded ? key("1") : key("0"));
                        xml.writeAttribute(key("z_order"), QString::number(a.z));
                    }
                    if (a.groupId)
                        xml.writeAttribute(key("group_id"), QString::number(a.groupId));
                    if (a.kind == AnnotationKind::Keypoints && label) {
                        for (qsizetype i = 0; i < label->skeleton.points.size(); ++i) {
                            const int visible = a.visibility.value(i, 0);
                            xml.writeStartElement(key("points"));
                            xml.writeAttribute(key("label"), label->skeleton.points[i]);
                            xml.writeAttribute(key("source"), key("manual"));
                            xml.writeAttribute(key("outside"), visible == 0 ? key("1") : key("0"));
                            xml.writeAttribute(key("occluded"), visible == 1 ? key("1") : key("0"));
                            xml.writeAttribute(key("points"), pointList({a.points.value(i)}));
                            xml.writeEndElement();
                        }
                    }
                    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                        xml.writeStartElement(key("attribute"));
                        xml.writeAttribute(key("name"), it.key());
                        xml.writeCharacters(attributeText(it.value()));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                    ++report.annotations;
                }
                xml.writeEndElement();
                ++report.assets;
                ++index;
                return true;
            },
            &walkError);
    if (!walked)
        return fail(walkError);
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        return fail(
                CvatFormatText::tr("%1: cannot write (%2)").arg(shown(target), file.errorString()));
    report.warnings = losses(source);
    return true;
}

QStringList CvatFormat::losses(ExportSource &source) const
{
    return FormatSupport::losses(source, writtenKinds(), false, displayName());
}

} // namespace Tessera
