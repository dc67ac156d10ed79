// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "format.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSize>

#include <functional>
#include <optional>

namespace Tessera::FormatSupport {

/** A path as the user's system writes it, for messages. */
inline QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
/** A JSON key or other ASCII name as a QString. */
inline QString key(const char *name)
{
    return QString::fromLatin1(name);
}
/** The first line of a text, simplified and cut to maxLength with an ellipsis: an asset's name. */
QString firstLine(const QString &text, int maxLength = 60);

/**
 * The annotation files an import reads: path itself when it is a file, else every file matching
 * pattern in path/subfolder (or in path when it has no such folder), by name. Empty and *error
 * (naming the folder and the format's title) when there are none.
 */
QStringList annotationFiles(const QString &path, const QString &subfolder, const QString &pattern,
                            const QString &title, QString *error);

/**
 * Whether something is at path: a file of any type, or a symbolic link even when it dangles or
 * loops. Image lookups use it so that a FIFO or a link loop is refused by imageAsset with its
 * reason rather than taken for missing media.
 */
inline bool isPresent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

/** Whether an asset is an image whose file was missing when it was imported. */
inline bool isMediaMissing(const Asset &asset)
{
    return asset.kind == AssetKind::Image && asset.sha256.isEmpty();
}

/**
 * Finds an image a dataset names by a name without an extension (some COCO writers drop it):
 * the first file in dir whose complete base name is stem and whose suffix is an image's. Empty
 * when there is none or stem has a suffix already.
 */
QString imageByStem(const QDir &dir, const QString &stem);

/**
 * What identifies a text or comparison asset: the SHA-256 in hex (the asset's sha256) of the
 * text's UTF-8 (so a .txt added before is found), or of a comparison's prompt and payload;
 * *byteSize receives the size of what was hashed.
 */
QString textIdentity(const Asset &text, qint64 *byteSize = nullptr);

/**
 * Reads a JSON document from file; nullopt and *error naming the file, the line and column and
 * the parser's reason when it cannot be read or parsed.
 */
std::optional<QJsonDocument> readJson(const QString &file, QString *error);

/** "file:line:column: reason" for a JSON parse error at a byte offset of bytes. */
QString jsonErrorAt(const QString &file, const QByteArray &bytes, qint64 offset,
                    const QString &reason);

/** Writes bytes to file atomically (QSaveFile); false and *error naming the file otherwise. */
bool writeAtomically(const QString &file, const QByteArray &bytes, QString *error);

/**
 * Calls visit for every non-empty line of a JSON Lines file with the line's object and number.
 * Stops at the first line that is not an object or that visit refuses (setting why); false and
 * *error as "file:line: reason" then.
 */
bool forEachJsonLine(const QString &file,
                     const std::function<bool(const QJsonObject &, int, QString *)> &visit,
                     QString *error);

/**
 * Where a one-file export goes: path itself when it ends in .suffix, else defaultName inside the
 * folder path. Creates the folder; empty and *error when it cannot.
 */
QString outputFile(const QString &path, const QString &suffix, const QString &defaultName,
                   QString *error);

/**
 * The box of a keypoint object: the one its file gave (data["box"] as [x1, y1, x2, y2], e.g.
 * COCO's bbox) or else the extent of its visible points.
 */
QRectF keypointBox(const Annotation &a);

/**
 * The name an asset's file gets inside an export folder: one path component whatever the stored
 * name holds (a COCO file_name, a VOC filename or a CVAT name may say "../x.jpg", "/etc/x",
 * "C:\\x" or "sub/a.jpg"): folders, drive letters, NUL and other control characters are
 * dropped, "." and ".." never result, an empty name becomes "asset-<id>", and a name taken
 * already (in *used, case-insensitively) gets "<id>_" in front. Every exporter and sync use it:
 * names inside foreign files never steer a write.
 */
QString safeFileName(const QString &name, qint64 assetId, QSet<QString> *used = nullptr);

/**
 * Whether a number read from a file is a usable coordinate: finite and within ±100,000,000
 * (the store refuses anything else; an importer says so with the file and line first).
 */
bool saneNumber(double v);

/**
 * Text from a file made fit for a message: control and invalid bytes as \\xNN, at most `max`
 * characters (a binary file must not be echoed raw to a terminal).
 */
QString printable(const QByteArray &raw, int max = 40);

/**
 * isPresent() for the many images of one dataset, answered from one listing per folder instead of
 * a file-system call per image (100,000 images, six candidate places each). Entries made after a
 * folder was listed are not seen: one import's lookups only.
 */
class FolderListing
{
public:
    bool contains(const QString &path);

private:
    QHash<QString, QSet<QString>> m_folders; // folder -> its entries' names
};

/** False (and *error naming it) for a path that exists but is no regular file (FIFO, device). */
bool isRegularFile(const QString &path, QString *error);

/** Whether path (which need not exist) lies inside folder once both are made absolute and clean. */
bool isInside(const QString &folder, const QString &path);

/** Whether a relative path from a foreign file is clean: relative, no "..", no "\\", no NUL. */
bool isCleanRelativePath(const QString &relative);

/**
 * The file stem of every asset of kind in per-asset exports: its name without suffix, and for a
 * later asset whose stem is taken, "<stem>-<id>". Exports and live sync agree through this.
 */
QHash<qint64, QString> fileStems(ExportSource &source, AssetKind kind);

/**
 * Writes the many small files of one export. Each file is written beside its target under a
 * temporary name and renamed over it, so a reader (or a crash) sees the old file or the new one,
 * never a part; instead of one fsync per file (the cost of 100,000 QSaveFiles), finish() syncs the
 * file system once before the export reports success.
 */
class BatchWriter
{
public:
    bool write(const QString &path, const QByteArray &bytes, QString *error);
    /** Makes everything written durable; false and *error if the disk refuses. */
    bool finish(QString *error);

private:
    QString m_folder; // one folder on the written file system, for syncfs
};

/** Every asset the filter lists, in id order, as the asset list has them (no text or payload). */
QList<Asset> listAssets(ExportSource &source, const AssetFilter &filter);
/**
 * Visits every asset the filter lists in id order, page by page as the asset list has them (no
 * text or payload: cheap), reporting progress to control. Stops when visit returns false (it has
 * said why) or when the job is canceled (*error says so); false then. What every export's loop
 * over the assets is.
 */
bool forEachListedAsset(ExportSource &source, const AssetFilter &filter, const JobControl &control,
                        const std::function<bool(const Asset &)> &visit, QString *error);
/**
 * Visits every asset of kind (every asset when nullopt) in id order, complete with its text and
 * payload, reporting progress to control. Stops when visit returns false (it has said why) or
 * when the job is canceled or the store fails (*error says so); false then.
 */
bool forEachAsset(ExportSource &source, std::optional<AssetKind> kind, const JobControl &control,
                  const std::function<bool(const Asset &)> &visit, QString *error);

/** Path of target relative to the folder dir, with '/' separators. */
QString relativePath(const QString &dir, const QString &target);

/**
 * What an export loses, one line per shape kind: kinds in written go as they are; other areas go
 * as their bounding boxes when areasAsBoxes, everything else is left out.
 */
QStringList losses(ExportSource &source, const QSet<AnnotationKind> &written, bool areasAsBoxes,
                   const QString &title);
/** The same from counts an export gathered while it streamed (no second pass over the store). */
QStringList losses(const QMap<AnnotationKind, qint64> &annotationsByKind, qint64 textAssets,
                   const QSet<AnnotationKind> &written, bool areasAsBoxes, const QString &title);

} // namespace Tessera::FormatSupport
