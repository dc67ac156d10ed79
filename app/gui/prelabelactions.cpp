// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabelactions.h"

#include "dataexchange.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/evaluationdialog.h"
#include "dialogs/prelabeldialog.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "eval/evaluation.h"
#include "imagecanvas/tools/segmenttool.h"
#include "jobs/proposaljob.h"
#include "prelabel/boxsegmentation.h"
#include "prelabel/embeddingcache.h"
#include "prelabel/prelabelengine.h"
#include "prelabel/samsegmenter.h"
#include "quality/nearduplicates.h"
#include "store/hashstore.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>

namespace Tessera {

PrelabelActions::PrelabelActions(DataExchange *exchange, std::function<ProjectSession *()> session,
                                 std::function<AssetDocument *()> document, QWidget *window)
    : QObject(window)
    , m_exchange(exchange)
    , m_session(std::move(session))
    , m_document(std::move(document))
    , m_window(window)
{}

void PrelabelActions::prelabel()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    AssetDocument *document = m_document();
    const bool onImage = document && document->asset().kind == AssetKind::Image;
    QStringList imageLabels;
    for (const Label &l : session->labels())
        if (l.kinds & ImageKindFlag)
            imageLabels.append(l.name);
    PrelabelDialog dialog(onImage, imageLabels, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    std::unique_ptr<Detector> detector
            = Detectors::make(dialog.detector(), dialog.options(), &error);
    if (!detector) {
        emit failed(error);
        return;
    }
    const QList<qint64> ids
            = dialog.allImages() ? QList<qint64>{} : QList<qint64>{document->assetId()};
    const int threads = dialog.threads();
    PrelabelRun run;
    qint64 written = 0;
    // The detectors run on workers behind a progress dialog with Cancel; the proposals are
    // written by the worker's own connection and the window re-reads the project.
    const bool ok = m_exchange->runWithProgress(
            tr("Pre-labelling with %1…").arg(detector->name()),
            [&](ProjectStore &store, const JobControl &control, QString *message) {
                run = PrelabelEngine::run(ProposalJob::images(store, ids), *detector, threads,
                                          control);
                if (run.canceled)
                    return true;
                written = ProposalJob::apply(store, PrelabelEngine::info(*detector), run, message);
                return written >= 0;
            },
            &error);
    if (!ok) {
        emit failed(error);
        return;
    }
    if (run.canceled) {
        emit message(tr("Pre-labelling canceled: nothing was added"));
        return;
    }
    emit m_exchange->projectChanged();
    emit message(
            tr("%1 proposal(s) in %2 image(s), %3 images/s. Y accepts, Delete rejects, Alt+Right "
               "steps to the next.")
                    .arg(written)
                    .arg(run.images)
                    .arg(run.seconds > 0 ? run.images / run.seconds : 0, 0, 'f', 1));
    if (!run.errors.isEmpty())
        emit failed(run.errors.join(QLatin1Char('\n')));
}

void PrelabelActions::segmentBoxes()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    QString error;
    if (!SamSegmenter::available(&error)) {
        emit failed(error);
        return;
    }
    AssetDocument *document = m_document();
    const bool onImage = document && document->asset().kind == AssetKind::Image;
    QStringList scopes;
    if (onImage)
        scopes << tr("The boxes of this image");
    scopes << tr("The boxes of every image");
    bool ok = false;
    const QString scope = QInputDialog::getItem(
            m_window, tr("Segment boxes"),
            tr("Turn boxes into %1 with Segment Anything (each box is the prompt; the outlines "
               "become proposals to accept with Y):")
                    .arg(SegmentTool::output() == QLatin1String("mask") ? tr("masks")
                                                                        : tr("polygons")),
            scopes, 0, false, &ok);
    if (!ok)
        return;
    const QList<qint64> ids = onImage && scope == scopes.first()
                                      ? QList<qint64>{document->assetId()}
                                      : QList<qint64>{};
    const bool asMask = SegmentTool::output() == QLatin1String("mask");
    BoxSegmentationRun run;
    qint64 written = 0;
    ok = m_exchange->runWithProgress(
            tr("Segmenting boxes…"),
            [&](ProjectStore &store, const JobControl &control, QString *message) {
                const QList<BoxPrompt> boxes = SegmentJob::boxes(store, ids, {}, message);
                if (boxes.isEmpty())
                    return message->isEmpty();
                EmbeddingCache cache(EmbeddingCache::defaultFolder(), EmbeddingCache::defaultCap());
                run = BoxSegmentation::run(boxes, asMask, 1.0, &cache, store.author(), control);
                if (run.canceled)
                    return true;
                written = SegmentJob::apply(store, run.assetIds, run.proposals, message);
                return written >= 0;
            },
            &error);
    if (!ok) {
        emit failed(error);
        return;
    }
    if (run.canceled) {
        emit message(tr("Segmenting canceled: nothing was added"));
        return;
    }
    if (run.boxes == 0) {
        emit message(tr("No boxes to segment: draw boxes (R) or pre-label first"));
        return;
    }
    emit m_exchange->projectChanged();
    emit message(tr("%1 outline proposal(s) from %2 box(es), %3 boxes/s. Y accepts, Delete "
                    "rejects, Alt+Right steps to the next.")
                         .arg(written)
                         .arg(run.boxes)
                         .arg(run.seconds > 0 ? run.boxes / run.seconds : 0, 0, 'f', 1));
    if (!run.errors.isEmpty())
        emit failed(run.errors.join(QLatin1Char('\n')));
}

