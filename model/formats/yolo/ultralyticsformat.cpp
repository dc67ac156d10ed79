// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "ultralyticsformat.h"

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
#include <QJsonDocument>
#include <QLineF>
#include <QMap>

#include <cmath>

namespace Tessera {

namespace {

constexpr double kCoordinateSlack = 0.01;

using FormatSupport::key;
using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "UltralyticsFormat".
struct UltralyticsFormatText
{
    Q_DECLARE_TR_FUNCTIONS(UltralyticsFormat)
};

// The part of data.yaml Tessera reads: scalars, [flow, lists], block lists and id maps.
struct DataYaml
{
    QString path;
    QMap<QString, QStringList> splits; // train/val/test -> folders or list files
    QMap<int, QString> names;
    int keypoints = 0;
    int keypointDims = 3;
};

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\'')))
        && v.endsWith(v.at(0))) {
        if (v.startsWith(QLatin1Char('"'))) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + v.toUtf8() + "]");
            if (doc.isArray())
                return doc.array().at(0).toString();
        }
        return v.mid(1, v.size() - 2);
    }
    return v;
}

// Splits "[a, 'b, c', d]" at top-level commas.
QStringList flowList(const QString &v)
{
    QStringList items;
    QString current;
    QChar quote;
    for (const QChar c : v.mid(1, v.size() - 2)) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char(',')) {
            items.append(unquote(current));
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        items.append(unquote(current));
    return items;
}

QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

bool readDataYaml(const QString &file, DataYaml *yaml, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = UltralyticsFormatText::tr("%1: cannot read (%2)")
                         .arg(shown(file), in.errorString());
        return false;
    }
    QString currentKey;
    int lineNumber = 0;
    for (const QByteArray &raw : in.readAll().split('\n')) {
        ++lineNumber;
        const QString line = stripComment(QString::fromUtf8(raw)).trimmed().isEmpty()
                                     ? QString()
                                     : stripComment(QString::fromUtf8(raw));
        if (line.trimmed().isEmpty())
            continue;
        const bool nested = line.at(0).isSpace();
        const QString text = line.trimmed();
        auto fail = [&](const QString &why) {
            *error = UltralyticsFormatText::tr("%1:%2: %3")
                             .arg(shown(file))
                             .arg(lineNumber)
                             .arg(why);
            return false;
        };
        if (nested || text.startsWith(QLatin1String("- "))) {
            if (text.startsWith(QLatin1String("- "))) {
                const QString item = unquote(text.mid(2));
                if (currentKey == QLatin1String("names"))
                    yaml->names.insert(int(yaml->names.size()), item);
                else if (yaml->splits.contains(currentKey))
                    yaml->splits[currentKey].append(item);
                continue;
            }
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            if (currentKey == QLatin1String("names") && colon > 0) {
                bool ok = false;
                const int id = text.left(colon).trimmed().toInt(&ok);
                if (!ok || id < 0)
                    return fail(UltralyticsFormatText::tr("a class id \"%1\" under names")
                                        .arg(text.left(colon)));
                yaml->names.insert(id, unquote(text.mid(colon + 1)));
            }
            continue;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(UltralyticsFormatText::tr("expected \"key: value\""));
        currentKey = text.left(colon).trimmed();
        const QString value = text.mid(colon + 1).trimmed();
        if (currentKey == QLatin1String("path")) {
            yaml->path = unquote(value);
        } else if (currentKey == QLatin1String("train") || currentKey == QLatin1String("val")
                   || currentKey == QLatin1String("test")) {
            yaml->splits[currentKey] = value.startsWith(QLatin1Char('['))
                                               ? flowList(value)
                                               : (value.isEmpty() || value == QLatin1String("null")
                                                          ? QStringList()
                                                          : QStringList{unquote(value)});
        } else if (currentKey == QLatin1String("names") && value.startsWith(QLatin1Char('['))) {
            const QStringList list = flowList(value);
            for (qsizetype i = 0; i < list.size(); ++i)
                yaml->names.insert(int(i), list[i]);
        } else if (currentKey == QLatin1String("names") && value.startsWith(QLatin1Char('{'))) {
            for (const QString &pair : flowList(value)) {
                const qsizetype c = pair.indexOf(QLatin1Char(':'));
                yaml->names.insert(pair.left(c).trimmed().toInt(), unquote(pair.mid(c + 1)));
            }
        } else if (currentKey == QLatin1String("kpt_shape")) {
            const QStringList shape = flowList(value);
            yaml->keypoints = shape.value(0).toInt();
            yaml->keypointDims = shape.value(1).toInt();
            if (yaml->keypoints <= 0 || (yaml->keypointDims != 2 && yaml->keypointDims != 3))
                return fail(UltralyticsFormatText::tr("kpt_shape must be [K, 2] or [K, 3]"));
            // Bounded before anything is allocated for it (whole-body skeletons have 133).
            if (yaml->keypoints > 1000)
                return fail(
                        UltralyticsFormatText::tr(
                                "kpt_shape: %1 key points per object is beyond what Tessera reads "
                                "(at most 1000)")
                                .arg(shape.value(0)));
        }
    }
    if (yaml->names.isEmpty()) {
        *error = UltralyticsFormatText::tr("%1: no class names (\"names\")").arg(shown(file));
        return false;
    }
    return true;
}

