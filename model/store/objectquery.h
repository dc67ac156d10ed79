// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projectstore.h"

#include <QPainterPath>
#include <QRectF>

namespace Tessera {

/** Which shapes the review grid's object view shows. Empty fields do not filter. */
struct ObjectFilter
{
    std::optional<ReviewStatus> status; // of the shape's asset
    qint64 labelId = 0;
    QString author;                 // who made or last owned the shape (provenance author)
    std::optional<Origin> origin;   // person, pre-label, import, assist
    bool proposalsOnly = false;     // pre-labels nobody accepted yet
    std::optional<double> minScore; // model score range (shapes without a score are left out
    std::optional<double> maxScore; // when either bound is set)
    bool openIssuesOnly = false;    // the asset has an issue nobody resolved yet

    bool operator==(const ObjectFilter &) const = default;
};

/** One tile of the object view: a shape, where it sits, and what the filters look at. */
struct GridObject
{
    qint64 annotationId = 0;
    qint64 assetId = 0;
    qint64 labelId = 0; // 0: none
    AnnotationKind kind = AnnotationKind::Box;
    QRectF bounds;        // in image pixels
    QPainterPath outline; // the shape itself, in image pixels
    Origin origin = Origin::Human;
    std::optional<double> score;
    bool proposal = false;
};

/**
 * The object view's pages: image shapes (not image-level tags) grouped by label in the labels'
 * stable order (shapes without a label last), by id within a label. Paged by keyset on
 * (label, id) through the (label_id, id) index, so the first page of a million shapes costs as
 * much as any other.
 */
class ObjectQuery
{
public:
    ObjectQuery(ProjectStore &store, const ObjectFilter &filter);

    /** Where a page starts: after this label position and annotation id. */
    struct Key
    {
        int labelIndex = 0; // position in the label order; labels().size() = no label
        qint64 afterId = 0;
    };
    /** Up to limit shapes from key on; *next (when given) is where the following page starts. */
    QList<GridObject> page(Key key, int limit, Key *next = nullptr);
    /** How many shapes the filter lets through (a full count: call it off the first paint). */
    qint64 count();

private:
    QByteArray filterClause() const;
    void bindFilter(Statement &q, int &index) const;

    ProjectStore &m_store;
    const ObjectFilter m_filter;
    QList<qint64> m_labelOrder; // label ids in their stable order; 0 (no label) last
};

} // namespace Tessera
