// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>

namespace Tessera::StoreRows {

/**
 * The store's user-visible messages, wherever in model/store they are written (ProjectStore and
 * the writers it forwards to): one translation context, "ProjectStore".
 */
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

/** Column lists in the order the read functions below expect. */
extern const char *const annotationColumns;
extern const char *const assetColumns;
extern const char *const commentColumns;

/** Compact JSON text, or a null QString for an empty object (stored as NULL). */
QString compactJson(const QJsonObject &object);
QJsonObject parseObject(const QString &text);

/** Fills an asset from the current row of a query selecting assetColumns. */
void readAssetRow(Statement &q, Asset &a);
/** Fills an annotation from the current row of a query selecting annotationColumns. */
void readAnnotationRow(Statement &q, Annotation &a);
/**
 * Binds one annotation to parameters base+1 .. base+17 of an INSERT over annotationColumns.
 * authorUtf8 is author's UTF-8, bound without a copy for rows by that author.
 */
void bindAnnotation(Statement &q, int base, const Annotation &a, const QString &author,
                    const QByteArray &authorUtf8);

/** Fills in who and when for an annotation that does not say (new ones): author, at. */
/**
 * What is wrong with an annotation's numbers, or empty: every coordinate, the rotation and the
 * score must be finite, and coordinates within ±100,000,000 px (no image is that large; beyond
 * it, areas overflow into infinity in exports). Checked on every write of the store.
 */
QString geometryProblem(const Annotation &a);

void fillProvenance(Annotation &a, const QString &author, qint64 at);

/** All labels with their attribute definitions, in their stable order. */
QList<Label> readLabels(Database &db);
/** A skeleton as stored (JSON), and back. */
QString skeletonToText(const Skeleton &skeleton);
Skeleton skeletonFromText(const QString &text);
/** A comment from the current row of a query selecting commentColumns. */
Comment readCommentRow(Statement &q);
/** Inserts a comment with every field as given (id excepted), setting comment.id. */
bool insertComment(Database &db, Comment &comment);
/** An audit entry from the current row of a query over the audit_log table's columns. */
AuditEntry readAuditRow(Statement &q);

} // namespace Tessera::StoreRows
