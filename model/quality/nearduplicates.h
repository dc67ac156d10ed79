// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * Near-duplicate images by perceptual hash (DCT pHash, 64 bits): resized, re-encoded or slightly
 * cropped copies of a photograph differ in a few bits, different photographs in about half.
 * No model: Qt decodes a reduced image (JPEG scales inside the DCT), 32×32 grey, a 2-D DCT, and
 * one bit per low-frequency coefficient above their median.
 */
namespace NearDuplicates {

/** The pHash of an image (any size or format). */
quint64 hash(const QImage &image);
/** The pHash of an image file, read reduced; nullopt and *error naming the file. */
std::optional<quint64> hashFile(const QString &path, QString *error);
/** Bits in which two hashes differ. */
int distance(quint64 a, quint64 b);

/**
 * Groups of assets whose hashes are within `threshold` bits of another member (transitively),
 * each group sorted by id, groups by their first id; singletons are left out.
 */
QList<QList<qint64>> groups(const QHash<qint64, quint64> &hashes, int threshold);

/** What the hashing of a project's images did. */
struct HashReport
{
    int hashed = 0;
    QStringList errors; // "file: reason"
    bool canceled = false;
};

/**
 * Hashes the project's images that have no hash yet (on every core) and stores the hashes. On
 * cancel the hashes made so far are kept (they are right, just not all there).
 */
HashReport hashMissing(ProjectStore &store, const JobControl &control);

} // namespace NearDuplicates

} // namespace Tessera
