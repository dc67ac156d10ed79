// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formatsupport.h"

#include "core/shapegeometry.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Tessera::FormatSupport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Format", text);
}
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QStringList annotationFiles(const QString &path, const QString &subfolder, const QString &pattern,
                            const QString &title, QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {info.absoluteFilePath()};
    QDir dir(path);
    if (!subfolder.isEmpty() && dir.exists(subfolder))
        dir.cd(subfolder);
    QStringList files;
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    if (files.isEmpty())
        *error = tr("%1: no %2 files (%3) found").arg(shown(path), title, pattern);
    return files;
}

std::optional<Asset> imageAsset(ProjectStore &store, const QString &imagePath, const QString &name,
                                const QSize &size, FormatReport &report, QString *error,
                                bool *reused)
{
    QFile media(imagePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!media.open(QIODevice::ReadOnly) || !hash.addData(&media)) {
        *error = tr("%1: cannot read (%2)").arg(shown(imagePath), media.errorString());
        return std::nullopt;
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    if (std::optional<Asset> existing = store.assetBySha256(sha)) {
        if (reused)
            *reused = true;
        return existing;
    }
    Asset a{.kind = AssetKind::Image,
            .path = store.storedPath(imagePath),
            .name = name,
            .byteSize = media.size(),
            .sha256 = sha,
            .width = size.width(),
            .height = size.height()};
    if (!store.addAsset(a)) {
        *error = store.errorString();
        return std::nullopt;
    }
    if (reused)
        *reused = false;
    ++report.assets;
    return a;
}

qint64 labelId(ProjectStore &store, const Label &wanted, FormatReport &report, QString *error)
{
    if (const std::optional<Label> existing = store.labelByName(wanted.name))
        return existing->id;
    Label created{.name = wanted.name,
                  .color = wanted.color,
                  .kinds = ImageKindFlag,
                  .attributes = wanted.attributes,
                  .skeleton = wanted.skeleton};
    if (!store.addLabel(created)) {
        *error = store.errorString();
        return 0;
    }
    report.newLabels.append(wanted.name);
    return created.id;
}

std::optional<QJsonDocument> readJson(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read (%2)").arg(shown(file), in.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = jsonErrorAt(file, bytes, parseError.offset, parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

QString jsonErrorAt(const QString &file, const QByteArray &bytes, qint64 offset,
                    const QString &reason)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("%1:%2:%3: not valid JSON (%4)").arg(shown(file)).arg(line).arg(column).arg(reason);
}

bool writeAtomically(const QString &file, const QByteArray &bytes, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("%1: cannot write (%2)").arg(shown(file), out.errorString());
        return false;
    }
    return true;
}

QString relativePath(const QString &dir, const QString &target)
{
    return QDir(dir).relativeFilePath(target);
}

QStringList losses(ProjectStore &store, const QSet<AnnotationKind> &written, bool areasAsBoxes,
                   const QString &title)
{
    const ProjectStats stats = store.stats();
    QStringList lines;
    for (auto it = stats.annotationsByKind.cbegin(); it != stats.annotationsByKind.cend(); ++it) {
        const AnnotationKind kind = it.key();
        if (!ShapeGeometry::isShape(kind) || written.contains(kind))
            continue;
        lines.append(areasAsBoxes && ShapeGeometry::isArea(kind)
                             ? tr("%1 %2(s) are written as their bounding boxes")
                                       .arg(it.value())
                                       .arg(annotationKindName(kind))
                             : tr("%1 %2(s) cannot be written in %3 and are left out")
                                       .arg(it.value())
                                       .arg(annotationKindName(kind), title));
    }
    return lines;
}

} // namespace Tessera::FormatSupport
