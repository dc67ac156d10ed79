// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labelstudioformat.h"

#include "core/shapegeometry.h"
#include "core/textoffsets.h"
#include "formats/formatsupport.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTransform>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamWriter>

#include <cmath>

namespace Tessera {

namespace {

using FormatSupport::firstLine;
using FormatSupport::key;
using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "LabelStudioFormat".
struct LabelStudioFormatText
{
    Q_DECLARE_TR_FUNCTIONS(LabelStudioFormat)
};

// The image size a task's results declare (original_width/height), for a task whose image is
// missing; empty when none says.
QSize declaredSize(const QJsonObject &task)
{
    for (const char *list : {"annotations", "predictions"})
        for (const QJsonValue &entry : task.value(key(list)).toArray())
            for (const QJsonValue &result : entry.toObject().value(key("result")).toArray()) {
                const QJsonObject r = result.toObject();
                const QSize size(r.value(key("original_width")).toInt(),
                                 r.value(key("original_height")).toInt());
                if (!size.isEmpty())
                    return size;
            }
    return QSize();
}

// The file name an image URL ends in, without Label Studio's 8-character upload prefix.
QString imageFileName(const QString &url)
{
    const QString name = QFileInfo(QUrl(url).path()).fileName();
    return name.indexOf(QLatin1Char('-')) == 8 ? name.mid(9) : name;
}

// The file an image URL names: /data/upload/3/8f2e1c3a-cat.jpg, /data/local-files/?d=x/cat.jpg,
// http://host/cat.jpg or a plain path; looked for beside the JSON and in images/.
QString findImage(const QDir &dir, const QString &url)
{
    QString path = url;
    const QUrl parsed(url);
    if (parsed.hasQuery() && QUrlQuery(parsed).hasQueryItem(key("d")))
        path = QUrlQuery(parsed).queryItemValue(key("d"), QUrl::FullyDecoded);
    else if (parsed.isValid() && !parsed.scheme().isEmpty() && parsed.scheme().size() > 1)
        path = parsed.path();
    const QString name = QFileInfo(path).fileName();
    QStringList names{name};
    if (name.indexOf(QLatin1Char('-')) == 8) // the upload prefix
        names.append(name.mid(9));
    QStringList candidates;
    if (!QFileInfo(path).isAbsolute())
        candidates.append(dir.filePath(path));
    for (const QString &n : names)
        candidates << dir.filePath(n) << dir.filePath(QStringLiteral("images/") + n);
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    return QString();
}

bool finite(const QJsonObject &v, std::initializer_list<const char *> names, QString *why)
{
    for (const char *n : names) {
        const QJsonValue x = v.value(key(n));
        if (!x.isDouble() || !FormatSupport::saneNumber(x.toDouble())) {
            *why = LabelStudioFormatText::tr("\"%1\" is missing or not a number")
                           .arg(QLatin1String(n));
            return false;
        }
        // Percentages: a little slack for regions dragged over the edge.
        if (qstrcmp(n, "rotation") != 0 && (x.toDouble() < -5 || x.toDouble() > 105)) {
            *why = LabelStudioFormatText::tr("\"%1\" is %2, not a percentage of the image")
                           .arg(QLatin1String(n))
                           .arg(x.toDouble());
            return false;
        }
    }
    return true;
}

QJsonArray answersOf(const QJsonObject &data, QJsonObject *rest)
{
    for (const char *k : {"answers", "responses", "items"}) {
        const QJsonArray list = data.value(key(k)).toArray();
        if (list.size() >= 2) {
            rest->remove(key(k));
            QJsonArray answers;
            for (const QJsonValue &v : list)
                answers.append(v.isObject() ? v.toObject().value(key("text")) : v);
            return answers;
        }
    }
    for (const auto &pair : {std::pair("answer1", "answer2"), std::pair("left", "right"),
                             std::pair("response_a", "response_b")})
        if (data.value(key(pair.first)).isString() && data.value(key(pair.second)).isString()) {
            rest->remove(key(pair.first));
            rest->remove(key(pair.second));
            return {data.value(key(pair.first)), data.value(key(pair.second))};
        }
    return {};
}

QJsonObject percentBox(const QRectF &r, double rotation, const Asset &a)
{
    return {{key("x"), r.x() * 100.0 / a.width},
            {key("y"), r.y() * 100.0 / a.height},
            {key("width"), r.width() * 100.0 / a.width},
            {key("height"), r.height() * 100.0 / a.height},
            {key("rotation"), rotation}};
}

} // namespace

QString LabelStudioFormat::displayName() const
{
    return LabelStudioFormatText::tr("Label Studio JSON");
}
QString LabelStudioFormat::nameFilter() const
{
    return LabelStudioFormatText::tr("Label Studio tasks (*.json)");
}

QSet<AnnotationKind> LabelStudioFormat::writtenKinds() const
{
    return {AnnotationKind::Box,       AnnotationKind::RotatedBox,     AnnotationKind::Ellipse,
            AnnotationKind::Polygon,   AnnotationKind::Point,          AnnotationKind::Tag,
            AnnotationKind::Span,      AnnotationKind::Classification, AnnotationKind::Relation,
            AnnotationKind::Preference};
}

bool LabelStudioFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                                 const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QString(), QStringLiteral("*.json"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    // Progress comes from within each (large) file; readAll checks for cancel between files.
    return readAll(files, {.cancel = control.cancel},
                   [&](const QString &file) { return readFile(sink, file, report, control); });
}

bool LabelStudioFormat::readFile(ImportSink &sink, const QString &file, FormatReport &report,
                                 const JobControl &control)
{
    QString why;
    const std::optional<QJsonDocument> doc = FormatSupport::readJson(file, &why);
    if (!doc)
        return fail(why);
    const QJsonArray tasks = doc->isArray() ? doc->array() : QJsonArray{doc->object()};
    const QDir dir = QFileInfo(file).absoluteDir();
    QHash<QString, qint64> labels;
    QMap<QString, int> skipped; // result type -> count
    auto labelFor = [&](const QString &name, int kinds) -> qint64 {
        const QString k = name + QLatin1Char('\x1f') + QString::number(kinds);
        if (!labels.contains(k))
            labels.insert(k, sink.labelId(Label{.name = name, .kinds = kinds}, report, &why));
        return labels.value(k);
    };
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (control.canceled())
            return fail(LabelStudioFormatText::tr("Import canceled: nothing was added"));
        control.report(i + 1, tasks.size());
        const QString where = LabelStudioFormatText::tr("%1: task %2").arg(shown(file)).arg(i);
        const QJsonObject task = tasks[i].toObject();
        const QJsonObject data = task.value(key("data")).toObject();
        QJsonObject rest = data;
        std::optional<Asset> asset;
        if (data.value(key("image")).isString()) {
            const QString url = data.value(key("image")).toString();
            const QString image = findImage(dir, url);
            if (image.isEmpty()) {
                // Missing media is not fatal: the size comes from the results (original_width
                // and original_height), the file is found later.
                const QString fileName = imageFileName(url);
                asset = sink.missingImageAsset(dir.filePath(QStringLiteral("images/") + fileName),
                                               fileName.isEmpty() ? url : fileName,
                                               declaredSize(task), report, &why);
            } else {
                asset = sink.imageAsset(image, QFileInfo(image).fileName(),
                                        QImageReader(image).size(), report, &why);
            }
        } else if (data.value(key("text")).isString()) {
            rest.remove(key("text"));
            const QString text = data.value(key("text")).toString();
            asset = sink.textAsset(Asset{.kind = AssetKind::Text,
                                         .name = firstLine(text),
                                         .text = text,
                                         .payload = rest},
                                   report, &why);
        } else if (const QJsonArray answers = answersOf(data, &rest); !answers.isEmpty()) {
            const QString prompt = rest.take(key("prompt")).toString();
            rest[key("answers")] = answers;
            asset = sink.textAsset(Asset{.kind = AssetKind::Comparison,
                                         .name = firstLine(prompt),
                                         .text = prompt,
                                         .payload = rest},
                                   report, &why);
        } else {
            return fail(LabelStudioFormatText::tr(
                                "%1: \"data\" has no \"image\", \"text\" or prompt with answers")
                                .arg(where));
        }
        if (!asset)
            return fail(why);
        const bool isImage = asset->kind == AssetKind::Image;
        const int kindFlag = isImage                          ? ImageKindFlag
                             : asset->kind == AssetKind::Text ? TextKindFlag
                                                              : ComparisonKindFlag;

        for (const char *set : {"annotations", "predictions"}) {
            const bool predicted = qstrcmp(set, "predictions") == 0;
            const QJsonArray entries = task.value(key(set)).toArray();
            for (qsizetype e = 0; e < entries.size(); ++e) {
                const QJsonObject entry = entries[e].toObject();
                if (entry.value(key("was_cancelled")).toBool())
                    continue;
                Provenance provenance{.origin = predicted ? Origin::Prelabel : Origin::Import};
                if (predicted) {
                    provenance.modelVersion = entry.value(key("model_version")).toString();
                    if (entry.value(key("score")).isDouble())
                        provenance.score = entry.value(key("score")).toDouble();
                }
                const QJsonArray results = entry.value(key("result")).toArray();
                QList<Annotation> regions;
                QList<QString> regionIds;
                QList<QJsonObject> relations;
                for (qsizetype r = 0; r < results.size(); ++r) {
                    const QJsonObject result = results[r].toObject();
                    const QString type = result.value(key("type")).toString();
                    const QJsonObject v = result.value(key("value")).toObject();
                    const QString at = LabelStudioFormatText::tr("%1: %2[%3].result[%4] (%5)")
                                               .arg(where, QLatin1String(set))
                                               .arg(e)
                                               .arg(r)
                                               .arg(type);
                    if (type == QLatin1String("relation")) {
                        relations.append(result);
                        continue;
                    }
                    QStringList names = v.value(type).toVariant().toStringList();
                    // "rectangle" and "rectanglelabels" are the same region, without and with
                    // labels.
                    const QString region = type.endsWith(QLatin1String("labels"))
                                                           && type != QLatin1String("labels")
                                                   ? type.chopped(6)
                                                   : type;
                    Annotation a{.assetId = asset->id};
                    a.provenance = provenance;
                    const double w = result.value(key("original_width")).toDouble(asset->width);
                    const double h = result.value(key("original_height")).toDouble(asset->height);
                    if (isImage && region == QLatin1String("rectangle")) {
                        if (!finite(v, {"x", "y", "width", "height"}, &why))
                            return fail(LabelStudioFormatText::tr("%1: %2").arg(at, why));
                        // Label Studio turns the box about its top-left corner; Tessera about
                        // its centre: the same box with its centre carried along.
                        const double rotation = v.value(key("rotation")).toDouble(0);
                        const QPointF origin(v.value(key("x")).toDouble() * w / 100,
                                             v.value(key("y")).toDouble() * h / 100);
                        const QSizeF size(v.value(key("width")).toDouble() * w / 100,
                                          v.value(key("height")).toDouble() * h / 100);
                        QTransform turn;
                        turn.rotate(rotation);
                        const QPointF centre
                                = origin + turn.map(QPointF(size.width() / 2, size.height() / 2));
                        a.kind = rotation != 0.0 ? AnnotationKind::RotatedBox : AnnotationKind::Box;
                        a.points = {centre - QPointF(size.width() / 2, size.height() / 2),
                                    centre + QPointF(size.width() / 2, size.height() / 2)};
                        a.rotation = rotation;
                    } else if (isImage && region == QLatin1String("ellipse")) {
                        if (!finite(v, {"x", "y", "radiusX", "radiusY"}, &why))
                            return fail(LabelStudioFormatText::tr("%1: %2").arg(at, why));
                        const QPointF c(v.value(key("x")).toDouble() * w / 100,
                                        v.value(key("y")).toDouble() * h / 100);
                        const QPointF r(v.value(key("radiusX")).toDouble() * w / 100,
                                        v.value(key("radiusY")).toDouble() * h / 100);
                        a.kind = AnnotationKind::Ellipse;
                        a.points = {c - r, c + r};
                        a.rotation = v.value(key("rotation")).toDouble(0);
                    } else if (isImage && region == QLatin1String("polygon")) {
                        a.kind = AnnotationKind::Polygon;
                        for (const QJsonValue &p : v.value(key("points")).toArray()) {
                            const QJsonArray xy = p.toArray();
                            if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble())
                                return fail(LabelStudioFormatText::tr("%1: a point is not [x, y]")
                                                    .arg(at));
                            a.points.append(QPointF(xy[0].toDouble() * w / 100,
                                                    xy[1].toDouble() * h / 100));
                        }
                        if (a.points.size() < 3)
                            return fail(
                                    LabelStudioFormatText::tr("%1: a polygon needs three points")
                                            .arg(at));
                    } else if (isImage && region == QLatin1String("keypoint")) {
                        if (!finite(v, {"x", "y"}, &why))
                            return fail(LabelStudioFormatText::tr("%1: %2").arg(at, why));
                        a.kind = AnnotationKind::Point;
                        a.points = {QPointF(v.value(key("x")).toDouble() * w / 100,
                                            v.value(key("y")).toDouble() * h / 100)};
                    } else if (!isImage && type == QLatin1String("labels")) {
                        const qint64 start = v.value(key("start")).toInteger(-1);
                        const qint64 end = v.value(key("end")).toInteger(-1);
                        const qsizetype units = asset->text.size();
                        if (start < 0 || end <= start || end > units)
                            return fail(
                                    LabelStudioFormatText::tr("%1: [%2, %3) lies outside the text")
                                            .arg(at)
                                            .arg(start)
                                            .arg(end));
                        a.kind = AnnotationKind::Span;
                        a.start = TextOffsets::toCodePoint(asset->text, start);
                        a.end = TextOffsets::toCodePoint(asset->text, end);
                        // Some exporters count code points: the quoted text tells which.
                        const QString quoted = v.value(key("text")).toString();
                        if (!quoted.isEmpty() && asset->text.mid(start, end - start) != quoted) {
                            const qsizetype from = TextOffsets::toUtf16(asset->text, start);
                            const qsizetype to = TextOffsets::toUtf16(asset->text, end);
                            if (asset->text.mid(from, to - from) != quoted)
                                return fail(LabelStudioFormatText::tr(
                                                    "%1: the text at [%2, %3) is not \"%4\"")
                                                    .arg(at)
                                                    .arg(start)
                                                    .arg(end)
                                                    .arg(quoted));
                            a.start = start;
                            a.end = end;
                        }
                    } else if (type == QLatin1String("choices")) {
                        a.kind = isImage ? AnnotationKind::Tag : AnnotationKind::Classification;
                    } else if (asset->kind == AssetKind::Comparison
                               && (type == QLatin1String("pairwise")
                                   || type == QLatin1String("ranker"))) {
                        a.kind = AnnotationKind::Preference;
                        if (type == QLatin1String("pairwise")) {
                            const QString selected = v.value(key("selected")).toString();
                            if (selected != QLatin1String("left")
                                && selected != QLatin1String("right"))
                                return fail(LabelStudioFormatText::tr(
                                                    "%1: \"selected\" is not left or right")
                                                    .arg(at));
                            a.data[key("choice")] = selected == QLatin1String("left") ? 0 : 1;
                        } else {
                            // {"ranker": {"rank": ["2", "0", "1"]}}: answer ids best first.
                            const QJsonObject ranker = v.value(key("ranker")).toObject();
                            const QJsonArray ids = ranker.isEmpty()
                                                           ? QJsonArray()
                                                           : ranker.begin().value().toArray();
                            QJsonArray ranking;
                            for (const QJsonValue &id : ids)
                                ranking.append(id.isDouble() ? id.toInt() : id.toString().toInt());
                            a.data[key("ranking")] = ranking;
                        }
                        names.clear();
                        names.append(QString());
                    } else {
                        ++skipped[type.isEmpty() ? LabelStudioFormatText::tr("(no type)") : type];
                        continue;
                    }
                    if (names.isEmpty() && a.kind == AnnotationKind::Tag)
                        return fail(LabelStudioFormatText::tr("%1: no choice named").arg(at));
                    if (names.isEmpty() && a.kind == AnnotationKind::Classification)
                        return fail(LabelStudioFormatText::tr("%1: no choice named").arg(at));
                    if (names.isEmpty()) // a region without a label
                        names.append(QString());
                    for (const QString &name : std::as_const(names)) {
                        Annotation one = a;
                        if (!name.isEmpty() && !(one.labelId = labelFor(name, kindFlag)))
                            return fail(why);
                        regions.append(one);
                        regionIds.append(result.value(key("id")).toString());
                    }
                }
                if (QString why; !sink.storeAnnotations(regions, report, &why))
                    return fail(why);
                report.annotations += int(regions.size());
                QList<Annotation> links;
                for (const QJsonObject &r : std::as_const(relations)) {
                    const qsizetype from = regionIds.indexOf(r.value(key("from_id")).toString());
                    const qsizetype to = regionIds.indexOf(r.value(key("to_id")).toString());
                    if (from < 0 || to < 0)
                        return fail(LabelStudioFormatText::tr(
                                            "%1: a relation links region ids that are not in the "
                                            "result")
                                            .arg(where));
                    const bool left = r.value(key("direction")).toString() == QLatin1String("left");
                    Annotation link{.assetId = asset->id,
                                    .kind = AnnotationKind::Relation,
                                    .sourceId = regions[left ? to : from].id,
                                    .targetId = regions[left ? from : to].id};
                    link.provenance = provenance;
                    if (r.value(key("direction")).toString() == QLatin1String("bi"))
                        link.data[key("bidirectional")] = true;
                    const QStringList names = r.value(key("labels")).toVariant().toStringList();
                    if (!names.isEmpty() && !(link.labelId = labelFor(names.first(), kindFlag)))
                        return fail(why);
                    links.append(link);
                }
                if (QString why; !sink.storeAnnotations(links, report, &why))
                    return fail(why);
                report.annotations += int(links.size());
            }
        }
    }
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        report.warnings.append(
                LabelStudioFormatText::tr("%1: %2 result(s) of type \"%3\" are not read")
                        .arg(shown(file))
                        .arg(it.value())
                        .arg(it.key()));
    return true;
}

