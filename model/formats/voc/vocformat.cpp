// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "vocformat.h"

#include "core/shapegeometry.h"
#include "formats/formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace Tessera {

namespace {

using FormatSupport::shown;

// Texts filed by lupdate under, and looked up in, the context "VocFormat".
struct VocFormatText
{
    Q_DECLARE_TR_FUNCTIONS(VocFormat)
};

struct VocBox
{
    QString name;
    QRectF box;
    QJsonObject attributes;
    QList<VocBox> parts;
};

// Reads <bndbox> at the reader's position; false with *why when a number is missing or wrong.
bool readBox(QXmlStreamReader &xml, QRectF *box, QString *why)
{
    double v[4] = {NAN, NAN, NAN, NAN};
    const char *names[4] = {"xmin", "ymin", "xmax", "ymax"};
    while (xml.readNextStartElement()) {
        int k = 0;
        while (k < 4 && xml.name() != QLatin1String(names[k]))
            ++k;
        const QString text = xml.readElementText();
        if (k == 4)
            continue;
        bool ok = false;
        v[k] = text.trimmed().toDouble(&ok);
        if (!ok || !FormatSupport::saneNumber(v[k])) {
            *why = VocFormatText::tr("<%1> is \"%2\", not a number")
                           .arg(QLatin1String(names[k]), text);
            return false;
        }
    }
    for (int k = 0; k < 4; ++k)
        if (std::isnan(v[k])) {
            *why = VocFormatText::tr("<bndbox> lacks <%1>").arg(QLatin1String(names[k]));
            return false;
        }
    if (v[2] < v[0] || v[3] < v[1]) {
        *why = VocFormatText::tr("<bndbox> has xmax < xmin or ymax < ymin");
        return false;
    }
    *box = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    return true;
}

bool readObject(QXmlStreamReader &xml, VocBox *object, QString *why)
{
    bool hasBox = false;
    while (xml.readNextStartElement()) {
        const QString tag = xml.name().toString();
        if (tag == QLatin1String("name")) {
            object->name = xml.readElementText().trimmed();
        } else if (tag == QLatin1String("bndbox")) {
            if (!readBox(xml, &object->box, why))
                return false;
            hasBox = true;
        } else if (tag == QLatin1String("part")) {
            VocBox part;
            if (!readObject(xml, &part, why))
                return false;
            object->parts.append(part);
        } else if (tag == QLatin1String("actions") || tag == QLatin1String("attributes")) {
            QJsonObject values;
            while (xml.readNextStartElement()) {
                // <attributes><attribute><name>..</name><value>..</value></attribute> (CVAT) or
                // <actions><jumping>1</jumping> (VOC): both become attributes.
                if (xml.name() == QLatin1String("attribute")) {
                    QString name, value;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("name"))
                            name = xml.readElementText();
                        else if (xml.name() == QLatin1String("value"))
                            value = xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                    values.insert(name, value);
                } else {
                    const QString key = xml.name().toString();
                    values.insert(key, xml.readElementText().trimmed());
                }
            }
            object->attributes.insert(tag, values);
        } else if (tag == QLatin1String("pose") || tag == QLatin1String("truncated")
                   || tag == QLatin1String("difficult") || tag == QLatin1String("occluded")) {
            object->attributes.insert(tag, xml.readElementText().trimmed());
        } else {
            xml.skipCurrentElement();
        }
    }
    if (object->name.isEmpty()) {
        *why = VocFormatText::tr("an <object> has no <name>");
        return false;
    }
    if (!hasBox) {
        *why = VocFormatText::tr("object \"%1\" has no <bndbox>").arg(object->name);
        return false;
    }
    return true;
}

QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString VocFormat::displayName() const
{
    return VocFormatText::tr("Pascal VOC XML");
}
QString VocFormat::nameFilter() const
{
    return VocFormatText::tr("Pascal VOC annotations (*.xml)");
}

bool VocFormat::readData(ImportSink &sink, const QString &path, FormatReport &report,
                         const JobControl &control)
{
    QString error;
    const QStringList files = FormatSupport::annotationFiles(
            path, QStringLiteral("Annotations"), QStringLiteral("*.xml"), displayName(), &error);
    if (files.isEmpty())
        return fail(error);
    QHash<QString, qint64> labels;
    return readAll(files, control,
                   [&](const QString &file) { return readFile(sink, file, labels, report); });
}

