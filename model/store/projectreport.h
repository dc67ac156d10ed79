// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projectstore.h"

namespace Tessera::ProjectReport {

/** Counts by asset kind, status, annotation kind and label. */
/** Counts; annotationFilter (" WHERE …", or empty) limits the annotations counted. */
ProjectStats stats(Database &db, const QByteArray &annotationFilter = {});
/**
 * Full consistency check: SQLite's integrity check, foreign keys, readable geometry and, when
 * verifyMedia, that every asset's file exists. One line per problem; empty when clean.
 */
QStringList check(Database &db, const QString &projectDirectory, bool verifyMedia);

/** One annotation row that cannot be used as it is, and why. */
struct BadRow
{
    qint64 id = 0;
    QString reason;
};

/**
 * Annotations whose content is wrong although the file is sound: unreadable geometry, unknown
 * kind, non-finite or absurd numbers, shapes far outside their image or on a text, spans
 * outside their text or on an image, relations to missing annotations, data that is not JSON.
 */
QList<BadRow> badAnnotations(Database &db);

} // namespace Tessera::ProjectReport