// Ultralytics' rule: the label file of .../images/x/a.jpg is .../labels/x/a.txt.
QString labelFileFor(const QString &image)
{
    QString path = QFileInfo(image).absoluteFilePath();
    const qsizetype at = path.lastIndexOf(QLatin1String("/images/"));
    if (at >= 0)
        path.replace(at, 8, QStringLiteral("/labels/"));
    return QFileInfo(path).absolutePath() + QLatin1Char('/') + QFileInfo(path).completeBaseName()
           + QStringLiteral(".txt");
}

// A line of a split's list file as Ultralytics resolves it: "./x" from the list's folder, an
// absolute path as it is; any other relative path is taken from the working directory, which
// here is unknown: the dataset root, the list's folder and the root's parent are tried (lists
// made from the folder above the dataset say "data/images/a.jpg"), then the line without its
// first folder.
QString listedImage(const QString &line, const QDir &listDir, const QDir &root)
{
    if (QDir::isAbsolutePath(line))
        return QDir::cleanPath(line);
    if (line.startsWith(QLatin1String("./")))
        return QDir::cleanPath(listDir.absoluteFilePath(line.mid(2)));
    QDir above = root;
    above.cdUp();
    QStringList candidates{root.absoluteFilePath(line), listDir.absoluteFilePath(line),
                           above.absoluteFilePath(line)};
    if (const qsizetype slash = line.indexOf(QLatin1Char('/')); slash > 0)
        candidates.append(root.absoluteFilePath(line.mid(slash + 1)));
    for (const QString &c : std::as_const(candidates))
        if (QFileInfo(c).isFile())
            return QDir::cleanPath(c);
    return QDir::cleanPath(candidates.constFirst());
}

// The classification layout (no data.yaml): <root>/<split>/<class>/<image>.
QMap<QString, QStringList> classificationImages(const QDir &root)
{
    QMap<QString, QStringList> imagesOf; // class -> images
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("val"),
                                 QStringLiteral("valid"), QStringLiteral("test")}) {
        const QDir splitDir(root.filePath(split));
        if (!splitDir.exists())
            continue;
        for (const QString &cls : splitDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QString &image :
                 QDir(splitDir.filePath(cls))
                         .entryList(ImageFiles::nameFilters(), QDir::Files, QDir::Name))
                imagesOf[cls].append(splitDir.filePath(cls + QLatin1Char('/') + image));
    }
    return imagesOf;
}

// An ellipse as 36 points on its outline, turned with it.
QList<QPointF> ellipsePolygon(const Annotation &a)
{
    const QRectF r = QRectF(a.points.value(0), a.points.value(1)).normalized();
    QTransform turn;
    turn.translate(r.center().x(), r.center().y());
    turn.rotate(a.rotation);
    QList<QPointF> points;
    for (int k = 0; k < 36; ++k) {
        const double t = k * M_PI / 18;
        points.append(turn.map(QPointF(r.width() / 2 * std::cos(t), r.height() / 2 * std::sin(t))));
    }
    return points;
}

