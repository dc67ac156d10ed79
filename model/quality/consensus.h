// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * Consensus from annotator layers (LayerStore): what enough annotators agree on becomes a proposal
 * in the main layer, for a reviewer to confirm (accept with Y, reject with Del), and how much
 * they agree is measured per pair and per annotator.
 */
namespace Consensus {

/** The model id consensus proposals carry (provenance), so that a rerun replaces them. */
QString modelId();

struct Options
{
    int quorum = 2;      // annotators who must agree
    double minIou = 0.5; // for shapes to count as the same object
};

struct Outcome
{
    QList<Annotation> annotations; // proposals, without ids
    int agreed = 0;                // objects, spans, classes or verdicts reaching the quorum
    int disputed = 0;              // those made by fewer annotators than the quorum
};

/**
 * What at least quorum layers agree on: shapes of the same label and kind clustered by IoU of
 * their bounds (best pairs first, one member per layer; a box becomes the mean box, other shapes
 * the member closest to the rest), spans with the same label and offsets, document classes and
 * tags, and a comparison's verdict. Relations and free-text fields are left to the reviewer.
 * score = share of the layers that agree; data.consensus lists the annotators.
 */
Outcome build(const QMap<QString, QList<Annotation>> &layers, const Options &options);

struct Summary
{
    int assets = 0;
    int proposals = 0;
    int disputed = 0;
};

/**
 * On a server project: moves the annotators' work on shared assets (assigned to two or more,
 * ServerExtras::sharedAssignments) from the main annotations into a layer per login, as a
 * merge does with a bundle's overlap work. The number of annotations moved, or -1 and *error.
 * 0 for a project file. One transaction.
 */
int collectSharedWork(ProjectStore &store, QString *error);

/**
 * Builds the consensus of every asset that has layers and writes it into the main layer as
 * proposals, replacing earlier unaccepted consensus proposals; one transaction. On a server the
 * shared work is collected into layers first (collectSharedWork).
 */
bool apply(ProjectStore &store, const Options &options, Summary *summary, QString *error,
           const JobControl &control = {});

/** How one annotator agrees with the others, over the assets they share (−1: nothing shared). */
struct AnnotatorAgreement
{
    QString name;
    int assets = 0;
    double shapeF1 = -1;
    double spanF1 = -1;
    double classKappa = -1; // mean Cohen's κ with each other annotator
    double preferenceRate = -1;
    /** The mean of the measures that apply, or −1. */
    double overall() const;
};

struct AgreementReport
{
    int assets = 0; // assets with two or more layers
    QStringList annotators;
    std::optional<double> fleissKappa;       // document classes and tags, assets all rated
    std::optional<double> krippendorffAlpha; // the same, missing ratings allowed
    double shapeF1 = -1;                     // pooled over all pairs
    double spanF1 = -1;
    double preferenceRate = -1;
    QList<AnnotatorAgreement> perAnnotator;
};

/** Agreement among the layers of the whole project (on a server, with the shared work that is
 *  still in the main annotations, by login). */
AgreementReport agreement(ProjectStore &store, double minIou = 0.5);
/** The same from layers already read: asset id -> layer -> annotations. */
AgreementReport agreement(const QMap<qint64, QMap<QString, QList<Annotation>>> &assets,
                          double minIou = 0.5);

} // namespace Consensus
} // namespace Tessera
