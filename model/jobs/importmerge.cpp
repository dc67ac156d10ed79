// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "importmerge.h"

#include "formats/format.h"
#include "store/projectstore.h"

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

// Coordinates read twice from one file are bit-equal; the tolerance only absorbs what a
// round trip through another writer's decimal text may shift.
bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

// What the file says beyond the geometry; keys Tessera adds (an accepted proposal's flag) are
// not the file's business, so only the file's keys are compared.
bool sameExtras(const Annotation &fromFile, const Annotation &stored)
{
    if (fromFile.z != stored.z || fromFile.groupId != stored.groupId)
        return false;
    for (auto it = fromFile.data.constBegin(); it != fromFile.data.constEnd(); ++it)
        if (stored.data.value(it.key()) != it.value())
            return false;
    return true;
}

} // namespace

ImportMerge::ImportMerge(ProjectStore &store, ImportMode mode)
    : m_store(store)
    , m_mode(mode)
{}

bool ImportMerge::begin(QString *error)
{
    if (m_mode == ImportMode::Append)
        return true;
    const std::optional<qint64> last = m_store.lastAssetId();
    const std::optional<bool> any = m_store.hasAnnotations();
    if (!last || !any) {
        *error = m_store.errorString();
        return false;
    }
    m_lastAssetBefore = *last;
    m_hadAnnotations = *any;
    return true;
}

bool ImportMerge::sameGeometry(const Annotation &a, const Annotation &b)
{
    if (a.kind != b.kind || a.labelId != b.labelId || a.start != b.start || a.end != b.end
        || a.sourceId != b.sourceId || a.targetId != b.targetId
        || a.points.size() != b.points.size() || !near(a.rotation, b.rotation)
        || a.visibility != b.visibility || a.maskRect != b.maskRect
        || a.maskRuns.size() != b.maskRuns.size())
        return false;
    for (qsizetype i = 0; i < a.points.size(); ++i)
        if (!near(a.points[i].x(), b.points[i].x()) || !near(a.points[i].y(), b.points[i].y()))
            return false;
    // Compared element-wise: Qt 6.4's QList== hands memcmp a null pointer for empty lists.
    return std::equal(a.maskRuns.cbegin(), a.maskRuns.cend(), b.maskRuns.cbegin());
}

QList<Annotation> &ImportMerge::pool(qint64 assetId)
{
    auto it = m_pools.find(assetId);
    if (it == m_pools.end()) {
        // A new project or an asset this import made holds nothing to match: no query.
        if (!m_hadAnnotations || assetId > m_lastAssetBefore)
            return *m_pools.insert(assetId, {});
        // Files list an asset's annotations together and assets mostly in order: the shapes of
        // the next run of assets come in one query (a query per asset was most of a re-import's
        // reading). Assets already pooled keep what matching left of theirs.
        const qint64 last = std::min(assetId + prefetchRun - 1, m_lastAssetBefore);
        QHash<qint64, QList<Annotation>> stored = m_store.shapesOfAssets(assetId, last);
        for (qint64 id = assetId; id <= last; ++id)
            if (!m_pools.contains(id))
                m_pools.insert(id, stored.take(id));
        it = m_pools.find(assetId);
    }
    return *it;
}

bool ImportMerge::store(QList<Annotation> &annotations, FormatReport &report, QString *error)
{
    QList<Annotation> added;
    QList<Annotation> changed;
    QList<qsizetype> addedAt;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        Annotation &a = annotations[i];
        report.namedAssets.insert(a.assetId);
        if (m_mode != ImportMode::Append) {
            QList<Annotation> &candidates = pool(a.assetId);
            // One that agrees in everything first: of two stored judgements of one comparison,
            // a file's "left" meets the stored "left", not the first of them.
            auto match
                    = std::find_if(candidates.begin(), candidates.end(), [&a](const Annotation &s) {
                          return sameGeometry(a, s) && sameExtras(a, s);
                      });
            if (match == candidates.end())
                match = std::find_if(candidates.begin(), candidates.end(),
                                     [&a](const Annotation &s) { return sameGeometry(a, s); });
            if (match != candidates.end()) {
                a.id = match->id;
                if (sameExtras(a, *match)) {
                    ++report.unchanged;
                } else {
                    // The pool holds shapes without provenance: the update starts from the
                    // whole stored row, so who made it and when stays.
                    std::optional<Annotation> stored = m_store.annotation(match->id);
                    if (!stored) {
                        *error = m_store.errorString();
                        return false;
                    }
                    Annotation updated = *stored;
                    for (auto it = a.data.constBegin(); it != a.data.constEnd(); ++it)
                        updated.data.insert(it.key(), it.value());
                    updated.z = a.z;
                    updated.groupId = a.groupId;
                    changed.append(updated);
                }
                candidates.erase(match);
                // A fully matched asset keeps its (empty) entry but not its memory: a million
                // matched boxes would otherwise stay allocated until the import ends.
                if (candidates.isEmpty())
                    candidates = QList<Annotation>();
                continue;
            }
        }
        added.append(a);
        addedAt.append(i);
    }
    if (!added.isEmpty() && !m_store.addAnnotations(added, ProjectStore::AuditDetail::Summary)) {
        *error = m_store.errorString();
        return false;
    }
    for (qsizetype k = 0; k < added.size(); ++k)
        annotations[addedAt[k]].id = added[k].id;
    if (!changed.isEmpty() && !m_store.updateAnnotations(changed)) {
        *error = m_store.errorString();
        return false;
    }
    report.added += int(added.size());
    report.changed += int(changed.size());
    return true;
}

bool ImportMerge::finish(FormatReport &report, QString *error)
{
    if (m_mode != ImportMode::Replace)
        return true;
    // Links first: removing a span takes the links hanging on it with it (ON DELETE CASCADE),
    // and a link removed that way could not be removed again.
    QList<qint64> links;
    QList<qint64> others;
    for (const qint64 assetId : std::as_const(report.namedAssets))
        for (const Annotation &a : pool(assetId))
            (a.kind == AnnotationKind::Relation ? links : others).append(a.id);
    if (!m_store.removeAnnotations(links + others)) {
        *error = m_store.errorString();
        return false;
    }
    report.removed += int(links.size() + others.size());
    m_pools.clear();
    return true;
}

} // namespace Tessera
