// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tessera {

class ProjectStore;

/**
 * Project bundles: one zip holding a consistent snapshot of the project database (taken while the
 * project is open and being edited), a manifest (format version, counts, size and SHA-256 of every
 * member) and, optionally, the media under media/. Opening verifies every member against the
 * manifest and refuses names with "..", absolute paths, symbolic links, members the manifest does
 * not list and archives that would expand past a sane bound; it unpacks only into a new folder.
 */
namespace ProjectBundle {

/** Bundle format version written to the manifest; opening refuses newer ones. */
constexpr int formatVersion = 1;
/** Expansion bounds: all members together, and the ratio of a large member to its packed size. */
constexpr qint64 maxExpandedBytes = qint64(256) << 30;
constexpr qint64 maxRatio = 1000;

struct Options
{
    bool includeMedia = false;
    /**
     * Runs on the snapshot (a project file closed by everyone else) before media are gathered,
     * e.g. to keep only some assets; false and *error stop the bundle.
     */
    std::function<bool(const QString &snapshotPath, QString *error)> prepare;
};

/**
 * Writes the bundle of store to zipPath (atomically: libzip writes a temporary file and renames
 * it). Media files that cannot be read are listed in *warnings and left out.
 */
bool create(ProjectStore &store, const QString &zipPath, const Options &options,
            const JobControl &control, QString *error, QStringList *warnings = nullptr);

/** Checks a bundle without unpacking it; the manifest is returned in *manifest. */
bool verify(const QString &zipPath, QString *error, QJsonObject *manifest = nullptr,
            const JobControl &control = {});

/**
 * Verifies and unpacks a bundle into destination, which must not exist or be an empty folder;
 * nothing is left there when it fails. *projectPath receives the unpacked project file.
 */
bool open(const QString &zipPath, const QString &destination, QString *projectPath, QString *error,
          const JobControl &control = {});

/**
 * Verifies the bundle's manifest and unpacks only its project file to projectPath (which must not
 * exist), checking its checksum: what a merge reads, without the media.
 */
bool extractProject(const QString &zipPath, const QString &projectPath, QString *error,
                    const JobControl &control = {});

/** A folder beside the bundle, named after it, that does not exist yet (x/, x-2/, x-3/...). */
QString unpackFolderFor(const QString &zipPath);

} // namespace ProjectBundle
} // namespace Tessera