namespace {

// The control a result type belongs to (its "from_name"): one per tag type, as Label Studio's
// labeling config needs (a RectangleLabels and a PolygonLabels cannot share a name).
QString controlName(const QString &type, AssetKind kind)
{
    static const QHash<QString, QString> names{
            {QStringLiteral("rectanglelabels"), QStringLiteral("box")},
            {QStringLiteral("ellipselabels"), QStringLiteral("ellipse")},
            {QStringLiteral("polygonlabels"), QStringLiteral("polygon")},
            {QStringLiteral("keypointlabels"), QStringLiteral("keypoint")},
            {QStringLiteral("labels"), QStringLiteral("label")},
            {QStringLiteral("pairwise"), QStringLiteral("pairwise")},
            {QStringLiteral("ranker"), QStringLiteral("rank")}};
    if (type == QLatin1String("choices"))
        return kind == AssetKind::Image ? QStringLiteral("choice") : QStringLiteral("class");
    return names.value(type, type);
}

// What one export used: per control, its tag, the object it labels and the label names.
struct ConfigControl
{
    QString tag;    // e.g. RectangleLabels
    QString toName; // image, text, answers
    QStringList labels;
};

QString configTag(const QString &type)
{
    static const QHash<QString, QString> tags{
            {QStringLiteral("rectanglelabels"), QStringLiteral("RectangleLabels")},
            {QStringLiteral("ellipselabels"), QStringLiteral("EllipseLabels")},
            {QStringLiteral("polygonlabels"), QStringLiteral("PolygonLabels")},
            {QStringLiteral("keypointlabels"), QStringLiteral("KeyPointLabels")},
            {QStringLiteral("labels"), QStringLiteral("Labels")},
            {QStringLiteral("choices"), QStringLiteral("Choices")},
            {QStringLiteral("pairwise"), QStringLiteral("Pairwise")},
            {QStringLiteral("ranker"), QStringLiteral("Ranker")}};
    return tags.value(type);
}

// The labeling config that matches the tasks written: paste it into the project's Labeling
// Interface (Code) before importing them, or Label Studio refuses the results.
QByteArray labelingConfig(const QMap<QString, ConfigControl> &controls,
                          const QSet<QString> &objects, const QStringList &relations,
                          const QHash<QString, QColor> &colours)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("View"));
    for (const QString &object : {QStringLiteral("image"), QStringLiteral("text")}) {
        if (!objects.contains(object))
            continue;
        w.writeEmptyElement(object == QLatin1String("image") ? QStringLiteral("Image")
                                                             : QStringLiteral("Text"));
        w.writeAttribute(QStringLiteral("name"), object);
        w.writeAttribute(QStringLiteral("value"), QLatin1Char('$') + object);
    }
    if (objects.contains(QStringLiteral("answers"))) {
        w.writeEmptyElement(QStringLiteral("Text"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("prompt"));
        w.writeAttribute(QStringLiteral("value"), QStringLiteral("$prompt"));
        w.writeEmptyElement(QStringLiteral("Paragraphs"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("answers"));
        w.writeAttribute(QStringLiteral("value"), QStringLiteral("$answers"));
    }
    for (auto it = controls.cbegin(); it != controls.cend(); ++it) {
        w.writeStartElement(it->tag);
        w.writeAttribute(QStringLiteral("name"), it.key());
        w.writeAttribute(QStringLiteral("toName"), it->toName);
        if (it->tag == QLatin1String("Choices"))
            w.writeAttribute(QStringLiteral("choice"), QStringLiteral("multiple"));
        for (const QString &label : it->labels) {
            w.writeEmptyElement(it->tag == QLatin1String("Choices") ? QStringLiteral("Choice")
                                                                    : QStringLiteral("Label"));
            w.writeAttribute(QStringLiteral("value"), label);
            if (colours.contains(label) && it->tag != QLatin1String("Choices"))
                w.writeAttribute(QStringLiteral("background"), colours.value(label).name());
        }
        w.writeEndElement();
    }
    if (!relations.isEmpty()) {
        w.writeStartElement(QStringLiteral("Relations"));
        for (const QString &r : relations) {
            w.writeEmptyElement(QStringLiteral("Relation"));
            w.writeAttribute(QStringLiteral("value"), r);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace

QList<FormatOption> LabelStudioFormat::formatOptions() const
{
    return {{key("image-urls"),
             LabelStudioFormatText::tr("Image references"),
             {key("relative"), key("local-files")},
             LabelStudioFormatText::tr("Paths relative to the JSON file, or Label Studio's "
                                       "local-files URLs (start Label "
                                       "Studio with LOCAL_FILES_SERVING_ENABLED=true and "
                                       "LOCAL_FILES_DOCUMENT_ROOT set to "
                                       "the export folder)."),
             {LabelStudioFormatText::tr("Relative paths"),
              LabelStudioFormatText::tr("Label Studio local files")}}};
}

bool LabelStudioFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                                  const JobControl &control)
{
    QString error;
    const QString target
            = FormatSupport::outputFile(path, key("json"), key("labelstudio.json"), &error);
    if (target.isEmpty())
        return fail(error);
    const QString folder = QFileInfo(target).absolutePath();
    QHash<qint64, QString> names;
    QHash<QString, QColor> colours;
    for (const Label &l : source.labels()) {
        names.insert(l.id, l.name);
        colours.insert(l.name, l.color);
    }
    const bool localFiles = option(key("image-urls")) == QLatin1String("local-files");
    QMap<QString, ConfigControl> controls;
    QSet<QString> objects;
    QStringList relationNames;
    int splitPoints = 0; // multi-point annotations written as one region per point
    auto used = [&](const QString &type, AssetKind kind, const QString &toName,
                    const QString &label) {
        ConfigControl &c = controls[controlName(type, kind)];
        c.tag = configTag(type);
        c.toName = toName;
        if (!label.isEmpty() && !c.labels.contains(label))
            c.labels.append(label);
    };
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(LabelStudioFormatText::tr("%1: cannot write (%2)")
                            .arg(shown(target), out.errorString()));
    out.write("[\n");
    bool first = true;
    QString walkError;
    const bool walked = FormatSupport::forEachAsset(
            source, std::nullopt, control,
            [&](const Asset &full) {
                const Asset *asset = &full; // with its text and payload
                QJsonObject data;
                QString toName;
                if (asset->kind == AssetKind::Image) {
                    const QString relative
                            = FormatSupport::relativePath(folder, source.absolutePath(*asset));
                    data[key("image")]
                            = localFiles ? QStringLiteral("/data/local-files/?d=")
                                                   + QString::fromLatin1(QUrl::toPercentEncoding(
                                                           relative, QByteArrayLiteral("/")))
                                         : relative;
                    toName = key("image");
                } else if (asset->kind == AssetKind::Text) {
                    data = asset->payload;
                    data[key("text")] = asset->text;
                    toName = key("text");
                } else {
                    data = asset->payload;
                    data[key("prompt")] = asset->text;
                    toName = key("answers");
                }
                QJsonArray human, predicted;
                QHash<qint64, QString> regionId;
                const QList<Annotation> annotations = source.annotations(asset->id);
                for (const Annotation &a : annotations)
                    regionId.insert(a.id, QStringLiteral("t%1").arg(a.id));
                for (const Annotation &a : annotations) {
                    QJsonObject r{{key("id"), regionId.value(a.id)},
                                  {key("to_name"), toName},
                                  {key("origin"), a.provenance.origin == Origin::Prelabel
                                                          ? key("prediction")
                                                          : key("manual")}};
                    if (asset->kind == AssetKind::Image) {
                        r[key("original_width")] = asset->width;
                        r[key("original_height")] = asset->height;
                    }
                    QJsonObject v;
                    QString type;
                    const QString name = names.value(a.labelId);
                    switch (a.kind) {
                    case AnnotationKind::Box:
                    case AnnotationKind::RotatedBox: {
                        const QRectF box
                                = QRectF(a.points.value(0), a.points.value(1)).normalized();
                        QTransform turn;
                        turn.rotate(a.rotation);
                        const QPointF origin
                                = box.center()
                                  - turn.map(QPointF(box.width() / 2, box.height() / 2));
                        v = percentBox(QRectF(origin, box.size()), a.rotation, *asset);
                        type = key("rectanglelabels");
                        break;
                    }
                    case AnnotationKind::Ellipse: {
                        const QRectF box
                                = QRectF(a.points.value(0), a.points.value(1)).normalized();
                        v = {{key("x"), box.center().x() * 100.0 / asset->width},
                             {key("y"), box.center().y() * 100.0 / asset->height},
                             {key("radiusX"), box.width() * 50.0 / asset->width},
                             {key("radiusY"), box.height() * 50.0 / asset->height},
                             {key("rotation"), a.rotation}};
                        type = key("ellipselabels");
                        break;
                    }
                    case AnnotationKind::Polygon: {
                        QJsonArray points;
                        for (const QPointF &p : a.points)
                            points.append(QJsonArray{p.x() * 100.0 / asset->width,
                                                     p.y() * 100.0 / asset->height});
                        v[key("points")] = points;
                        v[key("closed")] = true;
                        type = key("polygonlabels");
                        break;
                    }
                    case AnnotationKind::Point:
                        // One keypoint region per point; the first carries the annotation's id.
                        splitPoints += a.points.size() > 1 ? 1 : 0;
                        for (qsizetype k = 1; k < a.points.size(); ++k) {
                            QJsonObject more = r;
                            more[key("id")] = QStringLiteral("t%1-%2").arg(a.id).arg(k);
                            more[key("type")] = key("keypointlabels");
                            more[key("from_name")]
                                    = controlName(key("keypointlabels"), asset->kind);
                            QJsonObject point{{key("x"), a.points[k].x() * 100.0 / asset->width},
                                              {key("y"), a.points[k].y() * 100.0 / asset->height},
                                              {key("width"), 0.5}};
                            if (!name.isEmpty())
                                point[key("keypointlabels")] = QJsonArray{name};
                            more[key("value")] = point;
                            (a.provenance.origin == Origin::Prelabel ? predicted : human)
                                    .append(more);
                        }
                        v = {{key("x"), a.points.value(0).x() * 100.0 / asset->width},
                             {key("y"), a.points.value(0).y() * 100.0 / asset->height},
                             {key("width"), 0.5}};
                        type = key("keypointlabels");
                        break;
                    case AnnotationKind::Span: {
                        const qsizetype from = TextOffsets::toUtf16(asset->text, a.start);
                        const qsizetype to = TextOffsets::toUtf16(asset->text, a.end);
                        v = {{key("start"), from},
                             {key("end"), to},
                             {key("text"), asset->text.mid(from, to - from)}};
                        type = key("labels");
                        break;
                    }
                    case AnnotationKind::Tag:
                    case AnnotationKind::Classification:
                        type = key("choices");
                        break;
                    case AnnotationKind::Relation:
                        r = {{key("type"), key("relation")},
                             {key("from_id"), regionId.value(a.sourceId)},
                             {key("to_id"), regionId.value(a.targetId)},
                             {key("direction"), a.data.value(key("bidirectional")).toBool()
                                                        ? key("bi")
                                                        : key("right")}};
                        if (!name.isEmpty()) {
                            r[key("labels")] = QJsonArray{name};
                            if (!relationNames.contains(name))
                                relationNames.append(name);
                        }
                        break;
                    case AnnotationKind::Preference: {
                        const QJsonValue choice = a.data.value(key("choice"));
                        const QJsonArray ranking = a.data.value(key("ranking")).toArray();
                        if (!ranking.isEmpty()) {
                            QJsonArray ids;
                            for (const QJsonValue &i : ranking)
                                ids.append(QString::number(i.toInt()));
                            v[key("ranker")] = QJsonObject{{key("rank"), ids}};
                            type = key("ranker");
                        } else if (choice.isDouble() && choice.toInt() < 2) {
                            v[key("selected")] = choice.toInt() == 0 ? key("left") : key("right");
                            type = key("pairwise");
                        } else {
                            continue;
                        }
                        break;
                    }
                    default:
                        continue;
                    }
                    if (a.kind != AnnotationKind::Relation) {
                        r[key("type")] = type;
                        r[key("from_name")] = controlName(type, asset->kind);
                        used(type, asset->kind, toName,
                             a.kind == AnnotationKind::Preference ? QString() : name);
                        objects.insert(toName);
                        if (a.kind != AnnotationKind::Preference && !name.isEmpty())
                            v[type] = QJsonArray{name};
                        r[key("value")] = v;
                    }
                    (a.provenance.origin == Origin::Prelabel ? predicted : human).append(r);
                    ++report.annotations;
                }
                QJsonObject task{{key("id"), asset->id},
                                 {key("data"), data},
                                 {key("annotations"),
                                  human.isEmpty()
                                          ? QJsonArray()
                                          : QJsonArray{QJsonObject{{key("result"), human}}}},
                                 {key("predictions"),
                                  predicted.isEmpty()
                                          ? QJsonArray()
                                          : QJsonArray{QJsonObject{{key("result"), predicted}}}}};
                const QByteArray bytes = (first ? QByteArray() : QByteArray(",\n"))
                                         + QJsonDocument(task).toJson(QJsonDocument::Compact);
                first = false;
                if (out.write(bytes) != bytes.size())
                    return fail(LabelStudioFormatText::tr("%1: cannot write (%2)")
                                        .arg(shown(target), out.errorString()));
                ++report.assets;
                return true;
            },
            &walkError);
    if (!walked)
        return walkError.isEmpty() ? false : fail(walkError);
    out.write("\n]\n");
    if (!out.commit())
        return fail(LabelStudioFormatText::tr("%1: cannot write (%2)")
                            .arg(shown(target), out.errorString()));
    // The labeling config beside the tasks, named after them.
    const QString config = QFileInfo(target).absoluteDir().filePath(
            QFileInfo(target).completeBaseName() + QStringLiteral("-config.xml"));
    if (!FormatSupport::writeAtomically(
                config, labelingConfig(controls, objects, relationNames, colours), &error))
        return fail(error);
    report.warnings = losses(source);
    if (splitPoints)
        report.warnings.append(
                LabelStudioFormatText::tr(
                        "%1 point annotation(s) with several points are written as one "
                        "keypoint region per point (they come back as single points)")
                        .arg(splitPoints));
    return true;
}

QStringList LabelStudioFormat::losses(ExportSource &source) const
{
    return FormatSupport::losses(source, writtenKinds(), false, displayName());
}

} // namespace Tessera