void PrelabelActions::findDuplicates()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    // Images are hashed once (the hashes stay in the project); new ones on a worker connection.
    NearDuplicates::HashReport report;
    QString error;
    const bool ok = m_exchange->runWithProgress(
            tr("Hashing images…"),
            [&](ProjectStore &store, const JobControl &control, QString *) {
                report = NearDuplicates::hashMissing(store, control);
                return true;
            },
            &error);
    if (!ok) {
        emit failed(error);
        return;
    }
    if (!report.errors.isEmpty())
        emit failed(tr("%n image(s) could not be read:", nullptr, int(report.errors.size()))
                    + QLatin1Char('\n') + report.errors.join(QLatin1Char('\n')));
    DuplicatesDialog dialog(*session->store(), HashStore(*session->store()).hashes(), m_window);
    connect(&dialog, &DuplicatesDialog::showAsset, this, &PrelabelActions::showAsset);
    connect(&dialog, &DuplicatesDialog::projectChanged, m_exchange, &DataExchange::projectChanged);
    dialog.exec();
}

void PrelabelActions::evaluate()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    const QStringList sources{tr("The project's proposals"),
                              tr("COCO results or a COCO/labelme file with scores…"),
                              tr("Folder of YOLO .txt files with scores, or a dataset folder…")};
    bool ok = false;
    const QString source = QInputDialog::getItem(m_window, tr("Evaluate predictions"),
                                                 tr("Compare with the accepted annotations:"),
                                                 sources, 0, false, &ok);
    if (!ok)
        return;
    QString path;
    if (source == sources[1])
        path = QFileDialog::getOpenFileName(m_window, tr("Predictions"), QString(),
                                            tr("JSON (*.json)"));
    else if (source == sources[2])
        path = QFileDialog::getExistingDirectory(m_window, tr("Predictions"));
    if (source != sources[0] && path.isEmpty())
        return;
    // Reading every annotation of a big project takes a moment: on a worker connection.
    Evaluation evaluation;
    QString error;
    ok = m_exchange->runWithProgress(
            tr("Evaluating…"),
            [&](ProjectStore &store, const JobControl &, QString *message) {
                const std::optional<QList<EvalBox>> predictions
                        = path.isEmpty() ? Evaluator::proposals(store, QString())
                                         : Evaluator::readPredictions(store, path, message);
                if (!predictions)
                    return false;
                evaluation = Evaluator::evaluate(Evaluator::references(store), *predictions);
                return true;
            },
            &error);
    if (!ok) {
        emit failed(error);
        return;
    }
    EvaluationDialog dialog(evaluation, session->labels(),
                            path.isEmpty() ? source : QDir::toNativeSeparators(path), m_window);
    connect(&dialog, &EvaluationDialog::showAsset, this, &PrelabelActions::showAsset);
    dialog.exec();
}

} // namespace Tessera
