// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"

namespace Tessera {

class ProjectStore;

namespace AddImagesJob {

/** File name patterns of the images Tessera adds from folders. */
QStringList imageNameFilters();
bool isImageFile(const QString &path);

/** Image files below the given folders (recursive) and files, sorted naturally per folder. */
QStringList collectImages(const QStringList &paths, QStringList *errors);

/**
 * Adds images to the project. Files already stored under the same path are skipped without being
 * read; others are hashed (SHA-256) on all cores and skipped when the content is in the project.
 * Unreadable and corrupt files are reported in AddReport::errors and the job carries on.
 */
AddReport run(ProjectStore &store, const QStringList &paths, const JobControl &control = {});

} // namespace AddImagesJob
} // namespace Tessera
