// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projectstore.h"

namespace Tessera {

/**
 * The annotation writes of a ProjectStore (its addAnnotations, updateAnnotations and
 * removeAnnotations, whose contracts hold here): batched inserts, each update and removal made
 * only on the version read (modified_at; a stale one is refused as a conflict that names who
 * changed it), and the audit entries. Each call is one transaction of the store.
 */
class AnnotationWriter
{
public:
    explicit AnnotationWriter(ProjectStore &store);

    bool add(QList<Annotation> &annotations, ProjectStore::AuditDetail detail);
    bool update(QList<Annotation> &annotations, const ProjectStore::SeenVersions &seen);
    bool remove(const QList<qint64> &ids, const ProjectStore::SeenVersions &seen);

private:
    /** Refuses an edit of current, which someone else changed; sets lastErrorWasConflict(). */
    bool conflict(const Annotation &current, bool removing);

    ProjectStore &m_store;
};

} // namespace Tessera
