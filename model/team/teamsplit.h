// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assetfilter.h"
#include "core/jobcontrol.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * Offline teams: a project is split into one bundle per annotator, each labelled elsewhere and
 * merged back (TeamMerge). The work is every asset not accepted yet and not gold: a share of it
 * (the overlap) goes to everyone, for consensus; the rest is dealt out in turns after a seeded
 * shuffle. Gold assets are mixed into each bundle unmarked and unlabelled, with their history
 * removed from the bundle, so that the reference cannot be seen there.
 */
namespace TeamSplit {

struct Options
{
    QStringList annotators;
    double overlapPercent = 0; // of the work, to everyone
    double goldPercent = 0;    // of each annotator's share, drawn from the gold assets
    quint64 seed = 1;
    bool includeMedia = true;
    // Which work: the assets that match (a status asked for replaces "not accepted"), none of
    // exclude (a server's assets assigned already), and, when perAnnotator > 0, that many each
    // (plus the overlap share of that) instead of all of it.
    AssetFilter filter;
    QSet<qint64> exclude;
    int perAnnotator = 0;
};

struct Plan
{
    QMap<QString, QList<qint64>> own;
    QList<qint64> overlap;
    QMap<QString, QList<qint64>> gold;
    QStringList warnings;

    /** Everything one annotator gets: own, overlap and gold, ascending. */
    QList<qint64> assetsOf(const QString &annotator) const;
};

/** Who gets what; nullopt and *error for bad options (no annotators, names twice, no gold). */
std::optional<Plan> plan(ProjectStore &store, const Options &options, QString *error);

struct Bundle
{
    QString annotator;
    QString path;
    int assets = 0;
};

/**
 * Writes <folder>/<project>-<annotator>.zip for each annotator and records the split in the
 * project (the base of the merge). A failure leaves no bundle of this run behind.
 */
bool write(ProjectStore &store, const Options &options, const QString &folder,
           QList<Bundle> *bundles, QString *error, QStringList *warnings = nullptr,
           const JobControl &control = {});

/** The file name part used for an annotator: letters, digits, '.', '-' and '_' only. */
QString fileSafe(const QString &name);

} // namespace TeamSplit
} // namespace Tessera