bool VocFormat::readFile(ImportSink &sink, const QString &file, QHash<QString, qint64> &labels,
                         FormatReport &report)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(VocFormatText::tr("%1: cannot read (%2)").arg(shown(file), in.errorString()));
    QXmlStreamReader xml(&in);
    QString fileName, why;
    QSize size;
    QList<VocBox> objects;
    if (xml.readNextStartElement() && xml.name() == QLatin1String("annotation")) {
        while (xml.readNextStartElement()) {
            const QString tag = xml.name().toString();
            if (tag == QLatin1String("filename")) {
                fileName = xml.readElementText().trimmed();
            } else if (tag == QLatin1String("size")) {
                while (xml.readNextStartElement()) {
                    const bool width = xml.name() == QLatin1String("width");
                    if (!width && xml.name() != QLatin1String("height")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    // Empty or 0 means unknown (some tools write that), and "500.0" occurs;
                    // anything else that is not a sane size is a damaged file.
                    const QString text = xml.readElementText().trimmed();
                    bool ok = text.isEmpty();
                    const double value = ok ? 0 : text.toDouble(&ok);
                    if (!ok || !(value >= 0 && value <= 1e6))
                        return fail(VocFormatText::tr("%1:%2: <%3> is not a size: \"%4\"")
                                            .arg(shown(file))
                                            .arg(xml.lineNumber())
                                            .arg(width ? QStringLiteral("width")
                                                       : QStringLiteral("height"),
                                                 FormatSupport::printable(text.toUtf8())));
                    if (width)
                        size.setWidth(int(value));
                    else
                        size.setHeight(int(value));
                }
            } else if (tag == QLatin1String("object")) {
                VocBox object;
                if (!readObject(xml, &object, &why))
                    return fail(VocFormatText::tr("%1:%2: %3")
                                        .arg(shown(file))
                                        .arg(xml.lineNumber())
                                        .arg(why));
                objects.append(object);
            } else {
                xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        return fail(VocFormatText::tr("%1: not Pascal VOC: the root element is not <annotation>")
                            .arg(shown(file)));
    }
    // Malformed XML, and entity expansion past QXmlStreamReader's limit, end up here.
    if (xml.hasError())
        return fail(VocFormatText::tr("%1:%2:%3: %4")
                            .arg(shown(file))
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()));
    if (fileName.isEmpty())
        return fail(VocFormatText::tr("%1: no <filename>").arg(shown(file)));
    const QDir dir = QFileInfo(file).absoluteDir();
    QString image;
    for (const QString &candidate :
         {dir.filePath(QStringLiteral("../JPEGImages/") + fileName),
          dir.filePath(QStringLiteral("../images/") + fileName), dir.filePath(fileName),
          dir.filePath(QStringLiteral("../") + fileName)})
        if (FormatSupport::isPresent(candidate))
            image = QFileInfo(candidate).absoluteFilePath();
    if (image.isEmpty())
        image = FormatSupport::imageByStem(dir.filePath(QStringLiteral("../JPEGImages")), fileName);
    if (!image.isEmpty() && size.isEmpty()) {
        QImageReader reader(image);
        size = reader.size();
    }
    // Missing media is not fatal: the boxes come in, the file is found later (Relink Media).
    const std::optional<Asset> asset
            = image.isEmpty() ? sink.missingImageAsset(
                      dir.filePath(QStringLiteral("../JPEGImages/") + fileName), fileName, size,
                      report, &why)
                              : sink.imageAsset(image, fileName, size, report, &why);
    if (!asset)
        return fail(why);
    auto labelId = [&](const QString &name) -> qint64 {
        if (!labels.contains(name))
            labels.insert(name, sink.labelId(Label{.name = name}, report, &why));
        return labels.value(name);
    };
    QList<Annotation> annotations;
    qint64 group = 0;
    for (const VocBox &object : std::as_const(objects)) {
        const qint64 id = labelId(object.name);
        if (!id)
            return fail(why);
        Annotation a{.assetId = asset->id,
                     .labelId = id,
                     .kind = AnnotationKind::Box,
                     .points = {object.box.topLeft(), object.box.bottomRight()}};
        a.provenance.origin = Origin::Import;
        if (!object.attributes.isEmpty())
            a.data[QStringLiteral("attributes")] = object.attributes;
        // Parts (a person's head) are boxes of their own, grouped with their object.
        if (!object.parts.isEmpty())
            a.groupId = ++group;
        annotations.append(a);
        for (const VocBox &part : object.parts) {
            const qint64 partId = labelId(part.name);
            if (!partId)
                return fail(why);
            Annotation p{.assetId = asset->id,
                         .labelId = partId,
                         .kind = AnnotationKind::Box,
                         .points = {part.box.topLeft(), part.box.bottomRight()},
                         .groupId = group};
            p.provenance.origin = Origin::Import;
            annotations.append(p);
        }
    }
    if (QString why; !sink.storeAnnotations(annotations, report, &why))
        return fail(why);
    report.annotations += int(annotations.size());
    return true;
}

QByteArray VocFormat::xmlOf(const Asset &asset, const QList<Annotation> &annotations,
                            const QHash<qint64, QString> &nameOf, int *written)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("annotation"));
    xml.writeTextElement(QStringLiteral("folder"), QStringLiteral("JPEGImages"));
    xml.writeTextElement(QStringLiteral("filename"), asset.name);
    xml.writeStartElement(QStringLiteral("size"));
    xml.writeTextElement(QStringLiteral("width"), QString::number(asset.width));
    xml.writeTextElement(QStringLiteral("height"), QString::number(asset.height));
    xml.writeTextElement(QStringLiteral("depth"), QStringLiteral("3"));
    xml.writeEndElement();
    for (const Annotation &a : annotations) {
        if (!nameOf.contains(a.labelId) || !ShapeGeometry::isArea(a.kind))
            continue;
        const QRectF b = ShapeGeometry::boundingRect(a);
        const QJsonObject attributes = a.data.value(QStringLiteral("attributes")).toObject();
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeTextElement(QStringLiteral("name"), nameOf.value(a.labelId));
        xml.writeTextElement(
                QStringLiteral("pose"),
                attributes.value(QStringLiteral("pose")).toString(QStringLiteral("Unspecified")));
        xml.writeTextElement(
                QStringLiteral("truncated"),
                attributes.value(QStringLiteral("truncated")).toString(QStringLiteral("0")));
        xml.writeTextElement(
                QStringLiteral("difficult"),
                attributes.value(QStringLiteral("difficult")).toString(QStringLiteral("0")));
        xml.writeStartElement(QStringLiteral("bndbox"));
        xml.writeTextElement(QStringLiteral("xmin"), number(b.left()));
        xml.writeTextElement(QStringLiteral("ymin"), number(b.top()));
        xml.writeTextElement(QStringLiteral("xmax"), number(b.right()));
        xml.writeTextElement(QStringLiteral("ymax"), number(b.bottom()));
        xml.writeEndElement();
        xml.writeEndElement();
        if (written)
            ++*written;
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QList<ExportFile> VocFormat::assetFiles(ExportSource &source, const Asset &asset,
                                        const QString &stem, const QString &folder)
{
    Q_UNUSED(folder)
    if (asset.kind != AssetKind::Image)
        return {};
    QHash<qint64, QString> nameOf;
    for (const Label &l : source.labels())
        nameOf.insert(l.id, l.name);
    return {{QStringLiteral("Annotations/") + stem + QStringLiteral(".xml"),
             xmlOf(asset, source.annotations(asset.id), nameOf, nullptr)}};
}

bool VocFormat::writeData(ExportSource &source, const QString &path, FormatReport &report,
                          const JobControl &control)
{
    const QDir out(path);
    if (!QDir().mkpath(out.filePath(QStringLiteral("Annotations")))
        || !QDir().mkpath(out.filePath(QStringLiteral("ImageSets/Main"))))
        return fail(VocFormatText::tr("%1: cannot create the folder").arg(shown(path)));
    QHash<qint64, QString> nameOf;
    for (const Label &l : source.labels())
        nameOf.insert(l.id, l.name);
    QHash<qint64, QList<Annotation>> byAsset;
    const bool read = source.forEachAnnotation([&](const Annotation &a) {
        if (nameOf.contains(a.labelId) && ShapeGeometry::isArea(a.kind))
            byAsset[a.assetId].append(a);
        return true;
    });
    if (!read)
        return fail(source.errorString());
    const QHash<qint64, QString> stems = FormatSupport::fileStems(source, AssetKind::Image);
    FormatSupport::BatchWriter writer;
    QByteArray list;
    QString why;
    const bool walked = FormatSupport::forEachListedAsset(
            source, AssetFilter{.kind = AssetKind::Image}, control,
            [&](const Asset &asset) {
                const QString stem = stems.value(asset.id);
                int written = 0;
                if (!writer.write(out.filePath(QStringLiteral("Annotations/") + stem
                                               + QStringLiteral(".xml")),
                                  xmlOf(asset, byAsset.value(asset.id), nameOf, &written), &why))
                    return false;
                report.annotations += written;
                list += stem.toUtf8() + '\n';
                ++report.assets;
                return true;
            },
            &why);
    if (!walked)
        return fail(why);
    if (!FormatSupport::writeAtomically(out.filePath(QStringLiteral("ImageSets/Main/default.txt")),
                                        list, &why)
        || !writer.finish(&why))
        return fail(why);
    report.warnings = losses(source);
    return true;
}

QStringList VocFormat::losses(ExportSource &source) const
{
    return FormatSupport::losses(source, writtenKinds(), true, displayName());
}

} // namespace Tessera
