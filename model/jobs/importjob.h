// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "formats/importsink.h"
#include "importmerge.h"

#include <memory>
#include <optional>

namespace Tessera {

class Format;
class ProjectStore;
struct FormatReport;

/**
 * Imports a dataset into a project with a format's codec: the ImportSink the reader fills. Owns
 * what is not the codec's business: one transaction around the whole import (all or nothing),
 * labels mapped by name, images found by content (remembered digests, so a re-import reads no
 * image), missing media, texts by content, and the import mode (ImportMerge), so that importing
 * the same data twice changes nothing. Lives for one import, on the thread of its store.
 */
class ImportJob final : public ImportSink
{
public:
    ImportJob(ProjectStore &store, Format &format, ImportMode mode = ImportMode::Merge);
    ~ImportJob() override;

    /**
     * Reads path into the project in one transaction. False when the file or the store fails:
     * the format's errorString() names the file and the record, and nothing was stored.
     */
    bool run(const QString &path, FormatReport &report, const JobControl &control = {});
    /** ImportJob(store, format, mode).run(path, report, control). */
    static bool read(Format &format, ProjectStore &store, const QString &path, FormatReport &report,
                     const JobControl &control = {}, ImportMode mode = ImportMode::Merge);
    /** "merge", "replace", "append" (the CLI's --mode); nullopt for anything else. */
    static std::optional<ImportMode> modeFromName(const QString &name);

    // ImportSink
    qint64 labelId(const Label &wanted, FormatReport &report, QString *error) override;
    std::optional<Label> label(qint64 id) override;
    std::optional<Asset> imageAsset(const QString &imagePath, const QString &name,
                                    const QSize &size, FormatReport &report, QString *error,
                                    bool *reused = nullptr) override;
    std::optional<Asset> missingImageAsset(const QString &expectedPath, const QString &name,
                                           const QSize &declaredSize, FormatReport &report,
                                           QString *error) override;
    std::optional<QList<qint64>> imageAssets(const QList<ImageReference> &images,
                                             FormatReport &report, QString *error) override;
    std::optional<Asset> textAsset(const Asset &wanted, FormatReport &report, QString *error,
                                   bool *reused = nullptr) override;
    std::optional<Asset> asset(qint64 id) override;
    bool setAssetPayload(qint64 id, const QJsonObject &payload) override;
    bool storeAnnotations(QList<Annotation> &annotations, FormatReport &report,
                          QString *error) override;
    QString mediaFolder() const override;
    QString errorString() const override;

    /**
     * The id of the project label named wanted.name, made or widened as ImportSink::labelId
     * says: also for callers that map labels read elsewhere onto a project (sync).
     */
    static qint64 projectLabelId(ProjectStore &store, const Label &wanted, FormatReport &report,
                                 QString *error);

private:
    /** Adds a new asset the dataset names, counted in report; nullopt and *error if refused. */
    std::optional<Asset> added(Asset asset, FormatReport &report, QString *error, bool *reused);

    ProjectStore &m_store;
    Format &m_format;
    ImportMode m_mode;
    std::unique_ptr<ImportMerge> m_merge; // during run() only
    qint64 m_added = 0; // assets added one by one, audited once at the end of run()
    qint64 m_firstAdded = 0;
    qint64 m_lastAdded = 0;
};

} // namespace Tessera
