// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"
#include "exportsource.h"
#include "importsink.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Tessera {

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
 * One annotation file format as a codec (Tiled's FileFormat is the model): its reader parses files
 * into plain values handed to an ImportSink, its writer writes what an ExportSource gives with
 * atomic writes. A codec never sees the project store: an ImportJob or ExportJob (model/jobs) runs
 * it over a project and owns the transaction, label mapping, media lookup, de-duplication, the
 * unlabeled-shape policy and image placement. Class ids always come from the labels' stable
 * order. Errors are values: false and errorString().
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
     * What an export would not carry as it is, one line per kind ("3 polygon(s) are written as
     * their bounding boxes"); empty when nothing is lost.
     */
    virtual QStringList losses(ExportSource &source) const = 0;
    /** losses() and the shapes without a label that the export leaves out: what --verify says. */
    QStringList exportLosses(ExportSource &source) const;
    /** The class shapes without a label are written under with unlabeled=class (data). */
    static QString noLabelName() { return QStringLiteral("(no label)"); }
    /** Whether the option unlabeled=class is set (and the format writes shapes for it). */
    bool writesUnlabeledAsClass() const
    {
        return (capabilities() & Write)
               && option(QStringLiteral("unlabeled")) == QLatin1String("class");
    }

    /**
     * Where this format's readers look for the images its files name, relative to the export
     * folder ("images" for COCO, "JPEGImages" for VOC, …); empty when it places no images. With
     * it, an ExportJob puts the images there by the option images=link|copy|none (link: symbolic
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
     * the export need not leave them out.
     */
    virtual bool writesUnlabeled() const { return false; }

    /** Formats with one file per asset can be kept in sync file by file (labelme, VOC, YOLO). */
    virtual bool writesPerAsset() const { return false; }
    /**
     * Whether the format keeps unaccepted proposals apart from annotations (Label Studio's
     * predictions). Other formats are written without them (the ExportJob hides them).
     */
    virtual bool writesProposals() const { return false; }
    /**
     * The files of one asset exactly as an export into folder makes them; stem is the asset's
     * file stem there (FormatSupport::fileStems). Empty for assets this format has no file for.
     */
    virtual QList<ExportFile> assetFiles(ExportSource &source, const Asset &asset,
                                         const QString &stem, const QString &folder)
    {
        Q_UNUSED(source)
        Q_UNUSED(asset)
        Q_UNUSED(stem)
        Q_UNUSED(folder)
        return {};
    }

    /**
     * Options read before an import or export: the format's own and, for formats that write,
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
    /** Set by the job that runs the codec when the store, not the file, fails. */
    void setErrorString(const QString &message) { m_error = message; }

    /** Whether the format's own images option places the images itself (Ultralytics). */
    bool placesImagesItself() const;

    /**
     * The reader: parses path (a file or a dataset folder) into sink. It may stop half-way on a
     * bad record (false, errorString() naming the file and line): whoever runs it then drops
     * everything the sink took, which an ImportJob does by rolling back its transaction.
     */
    virtual bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                          const JobControl &control)
            = 0;
    /**
     * The writer: writes what source gives to path with atomic writes; it sees the annotations
     * the export carries (no unlabeled shapes, or them under "(no label)": the job's choice).
     */
    virtual bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                           const JobControl &control)
            = 0;

protected:
    /** The format's own options; none by default. */
    virtual QList<FormatOption> formatOptions() const { return {}; }

    /**
     * Runs readOne for every regular file, with progress and cancel between files. readOne
     * reports its own failure through fail().
     */
    bool readAll(const QStringList &files, const JobControl &control,
                 const std::function<bool(const QString &file)> &readOne);

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    QString m_error;
    QHash<QString, QString> m_options;
};

/** Every format Tessera knows, for the CLI and the dialogs (never listed by hand elsewhere). */
namespace FormatRegistry {
const QList<Format *> &all();
Format *find(const QString &shortName);
/** A fresh instance with its own options and error, for work on another thread. */
std::unique_ptr<Format> make(const QString &shortName);
} // namespace FormatRegistry

} // namespace Tessera
