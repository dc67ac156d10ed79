// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "format.h"

#include <QJsonDocument>
#include <QSize>

#include <optional>

namespace Tessera::FormatSupport {

/**
 * The annotation files an import reads: path itself when it is a file, else every file matching
 * pattern in path/subfolder (or in path when it has no such folder), by name. Empty and *error
 * (naming the folder and the format's title) when there are none.
 */
QStringList annotationFiles(const QString &path, const QString &subfolder, const QString &pattern,
                            const QString &title, QString *error);

/**
 * The image asset of a file: the one with the same content when the project has it (*reused set),
 * else a new one of that size, counted in report. nullopt and *error naming the file.
 */
std::optional<Asset> imageAsset(ProjectStore &store, const QString &imagePath, const QString &name,
                                const QSize &size, FormatReport &report, QString *error,
                                bool *reused = nullptr);

/**
 * The id of the label named wanted.name; a new label (for images, with wanted's skeleton) is made
 * (with wanted's attribute definitions) and listed in report when there is none. 0 and *error when
 * it cannot be stored.
 */
qint64 labelId(ProjectStore &store, const Label &wanted, FormatReport &report, QString *error);

/**
 * What an export loses, one line per shape kind: kinds in written go as they are; other areas go
 * as their bounding boxes when areasAsBoxes, everything else is left out.
 */
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

/** Path of target relative to the folder dir, with '/' separators. */
QString relativePath(const QString &dir, const QString &target);

QStringList losses(ProjectStore &store, const QSet<AnnotationKind> &written, bool areasAsBoxes,
                   const QString &title);

} // namespace Tessera::FormatSupport