QByteArray normalised(const QList<QPointF> &points, const Asset &a)
{
    QByteArray out;
    for (const QPointF &p : points)
        out += ' ' + QByteArray::number(std::clamp(p.x() / a.width, 0.0, 1.0), 'f', 6) + ' '
               + QByteArray::number(std::clamp(p.y() / a.height, 0.0, 1.0), 'f', 6);
    return out;
}

QByteArray boxFields(const QRectF &b, const Asset &a)
{
    const QRectF r = b.intersected(QRectF(0, 0, a.width, a.height));
    return ' ' + QByteArray::number(r.center().x() / a.width, 'f', 6) + ' '
           + QByteArray::number(r.center().y() / a.height, 'f', 6) + ' '
           + QByteArray::number(r.width() / a.width, 'f', 6) + ' '
           + QByteArray::number(r.height() / a.height, 'f', 6);
}

} // namespace

QString UltralyticsFormat::displayName() const
{
    return UltralyticsFormatText::tr("YOLO (Ultralytics layout)");
}
QString UltralyticsFormat::nameFilter() const
{
    return UltralyticsFormatText::tr("Ultralytics datasets (data.yaml)");
}

QList<FormatOption> UltralyticsFormat::formatOptions() const
{
    return {{key("task"),
             UltralyticsFormatText::tr("Task"),
             {key("detect"), key("segment"), key("obb"), key("pose")},
             UltralyticsFormatText::tr(
                     "What each label line holds: boxes, polygons, turned boxes or keypoints.")},
            {key("images"),
             UltralyticsFormatText::tr("Images"),
             {key("symlink"), key("copy"), key("none")},
             UltralyticsFormatText::tr("How the images are put under images/train.")}};
}

QSet<AnnotationKind> UltralyticsFormat::writtenKinds() const
{
    const QString task = option(key("task"));
    if (task == QLatin1String("segment"))
        return {AnnotationKind::Polygon, AnnotationKind::Box, AnnotationKind::RotatedBox,
                AnnotationKind::Ellipse};
    if (task == QLatin1String("obb"))
        return {AnnotationKind::Box, AnnotationKind::RotatedBox};
    if (task == QLatin1String("pose"))
        return {AnnotationKind::Keypoints};
    return {AnnotationKind::Box};
}

