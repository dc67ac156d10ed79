// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "importmerge.h"
#include "jobs/jobcontrol.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Tessera {

class ProjectStore;

/** A choice an export or import offers (the CLI's --option KEY=VALUE, a combo box in the dialog).
 */
struct FormatOption
{
    QString key;
    QString title;       // shown in the dialog
    QStringList choices; // the first is the default
    QString help;
    QStringList choiceTitles; // what the dialog shows for each choice; the choices when empty
};

/** One file of an export: its path relative to the export folder and its bytes. */
struct ExportFile
{
    QString path;
    QByteArray bytes;
};

/** What an import or export did; problems name the file, the line or record and the reason. */
struct FormatReport
{
    int assets = 0;
    int annotations = 0;
    QStringList newLabels;
    QStringList warnings;
    int missingMedia = 0; // images named by the dataset but not on disk (also in warnings)
    // What the import did to the project (annotations counts what the dataset holds): new
    // annotations, stored ones the file gave other attributes, stored ones it repeats as they
    // are, and stored ones a Replace import removed.
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int removed = 0;
    QSet<qint64> namedAssets; // every asset the dataset names (found or made)

    /** "12 added, 3 changed, 40 unchanged, 1 removed" (parts that are 0 left out but one). */
    QString changes() const;
};

/**
 * One annotation file format (Tiled's FileFormat is the model): import into a project in one
 * transaction — all or nothing — and export from it with atomic writes. Class ids always come from
 * the project schema's stable order. Errors are values: false and errorString().
 */
class Format
{
public:
    enum Capability { Read = 1, Write = 2 };

    virtual ~Format() = default;

    /** Name used by the CLI and in settings, e.g. "yolo". */
    virtual QString shortName() const = 0;
    virtual QString displayName() const = 0;
    /** File-dialog filter, e.g. "YOLO datasets (obj.names classes.txt)". */
    virtual QString nameFilter() const = 0;
    virtual int capabilities() const = 0;
    /** Annotation kinds an export carries as they are. */
    virtual QSet<AnnotationKind> writtenKinds() const = 0;

    /**
     * Imports path in one transaction: all or nothing. Annotations met again are matched as the
     * import mode says (ImportMerge), so importing the same data twice changes nothing.
     */
    bool read(ProjectStore &store, const QString &path, FormatReport &report,
              const JobControl &control);
    /**
     * Exports the project to path with atomic writes. Shapes and spans without a label are left
     * out (and listed in report.warnings), or written under the class "(no label)" when the option
     * unlabeled=class is set: that label exists only in the export (the store's transaction for
     * it is rolled back), so the project is not changed.
     */
    bool write(ProjectStore &store, const QString &path, FormatReport &report,
               const JobControl &control);
    /**
     * What an export would not carry as it is, one line per kind ("3 polygon(s) are written as
     * their bounding boxes"); empty when nothing is lost.
     */
    virtual QStringList losses(ProjectStore &store) const = 0;
    /** losses() and the shapes without a label that the export leaves out: what --verify says. */
    QStringList exportLosses(ProjectStore &store) const;

    /**
     * Where this format's readers look for the images its files name, relative to the export
     * folder ("images" for COCO, "JPEGImages" for VOC, …); empty when it places no images. With
     * it, write() puts the images there by the option images=link|copy|none (link: symbolic
     * links to the project's files), so that the export re-imports with its images.
     */
    virtual QString imageFolder() const { return QString(); }
    /**
     * The name an image goes under in imageFolder(): the asset's name unless the format says.
     * @p stem is the asset's unique file stem when namesImagesByStem(), else empty.
     */
    virtual QString exportedImageName(const Asset &asset, const QString &stem) const
    {
        Q_UNUSED(stem)
        return asset.name;
    }
    /** Whether exportedImageName() needs the stems (a pass over every image to make them unique).
     */
    virtual bool namesImagesByStem() const { return false; }

    /**
     * Whether the format carries shapes without a label itself (Prodigy's relation ends), so that
     * write() need not leave them out.
     */
    virtual bool writesUnlabeled() const { return false; }

