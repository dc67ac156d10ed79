// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/**
 * Brings an annotator's bundle (TeamSplit) back into the project it was split from.
 *
 * Assets the annotator owned merge three-way by annotation id against what the bundle got (or
 * held at its last merge): a change on one side only is taken; the same change on both sides is
 * nothing to do; different changes, or a change against a removal, are conflicts: listed, and the
 * project's side is kept unless preferBundle. Annotations made in the bundle are added under new
 * ids (relations re-pointed). Overlap and gold assets come back as the annotator's layer (for
 * consensus and gold scoring). Review state travels too: status changes (three-way), the review
 * log, issue threads and their resolved state, all attributed as in the bundle. Merging the same
 * bundle again changes nothing; a later copy of it brings only what changed since. One
 * transaction: a failed or canceled merge changes nothing.
 */
namespace TeamMerge {

struct Options
{
    bool preferBundle = false;
};

struct Conflict
{
    qint64 assetId = 0;
    qint64 annotationId = 0; // in this project; 0 for the asset's status
    QString what;
};

struct Report
{
    QString annotator;
    int assets = 0; // assets the bundle held
    int added = 0;
    int updated = 0;
    int removed = 0;
    int layers = 0; // overlap and gold assets that came back as a layer
    int statuses = 0;
    int reviews = 0;
    int comments = 0;
    QStringList labelsAdded;
    QList<Conflict> conflicts;
    /** One line per figure and per conflict, for the CLI and the result dialog. */
    QStringList lines() const;
};

bool merge(ProjectStore &store, const QString &bundlePath, const Options &options, Report *report,
           QString *error, const JobControl &control = {});

} // namespace TeamMerge
} // namespace Tessera