bool UltralyticsFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                                 const JobControl &control)
{
    const QFileInfo given(path);
    const QString yamlPath
            = given.isDir() ? QDir(path).filePath(QStringLiteral("data.yaml")) : path;
    if (given.isDir() && !QFileInfo(yamlPath).isFile()) {
        const QMap<QString, QStringList> classes = classificationImages(QDir(path));
        if (!classes.isEmpty())
            return readClassification(sink, classes, report, control);
    }
    if (!QFileInfo(yamlPath).isFile())
        return fail(UltralyticsFormatText::tr(
                            "%1: no data.yaml (nor train/<class>/ folders of a classification "
                            "dataset): not an Ultralytics dataset")
                            .arg(shown(path)));
    DataYaml yaml;
    QString error;
    if (!readDataYaml(yamlPath, &yaml, &error))
        return fail(error);
    const QDir yamlDir = QFileInfo(yamlPath).absoluteDir();
    const QDir root(QDir::cleanPath(
            yamlDir.absoluteFilePath(yaml.path.isEmpty() ? QStringLiteral(".") : yaml.path)));
    // Every image the splits name, once.
    QStringList images;
    QSet<QString> seen;
    for (auto it = yaml.splits.cbegin(); it != yaml.splits.cend(); ++it) {
        for (const QString &entry : it.value()) {
            const QString where = root.absoluteFilePath(entry);
            QStringList found;
            if (QFileInfo(where).isDir()) {
                QDirIterator files(where, ImageFiles::nameFilters(), QDir::Files,
                                   QDirIterator::Subdirectories);
                while (files.hasNext())
                    found.append(files.next());
                found.sort();
            } else if (QFileInfo(where).isFile() && ImageFiles::isImageFile(where)) {
                found.append(where); // a split may list images themselves
            } else if (QFileInfo(where).isFile()) {
                QFile list(where);
                if (!list.open(QIODevice::ReadOnly))
                    return fail(UltralyticsFormatText::tr("%1: cannot read (%2)")
                                        .arg(shown(where), list.errorString()));
                for (const QByteArray &line : list.readAll().split('\n'))
                    if (!line.trimmed().isEmpty())
                        found.append(listedImage(QString::fromUtf8(line.trimmed()),
                                                 QFileInfo(where).absoluteDir(), root));
            } else {
                return fail(UltralyticsFormatText::tr("%1: the %2 split \"%3\" does not exist")
                                    .arg(shown(yamlPath), it.key(), entry));
            }
            for (const QString &f : std::as_const(found))
                if (!seen.contains(QFileInfo(f).absoluteFilePath())) {
                    seen.insert(QFileInfo(f).absoluteFilePath());
                    images.append(QFileInfo(f).absoluteFilePath());
                }
        }
    }
    if (images.isEmpty())
        return fail(
                UltralyticsFormatText::tr("%1: the splits hold no images").arg(shown(yamlPath)));

    QHash<int, qint64> classToLabel;
    for (auto it = yaml.names.cbegin(); it != yaml.names.cend(); ++it) {
        Label wanted{.name = it.value()};
        if (yaml.keypoints > 0)
            for (int k = 0; k < yaml.keypoints; ++k)
                wanted.skeleton.points.append(QString::number(k + 1));
        const qint64 id = sink.labelId(wanted, report, &error);
        if (!id)
            return fail(error);
        classToLabel.insert(it.key(), id);
    }
    // task=segment: four corners are a polygon of four vertices, not a turned box.
    const bool segmentTask = option(key("task")) == QLatin1String("segment");
    int clamped = 0;
    QString firstClamped;
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (control.canceled())
            return fail(UltralyticsFormatText::tr("Import canceled: nothing was added"));
        control.report(i + 1, images.size());
        const QString &image = images[i];
        QImageReader reader(image);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isEmpty())
            return fail(UltralyticsFormatText::tr("%1: not a readable image (%2)")
                                .arg(shown(image), reader.errorString()));
        const std::optional<Asset> asset
                = sink.imageAsset(image, QFileInfo(image).fileName(), size, report, &error);
        if (!asset)
            return fail(error);
        const QString labelPath = labelFileFor(image);
        QFile labels(labelPath);
        if (!labels.exists())
            continue; // a background image
        if (!labels.open(QIODevice::ReadOnly))
            return fail(UltralyticsFormatText::tr("%1: cannot read (%2)")
                                .arg(shown(labelPath), labels.errorString()));
        QList<Annotation> annotations;
        int lineNumber = 0;
        for (const QByteArray &raw : labels.readAll().split('\n')) {
            ++lineNumber;
            if (raw.trimmed().isEmpty())
                continue;
            const QList<QByteArray> fields = raw.simplified().split(' ');
            const QString where = QStringLiteral("%1:%2").arg(shown(labelPath)).arg(lineNumber);
            bool ok = false;
            const int cls = fields[0].toInt(&ok);
            if (!ok || !classToLabel.contains(cls))
                return fail(
                        UltralyticsFormatText::tr("%1: class id \"%2\" is not in data.yaml's names")
                                .arg(where, FormatSupport::printable(fields[0])));
            QList<double> v;
            for (qsizetype k = 1; k < fields.size(); ++k) {
                double x = fields[k].toDouble(&ok);
                // Pose lines carry a visibility (0, 1, 2) after every keypoint's x and y.
                const bool visibility
                        = yaml.keypoints > 0 && yaml.keypointDims == 3 && k > 4 && (k - 5) % 3 == 2;
                // Ultralytics itself accepts -0.01..1.01 (rounding of polygons and turned boxes
                // near the border) and clips: so does Tessera, saying so.
                if (!ok || !std::isfinite(x)
                    || (!visibility && (x < -kCoordinateSlack || x > 1 + kCoordinateSlack)))
                    return fail(UltralyticsFormatText::tr(
                                        "%1: \"%2\" is not a coordinate between 0 and 1")
                                        .arg(where, FormatSupport::printable(fields[k])));
                if (!visibility && (x < 0 || x > 1)) {
                    if (clamped++ == 0)
                        firstClamped = where;
                    x = std::clamp(x, 0.0, 1.0);
                }
                v.append(x);
            }
            const double w = asset->width, h = asset->height;
            auto pointsFrom = [&](qsizetype from, qsizetype count, qsizetype stride) {
                QList<QPointF> points;
                for (qsizetype k = 0; k < count; ++k)
                    points.append(QPointF(v[from + k * stride] * w, v[from + k * stride + 1] * h));
                return points;
            };
            Annotation a{.assetId = asset->id, .labelId = classToLabel.value(cls)};
            // Centre and half size in pixels first: (0.5 - 0.4) * 50 is not quite 5.
            const QRectF box
                    = v.size() >= 4
                              ? QRectF(QPointF(v[0] * w - v[2] * w / 2, v[1] * h - v[3] * h / 2),
                                       QPointF(v[0] * w + v[2] * w / 2, v[1] * h + v[3] * h / 2))
                              : QRectF();
            if (yaml.keypoints > 0) {
                if (v.size() != 4 + yaml.keypoints * yaml.keypointDims)
                    return fail(UltralyticsFormatText::tr(
                                        "%1: a pose line needs 4 + %2×%3 numbers, found %4")
                                        .arg(where)
                                        .arg(yaml.keypoints)
                                        .arg(yaml.keypointDims)
                                        .arg(v.size()));
                a.kind = AnnotationKind::Keypoints;
                a.points = pointsFrom(4, yaml.keypoints, yaml.keypointDims);
                for (int k = 0; k < yaml.keypoints; ++k)
                    a.visibility.append(yaml.keypointDims == 3 ? std::clamp(
                                                int(std::lround(v[4 + k * 3 + 2])), 0, 2)
                                                               : 2);
                // The object's box is not the keypoints' extent: keep it for export.
                a.data[key("box")] = QJsonArray{box.left(), box.top(), box.right(), box.bottom()};
            } else if (v.size() == 4 || v.size() == 5) {
                // A fifth number is a detector's confidence (`yolo predict save_conf=True`).
                a.kind = AnnotationKind::Box;
                a.points = {box.topLeft(), box.bottomRight()};
                if (v.size() == 5)
                    a.provenance.score = v[4];
            } else if (v.size() == 8 && !segmentTask) {
                const QList<QPointF> corners = pointsFrom(0, 4, 2);
                if (const std::optional<Annotation> turned = ShapeGeometry::turnedBox(corners)) {
                    a.kind = turned->kind;
                    a.points = turned->points;
                    a.rotation = turned->rotation;
                } else {
                    a.kind = AnnotationKind::Polygon;
                    a.points = corners;
                }
            } else if (v.size() >= 6 && v.size() % 2 == 0) {
                a.kind = AnnotationKind::Polygon;
                a.points = pointsFrom(0, v.size() / 2, 2);
            } else {
                return fail(
                        UltralyticsFormatText::tr(
                                "%1: expected a box, a polygon, four corners or keypoints, found "
                                "%2 number(s)")
                                .arg(where)
                                .arg(v.size()));
            }
            a.provenance.origin = Origin::Import;
            annotations.append(a);
        }
        if (QString why; !sink.storeAnnotations(annotations, report, &why))
            return fail(why);
        report.annotations += int(annotations.size());
    }
    if (clamped)
        report.warnings.append(
                UltralyticsFormatText::tr(
                        "%1: %2 coordinate(s) slightly outside 0..1 (within "
                        "Ultralytics' tolerance of 0.01) were clipped to the image, the "
                        "first here")
                        .arg(firstClamped)
                        .arg(clamped));
    return true;
}

