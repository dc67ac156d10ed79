// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "store/projectlocation.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * Moves a whole project between a project file and a server project (PostgreSQL), every table
 * row for row with its ids, so that history, reviews, issues and team splits travel too. Media
 * stay where they are: a pushed project names its files by absolute path (a shared folder every
 * annotator mounts at the same place). The digest cache (file_digests) belongs to one machine
 * and is not moved.
 */
namespace ServerTransfer {

/** Rows moved per table, in the order moved. */
using Report = QList<QPair<QString, qint64>>;

/**
 * Copies project into the server project at server, creating its schema when the database is
 * empty. Refuses a server project that already holds assets, labels or annotations. One server
 * transaction (all or nothing) over one read snapshot of the file; cancel rolls back.
 */
std::optional<Report> push(ProjectStore &project, const ProjectLocation &server,
                           const JobControl &control, QString *error);

/**
 * Copies the server project at server into a new project file at file (which must not exist).
 * The file is made whole or not at all: on failure or cancel it is removed.
 */
std::optional<Report> pull(const ProjectLocation &server, const QString &file,
                           const JobControl &control, QString *error);

/** The tables moved, parents before children. */
const QStringList &tables();

} // namespace ServerTransfer

} // namespace Tessera
