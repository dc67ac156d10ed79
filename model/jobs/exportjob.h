// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "formats/exportsource.h"

namespace Tessera {

class Format;
class ProjectStore;
struct FormatReport;

/**
 * Exports a project with a format's codec: the ExportSource its writer reads. Owns what is not
 * the codec's business: unaccepted proposals are hidden while the job lives (unless the format
 * keeps them apart or includeProposals), shapes without a label are left out and listed as lost
 * or written under "(no label)" inside a transaction that is rolled back (the project and its
 * audit log stay unchanged), and the images are put beside the export as the images option
 * says. Lives for one export, on the thread of its store.
 */
class ExportJob final : public ExportSource
{
public:
    ExportJob(ProjectStore &store, Format &format, bool includeProposals = false);
    ~ExportJob() override;

    /** Writes the project to path; false and the format's errorString() when it cannot. */
    bool run(const QString &path, FormatReport &report, const JobControl &control = {});
    /** What the export would lose, one line per kind: what --verify and the dialog say. */
    QStringList losses();

    /** ExportJob(store, format).run(path, report, control). */
    static bool write(Format &format, ProjectStore &store, const QString &path,
                      FormatReport &report, const JobControl &control = {});
    /** ExportJob(store, format).losses(). */
    static QStringList losses(Format &format, ProjectStore &store);

    // ExportSource
    QString name() const override;
    QList<Label> labels() override;
    ProjectStats stats() override;
    qint64 assetCount(const AssetFilter &filter = {}) override;
    QList<Asset> assetPage(const AssetFilter &filter, qint64 after, int limit) override;
    std::optional<Asset> asset(qint64 id) override;
    QList<qint64> assetsWithPayloadKey(const QString &key) override;
    QString absolutePath(const Asset &asset) const override;
    QList<Annotation> annotations(qint64 assetId) override;
    qint64 annotationCount() override;
    qint64 unlabeledShapeCount() override;
    bool forEachAnnotation(const std::function<bool(const Annotation &)> &visit) override;
    bool forEachShape(const std::function<bool(const Annotation &)> &visit) override;
    bool forEachAnnotationByAsset(const std::function<bool(const Annotation &)> &visit) override;
    QString errorString() const override;

private:
    bool fail(const QString &message);
    /** The writer and then the images, with the project's view as the job set it up. */
    bool writeAndPlace(const QString &path, FormatReport &report, const JobControl &control);
    /** Puts the images where the format's imageFolder() says, as the images option says. */
    bool placeImages(const QString &path, FormatReport &report, const JobControl &control);

    ProjectStore &m_store;
    Format &m_format;
};

} // namespace Tessera
