// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "jobs/jobcontrol.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

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

    virtual bool read(ProjectStore &store, const QString &path, FormatReport &report,
                      const JobControl &control)
            = 0;
    virtual bool write(ProjectStore &store, const QString &path, FormatReport &report,
                       const JobControl &control)
            = 0;
    /**
     * What an export would not carry as it is, one line per kind ("3 polygon(s) are written as
     * their bounding boxes"); empty when nothing is lost.
     */
    virtual QStringList losses(ProjectStore &store) const = 0;

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

    /** Options this format reads before read() and write(); none by default. */
    virtual QList<FormatOption> options() const { return {}; }
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

protected:
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