    /** Formats with one file per asset can be kept in sync file by file (labelme, VOC, YOLO). */
    virtual bool writesPerAsset() const { return false; }
    /**
     * Whether the format keeps unaccepted proposals apart from annotations (Label Studio's
     * predictions). Other formats are written without them: see ProjectStore::setProposalsHidden.
     */
    virtual bool writesProposals() const { return false; }
    /**
     * The files of one asset exactly as write() into folder makes them; stem is the asset's file
     * stem there (FormatSupport::fileStems). Empty for assets this format has no file for.
     */
    virtual QList<ExportFile> assetFiles(ProjectStore &store, const Asset &asset,
                                         const QString &stem, const QString &folder)
    {
        Q_UNUSED(store)
        Q_UNUSED(asset)
        Q_UNUSED(stem)
        Q_UNUSED(folder)
        return {};
    }

    /**
     * Options read before read() and write(): the format's own and, for formats that write,
     * "unlabeled" (leave-out|class: what happens to shapes without a label).
     */
    QList<FormatOption> options() const;
    /** Sets options by key; unknown keys and values not among an option's choices are refused. */
    bool setOptions(const QHash<QString, QString> &values)
    {
        QHash<QString, QString> chosen;
        for (const FormatOption &o : options())
            chosen.insert(o.key, o.choices.value(0));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!chosen.contains(it.key()))
                return fail(QStringLiteral("%1 has no option \"%2\"").arg(shortName(), it.key()));
            bool known = false;
            for (const FormatOption &o : options())
                known = known || (o.key == it.key() && o.choices.contains(it.value()));
            if (!known)
                return fail(QStringLiteral("%1: \"%2\" is not a choice of option \"%3\"")
                                    .arg(shortName(), it.value(), it.key()));
            chosen.insert(it.key(), it.value());
        }
        m_options = chosen;
        return true;
    }
    QString option(const QString &key) const
    {
        if (m_options.contains(key))
            return m_options.value(key);
        for (const FormatOption &o : options())
            if (o.key == key)
                return o.choices.value(0);
        return QString();
    }

    QString errorString() const { return m_error; }

    /** How read() treats annotations the project has already; Merge by default. */
    void setImportMode(ImportMode mode) { m_importMode = mode; }
    ImportMode importMode() const { return m_importMode; }
    /** "merge", "replace", "append" (the CLI's --mode); nullopt for anything else. */
    static std::optional<ImportMode> importModeFromName(const QString &name);

protected:
    /** The format's reader, called by read() inside its transaction. */
    virtual bool readData(ProjectStore &store, const QString &path, FormatReport &report,
                          const JobControl &control)
            = 0;
    /**
     * The format's writer, called by write(): it sees the annotations the export carries (no
     * unlabeled shapes, or them under "(no label)").
     */
    virtual bool writeData(ProjectStore &store, const QString &path, FormatReport &report,
                           const JobControl &control)
            = 0;
    /** The format's own options; none by default. */
    virtual QList<FormatOption> formatOptions() const { return {}; }
    /**
     * Stores what a reader read (ids filled in: matched ones get the stored id), as the import
     * mode says; counts go to report. False and *error on failure. Readers call nothing else.
     */
    bool storeAnnotations(ProjectStore &store, QList<Annotation> &annotations, FormatReport &report,
                          QString *error);

    /**
     * Runs readOne for every file in one store transaction, with progress and cancel between
     * files: all of them land or none. readOne reports its own failure through fail().
     */
    bool readAll(ProjectStore &store, const QStringList &files, const JobControl &control,
                 const std::function<bool(const QString &file)> &readOne);

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    /** Puts the images where imageFolder() says, as the images option says. */
    bool placeImages(ProjectStore &store, const QString &path, FormatReport &report,
                     const JobControl &control);

    QString m_error;
    QHash<QString, QString> m_options;
    ImportMode m_importMode = ImportMode::Merge;
    std::unique_ptr<ImportMerge> m_merge; // during read() only
};

/** Every format Tessera knows, for the CLI and the dialogs (never listed by hand elsewhere). */
namespace FormatRegistry {
const QList<Format *> &all();
Format *find(const QString &shortName);
/** A fresh instance with its own options and error, for work on another thread. */
std::unique_ptr<Format> make(const QString &shortName);
} // namespace FormatRegistry

} // namespace Tessera
