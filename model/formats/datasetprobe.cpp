// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "datasetprobe.h"

#include "formatsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Tessera::DatasetProbe {

namespace {

// Texts filed by lupdate under, and looked up in, the context "DatasetProbe".
struct DatasetProbeText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetProbe)
};

// The head of a file: enough to see the top-level keys a writer puts first.
QByteArray head(const QString &path, qint64 bytes = 64 * 1024)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return {};
    return f.read(bytes);
}

std::optional<Found> labelme(const QDir &dir)
{
    const QFileInfoList jsons
            = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int checked = 0;
    for (const QFileInfo &json : jsons) {
        if (++checked > 8)
            break;
        if (!FormatSupport::imageByStem(json.dir(), json.completeBaseName()).isEmpty()
            && head(json.filePath()).contains("\"shapes\""))
            return Found{QStringLiteral("labelme"), dir.absolutePath(),
                         DatasetProbeText::tr("a labelme folder (%n annotation file(s))", nullptr,
                                              int(jsons.size()))};
    }
    return std::nullopt;
}

std::optional<Found> coco(const QDir &dir)
{
    for (const QString &sub : {QStringLiteral("."), QStringLiteral("annotations")}) {
        const QDir where(dir.filePath(sub));
        for (const QFileInfo &json :
             where.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QByteArray start = head(json.filePath(), 1024 * 1024);
            if (start.contains("\"images\"") && start.contains("\"categories\""))
                return Found{QStringLiteral("coco"), json.absoluteFilePath(),
                             DatasetProbeText::tr("a COCO dataset (%1)").arg(json.fileName())};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Found> find(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return std::nullopt;
    if (std::optional<Found> found = labelme(dir))
        return found;
    if (std::optional<Found> found = coco(dir))
        return found;
    for (const QString &annotations :
         {QStringLiteral("Annotations"), QStringLiteral("annotations")})
        if (dir.exists(annotations)
            && !QDir(dir.filePath(annotations))
                        .entryList({QStringLiteral("*.xml")}, QDir::Files)
                        .isEmpty())
            return Found{QStringLiteral("voc"), dir.absolutePath(),
                         DatasetProbeText::tr("a Pascal VOC dataset (Annotations/)")};
    if (QFileInfo(dir.filePath(QStringLiteral("data.yaml"))).isFile())
        return Found{QStringLiteral("ultralytics"), dir.filePath(QStringLiteral("data.yaml")),
                     DatasetProbeText::tr("an Ultralytics YOLO dataset (data.yaml)")};
    for (const QString &names : {QStringLiteral("obj.names"), QStringLiteral("classes.txt")})
        if (QFileInfo(dir.filePath(names)).isFile())
            return Found{QStringLiteral("yolo"), dir.absolutePath(),
                         DatasetProbeText::tr("a YOLO dataset (%1)").arg(names)};
    return std::nullopt;
}

} // namespace Tessera::DatasetProbe