bool UltralyticsFormat::readClassification(ImportSink &sink,
                                           const QMap<QString, QStringList> &imagesOf,
                                           FormatReport &report, const JobControl &control)
{
    qsizetype total = 0;
    for (const QStringList &images : imagesOf)
        total += images.size();
    QString error;
    qsizetype done = 0;
    for (auto it = imagesOf.cbegin(); it != imagesOf.cend(); ++it) {
        // A class of an image as a whole: an image-level label (a tag), not a shape.
        const qint64 label
                = sink.labelId(Label{.name = it.key(), .kinds = ImageKindFlag}, report, &error);
        if (!label)
            return fail(error);
        QList<Annotation> tags;
        for (const QString &image : it.value()) {
            if (control.canceled())
                return fail(UltralyticsFormatText::tr("Import canceled: nothing was added"));
            control.report(++done, total);
            QImageReader reader(image);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isEmpty())
                return fail(UltralyticsFormatText::tr("%1: not a readable image (%2)")
                                    .arg(shown(image), reader.errorString()));
            const std::optional<Asset> asset
                    = sink.imageAsset(image, QFileInfo(image).fileName(), size, report, &error);
            if (!asset)
                return fail(error);
            Annotation tag{
                    .assetId = asset->id, .labelId = label, .kind = AnnotationKind::Classification};
            tag.provenance.origin = Origin::Import;
            tags.append(tag);
        }
        if (!sink.storeAnnotations(tags, report, &error))
            return fail(error);
        report.annotations += int(tags.size());
    }
    return true;
}

bool UltralyticsFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                                  const JobControl &control)
{
    const QString task = option(key("task"));
    const QString imagesMode = option(key("images"));
    const QDir out(path);
    if (!QDir().mkpath(out.filePath(QStringLiteral("labels/train")))
        || !QDir().mkpath(out.filePath(QStringLiteral("images/train"))))
        return fail(UltralyticsFormatText::tr("%1: cannot create the folder").arg(shown(path)));
    // Class id = the label's stable order; gaps left by removed labels stay unused.
    QHash<qint64, int> classOf;
    QHash<qint64, Label> labelOf;
    QByteArray names;
    int keypoints = 0;
    int next = 0; // Ultralytics wants names for every id below the largest
    for (const Label &l : source.labels()) {
        // Text and comparison labels are no classes here: their ids stay unused, as gaps do.
        if (!(l.kinds & ImageKindFlag))
            continue;
        for (; next < l.sortOrder; ++next)
            names += "  " + QByteArray::number(next) + ": unused_" + QByteArray::number(next)
                     + '\n';
        next = l.sortOrder + 1;
        classOf.insert(l.id, l.sortOrder);
        labelOf.insert(l.id, l);
        names += "  " + QByteArray::number(l.sortOrder) + ": "
                 + QJsonDocument(QJsonArray{l.name})
                           .toJson(QJsonDocument::Compact)
                           .mid(1)
                           .chopped(1)
                 + '\n';
        keypoints = std::max(keypoints, int(l.skeleton.points.size()));
    }
    if (task == QLatin1String("pose")) {
        // Labels without a skeleton still have points: kpt_shape covers the most any object has,
        // so that no object loses a point and the file reads back (K = 0 is no pose dataset).
        const bool streamed = source.forEachShape([&keypoints](const Annotation &a) {
            if (a.kind == AnnotationKind::Keypoints)
                keypoints = std::max(keypoints, int(a.points.size()));
            return true;
        });
        if (!streamed)
            return fail(source.errorString());
        if (keypoints == 0)
            return fail(UltralyticsFormatText::tr(
                                "%1: task=pose needs keypoint objects, and the project has none "
                                "(choose task=detect or segment)")
                                .arg(shown(path)));
    }
    QByteArray yaml = "# Written by Tessera. Class ids follow the project's label order and never "
                      "change.\npath: .\ntrain: images/train\nval: images/train\nnames:\n"
                      + names;
    if (task == QLatin1String("pose"))
        yaml += "kpt_shape: [" + QByteArray::number(keypoints) + ", 3]\n";
    QString error;
    if (!FormatSupport::writeAtomically(out.filePath(QStringLiteral("data.yaml")), yaml, &error))
        return fail(error);

    const QSet<AnnotationKind> written = writtenKinds();
    QSet<QString> usedNames;
    QString walkError;
    const bool walked = FormatSupport::forEachListedAsset(
            source, AssetFilter{.kind = AssetKind::Image}, control,
            [&](const Asset &asset) {
                // Stored names may come from foreign files: one safe component, never a path.
                const QString fileName
                        = FormatSupport::safeFileName(asset.name, asset.id, &usedNames);
                QByteArray lines;
                for (const Annotation &a : source.annotations(asset.id)) {
                    if (!classOf.contains(a.labelId) || asset.width <= 0 || asset.height <= 0)
                        continue;
                    const QByteArray cls = QByteArray::number(classOf.value(a.labelId));
                    if (task == QLatin1String("pose")) {
                        if (a.kind != AnnotationKind::Keypoints)
                            continue;
                        QByteArray line = cls + boxFields(FormatSupport::keypointBox(a), asset);
                        for (int k = 0; k < keypoints; ++k) {
                            const int visible = k < a.points.size() ? a.visibility.value(k) : 0;
                            line += visible ? normalised({a.points[k]}, asset)
                                            : QByteArray(" 0.000000 0.000000");
                            line += ' ' + QByteArray::number(visible);
                        }
                        lines += line + '\n';
                    } else if (task == QLatin1String("segment")) {
                        if (!written.contains(a.kind))
                            continue;
                        QList<QPointF> polygon
                                = a.kind == AnnotationKind::Polygon ? a.points
                                  : a.kind == AnnotationKind::Ellipse
                                          ? ellipsePolygon(a)
                                          : QList<QPointF>(ShapeGeometry::corners(a));
                        if (polygon.size() > 3 && polygon.constFirst() == polygon.constLast())
                            polygon.removeLast();
                        lines += cls + normalised(polygon, asset) + '\n';
                    } else if (task == QLatin1String("obb")) {
                        if (!ShapeGeometry::isArea(a.kind))
                            continue;
                        QPolygonF corners = written.contains(a.kind)
                                                    ? ShapeGeometry::corners(a)
                                                    : QPolygonF(ShapeGeometry::boundingRect(a));
                        if (corners.size() == 5)
                            corners.removeLast();
                        lines += cls + normalised(QList<QPointF>(corners), asset) + '\n';
                    } else {
                        if (!ShapeGeometry::isArea(a.kind))
                            continue;
                        lines += cls + boxFields(ShapeGeometry::boundingRect(a), asset) + '\n';
                    }
                    ++report.annotations;
                }
                const QString stem = QFileInfo(fileName).completeBaseName();
                if (!FormatSupport::writeAtomically(out.filePath(QStringLiteral("labels/train/")
                                                                 + stem + QStringLiteral(".txt")),
                                                    lines, &error))
                    return fail(error);
                const QString imageTarget
                        = out.filePath(QStringLiteral("images/train/") + fileName);
                const QString imageFile = source.absolutePath(asset);
                if (!FormatSupport::isInside(out.filePath(QStringLiteral("images/train")),
                                             imageTarget))
                    return fail(UltralyticsFormatText::tr(
                                        "%1: refusing to write outside the export folder")
                                        .arg(shown(imageTarget)));
                if (imagesMode != QLatin1String("none")) {
                    QFile::remove(imageTarget);
                    const bool placed = imagesMode == QLatin1String("copy")
                                                ? QFile::copy(imageFile, imageTarget)
                                                : QFile::link(imageFile, imageTarget);
                    if (!placed)
                        return fail(
                                UltralyticsFormatText::tr("%1: cannot put the image there from %2")
                                        .arg(shown(imageTarget), shown(imageFile)));
                }
                ++report.assets;
                return true;
            },
            &walkError);
    if (!walked)
        return walkError.isEmpty() ? false : fail(walkError);
    report.warnings = losses(source);
    return true;
}

QStringList UltralyticsFormat::losses(ExportSource &source) const
{
    const QString task = option(key("task"));
    return FormatSupport::losses(source, writtenKinds(),
                                 task == QLatin1String("detect") || task == QLatin1String("obb"),
                                 displayName() + QStringLiteral(" (") + task + QLatin1Char(')'));
}

} // namespace Tessera
